/**
 * The spec's Budget Enforcement, read just before a model call: each limit is a row, the first one
 * exceeded refuses the heal with a sentence that gives the numbers. Alerts are separate: they say a
 * threshold was passed, and never stop a heal by themselves.
 */
import type { CostControl } from '../config/cost-control.js'
import type { Provider } from '../config/models.js'
import { spendOf, type LedgerEntry, type Spend } from './ledger.js'

export type BudgetLimit = 'max_fixes_per_day' | 'max_fixes_per_pr' | 'max_tokens_per_fix' | 'max_cost_per_month_usd'

export type BudgetVerdict =
  | { allowed: true }
  | { allowed: false; limit: BudgetLimit; reason: string; used: number; max: number }

export interface BudgetInput {
  config: CostControl
  /** Every ledger entry found: the month's (for dollars and today's fixes) and the branch's. */
  entries: readonly LedgerEntry[]
  headBranch: string
  provider: Provider
  /** The rendered prompt's size in input tokens. */
  promptTokens: number
  /** The call's estimated dollars; the monthly limit refuses a call that would cross it. Default 0. */
  estimatedCostUsd?: number
  now: Date
}

interface BudgetFacts {
  input: BudgetInput
  spend: Spend
}

interface BudgetRule {
  limit: BudgetLimit
  max: (input: BudgetInput) => number
  used: (facts: BudgetFacts) => number
  /** True when the heal may not run; `used` and `max` as the rule computed them. */
  exceeded: (used: number, max: number, facts: BudgetFacts) => boolean
  describe: (used: number, max: number, facts: BudgetFacts) => string
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 'es'}`
const dollars = (amount: number): string => `$${amount.toFixed(2)}`

/**
 * Cheapest to explain first: a prompt too large can never run, whatever the calendar says. The
 * counting limits refuse at `used >= max`, since this heal would be one more.
 */
export const budgetRules: readonly BudgetRule[] = [
  {
    limit: 'max_tokens_per_fix',
    max: ({ config }) => config.limits.max_tokens_per_fix,
    used: ({ input }) => input.promptTokens,
    exceeded: (used, max) => used > max,
    describe: (used, max) => `The prompt needs ${used} input tokens, the limit per fix is ${max}.`,
  },
  {
    limit: 'max_fixes_per_day',
    max: ({ config }) => config.limits.max_fixes_per_day,
    used: ({ spend }) => spend.fixesToday,
    exceeded: (used, max) => used >= max,
    describe: (used, max) => `${plural(used, 'fix')} today (UTC), the limit is ${max}.`,
  },
  {
    limit: 'max_fixes_per_pr',
    max: ({ config }) => config.limits.max_fixes_per_pr,
    used: ({ input, spend }) => spend.fixesByBranch.get(input.headBranch) ?? 0,
    exceeded: (used, max) => used >= max,
    describe: (used, max, { input }) => `${plural(used, 'fix')} for branch ${input.headBranch}, the limit is ${max}.`,
  },
  {
    limit: 'max_cost_per_month_usd',
    max: ({ config, provider }) => config.providers[provider].max_cost_per_month_usd,
    used: ({ input, spend }) => spend.costThisMonthByProvider[input.provider],
    exceeded: (used, max, { input }) => used >= max || used + (input.estimatedCostUsd ?? 0) > max,
    describe: (used, max, { input, spend }) => {
      const estimate = input.estimatedCostUsd ?? 0
      const tail = used < max ? ` and this fix would cost about ${dollars(estimate)} more` : ''
      return `${dollars(used)} spent on ${input.provider} in ${spend.month} (UTC)${tail}, the limit is ${dollars(max)} a month.`
    },
  },
]

export function checkBudget(input: BudgetInput): BudgetVerdict {
  const facts: BudgetFacts = { input, spend: spendOf(input.entries, input.now) }
  for (const rule of budgetRules) {
    const used = rule.used(facts)
    const max = rule.max(input)
    if (rule.exceeded(used, max, facts)) {
      return { allowed: false, limit: rule.limit, reason: rule.describe(used, max, facts), used, max }
    }
  }
  return { allowed: true }
}

export interface Alert {
  period: 'day' | 'month'
  /** `2026-11-25` or `2026-11`; also the alert marker's fingerprint, so the caller finds the issue to update. */
  key: string
  title: string
  body: string
}

export interface AlertInput {
  config: CostControl
  entries: readonly LedgerEntry[]
  now: Date
  /** The entry of the heal just made, when it is not among `entries` yet. */
  afterThisFix?: LedgerEntry
}

interface AlertRule {
  period: Alert['period']
  key: (spend: Spend) => string
  threshold: (config: CostControl) => number
  value: (spend: Spend) => number
  describe: (value: number, threshold: number, spend: Spend) => { title: string; body: string }
}

const remedy =
  'Review the auto-fix PRs and tickets of the period, and raise or lower the limits in ci/cost_control.yaml on the default branch if needed.'

/** The spec's thresholds ("Alert if > 5 fixes/day"): strictly past, as the spec's `>` says. */
export const alertRules: readonly AlertRule[] = [
  {
    period: 'day',
    key: (spend) => spend.day,
    threshold: (config) => config.alert_thresholds.daily_fixes,
    value: (spend) => spend.fixesToday,
    describe: (value, threshold, spend) => ({
      title: `Autoheal alert: ${value} fixes on ${spend.day} (UTC)`,
      body: `Autoheal called a model for ${plural(value, 'fix')} on ${spend.day} (UTC), past the alert threshold of ${threshold} a day (alert_thresholds.daily_fixes). ${remedy}`,
    }),
  },
  {
    period: 'month',
    key: (spend) => spend.month,
    threshold: (config) => config.alert_thresholds.monthly_cost_usd,
    value: (spend) => spend.costThisMonthUsd,
    describe: (value, threshold, spend) => ({
      title: `Autoheal alert: ${dollars(value)} spent in ${spend.month} (UTC)`,
      body: `Autoheal has spent ${dollars(value)} on models in ${spend.month} (UTC), past the alert threshold of ${dollars(threshold)} a month (alert_thresholds.monthly_cost_usd). ${remedy}`,
    }),
  },
]

/**
 * The alerts a run should raise or refresh: at most one per period, keyed by the UTC day or month.
 * Raising one twice is the caller's to prevent: it updates the open issue whose alert marker has this
 * key as its fingerprint (see `alertEntry`) rather than opening another.
 */
export function alertsDue({ config, entries, now, afterThisFix }: AlertInput): Alert[] {
  const spend = spendOf(afterThisFix ? [...entries, afterThisFix] : entries, now)
  return alertRules.flatMap((rule) => {
    const value = rule.value(spend)
    const threshold = rule.threshold(config)
    if (value <= threshold) return []
    return [{ period: rule.period, key: rule.key(spend), ...rule.describe(value, threshold, spend) }]
  })
}

/** The ledger entry an alert issue carries: no model call, no cost, its key as the fingerprint. */
export function alertEntry(alert: Alert, now: Date): LedgerEntry {
  return {
    v: 1,
    kind: 'alert',
    failing_run_id: '',
    head_branch: '',
    fingerprint: `alert:${alert.period}:${alert.key}`,
    fix_type: '',
    provider: '',
    model: '',
    input_tokens: 0,
    output_tokens: 0,
    cost_usd: 0,
    created_at: now.toISOString(),
  }
}
