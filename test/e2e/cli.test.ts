import { execFile } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it, onTestFinished } from 'vitest'
import { startFakeAnthropic } from '../fakes/fake-anthropic.js'
import { corpusCases } from '../support/corpus.js'
import { patchFileToAnswer } from '../support/patch-to-edits.js'

/** The built CLI (dist/cli/index.js), run as a user runs it: from another folder, with its own environment. */
const run = promisify(execFile)
const cliPath = fileURLToPath(new URL('../../dist/cli/index.js', import.meta.url))
const corpusCase = corpusCases.find((candidate) => candidate.label.fix_type === 'warning' && candidate.label.ecosystem === 'python')!

async function cli(args: string[], env: Record<string, string> = {}) {
  const cwd = await mkdtemp(join(tmpdir(), 'autoheal-cli-'))
  onTestFinished(() => rm(cwd, { recursive: true, force: true }))
  const result = await run(process.execPath, [cliPath, ...args], { cwd, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, ...env } }).catch(
    (error: { stdout: string; stderr: string; code: number }) => error,
  )
  return { cwd, stdout: result.stdout, stderr: result.stderr, exitCode: 'code' in result ? result.code : 0 }
}

async function analyzed(): Promise<string> {
  const { cwd, exitCode } = await cli(['analyze', '--logs-dir', corpusCase.logsDir, '--artifacts-dir', corpusCase.artifactsDir, '--workspace', corpusCase.repoDir, '--output', 'context.json'])
  expect(exitCode).toBe(0)
  return join(cwd, 'context.json')
}

describe('the built CLI', () => {
  it('finds its bundled templates from any working directory (fix --dry-run)', async () => {
    const context = await analyzed()
    const { cwd, exitCode, stdout } = await cli(['fix', '--context', context, '--workspace', corpusCase.repoDir, '--output-dir', 'fixes', '--dry-run'])
    expect(exitCode).toBe(0)
    expect(stdout).toContain('no model was called')
    const prompt = await readFile(join(cwd, 'fixes', 'prompt.md'), 'utf8')
    // Every bundled template arrived in dist/: the system prompt and this type's template.
    expect(prompt).toContain('# Fix Type: warning')
    expect(prompt).toContain('submit_fix')
  })

  it('reads the key and the gateway from the environment and writes the fix', async () => {
    const context = await analyzed()
    const fake = await startFakeAnthropic({ answers: [{ json: patchFileToAnswer(join(corpusCase.dir, 'fix.patch'), corpusCase.repoDir) }] })
    onTestFinished(() => fake.close())
    const key = ['sk', 'ant', 'api03', 'z'.repeat(40)].join('-')
    const { cwd, exitCode, stdout } = await cli(['fix', '--context', context, '--workspace', corpusCase.repoDir, '--output-dir', 'fixes'], {
      ANTHROPIC_API_KEY: key,
      ANTHROPIC_BASE_URL: fake.url,
    })
    expect(exitCode).toBe(0)
    expect(stdout).toMatch(/Spent \d+ input \+ \d+ output tokens, \$[\d.]+/)
    expect(stdout).not.toContain(key)
    expect(await readdir(join(cwd, 'fixes'))).toEqual(expect.arrayContaining(['fix.patch', 'index.json', 'files']))
  })

  it('ends a usage error with one line and exit code 2', async () => {
    const { exitCode, stderr } = await cli(['analyze', '--output', 'x.json', '--no-such-flag'])
    expect(exitCode).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it('names the variable of a missing key', async () => {
    const context = await analyzed()
    const { exitCode, stderr } = await cli(['fix', '--context', context, '--workspace', corpusCase.repoDir, '--provider', 'openai'])
    expect(exitCode).toBe(2)
    expect(stderr).toContain('OPENAI_API_KEY is not set')
  })
})
