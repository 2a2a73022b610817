import type { FailureContext } from '../analyze/failure-context.js'
import { readMarkers } from '../ledger/ledger-marker.js'
import type { LedgerEntry, LedgerKind } from '../ledger/ledger.js'
import type { SearchResult } from '../github/repo-api.js'
import type { TokenUsage } from '../fix/llm-client.js'

/** What one heal writes into the ledger: the marker of the PR, ticket, alert or comment it makes. */
export interface RunIdentity {
  runId: number
  headBranch: string
}

export interface CallRecord {
  provider: string
  model: string
  usage: TokenUsage
  costUsd: number
}

export function ledgerEntry(kind: LedgerKind, run: RunIdentity, context: Pick<FailureContext, 'fingerprint' | 'fix_type'>, now: Date, call?: CallRecord): LedgerEntry {
  return {
    v: 1,
    kind,
    failing_run_id: String(run.runId),
    head_branch: run.headBranch,
    fingerprint: context.fingerprint,
    fix_type: context.fix_type,
    provider: call?.provider ?? '',
    model: call?.model ?? '',
    input_tokens: call?.usage.inputTokens ?? 0,
    output_tokens: call?.usage.outputTokens ?? 0,
    cost_usd: Number((call?.costUsd ?? 0).toFixed(6)),
    created_at: now.toISOString(),
  }
}

/** Every ledger entry in the search results' bodies. */
export function entriesOf(results: readonly SearchResult[]): LedgerEntry[] {
  return results.flatMap((result) => readMarkers(result.body))
}
