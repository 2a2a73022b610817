import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The development corpus beside the repository (../shared/corpus): real failed runs with their labels. */
export const corpusCasesDir = fileURLToPath(new URL('../../../shared/corpus/cases', import.meta.url))

export interface CorpusLabel {
  fix_type: string
  secondary_types?: string[]
  can_auto_fix: boolean
  ecosystem: string
  affected_files: string[]
  failing_tests: string[]
}

export interface CorpusCase {
  name: string
  dir: string
  tool: string
  label: CorpusLabel
  logsDir: string
  artifactsDir: string
  repoDir: string
  workflowRunId: string
}

export function loadCorpusCases(): CorpusCase[] {
  if (!existsSync(corpusCasesDir)) return []
  return readdirSync(corpusCasesDir)
    .sort()
    .map((name) => join(corpusCasesDir, name))
    .filter((dir) => existsSync(join(dir, 'label.json')))
    .map((dir) => {
      const meta = existsSync(join(dir, 'meta.json')) ? (JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as Record<string, unknown>) : {}
      return {
        name: dir.split('/').at(-1)!,
        dir,
        tool: String(meta.tool ?? 'unknown'),
        label: JSON.parse(readFileSync(join(dir, 'label.json'), 'utf8')) as CorpusLabel,
        logsDir: join(dir, 'logs'),
        artifactsDir: join(dir, 'artifacts'),
        repoDir: join(dir, 'repo'),
        workflowRunId: String(meta.workflow_run_id ?? 'local'),
      }
    })
}
