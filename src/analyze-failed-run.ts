import { mkdir, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { analyzeRun, type JobInfo } from './analyze/analyze-run.js'
import type { FailureContext } from './analyze/failure-context.js'
import { loadJobLogs, loadReports } from './analyze/load-run-files.js'
import { readWorkspace } from './analyze/workspace.js'
import { collectRun, type Log } from './collect/collect-run.js'
import { createOctokit } from './github/octokit.js'
import { createRunApi } from './github/run-api.js'

export interface AnalyzeFailedRunSettings {
  token: string
  apiUrl: string
  /** `owner/name` of the repository whose run failed. */
  repository: string
  runId: number
  /** A folder of our own: logs, artifacts and failure_context.json go there. */
  workDir: string
  /** The checkout of the failing commit (the working directory inside it, for monorepos), if any. */
  workspaceDir?: string
  excludeFixTypes?: readonly string[]
  log: Log
}

export interface AnalyzedRun {
  context: FailureContext
  contextPath: string
}

/** collect → analyze: a failed run becomes failure_context.json in `workDir`. */
export async function analyzeFailedRun(settings: AnalyzeFailedRunSettings): Promise<AnalyzedRun> {
  const api = createRunApi({ octokit: createOctokit({ token: settings.token, baseUrl: settings.apiUrl }), repository: settings.repository })
  const collected = await collectRun({ api, runId: settings.runId, workDir: settings.workDir, log: settings.log })
  const [logs, reports] = await Promise.all([loadJobLogs(collected.logsDir), loadReports(collected.artifactsDir)])
  // Log files carry the job's name made safe for a file system; the summary shows it as GitHub does.
  const jobs: JobInfo[] = collected.jobs.map((job) => ({
    name: job.logFile ? basename(job.logFile, '.txt') : job.name,
    url: job.htmlUrl,
    ...(job.failedStep ? { failedStep: job.failedStep } : {}),
  }))
  const context = analyzeRun({
    workflowRunId: String(settings.runId),
    logs: logs.logs,
    reports: reports.reports,
    diagnostics: [...collected.diagnostics, ...logs.diagnostics, ...reports.diagnostics],
    jobs,
    ...(settings.workspaceDir ? { workspace: readWorkspace(settings.workspaceDir) } : {}),
    ...(settings.excludeFixTypes ? { excludeFixTypes: settings.excludeFixTypes } : {}),
  })
  await mkdir(settings.workDir, { recursive: true })
  const contextPath = join(settings.workDir, 'failure_context.json')
  await writeFile(contextPath, `${JSON.stringify(context, null, 2)}\n`)
  return { context, contextPath }
}
