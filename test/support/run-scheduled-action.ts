import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { onTestFinished } from 'vitest'
import type { FakeGitHub } from '../fakes/fake-github.js'

/**
 * The built action (dist/index.js) as a scheduled workflow starts it: a child process with an
 * environment built from scratch (never ...process.env), a `schedule` event, no provider key, and
 * the fake GitHub as GITHUB_API_URL. Async execFile: the fake lives on this test's event loop.
 */
const execFileAsync = promisify(execFile)
const actionPath = fileURLToPath(new URL('../../dist/index.js', import.meta.url))

export interface ScheduledRun {
  exitCode: number
  stdout: string
  outputs: Record<string, string>
  summary: string
  runnerTemp: string
}

function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const match of text.matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!
  return outputs
}

export async function runScheduledAction(github: Pick<FakeGitHub, 'url' | 'token' | 'repository'>, mode: 'remind' | 'metrics', env: Record<string, string> = {}): Promise<ScheduledRun> {
  const dir = await mkdtemp(join(tmpdir(), `autoheal-${mode}-`))
  onTestFinished(() => rm(dir, { recursive: true, force: true }))
  const files = { event: join(dir, 'event.json'), output: join(dir, 'output'), summary: join(dir, 'summary.md') }
  await writeFile(files.event, JSON.stringify({ schedule: '17 6 * * *', repository: { full_name: github.repository } }))
  await writeFile(files.output, '')
  await writeFile(files.summary, '')
  const runnerTemp = join(dir, 'runner-temp')
  const result = await execFileAsync(process.execPath, [actionPath], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'schedule',
      GITHUB_EVENT_PATH: files.event,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_REPOSITORY: github.repository,
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.com',
      RUNNER_TEMP: runnerTemp,
      'INPUT_GITHUB-TOKEN': github.token,
      INPUT_MODE: mode,
      INPUT_PROVIDER: 'anthropic',
      ...env,
    },
  }).catch((error: { stdout: string; stderr: string; code: number }) => error)
  return {
    exitCode: 'code' in result ? result.code : 0,
    stdout: result.stdout,
    outputs: parseOutputFile(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    runnerTemp,
  }
}
