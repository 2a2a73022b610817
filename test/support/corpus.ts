import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyzeRun } from '../../src/analyze/analyze-run.js'
import type { FailureContext } from '../../src/analyze/failure-context.js'
import { loadJobLogs, loadReports } from '../../src/analyze/load-run-files.js'
import { readJobLog } from '../../src/analyze/read-job-log.js'
import type { JobLog } from '../../src/analyze/scan-job-log.js'
import { readWorkspace } from '../../src/analyze/workspace.js'

/**
 * The development corpus beside the repository (../shared/corpus), one entry per case folder:
 * expectations come from each case's own label.json and meta.json, never from a case name typed
 * in a test, so a case added to the corpus is a new test without a code change.
 */
export const casesDir = fileURLToPath(new URL('../../../shared/corpus/cases/', import.meta.url))
export const corpusCasesDir = casesDir

export interface Label {
  fix_type: string
  secondary_types: string[]
  can_auto_fix: boolean
  ecosystem: string
  affected_files: string[]
  failing_tests: string[]
}

export interface Meta {
  tool: string
  command: string
  workflow_run_id: string | number
  repository: string
}

export interface CorpusLog {
  /** The job name: the file name without `.txt`. */
  job: string
  path: string
}

export interface CorpusCase {
  name: string
  dir: string
  label: Label
  meta: Meta
  /** The tools meta.json names (`isort + pytest` → isort, pytest). */
  tools: string[]
  logs: CorpusLog[]
  logsDir: string
  artifactsDir: string
  repoDir: string
  workflowRunId: string
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T

export const corpusCases: CorpusCase[] = (existsSync(casesDir) ? readdirSync(casesDir) : [])
  .sort()
  .filter((name) => existsSync(join(casesDir, name, 'label.json')))
  .map((name) => {
    const dir = join(casesDir, name)
    const meta = readJson<Meta>(join(dir, 'meta.json'))
    const logsDir = join(dir, 'logs')
    const logs = existsSync(logsDir)
      ? readdirSync(logsDir)
          .filter((file) => file.endsWith('.txt'))
          .sort()
          .map((file) => ({ job: file.replace(/\.txt$/, ''), path: join(logsDir, file) }))
      : []
    return {
      name,
      dir,
      label: readJson<Label>(join(dir, 'label.json')),
      meta,
      tools: meta.tool.split(/\s*\+\s*/),
      logs,
      logsDir,
      artifactsDir: join(dir, 'artifacts'),
      repoDir: join(dir, 'repo'),
      workflowRunId: String(meta.workflow_run_id),
    }
  })

/** Every log of every case, flat: `it.each` over real logs. */
export const corpusLogs = corpusCases.flatMap((corpusCase) =>
  corpusCase.logs.map((log) => ({ ...log, caseName: corpusCase.name, corpusCase })),
)

export async function readCaseLogs(corpusCase: CorpusCase): Promise<JobLog[]> {
  return Promise.all(corpusCase.logs.map((log) => readJobLog(log.path, log.job)))
}

/** The lines of the failing steps of a case's logs, normalized by the scanner. */
export async function failingStepLines(corpusCase: CorpusCase): Promise<string[][]> {
  const logs = await readCaseLogs(corpusCase)
  return logs.flatMap((log) => log.steps.map((step) => step.lines))
}

export function loadCorpusCases(): CorpusCase[] {
  return corpusCases
}

/** The analysis of a case as `autoheal analyze` makes it: logs, artifacts and the project at the failing commit. */
export async function analyzeCase(corpusCase: CorpusCase): Promise<FailureContext> {
  const [logs, reports] = await Promise.all([loadJobLogs(corpusCase.logsDir), loadReports(corpusCase.artifactsDir)])
  return analyzeRun({
    workflowRunId: corpusCase.workflowRunId,
    logs: logs.logs,
    reports: reports.reports,
    diagnostics: [...logs.diagnostics, ...reports.diagnostics],
    workspace: readWorkspace(corpusCase.repoDir),
  })
}
