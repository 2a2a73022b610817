import { describe, expect, it } from 'vitest'
import { spendOf } from '../../src/ledger/ledger.js'
import { entryOf } from './entries.js'

describe('spendOf', () => {
  it('counts a fix only when a model was called', () => {
    const spend = spendOf(
      [entryOf({ failing_run_id: '1' }), entryOf({ failing_run_id: '2', kind: 'ticket', input_tokens: 0, output_tokens: 0, cost_usd: 0 })],
      new Date('2026-11-25T12:00:00Z'),
    )
    expect(spend.fixesToday).toBe(1)
    expect(spend.fixesByBranch.get('feature/login')).toBe(1)
  })

  it('cuts days at UTC midnight: 23:59 is yesterday, 00:01 is today', () => {
    const entries = [
      entryOf({ failing_run_id: '1', created_at: '2026-11-24T23:59:00Z' }),
      entryOf({ failing_run_id: '2', created_at: '2026-11-25T00:01:00Z' }),
      // 01:30 in Paris is still the 24th in UTC.
      entryOf({ failing_run_id: '3', created_at: '2026-11-25T00:30:00+01:00' }),
    ]
    expect(spendOf(entries, new Date('2026-11-25T00:02:00Z')).fixesToday).toBe(1)
    expect(spendOf(entries, new Date('2026-11-24T23:59:30Z')).fixesToday).toBe(2)
  })

  it('cuts months at UTC midnight on the first, per provider', () => {
    const entries = [
      entryOf({ failing_run_id: '1', created_at: '2026-10-31T23:59:00Z', cost_usd: 5 }),
      entryOf({ failing_run_id: '2', created_at: '2026-11-01T00:01:00Z', cost_usd: 2 }),
      entryOf({ failing_run_id: '3', created_at: '2026-11-10T00:00:00Z', cost_usd: 1, provider: 'openai', model: 'gpt-6-luna' }),
    ]
    const november = spendOf(entries, new Date('2026-11-30T23:59:59Z'))
    expect(november.month).toBe('2026-11')
    expect(november.costThisMonthByProvider).toEqual({ anthropic: 2, openai: 1 })
    expect(november.costThisMonthUsd).toBe(3)
    expect(spendOf(entries, new Date('2026-10-31T23:59:59Z')).costThisMonthByProvider).toEqual({ anthropic: 5, openai: 0 })
  })

  it('counts fixes by head branch', () => {
    const spend = spendOf(
      [
        entryOf({ failing_run_id: '1', head_branch: 'a' }),
        entryOf({ failing_run_id: '2', head_branch: 'a' }),
        entryOf({ failing_run_id: '3', head_branch: 'b' }),
      ],
      new Date('2026-11-25T12:00:00Z'),
    )
    expect([...spend.fixesByBranch]).toEqual([
      ['a', 2],
      ['b', 1],
    ])
  })

  it('counts the same marker seen twice once', () => {
    const entry = entryOf()
    expect(spendOf([entry, { ...entry }], new Date('2026-11-25T12:00:00Z')).fixesToday).toBe(1)
  })
})
