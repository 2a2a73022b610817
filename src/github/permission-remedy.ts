import { RequestError } from '@octokit/request-error'
import { GitHubApiError, toGitHubApiError } from './github-api-error.js'

/**
 * A 403 (or a 404, GitHub's answer when a token may not even see the resource) means the token lacks a
 * permission. The generic remedy speaks of the heal's `actions: read`; a scheduled mode needs others,
 * so it names its own.
 */
export function withPermissionRemedy(error: unknown, action: string, permissions: string): GitHubApiError {
  const apiError = toGitHubApiError(error, action)
  if (apiError.status !== 403 && apiError.status !== 404) return apiError
  // A 403 for a spent rate limit already says so; that is not a permission.
  const cause = apiError.cause
  if (cause instanceof RequestError && cause.response?.headers['x-ratelimit-remaining'] === '0') return apiError
  const remedy = `The token needs ${permissions}: give the workflow job \`permissions:\` with ${permissions} (a schedule-triggered GITHUB_TOKEN is often read-only), or pass a token that has them as \`github-token\`.`
  return new GitHubApiError(apiError.message, remedy, apiError.status, { cause: apiError })
}
