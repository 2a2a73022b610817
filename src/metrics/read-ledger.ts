import { withPermissionRemedy } from '../github/permission-remedy.js'
import type { IssueComment, RepoApi, SearchResult } from '../github/repo-api.js'
import { ledgerSearchQuery, readMarkers } from '../ledger/ledger-marker.js'
import type { LedgerEntry } from '../ledger/ledger.js'
import type { FixPullRequest, MetricsInput } from './compute-metrics.js'

/**
 * The ledger as `computeMetrics` reads it: the PRs, tickets and alerts whose body carries the marker
 * (one search), and the `comment` entries on them (a dedupe or a failed fix comments on the PR or
 * ticket that already speaks for the failure, so no other item can hold one).
 */
export function ledgerFromSearch(results: readonly SearchResult[], commentsByNumber: ReadonlyMap<number, readonly IssueComment[]>): MetricsInput {
  const pullRequests: FixPullRequest[] = []
  const entries: LedgerEntry[] = []
  for (const result of results) {
    const bodyEntries = readMarkers(result.body)
    entries.push(...bodyEntries)
    // A comment may quote a PR's marker; only `comment` entries are a comment's own.
    for (const comment of commentsByNumber.get(result.number) ?? []) {
      entries.push(...readMarkers(comment.body).filter((entry) => entry.kind === 'comment'))
    }
    const fix = bodyEntries.find((entry) => entry.kind === 'pr')
    if (!result.isPullRequest || !fix) continue
    pullRequests.push({
      number: result.number,
      url: result.url,
      state: result.state,
      labels: result.labels,
      openedAt: fix.created_at,
      ...(result.mergedAt ? { mergedAt: result.mergedAt } : {}),
    })
  }
  return { pullRequests, entries }
}

const readPermissions = '`issues: read` and `pull-requests: read` (the ledger is searched in issue and pull request bodies)'

export async function readLedger(repo: Pick<RepoApi, 'searchIssuesAndPulls' | 'listComments'>, repository: string): Promise<MetricsInput & { itemCount: number }> {
  const query = ledgerSearchQuery(repository)
  let results: SearchResult[]
  try {
    results = await repo.searchIssuesAndPulls(query)
  } catch (error) {
    throw withPermissionRemedy(error, `search the ledger (${query})`, readPermissions)
  }
  const commentsByNumber = new Map<number, IssueComment[]>()
  for (const result of results) {
    if (result.commentCount === 0) continue
    try {
      commentsByNumber.set(result.number, await repo.listComments(result.number))
    } catch (error) {
      throw withPermissionRemedy(error, `list the comments of #${result.number}`, readPermissions)
    }
  }
  return { ...ledgerFromSearch(results, commentsByNumber), itemCount: results.length }
}
