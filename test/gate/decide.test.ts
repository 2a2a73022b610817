import { describe, expect, it } from 'vitest'
import type { FailureContext } from '../../src/analyze/failure-context.js'
import { decideHeal, decideRules, type DecideInput } from '../../src/gate/decide.js'
import type { BudgetVerdict } from '../../src/ledger/check-budget.js'
import { entryOf } from '../ledger/entries.js'

const context = (overrides: Partial<FailureContext> = {}): DecideInput['context'] => ({
  fix_type: 'import_error',
  can_auto_fix: true,
  confidence: 'high',
  fingerprint: '0123456789abcdef',
  reason: 'One failure classified as import_error.',
  ...overrides,
})
const overBudget: BudgetVerdict = { allowed: false, limit: 'max_fixes_per_day', reason: '10 fixes today (UTC), the limit is 10.', used: 10, max: 10 }
const duplicate = {
  item: { number: 42, url: 'https://github.com/octo/app/pull/42', state: 'open' as const, body: '' },
  entry: entryOf(),
}
const input = (overrides: Partial<DecideInput> = {}): DecideInput => ({
  context: context(),
  excludeFixTypes: ['manual', 'unknown'],
  budget: { allowed: true },
  ...overrides,
})

describe('decideHeal', () => {
  it('heals a fixable, confident, affordable, new failure', () => {
    expect(decideHeal(input())).toEqual({ heal: true })
    expect(decideHeal(input({ budget: undefined, context: context({ confidence: 'medium' }) }))).toEqual({ heal: true })
  })

  it('documents its order', () => {
    expect(decideRules.map((rule) => rule.reason)).toEqual(['duplicate', 'excluded-type', 'not-fixable', 'low-confidence', 'not-fixable', 'over-budget'])
  })

  it.each([
    { name: 'a duplicate', overrides: { duplicate }, reason: 'duplicate', outcome: 'comment' },
    { name: 'an excluded type', overrides: { excludeFixTypes: ['lint'] as const, context: context({ fix_type: 'lint' }) }, reason: 'excluded-type', outcome: 'issue' },
    { name: 'unknown, excluded by default', overrides: { context: context({ fix_type: 'unknown', can_auto_fix: false }) }, reason: 'excluded-type', outcome: 'issue' },
    { name: 'unknown, not excluded', overrides: { excludeFixTypes: [], context: context({ fix_type: 'unknown', can_auto_fix: false }) }, reason: 'not-fixable', outcome: 'issue' },
    { name: 'drift', overrides: { context: context({ fix_type: 'drift', can_auto_fix: false }) }, reason: 'not-fixable', outcome: 'issue' },
    { name: 'low confidence', overrides: { context: context({ confidence: 'low', can_auto_fix: false }) }, reason: 'low-confidence', outcome: 'issue' },
    { name: 'no confidence', overrides: { context: context({ confidence: 'none', can_auto_fix: false }) }, reason: 'low-confidence', outcome: 'issue' },
    { name: 'the analysis said no', overrides: { context: context({ can_auto_fix: false }) }, reason: 'not-fixable', outcome: 'issue' },
    { name: 'over budget', overrides: { budget: overBudget }, reason: 'over-budget', outcome: 'issue' },
  ] as const)('$name → $reason', ({ overrides, reason, outcome }) => {
    expect(decideHeal(input(overrides as Partial<DecideInput>))).toEqual({ heal: false, outcome, reason, message: expect.any(String) })
  })

  it.each([
    { name: 'duplicate before excluded-type', overrides: { duplicate, context: context({ fix_type: 'unknown', can_auto_fix: false }) }, reason: 'duplicate' },
    { name: 'duplicate before over-budget', overrides: { duplicate, budget: overBudget }, reason: 'duplicate' },
    { name: 'excluded-type before low-confidence', overrides: { context: context({ fix_type: 'unknown', confidence: 'none', can_auto_fix: false }) }, reason: 'excluded-type' },
    { name: 'low-confidence before over-budget', overrides: { budget: overBudget, context: context({ confidence: 'low', can_auto_fix: false }) }, reason: 'low-confidence' },
  ] as const)('$name', ({ overrides, reason }) => {
    expect(decideHeal(input(overrides as Partial<DecideInput>))).toMatchObject({ heal: false, reason })
  })

  it('gives the numbers when over budget, and the link of the duplicate', () => {
    expect(decideHeal(input({ budget: overBudget }))).toMatchObject({
      message: 'Over budget, so no model was called: 10 fixes today (UTC), the limit is 10. A person gets a ticket.',
    })
    expect(decideHeal(input({ duplicate }))).toMatchObject({ message: expect.stringContaining('https://github.com/octo/app/pull/42') })
  })
})
