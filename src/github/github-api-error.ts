import { RequestError } from '@octokit/request-error'
import { AutohealError, getErrorMessage } from '../errors.js'

/**
 * A GitHub call that failed. `status` is the HTTP status, or undefined when the connection broke
 * off while a body was streaming; callers decide on it, never on the message text.
 */
export class GitHubApiError extends AutohealError {
  override name = 'GitHubApiError'
  constructor(
    message: string,
    remedy: string,
    readonly status: number | undefined,
    options?: ErrorOptions,
  ) {
    super(message, remedy, options)
  }
}

/** Wraps what Octokit threw into our type; anything that is not a GitHub answer is rethrown as is. */
export function toGitHubApiError(error: unknown, action: string): GitHubApiError {
  if (error instanceof GitHubApiError) return error
  if (!(error instanceof RequestError)) throw error
  // Octokit reports a connection that never got an answer as status 500; it is not GitHub's 500.
  if (error.response === undefined) {
    return new GitHubApiError(
      `Could not ${action}: GitHub could not be reached (${error.message})`,
      'Check GITHUB_API_URL and the runner\'s network and proxy settings.',
      undefined,
      { cause: error },
    )
  }
  const isRateLimited = error.response?.headers['x-ratelimit-remaining'] === '0'
  const remedy = isRateLimited
    ? 'The token ran out of API rate limit: run again after the reset time GitHub gives.'
    : describeStatusRemedy(error.status)
  return new GitHubApiError(`Could not ${action}: GitHub answered ${error.status} (${error.message})`, remedy, error.status, {
    cause: error,
  })
}

/** Wraps an error thrown while a response body was being read (a reset connection, a timeout). */
export function toInterruptedDownloadError(error: unknown, action: string): GitHubApiError {
  return new GitHubApiError(
    `Could not ${action}: the download broke off (${getErrorMessage(error)})`,
    'This is usually a passing network problem: run the workflow again.',
    undefined,
    { cause: error },
  )
}

function describeStatusRemedy(status: number): string {
  if (status === 401) return 'The token is invalid or has expired: check the `github-token` input.'
  if (status === 403) {
    return 'The token may not read Actions data: give the workflow `permissions: { actions: read, contents: read }` (or use a token that has them).'
  }
  if (status === 404) return 'GitHub does not know it, or the token cannot see the repository.'
  if (status === 410) return "It has expired: GitHub keeps logs and artifacts only for the repository's retention period."
  if (status >= 500) return 'GitHub (or the network to it) failed: run the workflow again later.'
  return 'See the message from GitHub above.'
}
