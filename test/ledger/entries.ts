import type { LedgerEntry } from '../../src/ledger/ledger.js'

/** A heal that called Anthropic; override what the test is about. */
export function entryOf(overrides: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    v: 1,
    kind: 'pr',
    failing_run_id: '1001',
    head_branch: 'feature/login',
    fingerprint: '0123456789abcdef',
    fix_type: 'import_error',
    provider: 'anthropic',
    model: 'claude-sonnet-5-5',
    input_tokens: 3000,
    output_tokens: 800,
    cost_usd: 0.014,
    created_at: '2026-11-25T10:00:00.000Z',
    ...overrides,
  }
}

/** `count` distinct fixes, one a minute from `start`. */
export function fixesAt(count: number, start: string, overrides: Partial<LedgerEntry> = {}): LedgerEntry[] {
  return Array.from({ length: count }, (_, index) =>
    entryOf({ failing_run_id: String(2000 + index), created_at: new Date(Date.parse(start) + index * 60_000).toISOString(), ...overrides }),
  )
}
