import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import type { FailureRecord } from '../../src/analyze/failure-context.js'
import { fixLintWithTools } from '../../src/lintfix/fix-lint-with-tools.js'
import type { PlanInput } from '../../src/lintfix/plan-lint-fix.js'
import { fakeTool } from './lint-fix-support.js'

/**
 * The formatter is code of the failing branch: a `black` on PATH that hangs, leaks a token, or
 * writes where it was not asked to. Decision: a tool that changes any file besides the ones it was
 * given (created, changed or removed, protected or not) makes the whole result unusable
 * ('incomplete'), so the tree after the tools equals the original plus `changed`, and a later
 * verify run in the same copy sees nothing else.
 */
const token = `ghp_${'A1b2C3d4E5'.repeat(3)}abcdef`
const unformatted = 'x=1\n'
const formatted = 'x = 1\n'

function blackFinding(file: string): FailureRecord {
  return { nodeid: `${file}:black`, outcome: 'failed', message: 'would reformat', kind: 'finding', tool: 'black', fix_type: 'lint', file, rule: 'black' }
}
const context: PlanInput = { fix_type: 'lint', secondary_types: [], failures: [blackFinding('app.py')] }

async function project(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'autoheal-hostile-'))
  onTestFinished(() => rm(dir, { recursive: true, force: true }))
  await writeFile(path.join(dir, 'app.py'), unformatted)
  await writeFile(path.join(dir, 'other.py'), 'y = 2\n')
  await mkdir(path.join(dir, '.github', 'workflows'), { recursive: true })
  await writeFile(path.join(dir, '.github', 'workflows', 'ci.yml'), 'on: push\n')
  return dir
}

/** A fake black: `--version`, `--check -- files` and `-- files` each run their own shell text. */
async function fakeBlack(parts: { fix: string; check?: string; version?: string }): Promise<NodeJS.ProcessEnv> {
  const script = `case "$1" in
  --version) ${parts.version ?? 'echo "black, 23.1.0 (compiled: no)"'} ;;
  --check) ${parts.check ?? 'exit 0'} ;;
  *) ${parts.fix} ;;
esac`
  const bin = await fakeTool('black', script)
  return { PATH: `${bin}:/usr/bin:/bin`, HOME: tmpdir(), GITHUB_TOKEN: token, ANTHROPIC_API_KEY: 'sk-ant-api03-secretsecretsecretsecret' }
}

