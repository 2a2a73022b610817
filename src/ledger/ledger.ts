/**
 * The ledger without a database: every PR, ticket, alert or comment Autoheal makes carries a hidden
 * marker (ledger-marker.ts), and what was spent is the sum of the markers the caller found. Pure:
 * the caller searches GitHub, parses the bodies and passes `now`.
 */
import { z } from 'zod'
import { providers, type Provider } from '../config/models.js'

export const ledgerKinds = ['pr', 'ticket', 'alert', 'comment'] as const
export type LedgerKind = (typeof ledgerKinds)[number]

const tokens = z.int().nonnegative()

/**
 * One marker's data. Counts and dollars are non-negative: a marker anyone can type into an issue may
 * only ever add to what was spent, never take from it (a forged `cost_usd: -1000` fails here).
 * Unknown keys are dropped rather than refused, so a newer Autoheal's extra fields still count.
 */
export const LedgerEntry = z.object({
  v: z.literal(1),
  kind: z.enum(ledgerKinds),
  failing_run_id: z.string(),
  head_branch: z.string(),
  fingerprint: z.string(),
  fix_type: z.string(),
  provider: z.string(),
  model: z.string(),
  input_tokens: tokens,
  output_tokens: tokens,
  cost_usd: z.number().nonnegative(),
  created_at: z.iso.datetime({ offset: true }),
})
export type LedgerEntry = z.infer<typeof LedgerEntry>

export interface Spend {
  /** The UTC day of `now`, `YYYY-MM-DD`. */
  day: string
  /** The UTC month of `now`, `YYYY-MM`. */
  month: string
  /** Entries that called a model on the UTC day of `now`, repository-wide. */
  fixesToday: number
  /** Entries that called a model, by head branch, over every entry passed in (the caller picks the window). */
  fixesByBranch: Map<string, number>
  /** Dollars spent in the UTC month of `now`, per provider. */
  costThisMonthByProvider: Record<Provider, number>
  /** Dollars spent in the UTC month of `now`, all providers together. */
  costThisMonthUsd: number
}

/** `YYYY-MM-DD` of an instant, in UTC; offsets such as `+02:00` are normalized first. */
export function utcDay(instant: Date | string): string {
  return new Date(instant).toISOString().slice(0, 10)
}

/** `YYYY-MM` of an instant, in UTC. */
export function utcMonth(instant: Date | string): string {
  return new Date(instant).toISOString().slice(0, 7)
}

/** A model was called: the spec's "fix" for `max_fixes_per_day` and `max_fixes_per_pr`. */
export function calledModel(entry: LedgerEntry): boolean {
  return entry.input_tokens > 0
}

const isProvider = (name: string): name is Provider => (providers as readonly string[]).includes(name)

/**
 * One entry per distinct marker: the same marker seen twice (a body returned by two searches, a
 * marker quoted in a comment) is one spend, not two.
 */
export function uniqueEntries(entries: readonly LedgerEntry[]): LedgerEntry[] {
  const seen = new Set<string>()
  return entries.filter((entry) => {
    const key = JSON.stringify([entry.kind, entry.failing_run_id, entry.head_branch, entry.fingerprint, entry.provider, entry.model, entry.input_tokens, entry.output_tokens, entry.cost_usd, entry.created_at])
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export function spendOf(entries: readonly LedgerEntry[], now: Date): Spend {
  const day = utcDay(now)
  const month = utcMonth(now)
  const spend: Spend = {
    day,
    month,
    fixesToday: 0,
    fixesByBranch: new Map(),
    costThisMonthByProvider: Object.fromEntries(providers.map((provider) => [provider, 0])) as Record<Provider, number>,
    costThisMonthUsd: 0,
  }
  for (const entry of uniqueEntries(entries)) {
    if (calledModel(entry)) {
      if (utcDay(entry.created_at) === day) spend.fixesToday += 1
      spend.fixesByBranch.set(entry.head_branch, (spend.fixesByBranch.get(entry.head_branch) ?? 0) + 1)
    }
    if (utcMonth(entry.created_at) === month && entry.cost_usd > 0) {
      spend.costThisMonthUsd += entry.cost_usd
      if (isProvider(entry.provider)) spend.costThisMonthByProvider[entry.provider] += entry.cost_usd
    }
  }
  return spend
}
