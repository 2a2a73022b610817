import { describe, expect, it } from 'vitest'
import { CostControl } from '../../src/config/cost-control.js'
import { alertEntry, alertsDue, checkBudget, type BudgetInput } from '../../src/ledger/check-budget.js'
import { findAlertIssue } from '../../src/ledger/find-duplicate.js'
import { readMarkers, renderMarker } from '../../src/ledger/ledger-marker.js'
import { entryOf, fixesAt } from './entries.js'

const config = CostControl.parse({
  limits: { max_fixes_per_day: 10, max_fixes_per_pr: 3, max_tokens_per_fix: 4000 },
  providers: { anthropic: { max_cost_per_month_usd: 50 }, openai: { max_cost_per_month_usd: 20 } },
  alert_thresholds: { daily_fixes: 5, monthly_cost_usd: 30 },
})
const now = new Date('2026-11-25T12:00:00Z')

const budgetOf = (overrides: Partial<BudgetInput>) =>
  checkBudget({ config, entries: [], headBranch: 'feature/login', provider: 'anthropic', promptTokens: 3000, now, ...overrides })

/** Fixes on other branches, so only the daily limit is in play. */
const fixesToday = (count: number) =>
  fixesAt(count, '2026-11-25T00:01:00Z').map((entry, index) => ({ ...entry, head_branch: `branch-${index}` }))

describe('checkBudget', () => {
  it('allows a heal with nothing spent', () => {
    expect(budgetOf({})).toEqual({ allowed: true })
  })

  describe('max_tokens_per_fix', () => {
    it('allows a prompt at the limit', () => {
      expect(budgetOf({ promptTokens: 4000 })).toEqual({ allowed: true })
    })
    it('refuses one token past it', () => {
      expect(budgetOf({ promptTokens: 4001 })).toMatchObject({
        allowed: false,
        limit: 'max_tokens_per_fix',
        reason: 'The prompt needs 4001 input tokens, the limit per fix is 4000.',
      })
    })
  })

  describe('max_fixes_per_day', () => {
    it('allows the 10th fix of the day', () => {
      expect(budgetOf({ entries: fixesToday(9) })).toEqual({ allowed: true })
    })
    it('refuses the 11th', () => {
      expect(budgetOf({ entries: fixesToday(10) })).toEqual({
        allowed: false,
        limit: 'max_fixes_per_day',
        reason: '10 fixes today (UTC), the limit is 10.',
        used: 10,
        max: 10,
      })
    })
    it('counts yesterday 23:59 UTC as yesterday', () => {
      const entries = [...fixesToday(9), entryOf({ failing_run_id: 'late', head_branch: 'x', created_at: '2026-11-24T23:59:00Z' })]
      expect(budgetOf({ entries, now: new Date('2026-11-25T00:01:00Z') })).toEqual({ allowed: true })
      expect(budgetOf({ entries, now: new Date('2026-11-24T23:59:59Z') })).toMatchObject({ allowed: true })
    })
    it('does not count tickets or comments that called no model', () => {
      const entries = [...fixesToday(9), entryOf({ kind: 'ticket', failing_run_id: 't', head_branch: 'y', input_tokens: 0, cost_usd: 0 })]
      expect(budgetOf({ entries })).toEqual({ allowed: true })
    })
  })

  describe('max_fixes_per_pr', () => {
    it('allows the 3rd fix of a branch', () => {
      expect(budgetOf({ entries: fixesAt(2, '2026-11-20T00:00:00Z') })).toEqual({ allowed: true })
    })
    it('refuses the 4th', () => {
      expect(budgetOf({ entries: fixesAt(3, '2026-11-20T00:00:00Z') })).toMatchObject({
        allowed: false,
        limit: 'max_fixes_per_pr',
        reason: '3 fixes for branch feature/login, the limit is 3.',
      })
    })
    it('counts only the head branch', () => {
      expect(budgetOf({ entries: fixesAt(3, '2026-11-20T00:00:00Z', { head_branch: 'other' }) })).toEqual({ allowed: true })
    })
  })

  describe('max_cost_per_month_usd', () => {
    const spent = (dollars: number, overrides = {}) => [
      entryOf({ failing_run_id: 'big', head_branch: 'old', cost_usd: dollars, created_at: '2026-11-01T00:01:00Z', ...overrides }),
    ]
    it('allows a heal just under the limit', () => {
      expect(budgetOf({ entries: spent(49.99) })).toEqual({ allowed: true })
    })
    it('refuses at the limit', () => {
      expect(budgetOf({ entries: spent(50) })).toMatchObject({
        allowed: false,
        limit: 'max_cost_per_month_usd',
        reason: '$50.00 spent on anthropic in 2026-11 (UTC), the limit is $50.00 a month.',
      })
    })
    it('refuses a call whose estimate would cross the limit', () => {
      expect(budgetOf({ entries: spent(49.99), estimatedCostUsd: 0.02 })).toMatchObject({ allowed: false, limit: 'max_cost_per_month_usd' })
      expect(budgetOf({ entries: spent(49.98), estimatedCostUsd: 0.02 })).toEqual({ allowed: true })
    })
    it("reads the provider's own limit and spend", () => {
      const openAiSpend = spent(20, { provider: 'openai', model: 'gpt-6-luna' })
      expect(budgetOf({ entries: openAiSpend })).toEqual({ allowed: true })
      expect(budgetOf({ entries: openAiSpend, provider: 'openai' })).toMatchObject({ allowed: false, reason: expect.stringContaining('$20.00 a month') })
    })
    it('starts again on the 1st at 00:00 UTC', () => {
      const lastMonth = spent(50, { created_at: '2026-10-31T23:59:00Z' })
      expect(budgetOf({ entries: lastMonth, now: new Date('2026-11-01T00:01:00Z') })).toEqual({ allowed: true })
      expect(budgetOf({ entries: lastMonth, now: new Date('2026-10-31T23:59:30Z') })).toMatchObject({ allowed: false })
    })
  })

  it('is not fooled by a forged marker with a negative cost', () => {
    const real = renderMarker(entryOf({ cost_usd: 50, head_branch: 'x' }))
    const forged = `<!-- autoheal: ${JSON.stringify(entryOf({ failing_run_id: 'forged', head_branch: 'y' })).replace('"cost_usd":0.014', '"cost_usd":-1000')} -->`
    expect(forged).toContain('"cost_usd":-1000')
    const entries = readMarkers(`${real}\n${forged}`)
    expect(entries).toHaveLength(1)
    expect(budgetOf({ entries })).toMatchObject({ allowed: false, limit: 'max_cost_per_month_usd' })
  })
})

