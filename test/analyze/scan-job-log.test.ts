import { readFileSync } from 'node:fs'
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { analyzeRun } from '../../src/analyze/analyze-run.js'
import { FailureContext } from '../../src/analyze/failure-context.js'
import { parseToolOutput } from '../../src/analyze/parse-log/parse-step-output.js'
import { readJobLog } from '../../src/analyze/read-job-log.js'
import { gapMarker, JobLogScanner, type JobLog } from '../../src/analyze/scan-job-log.js'
import { corpusCases, corpusLogs } from '../support/corpus.js'

// ---- An oracle read of the raw text, independent of the scanner: what a person sees in the log.

const timestamp = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z ?/
// eslint-disable-next-line no-control-regex
const colour = /\x1b\[[0-9;]*m/g

const plain = (raw: string) => raw.replace(/\r$/, '').replace(timestamp, '').replace(colour, '')

interface RawStep {
  name: string
  exitCode?: number
  cancelled: boolean
  /** The tool's output: after the step's `##[endgroup]`, up to its `##[error]`. */
  output: string[]
}

/** The steps the raw log shows as failed, read line by line with plain string checks. */
function failedStepsOf(text: string): RawStep[] {
  const steps: RawStep[] = []
  let current: (RawStep & { failed: boolean; inOutput: boolean }) | undefined
  const close = () => {
    if (current?.failed) {
      const { failed: _failed, inOutput: _inOutput, ...step } = current
      steps.push(step)
    }
  }
  for (const raw of text.split('\n')) {
    const line = plain(raw)
    if (line.startsWith('##[group]Run ') || line === 'Post job cleanup.') {
      close()
      const name = line === 'Post job cleanup.' ? '(post job cleanup)' : line.slice('##[group]Run '.length).trim()
      current = { name, cancelled: false, output: [], failed: false, inOutput: false }
      continue
    }
    if (!current) continue
    if (line.startsWith('##[error]')) {
      current.failed = true
      current.inOutput = false
      const exit = /^##\[error\]Process completed with exit code (\d+)\.$/.exec(line)
      if (exit) current.exitCode = Number(exit[1])
      if (line === '##[error]The operation was canceled.') current.cancelled = true
      continue
    }
    if (line === '##[endgroup]' && current.output.length === 0 && !current.inOutput) {
      current.inOutput = true
      continue
    }
    if (current.inOutput) current.output.push(line)
  }
  // A log cut off inside a step: that step is the one that failed.
  if (current && !current.failed && !text.endsWith('\n')) current.failed = true
  close()
  return steps
}

const keptChars = (log: JobLog) => log.steps.reduce((sum, step) => sum + step.lines.reduce((n, line) => n + line.length, 0), 0)

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'autoheal-scan-'))
  onTestFinished(() => rm(dir, { recursive: true, force: true }))
  return dir
}

/** Cuts a buffer into blocks of whole lines of at most `size` bytes (a longer line is a block of its own). */
function lineBlocks(bytes: Buffer, size: number): Buffer[] {
  const blocks: Buffer[] = []
  let start = 0
  while (start < bytes.length) {
    let end = start
    for (;;) {
      const newline = bytes.indexOf(0x0a, end)
      const lineEnd = newline === -1 ? bytes.length : newline + 1
      if (end > start && lineEnd - start > size) break
      end = lineEnd
      if (end >= bytes.length || end - start >= size) break
    }
    blocks.push(bytes.subarray(start, end))
    start = end
  }
  return blocks
}

function scanBlocks(job: string, blocks: readonly Buffer[], reuse: boolean): JobLog {
  const scanner = new JobLogScanner(job)
  // A reused buffer holds stale bytes past `length`: the scanner must not read them.
  const stale = Buffer.from('\n##[error]Process completed with exit code 99.\n##[group]Run stale\n')
  const shared = Buffer.alloc(Math.max(...blocks.map((block) => block.length), 1) + 256)
  for (const block of blocks) {
    if (!reuse) {
      scanner.scan(block)
      continue
    }
    for (let at = 0; at < shared.length; at += stale.length) stale.copy(shared, at)
    block.copy(shared, 0)
    scanner.scan(shared, block.length)
  }
  return scanner.finish()
}

// ---- Real logs

const rawCache = new Map<string, Buffer>()
function readFileSyncCached(path: string): Buffer {
  let bytes = rawCache.get(path)
  if (!bytes) {
    bytes = readFileSync(path)
    rawCache.set(path, bytes)
  }
  return bytes
}

// Found by their bytes, not their names: no final newline, or the runner's cancellation.
const truncatedLogs = corpusLogs.filter((log) => {
  const bytes = readFileSyncCached(log.path)
  return bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a
})
const cancelledLogs = corpusLogs.filter((log) => readFileSyncCached(log.path).includes('##[error]The operation was canceled.'))
const completeLogs = corpusLogs.filter((log) => !truncatedLogs.includes(log))

