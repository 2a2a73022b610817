import { toGitHubApiError } from './github-api-error.js'
import type { Octokit } from './octokit.js'
import { splitRepository } from './split-repository.js'

export interface PullRequestReview {
  author: string
  /** APPROVED, CHANGES_REQUESTED, COMMENTED, DISMISSED, or PENDING (started, not submitted). */
  state: string
  submittedAt?: string
}

/** What the review reminders need to know about a pull request's reviews. */
export interface ReviewApi {
  listReviews(pullNumber: number): Promise<PullRequestReview[]>
}

export function createReviewApi(settings: { octokit: Octokit; repository: string; perPage?: number }): ReviewApi {
  const { octokit } = settings
  const [owner, repo] = splitRepository(settings.repository)
  return {
    async listReviews(pullNumber) {
      try {
        const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { owner, repo, pull_number: pullNumber, per_page: settings.perPage ?? 100 })
        return reviews.map((review) => ({
          author: review.user?.login ?? '',
          state: review.state,
          ...(review.submitted_at ? { submittedAt: review.submitted_at } : {}),
        }))
      } catch (error) {
        throw toGitHubApiError(error, `list the reviews of #${pullNumber}`)
      }
    },
  }
}
