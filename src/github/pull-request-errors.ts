import { RequestError } from '@octokit/request-error'
import { GitHubApiError, toGitHubApiError } from './github-api-error.js'

/** 403: the repository (or its organization) does not let GITHUB_TOKEN open pull requests. */
export class PullRequestsNotAllowedError extends GitHubApiError {
  override name = 'PullRequestsNotAllowedError'
}

/** 422: drafts are not offered here (a private repository on GitHub Free or Pro). */
export class DraftsUnavailableError extends GitHubApiError {
  override name = 'DraftsUnavailableError'
}

export const pullRequestsNotAllowedRemedy =
  'Turn on Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests" ' +
  '(for an organization, first in the organization\'s Actions settings), or give Autoheal a `push-token` that may open pull requests.'

export const draftsUnavailableRemedy =
  'Draft pull requests need a public repository or a paid plan (GitHub Team or Enterprise) for a private one: ' +
  'make the repository public or upgrade its plan.'

// GitHub's own words; only used to tell one 422 (or 403) from another after the status decided.
const draftsUnavailableText = 'draft pull requests are not supported'
const actionsMayNotCreateText = 'not permitted to create or approve pull requests'

/** Turns a failed "create pull request" into our type: status first, the message only to tell causes apart. */
export function toCreatePullRequestError(error: unknown, action: string): GitHubApiError {
  const wrapped = toGitHubApiError(error, action)
  const text = error instanceof RequestError ? error.message.toLowerCase() : ''
  if (wrapped.status === 403 && text.includes(actionsMayNotCreateText)) {
    return new PullRequestsNotAllowedError(
      `Could not ${action}: GitHub Actions is not permitted to create pull requests in this repository`,
      pullRequestsNotAllowedRemedy,
      403,
      { cause: error },
    )
  }
  if (wrapped.status === 422 && text.includes(draftsUnavailableText)) {
    return new DraftsUnavailableError(
      `Could not ${action}: draft pull requests are not supported in this repository`,
      draftsUnavailableRemedy,
      422,
      { cause: error },
    )
  }
  if (wrapped.status === 403) {
    return new GitHubApiError(
      wrapped.message,
      'The token may not open pull requests: give the workflow `permissions: { pull-requests: write, contents: write }`.',
      403,
      { cause: error },
    )
  }
  return wrapped
}