describe('JobLogScanner on the corpus logs', () => {
  it('has logs of each kind to test', () => {
    expect(corpusLogs.length).toBeGreaterThanOrEqual(20)
    expect(truncatedLogs.length).toBeGreaterThanOrEqual(2)
    expect(cancelledLogs.length).toBeGreaterThanOrEqual(1)
  })

  it.each(completeLogs)('$caseName / $job: finds the failing step, its name and its exit code', async (log) => {
    const text = readFileSyncCached(log.path).toString('utf8')
    const expected = failedStepsOf(text)
    expect(expected.length).toBeGreaterThan(0)
    const scanned = await readJobLog(log.path, log.job)
    expect(scanned.framed).toBe(true)
    expect(scanned.steps.map(({ name, exitCode, cancelled }) => ({ name, exitCode, cancelled }))).toEqual(
      expected.map(({ name, exitCode, cancelled }) => ({ name, exitCode, cancelled })),
    )
    // The step is the failing command meta.json names (`a ; b` for a run whose jobs ran a and b).
    const commands = log.corpusCase.meta.command.split(' ; ')
    expect(commands).toContain(scanned.steps[0]!.name)
  })

  it.each(corpusLogs)('$caseName / $job: lines have no timestamps, no ANSI codes, no runner checkout paths', async (log) => {
    const scanned = await readJobLog(log.path, log.job)
    const repoName = log.corpusCase.meta.repository.split('/')[1]!
    const checkout = `/home/runner/work/${repoName}/${repoName}`
    const lines = scanned.steps.flatMap((step) => step.lines)
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) {
      expect(line).not.toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/)
      expect(line).not.toContain('\x1b')
      expect(line).not.toContain('\r')
      expect(line).not.toContain(checkout)
    }
    // Each raw line of the failing step's output that names a file of the checkout is kept, repo-relative.
    const text = readFileSyncCached(log.path).toString('utf8')
    const withPaths = failedStepsOf(text)
      .flatMap((step) => step.output)
      .filter((line) => line.includes(`${checkout}/`) && !line.includes('file://'))
    for (const line of withPaths) expect(lines).toContain(line.replaceAll(`${checkout}/`, ''))
  })

  it.each(truncatedLogs)('$caseName / $job: a log without a final newline is truncated and keeps its last step', async (log) => {
    const text = readFileSyncCached(log.path).toString('utf8')
    const scanned = await readJobLog(log.path, log.job)
    expect(scanned.truncated).toBe(true)
    expect(scanned.cancelled).toBe(false)
    const lastRun = [...text.matchAll(/##\[group\]Run (.*)/g)].at(-1)![1]!.trim()
    expect(scanned.steps.at(-1)!.name).toBe(lastRun)
    const lastLine = text.split('\n').map(plain).filter((line) => line.trim() !== '').at(-1)!
    expect(scanned.steps.at(-1)!.lines).toContain(lastLine)
  })

  it.each(completeLogs)('$caseName / $job: a log that ends with the runner cleanup is not truncated', async (log) => {
    const scanned = await readJobLog(log.path, log.job)
    expect(scanned.truncated).toBe(false)
    expect(scanned.cancelled).toBe(cancelledLogs.includes(log))
  })

  it.each(cancelledLogs)('$caseName / $job: a cancelled run is marked cancelled, its step too', async (log) => {
    const scanned = await readJobLog(log.path, log.job)
    expect(scanned.cancelled).toBe(true)
    expect(scanned.truncated).toBe(false)
    const step = scanned.steps.at(-1)!
    expect(step.cancelled).toBe(true)
    expect(step.exitCode).toBeUndefined()
    // The cancellation is the runner's word, not an annotation of the tool.
    expect(scanned.annotations).not.toContain('The operation was canceled.')
  })

  const blockSizes = [1, 97, 512, 4096]
  it.each(corpusLogs)('$caseName / $job: blocks cut at line boundaries give the same result as one block', (log) => {
    const bytes = readFileSyncCached(log.path)
    const whole = scanBlocks(log.job, [bytes], false)
    expect(whole.steps.length).toBeGreaterThan(0)
    for (const size of blockSizes) {
      const blocks = lineBlocks(bytes, size)
      expect(Buffer.concat(blocks).equals(bytes)).toBe(true)
      expect(scanBlocks(log.job, blocks, false)).toEqual(whole)
      expect(scanBlocks(log.job, blocks, true)).toEqual(whole)
    }
  })

  it.each(corpusLogs)('$caseName / $job: CRLF line endings read like LF', async (log) => {
    const dir = await tempDir()
    const crlfPath = join(dir, 'crlf.txt')
    await writeFile(crlfPath, readFileSyncCached(log.path).toString('latin1').replaceAll('\n', '\r\n'), 'latin1')
    const lf = await readJobLog(log.path, log.job)
    const crlf = await readJobLog(crlfPath, log.job)
    expect(crlf.steps).toEqual(lf.steps)
    expect(crlf.annotations).toEqual(lf.annotations)
    expect({ truncated: crlf.truncated, cancelled: crlf.cancelled, framed: crlf.framed }).toEqual({
      truncated: lf.truncated,
      cancelled: lf.cancelled,
      framed: lf.framed,
    })
  })
})

