import { readFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { analyzeRun, type AnalysisInput } from '../../src/analyze/analyze-run.js'
import { FailureContext } from '../../src/analyze/failure-context.js'
import { loadJobLogs, loadReports } from '../../src/analyze/load-run-files.js'
import { readJobLog } from '../../src/analyze/read-job-log.js'
import { readWorkspace } from '../../src/analyze/workspace.js'
import { corpusCases, type CorpusCase } from '../support/corpus.js'

async function inputOf(corpusCase: CorpusCase, extra: Partial<AnalysisInput> = {}): Promise<AnalysisInput> {
  const { logs, diagnostics: logDiagnostics } = await loadJobLogs(join(corpusCase.dir, 'logs'))
  const { reports, diagnostics: reportDiagnostics } = await loadReports(join(corpusCase.dir, 'artifacts'))
  return {
    workflowRunId: String(corpusCase.meta.workflow_run_id),
    logs,
    reports,
    diagnostics: [...logDiagnostics, ...reportDiagnostics],
    workspace: readWorkspace(join(corpusCase.dir, 'repo')),
    ...extra,
  }
}

async function tempLog(name: string, text: string) {
  const dir = await mkdtemp(join(tmpdir(), 'autoheal-analyze-'))
  onTestFinished(() => rm(dir, { recursive: true, force: true }))
  const path = join(dir, `${name}.txt`)
  await writeFile(path, text)
  return readJobLog(path, name)
}

const stamped = (lines: readonly string[]) =>
  lines.map((line, index) => `2026-11-25T13:10:${String(10 + (index % 50)).padStart(2, '0')}.${String(1_000_000 + index).padStart(7, '0')}Z ${line}\n`).join('')

/** Whatever the input, the context is valid by its own schema. */
function expectValid(context: FailureContext): void {
  const parsed = FailureContext.safeParse(context)
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true)
}

