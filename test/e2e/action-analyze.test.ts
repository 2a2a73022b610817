import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it, onTestFinished } from 'vitest'
import { startFakeGitHub } from '../fakes/fake-github.js'
import { corpusCasesDir } from '../support/corpus.js'

/**
 * The built action (dist/index.js) as a runner starts it: a child process with the environment
 * a runner gives, built from scratch (never ...process.env), against a local fake GitHub.
 */
const run = promisify(execFile)
const actionPath = fileURLToPath(new URL('../../dist/index.js', import.meta.url))
const testToken = 'ghs_e2eTestToken0000000000000000000000000'

function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!
  return outputs
}

async function runAction(options: { event: object; eventName?: string; env?: Record<string, string>; workspace?: string }) {
  const dir = await mkdtemp(join(tmpdir(), 'autoheal-e2e-'))
  onTestFinished(() => rm(dir, { recursive: true, force: true }))
  const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary.md') }
  await writeFile(files.event, JSON.stringify(options.event))
  await writeFile(files.output, '')
  await writeFile(files.summary, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'workflow_run',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: join(dir, 'runner-temp'),
    'INPUT_GITHUB-TOKEN': testToken,
    INPUT_MODE: 'analyze',
    'INPUT_WORKING-DIRECTORY': '.',
    ...(options.workspace ? { GITHUB_WORKSPACE: options.workspace } : {}),
    ...options.env,
  }
  const result = await run(process.execPath, [actionPath], { env }).catch((error: { stdout: string; stderr: string; code: number }) => error)
  return {
    stdout: result.stdout,
    outputs: parseOutputFile(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    exitCode: 'code' in result ? result.code : 0,
  }
}

describe('the built action outside a heal', () => {
  it('skips an event that is not a workflow_run, with every output set', async () => {
    const result = await runAction({ event: {}, eventName: 'push' })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.outcome).toBe('skipped')
    expect(result.outputs.reason).toBe('not-a-failure')
    expect(Object.keys(result.outputs)).toEqual(expect.arrayContaining(['fix-type', 'pr-url', 'issue-url', 'cost-usd', 'context-path']))
  })

  it('skips a run that did not fail', async () => {
    const result = await runAction({ event: { workflow_run: { id: 1, conclusion: 'cancelled' } } })
    expect(result.outputs).toMatchObject({ outcome: 'skipped', reason: 'not-a-failure' })
    expect(result.summary).toContain('cancelled')
  })

  it('fails the step with a clear message when GitHub cannot be reached', async () => {
    const result = await runAction({
      event: { workflow_run: { id: 42, conclusion: 'failure', head_branch: 'main', head_sha: 'a'.repeat(40) }, repository: { full_name: 'octo/nowhere' } },
      env: { GITHUB_API_URL: 'http://127.0.0.1:9' },
    })
    expect(result.exitCode).toBe(1)
    expect(result.outputs).toMatchObject({ outcome: 'error', reason: 'github-error' })
    expect(result.stdout).toContain('::error::')
    expect(result.summary).toContain('Autoheal stopped')
  })
})
