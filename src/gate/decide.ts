/**
 * After the analysis: heal (call a model), or hand the failure to a person. Rows, first match wins;
 * none of them spends anything, so all run before the model call.
 */
import type { FailureContext } from '../analyze/failure-context.js'
import { fixableTypes } from '../analyze/fix-types.js'
import type { ExcludableFixType } from '../config/cost-control.js'
import type { BudgetVerdict } from '../ledger/check-budget.js'
import type { LedgerItem, LedgerMatch } from '../ledger/find-duplicate.js'

export type DecideReason = 'duplicate' | 'excluded-type' | 'not-fixable' | 'low-confidence' | 'over-budget'

export type HealDecision =
  | { heal: true }
  | { heal: false; outcome: 'issue' | 'comment'; reason: DecideReason; message: string }

export interface DecideInput {
  context: Pick<FailureContext, 'fix_type' | 'can_auto_fix' | 'confidence' | 'fingerprint' | 'reason'>
  excludeFixTypes: readonly ExcludableFixType[]
  /** checkBudget's verdict; undefined when not checked (a dry run calls no model). */
  budget?: BudgetVerdict
  /** findDuplicate's match, if any. */
  duplicate?: LedgerMatch<LedgerItem>
}

interface DecideRule {
  reason: DecideReason
  outcome: 'issue' | 'comment'
  applies: (input: DecideInput) => boolean
  message: (input: DecideInput) => string
}

const healableConfidences: ReadonlySet<string> = new Set(['high', 'medium'])

/**
 * The order, and why:
 * 1. duplicate: an open PR or ticket already speaks for this failure; a comment there, never a second
 *    ticket or model call, whatever the rows below would say.
 * 2. excluded-type: the repository's own configuration (the spec's `manual` and `unknown`) decides.
 * 3. not-fixable: drift and unknown always go to a person.
 * 4. low-confidence: a guess is not worth a model call.
 * 5. not-fixable again, when the analysis said `can_auto_fix: false` for a reason of its own.
 * 6. over-budget: only worth checking once a model call would otherwise happen.
 */
export const decideRules: readonly DecideRule[] = [
  {
    reason: 'duplicate',
    outcome: 'comment',
    applies: ({ duplicate }) => duplicate !== undefined,
    message: ({ duplicate }) => `The same failure is already handled in ${duplicate?.item.url ?? 'an open auto-fix item'}: Autoheal adds a comment there.`,
  },
  {
    reason: 'excluded-type',
    outcome: 'issue',
    applies: ({ context, excludeFixTypes }) => (excludeFixTypes as readonly string[]).includes(context.fix_type),
    message: ({ context }) => `${context.fix_type} failures are excluded from auto-fixing by exclude_fix_types in cost_control.yaml: a person gets a ticket.`,
  },
  {
    reason: 'not-fixable',
    outcome: 'issue',
    applies: ({ context }) => !fixableTypes.has(context.fix_type),
    message: ({ context }) => `Autoheal does not auto-fix ${context.fix_type} failures: a person gets a ticket with the analysis.`,
  },
  {
    reason: 'low-confidence',
    outcome: 'issue',
    applies: ({ context }) => !healableConfidences.has(context.confidence),
    message: ({ context }) =>
      `The analysis is not sure enough (confidence ${context.confidence}) to ask a model for a ${context.fix_type} fix: a person gets a ticket.`,
  },
  {
    // The analysis said no for a reason the rows above do not see (it ran with other settings): trust it.
    reason: 'not-fixable',
    outcome: 'issue',
    applies: ({ context }) => !context.can_auto_fix,
    message: ({ context }) => `The analysis found nothing safe to auto-fix: ${context.reason}`,
  },
  {
    reason: 'over-budget',
    outcome: 'issue',
    applies: ({ budget }) => budget !== undefined && !budget.allowed,
    message: ({ budget }) => `Over budget, so no model was called: ${budget && !budget.allowed ? budget.reason : ''} A person gets a ticket.`,
  },
]

export function decideHeal(input: DecideInput): HealDecision {
  const rule = decideRules.find((candidate) => candidate.applies(input))
  if (!rule) return { heal: true }
  return { heal: false, outcome: rule.outcome, reason: rule.reason, message: rule.message(input) }
}
