import path from 'node:path'
import { GitHubApiError } from '../github/github-api-error.js'
import type { JobInfo, RunApi } from '../github/run-api.js'
import { describeGitHubFailure } from './describe-github-failure.js'
import { chooseUniqueName, sanitizeFileName } from './sanitize-file-name.js'

export interface CollectedJob extends JobInfo {
  /** Where its log was written; absent when GitHub had none to give. */
  logFile?: string
}

/**
 * Writes each job's log to `<logsDir>/<job name>.txt`. A log GitHub cannot give (expired, missing,
 * forbidden) becomes a sentence passed to `note`, and the other jobs go on.
 */
export async function collectJobLogs(
  api: RunApi,
  jobs: readonly JobInfo[],
  logsDir: string,
  note: (diagnostic: string) => void,
): Promise<CollectedJob[]> {
  const takenNames = new Set<string>()
  const collected: CollectedJob[] = []
  for (const job of jobs) {
    // Two jobs can sanitize to one name (`a/b`, `a_b`): the second gets a suffix, not the first's file.
    const logFile = path.join(logsDir, `${chooseUniqueName(sanitizeFileName(job.name), takenNames)}.txt`)
    const subject = `the log of job "${job.name}"`
    try {
      const saved = await api.downloadJobLog(job.id, logFile)
      if (saved.omittedBytes > 0) {
        note(
          `The log of job "${job.name}" is ${saved.totalBytes} bytes, more than maxLogBytes allows: Autoheal kept its beginning and its end and left out ${saved.omittedBytes} bytes in the middle.`,
        )
      }
      collected.push({ ...job, logFile })
    } catch (error) {
      if (!(error instanceof GitHubApiError)) throw error
      note(describeGitHubFailure(subject, error))
      collected.push({ ...job })
    }
  }
  return collected
}
