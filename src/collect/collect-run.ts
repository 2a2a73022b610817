import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { JobInfo, RunApi } from '../github/run-api.js'
import { collectArtifacts } from './collect-artifacts.js'
import { collectJobLogs, type CollectedJob } from './collect-job-logs.js'
import type { ZipLimits } from './extract-zip.js'

export type { CollectedJob } from './collect-job-logs.js'

export interface Log {
  info(message: string): void
  warning(message: string): void
}

export interface CollectRunInput {
  api: RunApi
  runId: number
  /** A folder of our own (under RUNNER_TEMP in the action); logs/ and artifacts/ are made in it. */
  workDir: string
  log: Log
  zipLimits?: Partial<ZipLimits>
}

export interface CollectedRun {
  /** `<job name>.txt` for each failed job whose log GitHub gave. */
  logsDir: string
  /** `<artifact name>/…` for each artifact that could be had. */
  artifactsDir: string
  /** The failed jobs of the run's latest attempt. */
  jobs: CollectedJob[]
  /** What could not be collected and what to do about it, for the job summary. */
  diagnostics: string[]
}

/**
 * Gathers what the analysis reads: the failed jobs' logs and the run's artifacts. Only a failure
 * to list the jobs is thrown (a GitHubApiError); each log or artifact that cannot be had becomes a
 * diagnostic and the collection goes on with the rest.
 */
export async function collectRun({ api, runId, workDir, log, zipLimits }: CollectRunInput): Promise<CollectedRun> {
  const logsDir = path.join(workDir, 'logs')
  const artifactsDir = path.join(workDir, 'artifacts')
  await mkdir(logsDir, { recursive: true })
  await mkdir(artifactsDir, { recursive: true })
  const diagnostics: string[] = []
  const note = (diagnostic: string) => {
    diagnostics.push(diagnostic)
    log.warning(diagnostic)
  }

  const failedJobs = (await api.listRunJobs(runId)).filter(isFailedJob)
  log.info(`Run ${runId}: ${failedJobs.length} failed jobs${failedJobs.length > 0 ? `: ${failedJobs.map((job) => job.name).join(', ')}` : ''}.`)
  if (failedJobs.length === 0) note(`No job of run ${runId} failed in its latest attempt, so there is no log to read.`)
  const jobs = await collectJobLogs(api, failedJobs, logsDir, note)

  await collectArtifacts({
    api,
    runId,
    artifactsDir,
    downloadsDir: path.join(workDir, 'downloads'),
    note,
    info: (message) => log.info(message),
    ...(zipLimits === undefined ? {} : { zipLimits }),
  })
  return { logsDir, artifactsDir, jobs, diagnostics }
}

function isFailedJob(job: JobInfo): boolean {
  return job.conclusion === 'failure' || job.conclusion === 'timed_out'
}