// ---- Raw tool output, without the runner's framing

const pytestCases = corpusCases.filter((corpusCase) => corpusCase.tools.includes('pytest') && corpusCase.logs.length > 0)

describe('JobLogScanner on raw tool output', () => {
  it('has pytest cases to cut raw output from', () => {
    expect(pytestCases.length).toBeGreaterThanOrEqual(5)
  })

  it.each(pytestCases)('$name: raw pytest output counts as one failing step that holds the failing tests', async (corpusCase) => {
    const outputs = corpusCase.logs
      .flatMap((log) => failedStepsOf(readFileSyncCached(log.path).toString('utf8')))
      .map((step) => step.output)
    const output = outputs.find((lines) => lines.some((line) => /^={3,} .* ={3,}$|::\w+ |^(?:FAILED|ERROR) /.test(line)))!
    expect(output).toBeDefined()
    const dir = await tempDir()
    const path = join(dir, 'pytest-output.txt')
    await writeFile(path, `${output.join('\n')}\n`)
    const scanned = await readJobLog(path, 'pytest')
    expect(scanned.framed).toBe(false)
    expect(scanned.steps).toHaveLength(1)
    expect(scanned.steps[0]!.failed).toBe(true)
    const repoName = corpusCase.meta.repository.split('/')[1]!
    const checkout = `/home/runner/work/${repoName}/${repoName}`
    const repoRelative = output.map((line) => line.replaceAll(`${checkout}/`, '').replaceAll(checkout, '.'))
    expect(scanned.steps[0]!.lines).toEqual(repoRelative)
    const nodeids = parseToolOutput(scanned.steps[0]!.lines).map((failure) => failure.nodeid)
    for (const test of corpusCase.label.failing_tests) expect(nodeids).toContain(test)
  })

  it('a raw log that starts with a step header at its first byte is framed (no timestamps)', async () => {
    const text = ['##[group]Run make check', 'make check', '##[endgroup]', 'boom', '##[error]Process completed with exit code 2.', ''].join('\n')
    const whole = scanBlocks('build', [Buffer.from(text)], false)
    expect(whole.framed).toBe(true)
    expect(whole.steps.map((step) => [step.name, step.exitCode])).toEqual([['make check', 2]])
    expect(whole.steps[0]!.lines).toEqual(['boom', '##[error]Process completed with exit code 2.'])
    // One line a block puts every marker at a block's first byte.
    expect(scanBlocks('build', lineBlocks(Buffer.from(text), 1), true)).toEqual(whole)
  })
})

// ---- Hostile input: each must end in a sensible result, never a throw

async function writeLog(bytes: Buffer | string): Promise<string> {
  const dir = await tempDir()
  const path = join(dir, 'job.txt')
  await writeFile(path, bytes)
  return path
}

/** Deterministic bytes (a linear congruential generator): the same junk on every run. */
function junk(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length)
  let state = seed
  for (let index = 0; index < length; index++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    bytes[index] = state >>> 24
  }
  return bytes
}

const stamp = (n: number) => `2026-11-25T13:10:${String(10 + (n % 50)).padStart(2, '0')}.${String(n % 10_000_000).padStart(7, '0')}Z `

function framedLog(lines: readonly (string | Buffer)[]): Buffer {
  const parts: Buffer[] = []
  lines.forEach((line, index) => parts.push(Buffer.from(stamp(index)), Buffer.isBuffer(line) ? line : Buffer.from(line), Buffer.from('\n')))
  return Buffer.concat(parts)
}

