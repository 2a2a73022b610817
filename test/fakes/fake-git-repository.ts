import { execFile, spawn } from 'node:child_process'
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const execFileAsync = promisify(execFile)

export const fixedGitDate = '2025-01-02T03:04:05Z'
export const zeroSha = '0'.repeat(40)

/** Runs git with a scrubbed environment (no user config, fixed dates) so SHAs repeat. */
export function gitEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: tmpdir(),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_DATE: fixedGitDate,
    GIT_COMMITTER_DATE: fixedGitDate,
    GIT_AUTHOR_NAME: 'Fake Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Fake Committer',
    GIT_COMMITTER_EMAIL: 'committer@example.com',
    ...extra,
  }
}

/** A bare repository the fake GitHub owns, at `<root>/<owner>/<name>.git` (the layout http-backend serves). */
export interface FakeGitRepository {
  /** GIT_PROJECT_ROOT for `git http-backend`. */
  projectRoot: string
  gitDir: string
  /** `git <args>` in the bare repository; stdout, trimmed of the final newline. */
  git(args: readonly string[], options?: { input?: string | Buffer; env?: Record<string, string> }): Promise<string>
  /** `git <args>`, stdout as bytes (a blob's exact content). */
  gitBytes(args: readonly string[]): Promise<Buffer>
  /** A commit with these files changed on top of `branch`, which moves to it; returns its SHA. */
  commitFiles(branch: string, message: string, files: Record<string, string>): Promise<string>
  remove(): Promise<void>
}

export async function createFakeGitRepository(options: {
  repository: string
  defaultBranch: string
  /** The working tree of the first commit (a corpus case's `repo/`). */
  seedDir: string
  /** Branches refused on push (as GitHub's branch protection refuses a direct push). */
  protectedBranches: readonly string[]
}): Promise<FakeGitRepository> {
  const projectRoot = await mkdtemp(path.join(tmpdir(), 'autoheal-fake-remote-'))
  const gitDir = path.join(projectRoot, `${options.repository}.git`)
  await mkdir(gitDir, { recursive: true })

  const gitBytes = async (args: readonly string[], { input, env }: { input?: string | Buffer; env?: Record<string, string> } = {}) => {
    // stdin only when there is input: a command that never reads it would make the write fail (EPIPE).
    const child = spawn('git', ['--git-dir', gitDir, ...args], { env: gitEnvironment(env), stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] })
    const stdout: Buffer[] = []
    const stderr: Buffer[] = []
    child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk))
    child.stdin?.end(input)
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject)
      child.once('close', resolve)
    })
    if (code !== 0) {
      throw new Error(`git ${args.join(' ')} failed (${code}): ${Buffer.concat(stderr).toString('utf8').trim()}`)
    }
    return Buffer.concat(stdout)
  }
  const git: FakeGitRepository['git'] = async (args, options) => (await gitBytes(args, options)).toString('utf8').replace(/\n$/, '')

  await execFileAsync('git', ['init', '--bare', '--quiet', `--initial-branch=${options.defaultBranch}`, gitDir], { env: gitEnvironment() })
  // The seed is committed from the case folder itself, through a throwaway index: nothing is copied.
  const indexFile = path.join(projectRoot, 'seed-index')
  const seedEnv = { GIT_INDEX_FILE: indexFile, GIT_WORK_TREE: options.seedDir }
  await git(['add', '--all', '.'], { env: seedEnv })
  const tree = await git(['write-tree'], { env: seedEnv })
  await rm(indexFile, { force: true })
  const seed = await git(['commit-tree', tree, '-m', 'Initial commit'])
  await git(['update-ref', `refs/heads/${options.defaultBranch}`, seed, zeroSha])

  if (options.protectedBranches.length > 0) {
    const refused = options.protectedBranches.map((branch) => `refs/heads/${branch}`).join(' ')
    const hook = [
      '#!/bin/sh',
      'while read old new ref; do',
      `  for protected in ${refused}; do`,
      '    if [ "$ref" = "$protected" ]; then echo "error: GH006: Protected branch update failed for $ref." >&2; exit 1; fi',
      '  done',
      'done',
      '',
    ].join('\n')
    await writeFile(path.join(gitDir, 'hooks', 'pre-receive'), hook)
    await chmod(path.join(gitDir, 'hooks', 'pre-receive'), 0o755)
  }

  const commitFiles: FakeGitRepository['commitFiles'] = async (branch, message, files) => {
    const parent = await git(['rev-parse', '--verify', `refs/heads/${branch}^{commit}`])
    const index = path.join(projectRoot, `index-${Date.now()}-${Math.random()}`)
    const env = { GIT_INDEX_FILE: index }
    await git(['read-tree', parent], { env })
    for (const [file, content] of Object.entries(files)) {
      const blob = await git(['hash-object', '-w', '--stdin'], { input: content })
      await git(['update-index', '--add', '--cacheinfo', `100644,${blob},${file}`], { env })
    }
    const newTree = await git(['write-tree'], { env })
    await rm(index, { force: true })
    const commit = await git(['commit-tree', newTree, '-p', parent, '-m', message])
    await git(['update-ref', `refs/heads/${branch}`, commit, parent])
    return commit
  }

  return { projectRoot, gitDir, git, gitBytes, commitFiles, remove: () => rm(projectRoot, { recursive: true, force: true }) }
}
