import { execFile } from 'node:child_process'
import { constants } from 'node:fs'
import { access, chmod, mkdtemp, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { onTestFinished } from 'vitest'
import { createScratchTree } from '../../src/sandbox/scratch-tree.js'
import type { CorpusCase } from '../support/corpus.js'

const run = promisify(execFile)

/** This repository's node_modules: prettier and eslint are devDependencies for these tests. */
export const repoNodeModules = fileURLToPath(new URL('../../node_modules', import.meta.url))
export const repoBin = path.join(repoNodeModules, '.bin')

/** A runner-like environment: the repository's node tools on PATH, as the e2e gives it. */
export function toolEnvironment(firstBins: readonly string[] = []): NodeJS.ProcessEnv {
  return { PATH: [...firstBins, repoBin, process.env.PATH ?? '/usr/bin:/bin'].join(path.delimiter), HOME: process.env.HOME ?? tmpdir() }
}

/** Whether an executable of that name is on the environment's PATH: what decides which world a test is in. */
export async function isOnPath(name: string, environment: NodeJS.ProcessEnv): Promise<boolean> {
  for (const dir of (environment.PATH ?? '').split(path.delimiter).filter((entry) => path.isAbsolute(entry))) {
    try {
      if ((await stat(path.join(dir, name))).isFile()) {
        await access(path.join(dir, name), constants.X_OK)
        return true
      }
    } catch {
      // not in this folder
    }
  }
  return false
}

async function makeWritable(dir: string): Promise<void> {
  await chmod(dir, 0o755)
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const child = path.join(dir, entry.name)
    if (entry.isDirectory()) await makeWritable(child)
    else if (entry.isFile()) await chmod(child, 0o644)
  }
}

/**
 * A scratch copy of a case's project, as the heal makes one, made writable (the shared corpus has
 * no write bits, and copies keep modes), removed when the test ends.
 */
export async function copyOfCase(corpusCase: CorpusCase): Promise<string> {
  const tree = await createScratchTree(corpusCase.repoDir, await mkdtemp(path.join(tmpdir(), 'autoheal-lintfix-')))
  onTestFinished(() => tree.remove())
  await makeWritable(tree.dir)
  return tree.dir
}

/** The copy can import what the case's config imports (eslint.config.js → @eslint/js, globals). */
export async function linkNodeModules(projectDir: string): Promise<void> {
  await symlink(repoNodeModules, path.join(projectDir, 'node_modules'))
}

/** Each file the case's fix.patch changes, as it reads after `git apply`. */
export async function referencePostImages(corpusCase: CorpusCase): Promise<Map<string, string>> {
  const dir = await copyOfCase(corpusCase)
  const patchFile = path.join(corpusCase.dir, 'fix.patch')
  await run('git', ['apply', patchFile], { cwd: dir })
  const patch = await readFile(patchFile, 'utf8')
  const files = [...patch.matchAll(/^\+\+\+ b\/(.+)$/gm)].map((match) => match[1]!)
  return new Map(await Promise.all(files.map(async (file) => [file, await readFile(path.join(dir, file), 'utf8')] as const)))
}

/** A temporary bin folder holding one executable shell script, removed when the test ends. */
export async function fakeTool(name: string, script: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'autoheal-fake-bin-'))
  onTestFinished(() => rm(dir, { recursive: true, force: true }))
  await writeFile(path.join(dir, name), `#!/bin/sh\n${script}\n`, { mode: 0o755 })
  return dir
}