describe('JobLogScanner on hostile logs', () => {
  it('an empty file: no steps, not truncated', async () => {
    const log = await readJobLog(await writeLog(''), 'empty')
    expect(log).toEqual({ job: 'empty', steps: [], annotations: [], truncated: false, cancelled: false, framed: false, bytes: 0 })
    const context = analyzeRun({ workflowRunId: '1', logs: [log], reports: [] })
    expect(context.fix_type).toBe('unknown')
    expect(context.diagnostics.join(' ')).toMatch(/empty/)
  })

  it('binary junk with NUL bytes: one unframed step of decoded lines', async () => {
    const bytes = junk(256 * 1024, 7)
    expect(bytes.includes(0)).toBe(true)
    const log = await readJobLog(await writeLog(bytes), 'junk')
    expect(log.framed).toBe(false)
    expect(log.bytes).toBe(bytes.length)
    expect(log.steps).toHaveLength(1)
    for (const line of log.steps[0]!.lines) expect(line).not.toContain('\n')
    expect(keptChars(log)).toBeLessThanOrEqual(bytes.length * 2)
    const context = analyzeRun({ workflowRunId: '1', logs: [log], reports: [] })
    expect(FailureContext.safeParse(context).success).toBe(true)
    expect(context.can_auto_fix).toBe(false)
  })

  it('bytes that are not UTF-8 (latin1 é, a lone 0xff) become replacement characters', async () => {
    const bytes = framedLog([
      '##[group]Run echo caf\u00e9',
      'echo caf\u00e9',
      '##[endgroup]',
      Buffer.concat([Buffer.from('caf'), Buffer.from([0xe9]), Buffer.from(' '), Buffer.from([0xff]), Buffer.from(' done')]),
      '##[error]Process completed with exit code 1.',
      'Cleaning up orphan processes',
    ])
    const log = await readJobLog(await writeLog(bytes), 'latin1')
    expect(log.steps.map((step) => [step.name, step.exitCode])).toEqual([['echo café', 1]])
    expect(log.steps[0]!.lines).toContain('caf\uFFFD \uFFFD done')
    expect(log.truncated).toBe(false)
  })

  it('a 50 MB single line without a newline keeps a bounded part of it', async () => {
    const dir = await tempDir()
    const path = join(dir, 'huge.txt')
    const chunk = Buffer.from('value error FAIL Traceback '.repeat(40_000)) // ~1 MB, full of trigger words
    const total = 50 * 1024 * 1024
    const file = await open(path, 'w')
    try {
      for (let written = 0; written < total; written += chunk.length) {
        await file.write(chunk, 0, Math.min(chunk.length, total - written))
      }
    } finally {
      await file.close()
    }
    const log = await readJobLog(path, 'huge')
    expect(log.bytes).toBe(total)
    expect(log.truncated).toBe(true)
    expect(log.steps).toHaveLength(1)
    expect(keptChars(log)).toBeLessThan(8 * 1024 * 1024)
    expect(log.steps[0]!.omittedBytes).toBeGreaterThan(40 * 1024 * 1024)
    expect(log.steps[0]!.lines).toContain(gapMarker)
    const context = analyzeRun({ workflowRunId: '1', logs: [log], reports: [] })
    expect(context.relevant_logs.every((line) => line.length <= 401)).toBe(true)
  })

  it('100,000 ##[error] lines: annotations capped, the exit code found, the kept lines bounded', async () => {
    const lines = ['##[group]Run ./flood.sh', './flood.sh', '##[endgroup]']
    for (let index = 0; index < 100_000; index++) lines.push(`##[error]flood ${index}: something went wrong in module_${index % 97}`)
    lines.push('##[error]Process completed with exit code 3.', 'Cleaning up orphan processes')
    const bytes = framedLog(lines)
    const log = await readJobLog(await writeLog(bytes), 'flood')
    expect(log.steps.map((step) => [step.name, step.exitCode])).toEqual([['./flood.sh', 3]])
    expect(log.annotations).toHaveLength(50)
    expect(log.annotations[0]).toBe('flood 0: something went wrong in module_0')
    expect(log.truncated).toBe(false)
    const step = log.steps[0]!
    expect(step.lines.slice(-2)).toEqual(['##[error]Process completed with exit code 3.', 'Cleaning up orphan processes'])
    expect(step.lines).toContain(gapMarker)
    expect(keptChars(log)).toBeLessThan(4 * 1024 * 1024)
    expect(step.omittedBytes).toBeGreaterThan(0)
  })

  it('a log of nothing but CR-terminated progress redraws keeps what a reader saw last', async () => {
    const bytes = framedLog(['##[group]Run npm ci', '##[endgroup]', 'progress 10%\rprogress 50%\rprogress 100%', '##[error]Process completed with exit code 1.'])
    const log = await readJobLog(await writeLog(bytes), 'redraw')
    expect(log.steps[0]!.lines).toEqual(['progress 100%', '##[error]Process completed with exit code 1.'])
  })
})

// The oracle above must itself read the corpus the way the corpus README describes it.
describe('the oracle reading of the raw logs', () => {
  it('finds one failing step per complete log, with an exit code unless cancelled', async () => {
    for (const log of completeLogs) {
      const steps = failedStepsOf((await readFile(log.path)).toString('utf8'))
      expect(steps.length, log.path).toBeGreaterThanOrEqual(1)
      for (const step of steps) expect(step.exitCode !== undefined || step.cancelled, log.path).toBe(true)
    }
  })
})