describe('analyzeRun: edge cases', () => {
  it('no logs and no reports: unknown, not auto-fixable, with a diagnostic', () => {
    const context = analyzeRun({ workflowRunId: '12345678901', logs: [], reports: [] })
    expectValid(context)
    expect(context).toMatchObject({
      fix_type: 'unknown',
      can_auto_fix: false,
      confidence: 'none',
      failures: [],
      affected_files: [],
      secondary_types: [],
      jobs: [],
      ecosystem: 'unknown',
    })
    expect(context.diagnostics).toContain('No job log and no report was available to analyze.')
    expect(context.reason).toMatch(/nothing to fix/i)
  })

  it('the diagnostics of the caller are carried into the context', () => {
    const context = analyzeRun({ workflowRunId: '1', logs: [], reports: [], diagnostics: ['The log of job lint expired.'] })
    expect(context.diagnostics[0]).toBe('The log of job lint expired.')
  })

  it('an empty log: a diagnostic that says so, nothing to fix', async () => {
    const log = await tempLog('build', '')
    const context = analyzeRun({ workflowRunId: '1', logs: [log], reports: [] })
    expectValid(context)
    expect(context.fix_type).toBe('unknown')
    expect(context.can_auto_fix).toBe(false)
    expect(context.diagnostics).toContain("The log of job 'build' is empty.")
    expect(context.jobs).toEqual([{ name: 'build', conclusion: 'unknown' }])
  })

  it('jobs the API lists without a log are kept, with their urls', async () => {
    const corpusCase = corpusCases.find((candidate) => candidate.logs.length === 1)!
    const input = await inputOf(corpusCase, {
      jobs: [
        { name: corpusCase.logs[0]!.job, url: 'https://github.com/o/r/actions/runs/1/job/2' },
        { name: 'docs', url: 'https://github.com/o/r/actions/runs/1/job/3', failedStep: 'mkdocs build --strict' },
      ],
    })
    const context = analyzeRun(input)
    expectValid(context)
    expect(context.jobs).toHaveLength(2)
    expect(context.jobs[0]).toMatchObject({ name: corpusCase.logs[0]!.job, url: 'https://github.com/o/r/actions/runs/1/job/2' })
    expect(context.jobs[1]).toEqual({ name: 'docs', conclusion: 'failure', failed_step: 'mkdocs build --strict', url: 'https://github.com/o/r/actions/runs/1/job/3' })
  })

  const fixableCases = corpusCases.filter((corpusCase) => corpusCase.label.can_auto_fix)
  it.each(fixableCases)('$name: excluding its fix type turns auto-fix off, and the reason says so', async (corpusCase) => {
    const input = await inputOf(corpusCase)
    const allowed = analyzeRun(input)
    expect(allowed.can_auto_fix).toBe(true)
    const excluded = analyzeRun({ ...input, excludeFixTypes: [corpusCase.label.fix_type] })
    expectValid(excluded)
    expect(excluded.fix_type).toBe(corpusCase.label.fix_type)
    expect(excluded.can_auto_fix).toBe(false)
    expect(excluded.reason).toContain(`${corpusCase.label.fix_type} is excluded by exclude_fix_types`)
    // Excluding another type changes nothing.
    const other = corpusCase.label.fix_type === 'lint' ? 'drift' : 'lint'
    expect(analyzeRun({ ...input, excludeFixTypes: [other] }).can_auto_fix).toBe(true)
  })

  const twoJobCases = corpusCases.filter((corpusCase) => corpusCase.logs.length === 2)
  it('has a run with two failed jobs', () => {
    expect(twoJobCases.length).toBeGreaterThan(0)
  })

  it.each(twoJobCases)('$name: the cause to fix first is primary, the other job secondary', async (corpusCase) => {
    const context = analyzeRun(await inputOf(corpusCase))
    expectValid(context)
    expect(context.fix_type).toBe(corpusCase.label.fix_type)
    expect(context.secondary_types).toEqual(corpusCase.label.secondary_types)
    expect(context.can_auto_fix).toBe(corpusCase.label.can_auto_fix)
    expect(context.jobs.map((job) => job.name).sort()).toEqual(corpusCase.logs.map((log) => log.job).sort())
    for (const job of context.jobs) expect(job.failed_step).toBeDefined()
    // The failures of the primary type come first; each knows its job.
    expect(context.failures[0]!.fix_type).toBe(context.fix_type)
    expect(new Set(context.failures.map((failure) => failure.job))).toEqual(new Set(corpusCase.logs.map((log) => log.job)))
    expect(context.reason).toContain(`The run also failed with: ${corpusCase.label.secondary_types.join(', ')}`)
  })

  it('a cancelled job: unknown, cancelled in the jobs', async () => {
    const text = stamped([
      '##[group]Run pytest -v',
      'pytest -v',
      '##[endgroup]',
      '============================= test session starts ==============================',
      'collecting ... collected 2 items',
      '',
      'tests/test_queue.py::test_put PASSED                                     [ 50%]',
      'tests/test_queue.py::test_drain ',
      '##[error]The operation was canceled.',
      'Post job cleanup.',
      'Cleaning up orphan processes',
    ])
    const context = analyzeRun({ workflowRunId: '1', logs: [await tempLog('test', text)], reports: [] })
    expectValid(context)
    expect(context.fix_type).toBe('unknown')
    expect(context.can_auto_fix).toBe(false)
    expect(context.jobs).toEqual([{ name: 'test', conclusion: 'cancelled', failed_step: 'pytest -v' }])
    expect(context.failures.map((failure) => failure.nodeid)).toEqual(['tests/test_queue.py::test_drain'])
  })

  it('more failures than a context holds: bounded, long messages clipped, still valid', async () => {
    const findings = Array.from({ length: 250 }, (_, index) => `pkg/module_${index % 7}.py:${index + 1}:101: E501 line too long (${'x'.repeat(index % 3)}${120 + index} > 100 characters)`)
    const longMessage = `pkg/huge.py:1:1: E999 SyntaxError: ${'unterminated string '.repeat(80)}`
    const text = stamped(['##[group]Run flake8 pkg', 'flake8 pkg', '##[endgroup]', ...findings, longMessage, '##[error]Process completed with exit code 1.'])
    const context = analyzeRun({ workflowRunId: '1', logs: [await tempLog('lint', text)], reports: [] })
    expectValid(context)
    expect(context.fix_type).toBe('lint')
    expect(context.failures).toHaveLength(200)
    expect(context.relevant_logs.length).toBeLessThanOrEqual(150)
    expect(context.suggestions.length).toBeLessThanOrEqual(10)
    const all = analyzeRun({ workflowRunId: '1', logs: [await tempLog('lint2', stamped(['##[group]Run flake8', '##[endgroup]', longMessage, '##[error]Process completed with exit code 1.']))], reports: [] })
    expect(all.failures[0]!.message.length).toBeLessThanOrEqual(1001)
    expect(all.failures[0]!.message.endsWith('…')).toBe(true)
  })
})

describe('analyzeRun over the corpus', () => {
  it.each(corpusCases)('$name: a valid context that agrees with the label', async (corpusCase) => {
    const context = analyzeRun(await inputOf(corpusCase))
    expectValid(context)
    expect(context.workflow_run_id).toBe(String(corpusCase.meta.workflow_run_id))
    expect(context.fix_type).toBe(corpusCase.label.fix_type)
    expect(context.secondary_types).toEqual(corpusCase.label.secondary_types)
    expect(context.can_auto_fix).toBe(corpusCase.label.can_auto_fix)
    expect(context.ecosystem).toBe(corpusCase.label.ecosystem)
    const nodeids = context.failures.map((failure) => failure.nodeid)
    for (const test of corpusCase.label.failing_tests) expect(nodeids).toContain(test)
    for (const file of corpusCase.label.affected_files) expect(context.affected_files).toContain(file)
    // A log cut off (no final newline) says so, in the diagnostics and the job's conclusion; a complete one does not.
    expect(context.jobs.map((job) => job.name).sort()).toEqual(corpusCase.logs.map((log) => log.job).sort())
    for (const log of corpusCase.logs) {
      const text = readFileSync(log.path).toString('latin1')
      const cutOff = !text.endsWith('\n')
      const cancelled = text.includes('##[error]The operation was canceled.')
      const job = context.jobs.find((summary) => summary.name === log.job)!
      expect(job.conclusion).toBe(cancelled ? 'cancelled' : cutOff ? 'truncated' : 'failure')
      expect(context.diagnostics.some((line) => line.startsWith(`The log of job '${log.job}' is cut off`))).toBe(cutOff)
    }
    // Without any log, the reports alone carry the analysis.
    if (corpusCase.logs.length === 0) expect(context.failures.length).toBeGreaterThan(0)
  })
})
