import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { renderMarker } from '../../src/ledger/ledger-marker.js'
import type { LedgerEntry } from '../../src/ledger/ledger.js'
import { startFakeGitHub, type FakeItemSeed, type FakeRepoOptions } from '../fakes/fake-github.js'
import { entryOf } from '../ledger/entries.js'
import { casesDir } from '../support/corpus.js'
import { runScheduledAction } from '../support/run-scheduled-action.js'

/**
 * `mode: metrics` in the built action against a repository whose ledger was built by hand: six fix
 * PRs (three merged after 12 h, 30 h and 6 h; two closed with rejection labels; one open), tickets,
 * a dedupe comment, an alert, and an issue that is not ours.
 */
const caseDir = path.join(casesDir, 'mixed-isort-and-missing-module-reports')

const fixPull = (runId: string, createdAt: string, costUsd: number, extra: Partial<FakeItemSeed> = {}): FakeItemSeed => ({
  title: `[Auto-Fix] run ${runId}`,
  body: `The fix.\n\n${renderMarker(entryOf({ failing_run_id: runId, cost_usd: costUsd, created_at: createdAt }))}`,
  head: `fix/auto-${runId}`,
  base: 'main',
  draft: true,
  createdAt,
  labels: ['auto-fix', 'ci', 'review-required'],
  ...extra,
})
const ticket = (title: string, entry: Partial<LedgerEntry>): FakeItemSeed => ({ title, body: `A ticket.\n\n${renderMarker(entryOf(entry))}`, createdAt: entry.created_at ?? '2026-11-01T00:00:00Z' })
const dedupeComment = renderMarker(entryOf({ kind: 'comment', failing_run_id: '105', input_tokens: 0, output_tokens: 0, cost_usd: 0, created_at: '2026-11-21T10:00:00Z' }))

const ledgerSeed: FakeItemSeed[] = [
  fixPull('101', '2026-10-05T08:00:00Z', 0.041, { state: 'closed', mergedAt: '2026-10-05T20:00:00Z', closedAt: '2026-10-05T20:00:00Z' }),
  fixPull('102', '2026-11-02T09:00:00Z', 0.038, { state: 'closed', mergedAt: '2026-11-03T15:00:00Z', closedAt: '2026-11-03T15:00:00Z' }),
  fixPull('103', '2026-11-10T09:00:00Z', 0.05, { state: 'closed', mergedAt: '2026-11-10T15:00:00Z', closedAt: '2026-11-10T15:00:00Z' }),
  fixPull('104', '2026-11-20T09:00:00Z', 0.045, {
    state: 'closed', closedAt: '2026-11-22T09:00:00Z', labels: ['auto-fix', 'autofix-rejected:incorrect'],
    comments: [{ body: `Seen again in run 105.\n\n${dedupeComment}` }, { body: 'Wrong fix: the import moved, not vanished.', author: 'alice' }],
  }),
  fixPull('106', '2026-11-24T09:00:00Z', 0.04),
  ticket('Manual fix needed: drift', { kind: 'ticket', failing_run_id: '107', input_tokens: 0, output_tokens: 0, cost_usd: 0, created_at: '2026-11-11T00:00:00Z' }),
  ticket('No safe fix', { kind: 'ticket', failing_run_id: '108', cost_usd: 0.03, created_at: '2026-11-12T00:00:00Z' }),
  ticket('Autoheal alert', { kind: 'alert', failing_run_id: '', fingerprint: 'alert:day:2026-11-12', input_tokens: 0, output_tokens: 0, cost_usd: 0, created_at: '2026-11-12T01:00:00Z' }),
  { title: 'A bug report about autoheal: unrelated', body: 'Not ours, though it says autoheal: in its body.' },
  fixPull('109', '2026-11-15T09:00:00Z', 0.05, { state: 'closed', closedAt: '2026-11-15T12:00:00Z', labels: ['fix-failed', 'autofix-rejected:security'] }),
]

async function startRepository(repo: FakeRepoOptions, token?: string) {
  const github = await startFakeGitHub({ caseDir, repo, ...(token ? { token } : {}) })
  onTestFinished(() => github.close())
  return github
}

