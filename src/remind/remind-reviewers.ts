import { getErrorMessage } from '../errors.js'
import type { GitHubApiError } from '../github/github-api-error.js'
import { withPermissionRemedy } from '../github/permission-remedy.js'
import type { OpenPullRequest, RepoApi } from '../github/repo-api.js'
import type { ReviewApi } from '../github/review-api.js'
import type { ModeLog } from '../report/mode-report.js'
import { renderReminderComment } from './reminder-comment.js'
import { dueStage, hasReview, hoursSince, isAutoFixDraft, postedStages, stageToPost, type ReminderVerdict } from './reminder-rules.js'

/**
 * `mode: remind`: each open draft auto-fix PR without a review gets the reminder it is due, once.
 * Reviews are read before comments, and comments only for a PR with a reminder due, so a quiet day
 * costs one call per PR.
 */
export interface RemindInput {
  repo: Pick<RepoApi, 'listOpenPullRequests' | 'listComments' | 'addComment'>
  reviews: ReviewApi
  /** The repository's owner, the organisation of requested teams. */
  owner: string
  now: Date
  log: ModeLog
}

export interface ReminderRow {
  number: number
  url: string
  headBranch: string
  openedAt: string
  ageHours: number
  reviewers: string[]
  teams: string[]
  verdict: ReminderVerdict
  commentUrl?: string
  error?: string
}

export interface RemindResult {
  rows: ReminderRow[]
  /** The first failure of a PR's review, comment list or comment; the other PRs were still tried. */
  firstError?: GitHubApiError
}

const writePermissions = '`pull-requests: write` (to read reviews and comment on pull requests)'

export async function remindReviewers({ repo, reviews, owner, now, log }: RemindInput): Promise<RemindResult> {
  let pulls: OpenPullRequest[]
  try {
    pulls = await repo.listOpenPullRequests()
  } catch (error) {
    throw withPermissionRemedy(error, 'list the open pull requests', '`pull-requests: read`')
  }

  const remindOne = async (pull: OpenPullRequest): Promise<Pick<ReminderRow, 'verdict' | 'commentUrl'>> => {
    if (hasReview(await reviews.listReviews(pull.number))) return { verdict: 'reviewed' }
    const due = dueStage(pull.createdAt, now)
    if (!due) return { verdict: 'not-yet-due' }
    const comments = await repo.listComments(pull.number)
    const stage = stageToPost(due, postedStages(comments.map((comment) => comment.body)))
    if (!stage) return { verdict: 'already-reminded' }
    const addressees = { owner, reviewers: pull.requestedReviewers, teams: pull.requestedTeams }
    const posted = await repo.addComment(pull.number, renderReminderComment(stage, pull.number, addressees))
    log.info(`#${pull.number}: posted the ${stage} review reminder (${posted.url}).`)
    return { verdict: stage === '24h' ? 'reminded-24h' : 'reminded-48h', commentUrl: posted.url }
  }

  const rows: ReminderRow[] = []
  let firstError: GitHubApiError | undefined
  for (const pull of pulls.filter(isAutoFixDraft).sort((left, right) => left.number - right.number)) {
    const row: ReminderRow = {
      number: pull.number,
      url: pull.url,
      headBranch: pull.headBranch,
      openedAt: pull.createdAt,
      ageHours: hoursSince(pull.createdAt, now),
      reviewers: pull.requestedReviewers,
      teams: pull.requestedTeams,
      verdict: 'not-yet-due',
    }
    try {
      rows.push({ ...row, ...(await remindOne(pull)) })
    } catch (error) {
      const apiError = withPermissionRemedy(error, `remind the reviewers of #${pull.number}`, writePermissions)
      firstError ??= apiError
      rows.push({ ...row, verdict: 'error', error: getErrorMessage(apiError) })
      log.warning(`#${pull.number}: ${getErrorMessage(apiError)}`)
    }
  }
  return { rows, ...(firstError ? { firstError } : {}) }
}
