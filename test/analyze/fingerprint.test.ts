import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { analyzeRun } from '../../src/analyze/analyze-run.js'
import type { FailureContext } from '../../src/analyze/failure-context.js'
import { loadJobLogs, loadReports } from '../../src/analyze/load-run-files.js'
import { corpusCases, type CorpusCase } from '../support/corpus.js'

/**
 * The same failure seen in another run must give the same fingerprint, so that dedupe finds
 * the open PR or issue; a different failure must give another.
 */

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'autoheal-fingerprint-'))
  onTestFinished(() => rm(dir, { recursive: true, force: true }))
  return dir
}

/** A case's folder (logs, artifacts) copied with every text rewritten. */
async function rewrittenCase(corpusCase: CorpusCase, rewrite: (text: string) => string): Promise<string> {
  const dir = await tempDir()
  await cp(corpusCase.dir, dir, { recursive: true, filter: (source) => !source.includes(`${corpusCase.dir}/repo`) })
  for (const folder of ['logs', 'artifacts']) {
    const entries = await readdir(join(dir, folder), { recursive: true, withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      if (!entry.isFile()) continue
      const path = join(entry.parentPath, entry.name)
      await writeFile(path, rewrite(await readFile(path, 'utf8')))
    }
  }
  return dir
}

async function analyzeDir(dir: string, runId: string, options: { reverseJobs?: boolean; reports?: boolean } = {}): Promise<FailureContext> {
  const { logs } = await loadJobLogs(join(dir, 'logs'))
  const { reports } = options.reports === false ? { reports: [] } : await loadReports(join(dir, 'artifacts'))
  return analyzeRun({ workflowRunId: runId, logs: options.reverseJobs ? [...logs].reverse() : logs, reports })
}

// ---- What changes from one run to the next

const pad = (value: number, width: number) => String(value).padStart(width, '0')

/** Another moment: every ISO timestamp (the runner's, and `2026-11-25 13:10:52.123456+00:00` in diffs) moved by 2 days, 3 h, 17 min. */
function shiftTimestamps(text: string): string {
  return text.replace(/\b(\d{4}-\d\d-\d\d)([T ])(\d\d:\d\d:\d\d)(?:\.(\d+))?/g, (_match, date: string, separator: string, time: string, fraction?: string) => {
    const moved = new Date(Date.parse(`${date}T${time}Z`) + ((2 * 24 + 3) * 60 + 17) * 60_000 + 41_000)
    const iso = moved.toISOString()
    const digits = fraction === undefined ? '' : `.${[...fraction].reverse().join('')}`
    return `${iso.slice(0, 10)}${separator}${iso.slice(11, 19)}${digits}`
  })
}

/** Other durations: `in 0.06s` → `in 3.20s`, `(5001 ms)`, `(90.303516ms)`, `32ms`. */
function otherDurations(text: string): string {
  return text
    .replace(/\bin \d+(?:\.\d+)?s\b/g, 'in 3.20s')
    .replace(/\((\d+(?:\.\d+)?)( ?)ms\)/g, (_match, value: string, space: string) => `(${(Number(value) * 3 + 7).toFixed(value.includes('.') ? 3 : 0)}${space}ms)`)
    .replace(/\b(\d+)ms\b/g, (_match, value: string) => `${Number(value) * 2 + 13}ms`)
}

/** Other temporary folders: the runner's `_temp/<uuid>` and `/tmp/…` names. */
function otherTempPaths(text: string): string {
  return text
    .replace(/_temp\/[0-9a-f-]{36}/g, '_temp/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0')
    .replace(/\/tmp\/([\w.-]+?)-[A-Za-z0-9]{6}\b/g, '/tmp/$1-Q7w2Lm')
}

const otherRunId = '98765432109'

function anotherRun(corpusCase: CorpusCase) {
  return (text: string) =>
    otherTempPaths(otherDurations(shiftTimestamps(text))).replaceAll(String(corpusCase.meta.workflow_run_id), otherRunId)
}

const analyzedCases = corpusCases.filter((corpusCase) => corpusCase.logs.length > 0)

describe('fingerprint: the same failure in another run', () => {
  it.each(analyzedCases)('$name: other timestamps, run id, durations, job order and temp paths keep the fingerprint', async (corpusCase) => {
    const original = await analyzeDir(corpusCase.dir, String(corpusCase.meta.workflow_run_id))
    const rewrite = anotherRun(corpusCase)
    const dir = await rewrittenCase(corpusCase, rewrite)
    // The rewrite changed the logs: the runner's timestamps at least.
    const job = corpusCase.logs[0]!.job
    expect(await readFile(join(dir, 'logs', `${job}.txt`), 'utf8')).not.toBe(await readFile(corpusCase.logs[0]!.path, 'utf8'))
    const again = await analyzeDir(dir, otherRunId, { reverseJobs: true })
    expect(again.workflow_run_id).toBe(otherRunId)
    expect(again.fix_type).toBe(original.fix_type)
    expect(again.fingerprint).toBe(original.fingerprint)
  })

  it('a run with two failed jobs keeps its fingerprint whichever job comes first', async () => {
    const twoJobs = analyzedCases.filter((corpusCase) => corpusCase.logs.length >= 2)
    expect(twoJobs.length).toBeGreaterThan(0)
    for (const corpusCase of twoJobs) {
      const inOrder = await analyzeDir(corpusCase.dir, '1')
      const reversed = await analyzeDir(corpusCase.dir, '1', { reverseJobs: true })
      expect(reversed.jobs.map((job) => job.name)).toEqual([...inOrder.jobs.map((job) => job.name)].reverse())
      expect(reversed.fingerprint).toBe(inOrder.fingerprint)
    }
  })
})

// ---- Another failure

const pytestTestCases = analyzedCases.filter(
  (corpusCase) => corpusCase.tools.includes('pytest') && corpusCase.label.failing_tests.some((test) => test.includes('::')),
)

describe('fingerprint: another failure', () => {
  it.each(pytestTestCases)('$name: another failing test id gives another fingerprint', async (corpusCase) => {
    const test = corpusCase.label.failing_tests.find((id) => id.includes('::'))!.split('::').at(-1)!
    const original = await analyzeDir(corpusCase.dir, '1', { reports: false })
    const dir = await rewrittenCase(corpusCase, (text) => text.replaceAll(test, `${test}_after_refactor`))
    const renamed = await analyzeDir(dir, '1', { reports: false })
    expect(renamed.failures.map((failure) => failure.nodeid).join('\n')).toContain(`${test}_after_refactor`)
    expect(renamed.fix_type).toBe(original.fix_type)
    expect(renamed.fingerprint).not.toBe(original.fingerprint)
  })

  // A plain assertion turned into another exception: the same class (unknown), another failure.
  const assertionCases = analyzedCases.filter((corpusCase) => corpusCase.label.fix_type === 'unknown' && corpusCase.tools.includes('pytest'))
  it('another exception type gives another fingerprint', async () => {
    let compared = 0
    for (const corpusCase of assertionCases) {
      const text = await readFile(corpusCase.logs[0]!.path, 'utf8')
      // pytest's crash line, `tests/test_x.py:14: AssertionError` (coloured or not).
      if (!/:\d+: AssertionError$/m.test(text)) continue
      const original = await analyzeDir(corpusCase.dir, '1', { reports: false })
      const dir = await rewrittenCase(corpusCase, (log) => log.replaceAll('AssertionError', 'ValueError'))
      const changed = await analyzeDir(dir, '1', { reports: false })
      expect(changed.fix_type).toBe(original.fix_type)
      expect(changed.failures.map((failure) => failure.nodeid)).toEqual(original.failures.map((failure) => failure.nodeid))
      expect(changed.fingerprint).not.toBe(original.fingerprint)
      compared++
    }
    expect(compared).toBeGreaterThan(0)
  })
})

// ---- Findings

/** Every `file:line` a finding names, in the shapes mypy, flake8, tsc and eslint's stylish rows print it, moved down. */
function moveFindings(text: string, files: readonly string[], by: number): string {
  let moved = text
  for (const file of files) {
    const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    moved = moved
      .replace(new RegExp(`${escaped}:(\\d+):`, 'g'), (_match, line: string) => `${file}:${Number(line) + by}:`)
      .replace(new RegExp(`${escaped}\\((\\d+),`, 'g'), (_match, line: string) => `${file}(${Number(line) + by},`)
  }
  return moved.replace(/^(\S+ )(\s+)(\d+)(:\d+\s+(?:error|warning)\s)/gm, (_match, stamp: string, indent: string, line: string, rest: string) => {
    return `${stamp}${indent}${Number(line) + by}${rest}`
  })
}

const findingCases = analyzedCases.filter(
  (corpusCase) => ['lint', 'type_error'].includes(corpusCase.label.fix_type) && corpusCase.label.failing_tests.length === 0,
)

describe('fingerprint: findings', () => {
  const withLines = findingCases.filter((corpusCase) => !['black', 'isort', 'prettier'].some((tool) => corpusCase.tools.includes(tool)))

  it('has finding cases with line numbers', () => {
    expect(withLines.length).toBeGreaterThanOrEqual(3)
  })

  it.each(withLines)('$name: findings moved by some lines keep the fingerprint', async (corpusCase) => {
    const original = await analyzeDir(corpusCase.dir, '1', { reports: false })
    const dir = await rewrittenCase(corpusCase, (text) => moveFindings(text, corpusCase.label.affected_files, 7))
    const moved = await analyzeDir(dir, '1', { reports: false })
    const lines = (context: FailureContext) => context.failures.map((failure) => failure.line)
    expect(lines(moved)).toEqual(lines(original).map((line) => (line === undefined ? undefined : line + 7)))
    expect(moved.fingerprint).toBe(original.fingerprint)
  })

  it.each(withLines)('$name: a finding of another rule gives another fingerprint', async (corpusCase) => {
    const original = await analyzeDir(corpusCase.dir, '1', { reports: false })
    const rule = original.failures.find((failure) => failure.kind === 'finding')!.rule!
    const other = /^[A-Z]+\d+$/.test(rule) ? `${rule.replace(/\d+$/, '')}${Number(/\d+$/.exec(rule)![0]) + 1}` : `${rule}-strict`
    // The rule as the tool prints it: `E302`, `[union-attr]`, `TS2554`, eslint's last column.
    const escaped = rule.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const dir = await rewrittenCase(corpusCase, (text) => text.replace(new RegExp(`(^|[\\s[])${escaped}(?=[\\s\\]:]|$)`, 'm'), `$1${other}`))
    const changed = await analyzeDir(dir, '1', { reports: false })
    expect(changed.failures.map((failure) => failure.rule)).toContain(other)
    expect(changed.fingerprint).not.toBe(original.fingerprint)
  })
})

// ---- A step no parser knows: its message, with the variable parts masked

function buildStepLog(tempFolder: string, errno: string): string {
  const checkout = '/home/runner/work/site/site'
  const lines = [
    '##[group]Run npm run build',
    'npm run build',
    'shell: /usr/bin/bash -e {0}',
    '##[endgroup]',
    '',
    '> site@1.0.0 build',
    '> node scripts/build.mjs',
    '',
    'node:internal/fs/promises:639',
    '  return new FileHandle(await PromisePrototypeThen(binding.openFileHandle(path, flags, mode, kUsePromises), undefined, handleErrorFromBinding));',
    '                                ^',
    '',
    `Error: ${errno}: ${errno === 'ENOENT' ? 'no such file or directory' : 'permission denied'}, open '${tempFolder}/manifest.json'`,
    '    at async open (node:internal/fs/promises:639:25)',
    '    at async Object.readFile (node:internal/fs/promises:1242:14)',
    `    at async build (file://${checkout}/scripts/build.mjs:14:20) {`,
    `  errno: ${errno === 'ENOENT' ? -2 : -13},`,
    `  code: '${errno}',`,
    "  syscall: 'open',",
    `  path: '${tempFolder}/manifest.json'`,
    '}',
    '',
    'Node.js v20.19.2',
    '##[error]Process completed with exit code 1.',
    'Cleaning up orphan processes',
  ]
  return lines.map((line, index) => `2026-11-25T13:10:${pad(10 + index, 2)}.${pad(1_234_567 + index, 7)}Z ${line}\n`).join('')
}

describe('fingerprint: a failed step without a parser', () => {
  async function analyzeText(text: string): Promise<FailureContext> {
    const dir = await tempDir()
    await mkdir(join(dir, 'logs'))
    await writeFile(join(dir, 'logs', 'build.txt'), text)
    return analyzeDir(dir, '1')
  }

  it('another temporary folder keeps the fingerprint; another error gives another', async () => {
    const first = await analyzeText(buildStepLog('/tmp/site-build-Xa81Qz', 'ENOENT'))
    const second = await analyzeText(buildStepLog('/tmp/site-build-P0k3Rt', 'ENOENT'))
    const other = await analyzeText(buildStepLog('/tmp/site-build-Xa81Qz', 'EACCES'))
    expect(first.failures.map((failure) => failure.kind)).toEqual(['step'])
    expect(first.failures[0]!.message).toContain('/tmp/site-build-Xa81Qz/manifest.json')
    expect(second.fingerprint).toBe(first.fingerprint)
    expect(other.fingerprint).not.toBe(first.fingerprint)
  })
})