describe('mode metrics, end to end', () => {
  it('computes the quality table, the months and the rejection reasons from the ledger, and writes the JSON file', async () => {
    const github = await startRepository({ items: ledgerSeed })
    const result = await runScheduledAction(github, 'metrics')
    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.outputs).toMatchObject({ outcome: 'analyzed', reason: '', 'pr-url': '', 'cost-usd': '' })

    const summary = result.summary
    expect(summary).toContain('**analyzed**: 9 ledger items read: 6 fix PRs for 9 failed runs handled; 3 merged, 2 closed unmerged, 1 open.')
    expect(summary).toContain('| Fix acceptance rate | >= 70% | 60% (3 merged of 5 decided) | ❌ |')
    expect(summary).toContain('| Time to fix | < 24h | 12.0h (median, failure → merge, 3 merged) | ✅ |')
    expect(summary).toContain('| False positive rate | < 10% | 40% (2 closed unmerged of 5 decided) | ❌ |')
    expect(summary).toContain('| Cost efficiency | < $5/fix | $0.049 per fix PR, $0.098 per merged fix | ✅ |')
    expect(summary).toContain('| Human time saved | >= 5h/week | — (not measured) | — |')
    expect(summary).toContain('| Fix generation rate (fix PRs ÷ failed runs handled) | 67% |')
    expect(summary).toContain('| 2026-10 | 1 | 1 | 1 | $0.041 |')
    expect(summary).toContain('| 2026-11 | 8 | 5 | 2 | $0.253 |')
    expect(summary).toContain("| Incorrect fix (doesn't solve the problem) | `autofix-rejected:incorrect` | 1 |")
    expect(summary).toContain('| Security concern | `autofix-rejected:security` | 1 |')
    expect(summary).toContain('| CI failed on the fix (closed by Autoheal, no reason label) | `fix-failed` | 0 |')
    expect(summary).toContain('| No reason label | — | 0 |')
    await expect(summary.replaceAll(result.runnerTemp, '<RUNNER_TEMP>')).toMatchFileSnapshot('./__snapshots__/metrics-summary.md')

    const file = path.join(result.runnerTemp, 'autoheal-metrics', 'autoheal-metrics.json')
    expect(result.stdout).toContain(`Wrote the metrics to ${file}.`)
    expect(result.stdout).toMatch(/::notice::autoheal-metrics\.json stays in .*not inside a GitHub Actions job/)
    const document = JSON.parse(await readFile(file, 'utf8'))
    expect(document).toMatchObject({
      repository: github.repository,
      failed_runs_handled: 9,
      fix_prs: 6,
      merged: 3,
      closed_unmerged: 2,
      open: 1,
      fix_generation_rate: 0.6667,
      fix_acceptance_rate: 0.6,
      false_positive_rate: 0.4,
      median_hours_to_merge: 12,
      total_cost_usd: 0.294,
      rejection_reasons: { incorrect: 1, security: 1, unlabelled: 0 },
    })
    expect(github.openApiViolations).toEqual([])
    // Comments were read only where there are some: the one PR with comments.
    expect(github.requests.filter((request) => /\/issues\/\d+\/comments/.test(request.path)).map((request) => request.path)).toEqual([expect.stringMatching(/\/issues\/4\/comments/)])
    expect(github.requests.every((request) => request.method === 'GET')).toBe(true)
  })

  it('a repository without a ledger yet: dashes, no ❌', async () => {
    const github = await startRepository({})
    const result = await runScheduledAction(github, 'metrics')
    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.outputs).toMatchObject({ outcome: 'analyzed', reason: '' })
    expect(result.summary).toContain('No ledger entry yet')
    expect(result.summary).toContain('| Fix acceptance rate | >= 70% | — (no data yet) | — |')
    expect(result.summary).not.toContain('❌')
    expect(result.summary).toContain('No ledger entries yet.')
  })

  it('a token GitHub refuses: the step fails with what to do, and the summary says so', async () => {
    const github = await startRepository({ items: ledgerSeed }, 'ghs_theOnlyTokenThisFakeAccepts000000000')
    const result = await runScheduledAction({ ...github, token: 'ghs_aTokenThatIsNotAccepted0000000000000' }, 'metrics')
    expect(result.exitCode).toBe(1)
    expect(result.outputs).toMatchObject({ outcome: 'error', reason: 'github-error' })
    expect(result.summary).toContain('Autoheal stopped')
    expect(result.summary).toMatch(/Could not search issues and pull requests for .*GitHub answered 401/)
    expect(result.summary).toContain('check the `github-token` input')
  })
})
