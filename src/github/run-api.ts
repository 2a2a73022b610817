import { DownloadTooLargeError, saveDownload, saveLogHeadAndTail, type SavedLog } from './save-download.js'
import { GitHubApiError, toGitHubApiError, toInterruptedDownloadError } from './github-api-error.js'
import type { Octokit } from './octokit.js'

/** A job of a workflow run, in our words. */
export interface JobInfo {
  id: number
  name: string
  /** success, failure, cancelled, skipped, timed_out, …; null while the job runs. */
  conclusion: string | null
  htmlUrl: string
  /** The name of the first step that failed, when GitHub lists one. */
  failedStep?: string
}

export interface ArtifactInfo {
  id: number
  name: string
  sizeInBytes: number
  expired: boolean
}

export type LogDownload = SavedLog

/** What `collect` needs from GitHub about one workflow run. */
export interface RunApi {
  listRunJobs(runId: number): Promise<JobInfo[]>
  /** Streams the job's plain-text log to `destinationFile`, capped at `maxLogBytes` (head and tail kept). */
  downloadJobLog(jobId: number, destinationFile: string): Promise<LogDownload>
  listRunArtifacts(runId: number): Promise<ArtifactInfo[]>
  /** Streams the artifact's zip to `destinationFile`; over `maxArtifactZipBytes` it is refused. */
  downloadArtifactZip(artifactId: number, destinationFile: string): Promise<{ bytesWritten: number }>
}

export interface RunApiSettings {
  octokit: Octokit
  /** `owner/name` */
  repository: string
  maxLogBytes?: number
  maxArtifactZipBytes?: number
  /** Page size of the lists; GitHub allows at most 100. Smaller only in tests. */
  perPage?: number
}

export const defaultRunApiLimits = {
  // Enough for the failing step of any real job; memory use stays near this bound.
  maxLogBytes: 32 * 1024 * 1024,
  // Reports are small; a bigger artifact is a build output, not something to read.
  maxArtifactZipBytes: 256 * 1024 * 1024,
  perPage: 100,
} as const

export function createRunApi(settings: RunApiSettings): RunApi {
  const { octokit } = settings
  const [owner, repo] = splitRepository(settings.repository)
  const maxLogBytes = settings.maxLogBytes ?? defaultRunApiLimits.maxLogBytes
  const maxArtifactZipBytes = settings.maxArtifactZipBytes ?? defaultRunApiLimits.maxArtifactZipBytes
  const perPage = settings.perPage ?? defaultRunApiLimits.perPage

  return {
    async listRunJobs(runId) {
      const jobs: JobInfo[] = []
      try {
        const pages = octokit.paginate.iterator(octokit.rest.actions.listJobsForWorkflowRun, {
          owner,
          repo,
          run_id: runId,
          // Only the latest attempt: a re-run's earlier failures are history, not this run's state.
          filter: 'latest',
          per_page: perPage,
        })
        for await (const page of pages) {
          for (const job of page.data) {
            const failedStep = job.steps?.find((step) => step.conclusion === 'failure')?.name
            jobs.push({
              id: Number(job.id),
              name: job.name,
              conclusion: job.conclusion,
              htmlUrl: job.html_url ?? '',
              ...(failedStep === undefined ? {} : { failedStep }),
            })
          }
        }
      } catch (error) {
        throw toGitHubApiError(error, `list the jobs of run ${runId}`)
      }
      return jobs
    },

    async downloadJobLog(jobId, destinationFile) {
      const action = `download the log of job ${jobId}`
      const body = await requestBody(action, () =>
        octokit.rest.actions.downloadJobLogsForWorkflowRun({
          owner,
          repo,
          job_id: jobId,
          // Octokit follows the 302 to the log's storage URL itself (fetch drops our token on the
          // way to another host); unparsed, the body stays a stream instead of one 2 GB string.
          request: { parseSuccessResponseBody: false },
        }),
      )
      return saveLogHeadAndTail(readBody(body, action), destinationFile, maxLogBytes)
    },

    async listRunArtifacts(runId) {
      try {
        const artifacts = await octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
          owner,
          repo,
          run_id: runId,
          per_page: perPage,
        })
        return artifacts.map((artifact) => ({
          id: artifact.id,
          name: artifact.name,
          sizeInBytes: artifact.size_in_bytes,
          expired: artifact.expired,
        }))
      } catch (error) {
        throw toGitHubApiError(error, `list the artifacts of run ${runId}`)
      }
    },

    async downloadArtifactZip(artifactId, destinationFile) {
      const action = `download artifact ${artifactId}`
      const body = await requestBody(action, () =>
        octokit.rest.actions.downloadArtifact({
          owner,
          repo,
          artifact_id: artifactId,
          archive_format: 'zip',
          request: { parseSuccessResponseBody: false },
        }),
      )
      try {
        return await saveDownload(readBody(body, action), destinationFile, maxArtifactZipBytes)
      } catch (error) {
        if (!(error instanceof DownloadTooLargeError)) throw error
        throw new GitHubApiError(
          `Could not ${action}: its zip is larger than ${maxArtifactZipBytes} bytes`,
          'Upload the test reports as an artifact of their own, apart from build outputs.',
          undefined,
          { cause: error },
        )
      }
    },
  }
}

async function requestBody(action: string, send: () => Promise<{ data: unknown }>): Promise<AsyncIterable<Uint8Array>> {
  let data: unknown
  try {
    data = (await send()).data
  } catch (error) {
    throw toGitHubApiError(error, action)
  }
  if (!isAsyncIterable(data)) {
    throw new GitHubApiError(`Could not ${action}: GitHub sent no body`, 'Run the workflow again.', undefined)
  }
  return data
}

/** Turns a failure while the body streams into a GitHub error, apart from a failure to write the file. */
async function* readBody(body: AsyncIterable<Uint8Array>, action: string): AsyncGenerator<Uint8Array> {
  const iterator = body[Symbol.asyncIterator]()
  try {
    while (true) {
      let next: IteratorResult<Uint8Array>
      try {
        next = await iterator.next()
      } catch (error) {
        throw toInterruptedDownloadError(error, action)
      }
      if (next.done) return
      yield next.value
    }
  } finally {
    // Stopping early (a cap reached, a write failed) cancels the download instead of draining it.
    // A stream that already failed may reject the cancel as well: the first error is the one to report.
    await iterator.return?.()?.catch(() => undefined)
  }
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value
}

function splitRepository(repository: string): [string, string] {
  const [owner, repo, ...rest] = repository.split('/')
  if (!owner || !repo || rest.length > 0) throw new Error(`Expected a repository as owner/name, got "${repository}"`)
  return [owner, repo]
}
