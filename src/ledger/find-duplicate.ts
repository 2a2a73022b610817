/**
 * Dedupe: a failure seen again (a re-run, another push with the same breakage) gets a comment on the
 * open PR or ticket that already speaks for it, not a second model call.
 */
import { readMarkers } from './ledger-marker.js'
import type { LedgerEntry } from './ledger.js'
import type { Alert } from './check-budget.js'

/** An issue or PR as the caller's search returned it, in our own terms. */
export interface LedgerItem {
  number: number
  url: string
  state: 'open' | 'closed'
  body: string | null | undefined
}

export interface LedgerMatch<Item extends LedgerItem> {
  item: Item
  entry: LedgerEntry
}

function mostRecent<Item extends LedgerItem>(matches: LedgerMatch<Item>[]): LedgerMatch<Item> | undefined {
  return matches.reduce<LedgerMatch<Item> | undefined>((best, match) => {
    if (!best) return match
    const byTime = Date.parse(match.entry.created_at) - Date.parse(best.entry.created_at)
    return byTime > 0 || (byTime === 0 && match.item.number > best.item.number) ? match : best
  }, undefined)
}

function matchingMarkers<Item extends LedgerItem>(
  items: readonly Item[],
  accepts: (entry: LedgerEntry) => boolean,
): LedgerMatch<Item>[] {
  return items
    .filter((item) => item.state === 'open')
    .flatMap((item) => readMarkers(item.body).filter(accepts).map((entry) => ({ item, entry })))
}

/**
 * The open auto-fix PR or ticket whose marker carries `fingerprint` (the most recent when several
 * do), or undefined. Closed items never count: a closed PR is a fix that was refused or superseded,
 * and the failure deserves a fresh look.
 */
export function findDuplicate<Item extends LedgerItem>(
  openItems: readonly Item[],
  fingerprint: string,
): LedgerMatch<Item> | undefined {
  if (!fingerprint) return undefined
  return mostRecent(
    matchingMarkers(openItems, (entry) => (entry.kind === 'pr' || entry.kind === 'ticket') && entry.fingerprint === fingerprint),
  )
}

/** The open alert issue for `alert`'s day or month, to update instead of opening another. */
export function findAlertIssue<Item extends LedgerItem>(
  openItems: readonly Item[],
  alert: Pick<Alert, 'period' | 'key'>,
): LedgerMatch<Item> | undefined {
  const fingerprint = `alert:${alert.period}:${alert.key}`
  return mostRecent(matchingMarkers(openItems, (entry) => entry.kind === 'alert' && entry.fingerprint === fingerprint))
}
