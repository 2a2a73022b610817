import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readJobLog } from '../../src/analyze/read-job-log.js'
import type { JobLog } from '../../src/analyze/scan-job-log.js'

/**
 * The shared corpus, one entry per case folder: expectations come from each case's own
 * label.json and meta.json, never from a case name typed in a test.
 */
export const casesDir = fileURLToPath(new URL('../../../shared/corpus/cases/', import.meta.url))

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
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T

export const corpusCases: CorpusCase[] = readdirSync(casesDir)
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
