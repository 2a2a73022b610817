import { createOctokit } from '../github/octokit.js'
import { createRepoApi } from '../github/repo-api.js'
import { createReviewApi } from '../github/review-api.js'
import { splitRepository } from '../github/split-repository.js'
import type { ModeLog, ModeReport } from '../report/mode-report.js'
import { remindReviewers } from './remind-reviewers.js'
import { remindReport } from './remind-report.js'

export interface RunRemindInput {
  githubToken: string
  apiUrl: string
  /** `owner/name` */
  repository: string
  now: Date
  log: ModeLog
}

/** `mode: remind` from main.ts: only the GitHub token is needed, no model provider. */
export async function runRemind({ githubToken, apiUrl, repository, now, log }: RunRemindInput): Promise<ModeReport> {
  const octokit = createOctokit({ token: githubToken, baseUrl: apiUrl })
  const result = await remindReviewers({
    repo: createRepoApi({ octokit, repository }),
    reviews: createReviewApi({ octokit, repository }),
    owner: splitRepository(repository)[0],
    now,
    log,
  })
  return remindReport(result)
}
