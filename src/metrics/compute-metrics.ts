import { supersededLabel } from '../heal/close-superseded.js'
import { uniqueEntries, utcMonth, type LedgerEntry } from '../ledger/ledger.js'

/**
 * The spec's Success and Quality metrics from the ledger alone: every PR, ticket and comment Autoheal
 * made carries its marker, and a PR's state says whether people took the fix. Pure: the caller reads
 * GitHub. A rate with nothing to divide by is undefined ("no data yet"), never 0.
 */
export interface FixPullRequest {
  number: number
  url: string
  state: 'open' | 'closed'
  labels: readonly string[]
  /** The PR's ledger time: when Autoheal opened it, minutes after the failure. */
  openedAt: string
  mergedAt?: string
}

export interface MetricsInput {
  pullRequests: readonly FixPullRequest[]
  /** Every ledger entry found: PR, ticket and alert bodies and comments (duplicates are dropped here). */
  entries: readonly LedgerEntry[]
}

/** The spec's reasons (its Failure Analysis), each as the label a reviewer puts on a PR they close. */
export const rejectionReasons = ['incorrect', 'incomplete', 'introduced-bug', 'security', 'style', 'other'] as const
export type RejectionReason = (typeof rejectionReasons)[number]
export const rejectionLabelPrefix = 'autofix-rejected:'
/** The label the loop guard puts on a fix PR whose own CI failed (heal/repository-upkeep.ts). */
export const fixFailedLabel = 'fix-failed'

export interface MonthlyRow {
  /** `YYYY-MM`, UTC */
  month: string
  failedRunsHandled: number
  pullRequests: number
  /** PRs merged in this month (whenever they were opened). */
  merged: number
  costUsd: number
}

export interface Metrics {
  /** Distinct failing runs that got a PR, a ticket or a comment. */
  failedRunsHandled: number
  pullRequests: number
  merged: number
  /** Closed unmerged by a person (or by Autoheal when CI failed on the fix): rejected. */
  closedUnmerged: number
  /** Closed by Autoheal because a later run of the branch passed without them: neither accepted nor rejected. */
  superseded: number
  open: number
  /** merged + closed unmerged: the PRs people have decided on (superseded ones are not). */
  decided: number
  fixGenerationRate?: number
  acceptanceRate?: number
  falsePositiveRate?: number
  medianHoursToMerge?: number
  totalCostUsd: number
  costPerPullRequestUsd?: number
  costPerMergedFixUsd?: number
  monthly: MonthlyRow[]
  /**
   * Closed unmerged PRs per rejection label. Without one, `fix-failed` counts those Autoheal closed
   * itself because CI failed on the fix, and `unlabelled` the rest.
   */
  rejections: Record<RejectionReason | 'fix-failed' | 'unlabelled', number>
}

const handledKinds = new Set<LedgerEntry['kind']>(['pr', 'ticket', 'comment'])
const hourMs = 3_600_000

const ratio = (part: number, whole: number): number | undefined => (whole > 0 ? part / whole : undefined)

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((left, right) => left - right)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** The reasons a closed PR's labels give; a label with an unknown reason counts as `other`. */
export function rejectionReasonsOf(labels: readonly string[]): RejectionReason[] {
  const reasons = labels
    .map((label) => label.trim().toLowerCase())
    .filter((label) => label.startsWith(rejectionLabelPrefix))
    .map((label) => label.slice(rejectionLabelPrefix.length))
    .map((reason): RejectionReason => ((rejectionReasons as readonly string[]).includes(reason) ? (reason as RejectionReason) : 'other'))
  return [...new Set(reasons)]
}

/** The first month each failing run was handled in (a run may have a ticket and, later, a comment). */
function firstMonthByRun(entries: readonly LedgerEntry[]): Map<string, string> {
  const months = new Map<string, string>()
  for (const entry of entries) {
    if (!handledKinds.has(entry.kind) || entry.failing_run_id === '') continue
    const month = utcMonth(entry.created_at)
    const known = months.get(entry.failing_run_id)
    if (!known || month < known) months.set(entry.failing_run_id, month)
  }
  return months
}

