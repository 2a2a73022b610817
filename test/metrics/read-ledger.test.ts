import { describe, expect, it } from 'vitest'
import type { IssueComment, SearchResult } from '../../src/github/repo-api.js'
import { renderMarker } from '../../src/ledger/ledger-marker.js'
import { computeMetrics } from '../../src/metrics/compute-metrics.js'
import { qualityRows } from '../../src/metrics/quality-targets.js'
import { ledgerFromSearch } from '../../src/metrics/read-ledger.js'
import { renderMetricsJson, renderMetricsSummary } from '../../src/metrics/render-metrics.js'
import { entryOf } from '../ledger/entries.js'

const result = (number: number, overrides: Partial<SearchResult>): SearchResult => ({
  number, isPullRequest: true, state: 'open', title: `#${number}`, body: '', labels: [], url: `https://github.com/o/r/pull/${number}`, createdAt: '2026-11-01T00:00:00Z', ...overrides,
})
const comment = (body: string): IssueComment => ({ id: 1, body, createdAt: '2026-11-02T00:00:00Z', author: 'github-actions[bot]' })

describe('ledgerFromSearch', () => {
  const prEntry = entryOf({ failing_run_id: '10', created_at: '2026-11-01T00:05:00Z' })
  const results = [
    result(1, { body: `Fix\n${renderMarker(prEntry)}`, state: 'closed', mergedAt: '2026-11-01T06:05:00Z', labels: ['auto-fix'] }),
    result(2, { isPullRequest: false, body: renderMarker(entryOf({ kind: 'ticket', failing_run_id: '11' })) }),
    result(3, { body: 'A PR that quotes nothing of ours' }),
    result(4, { isPullRequest: false, body: renderMarker(entryOf({ kind: 'pr', failing_run_id: '12' })) }),
  ]
  const comments = new Map([
    [1, [comment(`Seen again\n${renderMarker(entryOf({ kind: 'comment', failing_run_id: '13', cost_usd: 0, input_tokens: 0 }))}`), comment(`quoting ${renderMarker(prEntry)}`)]],
  ])
  const ledger = ledgerFromSearch(results, comments)

  it('a fix PR is a pull request with a pr marker; its ledger time is the marker\'s', () => {
    expect(ledger.pullRequests).toEqual([{ number: 1, url: results[0]!.url, state: 'closed', labels: ['auto-fix'], openedAt: '2026-11-01T00:05:00Z', mergedAt: '2026-11-01T06:05:00Z' }])
  })

  it('takes comment entries from comments, and only those', () => {
    expect(ledger.entries.map((entry) => [entry.kind, entry.failing_run_id])).toEqual([['pr', '10'], ['comment', '13'], ['ticket', '11'], ['pr', '12']])
    expect(computeMetrics(ledger).failedRunsHandled).toBe(4)
  })

  it('counts as ledger items only those whose body holds a marker', () => {
    expect(ledger.itemCount).toBe(3)
  })
})

describe('the metrics summary and file', () => {
  const metrics = computeMetrics({
    pullRequests: [{ number: 1, url: 'https://github.com/o/r/pull/1', state: 'closed', labels: ['autofix-rejected:style'], openedAt: '2026-11-01T00:00:00Z' }],
    entries: [entryOf({ failing_run_id: '1', cost_usd: 0.5, created_at: '2026-11-01T00:00:00Z' })],
  })
  const quality = qualityRows(metrics)

  it('renders the quality table with targets and verdicts, the months and the reasons', () => {
    const summary = renderMetricsSummary({ metrics, quality, message: 'one PR', dataNote: 'The numbers are in x.json.', warnings: [] })
    expect(summary).toContain('| Fix acceptance rate | >= 70% | 0% (0 merged of 1 decided) | ❌ |')
    expect(summary).toContain('| Time to fix | < 24h | — (no data yet) | — |')
    expect(summary).toContain('| Human time saved | >= 5h/week | — (not measured) | — |')
    expect(summary).toContain('| 2026-11 | 1 | 1 | 0 | $0.500 |')
    expect(summary).toContain('| Style violation (doesn\'t match conventions) | `autofix-rejected:style` | 1 |')
    expect(summary).toContain('The numbers are in x.json.')
  })

  it('writes every key of the file, null where there is no data', () => {
    const document = JSON.parse(renderMetricsJson({ repository: 'o/r', generatedAt: new Date('2026-11-25T00:00:00Z'), metrics, quality }))
    expect(document).toMatchObject({ repository: 'o/r', fix_prs: 1, fix_acceptance_rate: 0, false_positive_rate: 1, median_hours_to_merge: null, cost_per_fix_usd: 0.5, cost_per_merged_fix_usd: null })
    expect(document.monthly).toEqual([{ month: '2026-11', failed_runs_handled: 1, fix_prs: 1, merged: 0, cost_usd: 0.5 }])
    expect(document.quality[0]).toMatchObject({ metric: 'Fix acceptance rate', status: '❌', value: 0 })
  })
})
