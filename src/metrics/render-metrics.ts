import { markdownTable } from '../report/markdown-table.js'
import { fixFailedLabel, rejectionLabelPrefix, rejectionReasons, type Metrics, type RejectionReason } from './compute-metrics.js'
import { dollars, hours, percent, type QualityRow } from './quality-targets.js'

/** The metrics as the job summary shows them and as the JSON file keeps them. */
const reasonWords: Record<RejectionReason, string> = {
  incorrect: "Incorrect fix (doesn't solve the problem)",
  incomplete: 'Incomplete fix (only partial)',
  'introduced-bug': 'Introduced a bug',
  security: 'Security concern',
  style: "Style violation (doesn't match conventions)",
  other: 'Other',
}

const orDash = <T>(value: T | undefined, format: (value: T) => string): string => (value === undefined ? '—' : format(value))

function successTable(metrics: Metrics): string {
  return markdownTable(['Metric', 'Value'], [
    ['Failed runs handled (PR, ticket or comment)', String(metrics.failedRunsHandled)],
    ['Fix PRs opened', String(metrics.pullRequests)],
    ['Fix generation rate (fix PRs ÷ failed runs handled)', orDash(metrics.fixGenerationRate, percent)],
    ['Merged', String(metrics.merged)],
    ['Closed without merging', String(metrics.closedUnmerged)],
    ['Closed as superseded (a later run passed without them)', String(metrics.superseded)],
    ['Still open', String(metrics.open)],
    ['Median time to merge', orDash(metrics.medianHoursToMerge, hours)],
    ['Total model spend', dollars(metrics.totalCostUsd)],
    ['Cost per fix PR', orDash(metrics.costPerPullRequestUsd, dollars)],
    ['Cost per merged fix', orDash(metrics.costPerMergedFixUsd, dollars)],
  ])
}

function monthlyTable(metrics: Metrics): string {
  if (metrics.monthly.length === 0) return 'No ledger entries yet.'
  return markdownTable(
    ['Month (UTC)', 'Failed runs handled', 'Fix PRs', 'Merged', 'Cost'],
    metrics.monthly.map((row) => [row.month, String(row.failedRunsHandled), String(row.pullRequests), String(row.merged), dollars(row.costUsd)]),
  )
}

function rejectionTable(metrics: Metrics): string {
  if (metrics.closedUnmerged === 0) return 'No fix PR was closed without merging.'
  return markdownTable(['Reason', 'Label', 'Closed unmerged PRs'], [
    ...rejectionReasons.map((reason) => [reasonWords[reason], `\`${rejectionLabelPrefix}${reason}\``, String(metrics.rejections[reason])]),
    ['CI failed on the fix (closed by Autoheal, no reason label)', `\`${fixFailedLabel}\``, String(metrics.rejections['fix-failed'])],
    ['No reason label', '—', String(metrics.rejections.unlabelled)],
  ])
}

export interface MetricsSummaryInput {
  metrics: Metrics
  quality: readonly QualityRow[]
  message: string
  /** Where the JSON file is, and whether it became an artifact. */
  dataNote: string
  warnings: readonly string[]
}

export function renderMetricsSummary({ metrics, quality, message, dataNote, warnings }: MetricsSummaryInput): string {
  return [
    '## Autoheal: metrics',
    '',
    `**analyzed**: ${message}`,
    ...warnings.map((warning) => `\n> ${warning}`),
    '',
    '### Quality metrics',
    '',
    markdownTable(['Metric', 'Target', 'Current', 'Status'], quality.map((row) => [row.metric, row.target, row.current, row.status])),
    '',
    'A fix PR is decided once merged or closed; time to fix runs from the ledger time of the PR (minutes after the failure) to the merge.',
    '',
    '### Success metrics',
    '',
    successTable(metrics),
    '',
    '### Monthly fixes and cost',
    '',
    monthlyTable(metrics),
    '',
    '### Rejection reasons',
    '',
    rejectionTable(metrics),
    '',
    `Reviewers give a reason by labelling the PR they close \`${rejectionLabelPrefix}<reason>\`.`,
    '',
    dataNote,
    '',
  ].join('\n')
}

/** The JSON file: the same numbers, undefined as null so a reader sees every key. */
export function renderMetricsJson(input: { repository: string; generatedAt: Date; metrics: Metrics; quality: readonly QualityRow[] }): string {
  const { metrics } = input
  const rate = (value: number | undefined) => (value === undefined ? null : Number(value.toFixed(4)))
  const money = (value: number | undefined) => (value === undefined ? null : Number(value.toFixed(6)))
  const document = {
    repository: input.repository,
    generated_at: input.generatedAt.toISOString(),
    failed_runs_handled: metrics.failedRunsHandled,
    fix_prs: metrics.pullRequests,
    merged: metrics.merged,
    closed_unmerged: metrics.closedUnmerged,
    open: metrics.open,
    fix_generation_rate: rate(metrics.fixGenerationRate),
    fix_acceptance_rate: rate(metrics.acceptanceRate),
    false_positive_rate: rate(metrics.falsePositiveRate),
    median_hours_to_merge: rate(metrics.medianHoursToMerge),
    total_cost_usd: money(metrics.totalCostUsd),
    cost_per_fix_usd: money(metrics.costPerPullRequestUsd),
    cost_per_merged_fix_usd: money(metrics.costPerMergedFixUsd),
    monthly: metrics.monthly.map((row) => ({ month: row.month, failed_runs_handled: row.failedRunsHandled, fix_prs: row.pullRequests, merged: row.merged, cost_usd: money(row.costUsd) })),
    rejection_reasons: metrics.rejections,
    quality: input.quality.map((row) => ({ metric: row.metric, target: row.target, current: row.current, status: row.status, value: row.value ?? null })),
  }
  return `${JSON.stringify(document, null, 2)}\n`
}