describe('alertsDue', () => {
  it('raises nothing at the threshold', () => {
    expect(alertsDue({ config, entries: fixesToday(5), now })).toEqual([])
  })

  it('raises the day alert one fix past it, keyed by the UTC day', () => {
    const alerts = alertsDue({ config, entries: fixesToday(5), now, afterThisFix: entryOf({ failing_run_id: 'new', head_branch: 'n' }) })
    expect(alerts).toEqual([
      expect.objectContaining({ period: 'day', key: '2026-11-25', title: 'Autoheal alert: 6 fixes on 2026-11-25 (UTC)' }),
    ])
    expect(alerts[0]?.body).toContain('past the alert threshold of 5 a day')
  })

  it('raises the month alert past the monthly cost threshold', () => {
    const entries = [entryOf({ cost_usd: 20, failing_run_id: '1' }), entryOf({ cost_usd: 10.5, failing_run_id: '2', provider: 'openai', created_at: '2026-11-02T00:00:00Z' })]
    expect(alertsDue({ config, entries, now })).toEqual([expect.objectContaining({ period: 'month', key: '2026-11', title: 'Autoheal alert: $30.50 spent in 2026-11 (UTC)' })])
    expect(alertsDue({ config, entries: entries.slice(0, 1), now })).toEqual([])
  })

  it('keeps one key per day and per month, so the caller updates one issue', () => {
    const first = alertsDue({ config, entries: fixesToday(6), now: new Date('2026-11-25T00:10:00Z') })
    const later = alertsDue({ config, entries: fixesToday(9), now: new Date('2026-11-25T23:59:00Z') })
    const nextDay = alertsDue({ config, entries: [...fixesToday(9), ...fixesAt(6, '2026-11-26T00:01:00Z', { head_branch: 'z' })], now: new Date('2026-11-26T00:10:00Z') })
    expect(first.map((alert) => alert.key)).toEqual(['2026-11-25'])
    expect(later.map((alert) => alert.key)).toEqual(['2026-11-25'])
    expect(nextDay.map((alert) => alert.key)).toEqual(['2026-11-26'])

    const [alert] = first
    if (!alert) throw new Error('expected an alert')
    const issue = { number: 7, url: 'https://github.com/octo/app/issues/7', state: 'open' as const, body: `${alert.body}\n${renderMarker(alertEntry(alert, now))}` }
    expect(findAlertIssue([issue], later[0] ?? alert)?.item.number).toBe(7)
    expect(findAlertIssue([issue], nextDay[0] ?? alert)).toBeUndefined()
    expect(findAlertIssue([{ ...issue, state: 'closed' }], alert)).toBeUndefined()
  })

  it('an alert marker spends nothing', () => {
    const [alert] = alertsDue({ config, entries: fixesToday(6), now })
    if (!alert) throw new Error('expected an alert')
    expect(alertsDue({ config, entries: [...fixesToday(5), alertEntry(alert, now)], now })).toEqual([])
  })
})
