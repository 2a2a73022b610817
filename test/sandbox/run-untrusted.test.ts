import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { boundedOutput } from '../../src/sandbox/bounded-output.js'
import { runUntrusted } from '../../src/sandbox/run-untrusted.js'
import { scrubEnvironment } from '../../src/sandbox/scrub-environment.js'

const cwd = mkdtempSync(join(tmpdir(), 'autoheal-untrusted-'))
const runnerEnvironment: NodeJS.ProcessEnv = {
  PATH: process.env.PATH,
  HOME: '/home/runner',
  LC_ALL: 'C.UTF-8',
  VIRTUAL_ENV: '/opt/venv',
  GITHUB_TOKEN: 'ghs_' + 'a'.repeat(36),
  INPUT_ANTHROPIC_API_KEY: 'sk-ant-api03-' + 'b'.repeat(40),
  'INPUT_GITHUB-TOKEN': 'ghs_' + 'c'.repeat(36),
  ACTIONS_RUNTIME_TOKEN: 'runtime',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example',
  ACTIONS_RESULTS_URL: 'https://results.example',
  GITHUB_WORKSPACE: '/home/runner/work/x/x',
  RUNNER_TEMP: '/home/runner/work/_temp',
  DEPLOY_PASSWORD: 'hunter2',
  NPM_CONFIG__AUTH: 'abc',
  AWS_SECRET_ACCESS_KEY: 'x',
  OPENAI_API_KEY: 'sk-proj-x',
}

describe('scrubEnvironment', () => {
  it('keeps what finds tools and drops every token, key and runtime variable', () => {
    const scrubbed = scrubEnvironment(runnerEnvironment)
    expect(scrubbed.PATH).toBe(process.env.PATH)
    expect(scrubbed.HOME).toBe('/home/runner')
    expect(scrubbed.LC_ALL).toBe('C.UTF-8')
    expect(scrubbed.VIRTUAL_ENV).toBe('/opt/venv')
    const names = Object.keys(scrubbed)
    for (const name of names) expect(name).not.toMatch(/^(?:GITHUB_|INPUT_|ACTIONS_|RUNNER_)|TOKEN|KEY|PASS|AUTH/)
    expect(names).not.toContain('DEPLOY_PASSWORD')
  })
  it('drops a credential-looking name even when a toolchain name would allow it', () => {
    expect(scrubEnvironment({ PATH: '/bin', LC_AUTH_TOKEN: 'x' }).LC_AUTH_TOKEN).toBeUndefined()
  })
})

describe('runUntrusted', () => {
  const options = { cwd, timeoutMs: 10_000, environment: runnerEnvironment }

  it('runs a shell command in the scrubbed environment', async () => {
    const result = await runUntrusted({ shell: 'env; exit 0' }, options)
    expect(result.passed).toBe(true)
    expect(result.output).toContain('HOME=/home/runner')
    expect(result.output).not.toMatch(/GITHUB_TOKEN|ACTIONS_|INPUT_|hunter2|sk-ant/)
  })

  it('reports the exit code of a failing command with its output', async () => {
    const result = await runUntrusted({ shell: 'echo "FAILED test_x"; echo oops >&2; exit 3' }, options)
    expect(result).toMatchObject({ passed: false, exitCode: 3, timedOut: false })
    expect(result.output).toContain('FAILED test_x')
    expect(result.output).toContain('oops')
  })

  it('redacts secrets the command prints and strips colour codes', async () => {
    const token = 'ghp_' + 'Z'.repeat(36)
    const result = await runUntrusted({ file: 'printf', args: [`\\033[31mtoken=${token}\\033[0m\\n`] }, options)
    expect(result.output).not.toContain(token)
    expect(result.output).toContain('[REDACTED_')
    expect(result.output).not.toContain('\u001b[')
  })

  it('kills the whole process group at the timeout, children included', async () => {
    const marker = join(cwd, 'survivor')
    const result = await runUntrusted({ shell: `(sleep 2; touch ${marker}) & sleep 30` }, { ...options, timeoutMs: 300 })
    expect(result).toMatchObject({ passed: false, timedOut: true, exitCode: null })
    expect(result.durationMs).toBeLessThan(5_000)
    expect(result.output).toContain('time limit')
    await new Promise((resolve) => setTimeout(resolve, 2_500))
    const { existsSync } = await import('node:fs')
    expect(existsSync(marker)).toBe(false)
  })

  it('returns when the command exits even if a background child keeps its output open', async () => {
    const result = await runUntrusted({ shell: 'sleep 30 & echo started' }, options)
    expect(result.passed).toBe(true)
    expect(result.durationMs).toBeLessThan(5_000)
  })

  it('bounds what a runaway command prints, keeping its head and its tail', async () => {
    const result = await runUntrusted({ shell: 'echo FIRST; head -c 5000000 /dev/zero | tr "\\0" x; echo; echo LAST' }, { ...options, headBytes: 1000, tailBytes: 1000 })
    expect(result.output.length).toBeLessThan(2_200)
    expect(result.output.startsWith('FIRST')).toBe(true)
    expect(result.output.trimEnd().endsWith('LAST')).toBe(true)
    expect(result.output).toMatch(/… \d+ bytes of output left out …/)
  })

  it('says so when the program does not exist', async () => {
    const result = await runUntrusted({ file: 'no-such-formatter-here', args: [] }, options)
    expect(result.passed).toBe(false)
    expect(result.startError).toMatch(/no-such-formatter-here could not start/)
  })
})

describe('boundedOutput', () => {
  it('keeps everything below the bound', () => {
    const output = boundedOutput(4, 4)
    output.append(Buffer.from('abc'))
    output.append(Buffer.from('def'))
    expect(output.text()).toBe('abcdef')
    expect(output.totalBytes()).toBe(6)
  })
  it('cuts the middle above it', () => {
    const output = boundedOutput(2, 3)
    for (const chunk of ['ab', 'cdef', 'ghij']) output.append(Buffer.from(chunk))
    expect(output.text()).toBe('ab\n… 5 bytes of output left out …\nhij')
  })
})