describe('fixLintWithTools with fake tools: well-behaved, hostile or broken', () => {
  it('uses a well-behaved fake: fixed, only the given file, with a patch', async () => {
    const dir = await project()
    const environment = await fakeBlack({ fix: `printf '${formatted}' > app.py` })
    const result = await fixLintWithTools({ context, projectDir: dir, environment, timeoutMs: 10_000 })
    expect(result).toMatchObject({ outcome: 'fixed', tools: ['black 23.1.0'] })
    if (result.outcome !== 'fixed') return
    expect(result.original).toEqual(new Map([['app.py', unformatted]]))
    expect(result.changed).toEqual(new Map([['app.py', formatted]]))
    expect(result.patch).toContain('-x=1\n+x = 1\n')
    expect(result.log).toMatch(/\$ \S+\/black -- app\.py/)
  })

  it('stops a tool that hangs at the time limit, children and all, and says so', async () => {
    const dir = await project()
    const environment = await fakeBlack({ fix: `(sleep 2; printf hacked > other.py) & sleep 30` })
    const started = Date.now()
    const result = await fixLintWithTools({ context, projectDir: dir, environment, timeoutMs: 1500 })
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(result).toMatchObject({ outcome: 'incomplete', tools: ['black 23.1.0'], reason: expect.stringMatching(/^black was stopped at the time limit \(1\.5 s for all the tools\)$/) })
    // The background child would write at 2 s, had it outlived the kill.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(await readFile(path.join(dir, 'other.py'), 'utf8')).toBe('y = 2\n')
  })

  it('counts the time limit over every run: a slow --version leaves no time for the fix', async () => {
    const dir = await project()
    const environment = await fakeBlack({ version: 'sleep 30', fix: `printf '${formatted}' > app.py` })
    const result = await fixLintWithTools({ context, projectDir: dir, environment, timeoutMs: 1000 })
    expect(result).toMatchObject({ outcome: 'incomplete', reason: 'black --version did not answer within the time limit' })
    expect(await readFile(path.join(dir, 'app.py'), 'utf8')).toBe(unformatted)
  })

  it('redacts a token the tool prints, and never hands it the runner\'s secrets', async () => {
    const dir = await project()
    const environment = await fakeBlack({
      fix: `echo "config token ${token}"; printf '${formatted}' > app.py`,
      check: `echo "would reformat app.py ${token} [$GITHUB_TOKEN] [$ANTHROPIC_API_KEY]"; exit 1`,
    })
    const result = await fixLintWithTools({ context, projectDir: dir, environment, timeoutMs: 10_000 })
    expect(result.outcome).toBe('incomplete')
    if (result.outcome !== 'incomplete') return
    expect(result.reason).toMatch(/^the check of black still fails after its fix:\nwould reformat app\.py \[REDACTED_GITHUB_TOKEN\] \[\] \[\]$/)
    expect(result.log).toContain('config token [REDACTED_GITHUB_TOKEN]')
    expect(`${result.reason}${result.log}`).not.toContain('ghp_')
    expect(`${result.reason}${result.log}`).not.toContain('sk-ant-')
  })

  it.each([
    ['changes another file', 'printf hacked >> other.py', 'other.py'],
    ['writes a workflow', 'printf "jobs: {}\\n" >> .github/workflows/ci.yml', '.github/workflows/ci.yml (protected)'],
    ['creates a file', 'printf "import os\\n" > sitecustomize.py', 'sitecustomize.py'],
    ['removes a file', 'rm other.py', 'other.py'],
  ])('refuses the result of a tool that %s', async (_what, extra, named) => {
    const dir = await project()
    const environment = await fakeBlack({ fix: `printf '${formatted}' > app.py; ${extra}` })
    const result = await fixLintWithTools({ context, projectDir: dir, environment, timeoutMs: 10_000 })
    expect(result).toMatchObject({ outcome: 'incomplete', reason: `the tools changed files they were not given, so their result is not used: ${named}` })
  })

  it('refuses the result when the check, not the fix, writes elsewhere', async () => {
    const dir = await project()
    const environment = await fakeBlack({ fix: `printf '${formatted}' > app.py`, check: 'printf x >> other.py; exit 0' })
    const result = await fixLintWithTools({ context, projectDir: dir, environment, timeoutMs: 10_000 })
    expect(result).toMatchObject({ outcome: 'incomplete', reason: expect.stringMatching(/not given.*: other\.py$/) })
  })

  it('does not read back a file the tool replaced with a link', async () => {
    const dir = await project()
    const environment = await fakeBlack({ fix: 'rm app.py; ln -s /etc/hostname app.py' })
    const result = await fixLintWithTools({ context, projectDir: dir, environment, timeoutMs: 10_000 })
    expect(result).toMatchObject({ outcome: 'incomplete', reason: 'after the tools ran, app.py is a symbolic link (or lies behind one)' })
  })

  it('runs no tool on a finding whose file is a link, or lies behind a linked folder', async () => {
    const dir = await project()
    await symlink('/etc', path.join(dir, 'etc'))
    await symlink('/etc/hostname', path.join(dir, 'host.py'))
    const environment = await fakeBlack({ fix: 'touch ran-marker' })
    for (const file of ['host.py', 'etc/hostname.py']) {
      const result = await fixLintWithTools({ context: { ...context, failures: [blackFinding(file)] }, projectDir: dir, environment, timeoutMs: 10_000 })
      expect(result).toEqual({ outcome: 'not-applicable', reason: `a finding's file cannot be handed to a tool: ${file} is a symbolic link (or lies behind one)` })
    }
    const missing = await fixLintWithTools({ context: { ...context, failures: [blackFinding('gone.py')] }, projectDir: dir, environment, timeoutMs: 10_000 })
    expect(missing).toEqual({ outcome: 'not-applicable', reason: "a finding's file cannot be handed to a tool: gone.py does not exist" })
    expect(existsSync(path.join(dir, 'ran-marker'))).toBe(false)
  })

  it('calls a tool that changes nothing incomplete, even when its check passes', async () => {
    const dir = await project()
    const environment = await fakeBlack({ fix: 'exit 0' })
    const result = await fixLintWithTools({ context, projectDir: dir, environment, timeoutMs: 10_000 })
    expect(result).toMatchObject({ outcome: 'incomplete', reason: 'black 23.1.0 changed nothing, yet the run failed on their findings' })
  })

  it('finds a node tool in node_modules/.bin at the checkout root when the project is a subfolder', async () => {
    const checkout = await project()
    const projectDir = path.join(checkout, 'web')
    await mkdir(path.join(projectDir, 'src'), { recursive: true })
    await writeFile(path.join(projectDir, 'src', 'a.ts'), 'let a=1\n')
    await mkdir(path.join(checkout, 'node_modules', '.bin'), { recursive: true })
    await writeFile(path.join(checkout, 'node_modules', '.bin', 'prettier'), `#!/bin/sh\ncase "$1" in --version) echo 3.10.1;; --check) exit 0;; *) printf 'let a = 1;\\n' > src/a.ts;; esac\n`, { mode: 0o755 })
    const prettierFinding: FailureRecord = { ...blackFinding('src/a.ts'), tool: 'prettier', rule: 'prettier', nodeid: 'src/a.ts:prettier' }
    const result = await fixLintWithTools({
      context: { ...context, failures: [prettierFinding] },
      projectDir,
      checkoutDir: checkout,
      environment: { PATH: '/usr/bin:/bin' },
      timeoutMs: 10_000,
    })
    expect(result).toMatchObject({ outcome: 'fixed', tools: ['prettier 3.10.1'], changed: new Map([['src/a.ts', 'let a = 1;\n']]) })
    if (result.outcome === 'fixed') expect(result.patch).toContain('+++ b/src/a.ts')
  })

  it('runs ruff check --fix before ruff format on one file, then both checks, each argv as the table says', async () => {
    const dir = await project()
    const calls = path.join(await mkdtemp(path.join(tmpdir(), 'autoheal-calls-')), 'calls.txt')
    onTestFinished(() => rm(path.dirname(calls), { recursive: true, force: true }))
    const bin = await fakeTool('ruff', `echo "$*" >> ${calls}
case "$*" in
  --version) echo "ruff 0.6.9" ;;
  "check --fix -- app.py") printf 'x=1\\n' > app.py ;;
  "format -- app.py") printf '${formatted}' > app.py ;;
esac`)
    const failures: FailureRecord[] = [
      { ...blackFinding('app.py'), tool: 'ruff', rule: 'ruff-format', nodeid: 'app.py:ruff-format' },
      { ...blackFinding('app.py'), tool: 'ruff', rule: 'F401', nodeid: 'app.py:1:F401' },
    ]
    const result = await fixLintWithTools({ context: { ...context, failures }, projectDir: dir, environment: { PATH: `${bin}:/usr/bin:/bin` }, timeoutMs: 10_000 })
    expect(result).toMatchObject({ outcome: 'fixed', tools: ['ruff check 0.6.9', 'ruff format 0.6.9'], changed: new Map([['app.py', formatted]]) })
    expect((await readFile(calls, 'utf8')).trim().split('\n')).toEqual([
      '--version',
      '--version',
      'check --fix -- app.py',
      'format -- app.py',
      'check -- app.py',
      'format --check -- app.py',
    ])
  })
})
