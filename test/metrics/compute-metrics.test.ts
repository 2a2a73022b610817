import { describe, expect, it } from 'vitest'
import { computeMetrics, median, rejectionReasonsOf, type FixPullRequest } from '../../src/metrics/compute-metrics.js'
import { qualityRows } from '../../src/metrics/quality-targets.js'
import { entryOf } from '../ledger/entries.js'

const pull = (number: number, overrides: Partial<FixPullRequest> = {}): FixPullRequest => ({
  number, url: `https://github.com/o/r/pull/${number}`, state: 'open', labels: [], openedAt: '2026-10-01T10:00:00Z', ...overrides,
})

/**
 * Hand-built ledger: runs 1-4 got PRs (#1 merged after 10 h, #2 merged after 30 h in November,
 * #3 closed as incorrect, #4 open), run 5 a ticket after a model call, run 6 a dedupe comment,
 * and an alert that counts for nothing.
 */
const entries = [
  entryOf({ failing_run_id: '1', cost_usd: 0.04, created_at: '2026-10-01T10:00:00Z' }),
  entryOf({ failing_run_id: '2', cost_usd: 0.06, created_at: '2026-10-30T10:00:00Z' }),
  entryOf({ failing_run_id: '3', cost_usd: 0.05, created_at: '2026-11-02T10:00:00Z' }),
  entryOf({ failing_run_id: '4', cost_usd: 0.05, created_at: '2026-11-03T10:00:00Z' }),
  entryOf({ kind: 'ticket', failing_run_id: '5', cost_usd: 0.02, created_at: '2026-11-04T10:00:00Z' }),
  entryOf({ kind: 'comment', failing_run_id: '6', input_tokens: 0, output_tokens: 0, cost_usd: 0, created_at: '2026-11-05T10:00:00Z' }),
  entryOf({ kind: 'alert', failing_run_id: '', cost_usd: 0, created_at: '2026-11-05T11:00:00Z' }),
]
const pullRequests = [
  pull(1, { state: 'closed', openedAt: '2026-10-01T10:00:00Z', mergedAt: '2026-10-01T20:00:00Z' }),
  pull(2, { state: 'closed', openedAt: '2026-10-30T10:00:00Z', mergedAt: '2026-10-31T16:00:00Z' }),
  pull(3, { state: 'closed', openedAt: '2026-11-02T10:00:00Z', labels: ['auto-fix', 'autofix-rejected:incorrect'] }),
  pull(4, { openedAt: '2026-11-03T10:00:00Z' }),
]

describe('superseded fixes', () => {
  it('are neither accepted nor rejected: out of the decided PRs and the false positives', () => {
    const metrics = computeMetrics({ pullRequests: [...pullRequests, pull(5, { state: 'closed', labels: ['auto-fix', 'superseded'] })], entries })
    expect(metrics).toMatchObject({ pullRequests: 5, closedUnmerged: 1, superseded: 1, decided: 3 })
    expect(metrics.falsePositiveRate).toBeCloseTo(1 / 3)
  })
  it('a superseded PR a person also labelled rejected counts as rejected', () => {
    const metrics = computeMetrics({ pullRequests: [pull(5, { state: 'closed', labels: ['superseded', 'autofix-rejected:style'] })], entries })
    expect(metrics).toMatchObject({ closedUnmerged: 1, superseded: 0 })
    expect(metrics.rejections.style).toBe(1)
  })
})

