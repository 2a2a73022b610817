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
export interface Ledger extends MetricsInput {
  /** Issues and PRs whose body holds a valid marker (the search also finds bodies that only say "autoheal:"). */
  itemCount: number
}

export function ledgerFromSearch(results: readonly SearchResult[], commentsByNumber: ReadonlyMap<number, readonly IssueComment[]>): Ledger {
  const pullRequests: FixPullRequest[] = []
  const entries: LedgerEntry[] = []
  let itemCount = 0
  for (const result of results) {
    const bodyEntries = readMarkers(result.body)
    if (bodyEntries.length > 0) itemCount += 1
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
  return { pullRequests, entries, itemCount }
}

const readPermissions = '`issues: read` and `pull-requests: read` (the ledger is searched in issue and pull request bodies)'

export async function readLedger(repo: Pick<RepoApi, 'searchIssuesAndPulls' | 'listComments'>, repository: string): Promise<Ledger & { searchResultCount: number }> {
  const query = ledgerSearchQuery(repository)
  let results: SearchResult[]
  try {
    results = await repo.searchIssuesAndPulls(query)
  } catch (error) {
    throw withPermissionRemedy(error, `search the ledger (${query})`, readPermissions)
  }
  const commentsByNumber = new Map<number, IssueComment[]>()
  for (const result of results) {
    // Our comments sit on our own PRs and tickets; an item without one of our markers holds none.
    if (result.commentCount === 0 || readMarkers(result.body).length === 0) continue
    try {
      commentsByNumber.set(result.number, await repo.listComments(result.number))
    } catch (error) {
      throw withPermissionRemedy(error, `list the comments of #${result.number}`, readPermissions)
    }
  }
  return { ...ledgerFromSearch(results, commentsByNumber), searchResultCount: results.length }
}