function monthlyRows(pullRequests: readonly FixPullRequest[], entries: readonly LedgerEntry[], runMonths: Map<string, string>): MonthlyRow[] {
  const rows = new Map<string, MonthlyRow>()
  const row = (month: string) => {
    let existing = rows.get(month)
    if (!existing) rows.set(month, (existing = { month, failedRunsHandled: 0, pullRequests: 0, merged: 0, costUsd: 0 }))
    return existing
  }
  for (const month of runMonths.values()) row(month).failedRunsHandled += 1
  for (const pull of pullRequests) {
    row(utcMonth(pull.openedAt)).pullRequests += 1
    if (pull.mergedAt) row(utcMonth(pull.mergedAt)).merged += 1
  }
  for (const entry of entries) if (entry.cost_usd > 0) row(utcMonth(entry.created_at)).costUsd += entry.cost_usd
  return [...rows.values()].sort((left, right) => left.month.localeCompare(right.month))
}

export function computeMetrics(input: MetricsInput): Metrics {
  const entries = uniqueEntries(input.entries)
  const pullRequests = [...new Map(input.pullRequests.map((pull) => [pull.number, pull])).values()]
  const merged = pullRequests.filter((pull) => pull.mergedAt !== undefined)
  const isSuperseded = (pull: FixPullRequest) => pull.labels.some((label) => label.toLowerCase() === supersededLabel) && rejectionReasonsOf(pull.labels).length === 0
  const closedWithoutMerge = pullRequests.filter((pull) => pull.state === 'closed' && pull.mergedAt === undefined)
  const closedUnmerged = closedWithoutMerge.filter((pull) => !isSuperseded(pull))
  const decided = merged.length + closedUnmerged.length
  const runMonths = firstMonthByRun(entries)
  const totalCostUsd = entries.reduce((sum, entry) => sum + entry.cost_usd, 0)
  // A merge stamped before its own ledger time is a forged or copied marker: no duration to take.
  const hoursToMerge = merged
    .map((pull) => (Date.parse(pull.mergedAt!) - Date.parse(pull.openedAt)) / hourMs)
    .filter((hours) => hours >= 0)
  const rejections = Object.fromEntries([...rejectionReasons, 'fix-failed', 'unlabelled'].map((reason) => [reason, 0])) as Metrics['rejections']
  for (const pull of closedUnmerged) {
    const reasons = rejectionReasonsOf(pull.labels)
    const failedCi = pull.labels.some((label) => label.toLowerCase() === fixFailedLabel)
    if (reasons.length === 0) rejections[failedCi ? 'fix-failed' : 'unlabelled'] += 1
    for (const reason of reasons) rejections[reason] += 1
  }
  const optional = <Key extends string>(key: Key, value: number | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<Key, number>))
  return {
    failedRunsHandled: runMonths.size,
    pullRequests: pullRequests.length,
    merged: merged.length,
    closedUnmerged: closedUnmerged.length,
    superseded: closedWithoutMerge.length - closedUnmerged.length,
    open: pullRequests.filter((pull) => pull.state === 'open').length,
    decided,
    ...optional('fixGenerationRate', ratio(pullRequests.length, runMonths.size)),
    ...optional('acceptanceRate', ratio(merged.length, decided)),
    ...optional('falsePositiveRate', ratio(closedUnmerged.length, decided)),
    ...optional('medianHoursToMerge', median(hoursToMerge)),
    totalCostUsd,
    ...optional('costPerPullRequestUsd', ratio(totalCostUsd, pullRequests.length)),
    ...optional('costPerMergedFixUsd', ratio(totalCostUsd, merged.length)),
    monthly: monthlyRows(pullRequests, entries, runMonths),
    rejections,
  }
}