describe('computeMetrics on a hand-built ledger', () => {
  const metrics = computeMetrics({ pullRequests, entries })

  it('counts runs, PRs and their states', () => {
    expect(metrics).toMatchObject({ failedRunsHandled: 6, pullRequests: 4, merged: 2, closedUnmerged: 1, open: 1, decided: 3 })
  })

  it('computes the rates over what has data', () => {
    expect(metrics.fixGenerationRate).toBeCloseTo(4 / 6)
    expect(metrics.acceptanceRate).toBeCloseTo(2 / 3)
    expect(metrics.falsePositiveRate).toBeCloseTo(1 / 3)
    expect(metrics.medianHoursToMerge).toBe(20) // 10 h and 30 h
  })

  it('costs per PR and per merged fix, every entry counted once', () => {
    expect(metrics.totalCostUsd).toBeCloseTo(0.22)
    expect(metrics.costPerPullRequestUsd).toBeCloseTo(0.055)
    expect(metrics.costPerMergedFixUsd).toBeCloseTo(0.11)
    const twice = computeMetrics({ pullRequests: [...pullRequests, pullRequests[0]!], entries: [...entries, ...entries] })
    expect(twice.totalCostUsd).toBeCloseTo(0.22)
    expect(twice.pullRequests).toBe(4)
  })

  it('tables months by UTC: runs by their first entry, PRs by opening, merges by merge month, cost by entry', () => {
    expect(metrics.monthly.map((row) => ({ ...row, costUsd: Number(row.costUsd.toFixed(4)) }))).toEqual([
      { month: '2026-10', failedRunsHandled: 2, pullRequests: 2, merged: 2, costUsd: 0.1 },
      { month: '2026-11', failedRunsHandled: 4, pullRequests: 2, merged: 0, costUsd: 0.12 },
    ])
  })

  it('counts rejection reasons on closed unmerged PRs only', () => {
    expect(metrics.rejections).toEqual({ incorrect: 1, incomplete: 0, 'introduced-bug': 0, security: 0, style: 0, other: 0, 'fix-failed': 0, unlabelled: 0 })
  })

  it('judges the spec\'s targets: acceptance and false positives fail here, time and cost pass', () => {
    expect(qualityRows(metrics).map((row) => [row.metric, row.status])).toEqual([
      ['Fix acceptance rate', '❌'],
      ['Time to fix', '✅'],
      ['False positive rate', '❌'],
      ['Cost efficiency', '✅'],
      ['Human time saved', '—'],
    ])
    expect(qualityRows(metrics)[0]!.current).toBe('67% (2 merged of 3 decided)')
    expect(qualityRows(metrics)[3]!.current).toBe('$0.055 per fix PR, $0.110 per merged fix')
  })
})

describe('computeMetrics at the edges', () => {
  it('an empty ledger has no rates, no verdicts and no months', () => {
    const metrics = computeMetrics({ pullRequests: [], entries: [] })
    expect(metrics).toMatchObject({ failedRunsHandled: 0, pullRequests: 0, totalCostUsd: 0, monthly: [] })
    expect(metrics.acceptanceRate).toBeUndefined()
    expect(metrics.costPerPullRequestUsd).toBeUndefined()
    expect(qualityRows(metrics).every((row) => row.status === '—' && row.current.startsWith('—'))).toBe(true)
  })

  it('open PRs alone decide nothing: acceptance and false positives stay without data', () => {
    const metrics = computeMetrics({ pullRequests: [pull(1)], entries: [entryOf({ failing_run_id: '1' })] })
    expect(metrics.fixGenerationRate).toBe(1)
    expect(metrics.acceptanceRate).toBeUndefined()
    expect(metrics.falsePositiveRate).toBeUndefined()
  })

  it('a merge stamped before the ledger time is not a duration', () => {
    const metrics = computeMetrics({ pullRequests: [pull(1, { state: 'closed', mergedAt: '2026-09-01T00:00:00Z' })], entries: [] })
    expect(metrics.merged).toBe(1)
    expect(metrics.medianHoursToMerge).toBeUndefined()
  })

  it('unlabelled and unknown-reason rejections', () => {
    const metrics = computeMetrics({
      pullRequests: [
        pull(1, { state: 'closed' }),
        pull(2, { state: 'closed', labels: ['AutoFix-Rejected:Style', 'autofix-rejected:security'] }),
        pull(3, { state: 'closed', labels: ['autofix-rejected:too-slow'] }),
        pull(4, { state: 'closed', mergedAt: '2026-10-02T00:00:00Z', labels: ['autofix-rejected:style'] }),
        pull(5, { state: 'closed', labels: ['fix-failed'] }),
        pull(6, { state: 'closed', labels: ['fix-failed', 'autofix-rejected:incomplete'] }),
      ],
      entries: [],
    })
    expect(metrics.rejections).toEqual({ incorrect: 0, incomplete: 1, 'introduced-bug': 0, security: 1, style: 1, other: 1, 'fix-failed': 1, unlabelled: 1 })
  })
})

describe('helpers', () => {
  it('median', () => {
    expect(median([])).toBeUndefined()
    expect(median([5])).toBe(5)
    expect(median([9, 1, 5])).toBe(5)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('rejectionReasonsOf keeps each reason once', () => {
    expect(rejectionReasonsOf(['autofix-rejected:incorrect', 'AUTOFIX-REJECTED:incorrect', 'ci'])).toEqual(['incorrect'])
  })
})
