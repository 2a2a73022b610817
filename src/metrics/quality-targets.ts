import type { Metrics } from './compute-metrics.js'

/**
 * The spec's Quality Metrics table as rows: each target with the metric it reads and how it is
 * judged. A metric without data yet shows "—" and no verdict, so a new repository is not "failing".
 */
export type QualityStatus = '✅' | '❌' | '—'

export interface QualityRow {
  metric: string
  target: string
  current: string
  status: QualityStatus
  /** The number judged, for the JSON file; undefined without data. */
  value?: number
}

interface QualityTarget {
  metric: string
  target: string
  value: (metrics: Metrics) => number | undefined
  meets: (value: number) => boolean
  describe: (value: number, metrics: Metrics) => string
  /** What "—" means here, when it is not simply "no data yet". */
  withoutData?: string
}

export const percent = (fraction: number): string => `${Math.round(fraction * 100)}%`
/** Cents hide what a fix costs (the spec's $0.042): below a dollar, three decimals. */
export const dollars = (amount: number): string => `$${amount.toFixed(amount > 0 && amount < 1 ? 3 : 2)}`
export const hours = (value: number): string => `${value.toFixed(1)}h`

export const qualityTargets: readonly QualityTarget[] = [
  {
    metric: 'Fix acceptance rate',
    target: '>= 70%',
    value: (metrics) => metrics.acceptanceRate,
    meets: (value) => value >= 0.7,
    describe: (value, metrics) => `${percent(value)} (${metrics.merged} merged of ${metrics.decided} decided)`,
  },
  {
    metric: 'Time to fix',
    target: '< 24h',
    value: (metrics) => metrics.medianHoursToMerge,
    meets: (value) => value < 24,
    describe: (value, metrics) => `${hours(value)} (median, failure → merge, ${metrics.merged} merged)`,
  },
  {
    metric: 'False positive rate',
    target: '< 10%',
    value: (metrics) => metrics.falsePositiveRate,
    meets: (value) => value < 0.1,
    describe: (value, metrics) => `${percent(value)} (${metrics.closedUnmerged} closed unmerged of ${metrics.decided} decided)`,
  },
  {
    metric: 'Cost efficiency',
    target: '< $5/fix',
    value: (metrics) => metrics.costPerPullRequestUsd,
    meets: (value) => value < 5,
    describe: (value, metrics) =>
      `${dollars(value)} per fix PR${metrics.costPerMergedFixUsd === undefined ? '' : `, ${dollars(metrics.costPerMergedFixUsd)} per merged fix`}`,
  },
  {
    metric: 'Human time saved',
    target: '>= 5h/week',
    // Nothing in the ledger or on GitHub says how long a person would have taken.
    value: () => undefined,
    meets: (value) => value >= 5,
    describe: (value) => `${hours(value)}/week`,
    withoutData: '— (not measured)',
  },
]

export function qualityRows(metrics: Metrics): QualityRow[] {
  return qualityTargets.map((target) => {
    const value = target.value(metrics)
    if (value === undefined) return { metric: target.metric, target: target.target, current: target.withoutData ?? '— (no data yet)', status: '—' }
    return { metric: target.metric, target: target.target, current: target.describe(value, metrics), status: target.meets(value) ? '✅' : '❌', value }
  })
}
