/**
 * The hidden ledger marker: `<!-- autoheal: {…} -->` in the body of every PR, ticket, alert or comment
 * Autoheal makes. Bodies are untrusted text (anyone can open an issue holding a marker), so reading
 * validates each marker and drops what does not parse; ledger.ts's schema keeps the numbers
 * non-negative, so a forged marker can only lower the budget left, never raise it.
 */
import { LedgerEntry } from './ledger.js'

const markerPrefix = '<!-- autoheal: '
const markerSuffix = ' -->'

/**
 * A marker ends at the first `-->` (as the HTML comment does), so a forged one cannot smuggle a
 * longer payload past it. The length cap keeps a hostile body from costing much to scan.
 */
const markerPattern = /<!--\s*autoheal:([^]{0,4000}?)-->/g

/**
 * JSON, with `<` and `>` as `\u003c` and `\u003e`: an HTML comment closes at `-->` and at `--!>`,
 * and a summary or branch name may hold either; escaped, no string value can end the comment early.
 * JSON.parse reads the escapes back unchanged.
 */
function toCommentSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')
}

/** The marker for `entry`, keys in the documented order. */
export function renderMarker(entry: LedgerEntry): string {
  const ordered: LedgerEntry = {
    v: 1,
    kind: entry.kind,
    failing_run_id: entry.failing_run_id,
    head_branch: entry.head_branch,
    fingerprint: entry.fingerprint,
    fix_type: entry.fix_type,
    provider: entry.provider,
    model: entry.model,
    input_tokens: entry.input_tokens,
    output_tokens: entry.output_tokens,
    cost_usd: entry.cost_usd,
    created_at: entry.created_at,
  }
  return `${markerPrefix}${toCommentSafeJson(ordered)}${markerSuffix}`
}

/** Every valid marker in `body`, in order; malformed, forged or unknown-version markers are skipped. */
export function readMarkers(body: string | null | undefined): LedgerEntry[] {
  if (!body) return []
  const entries: LedgerEntry[] = []
  for (const match of body.matchAll(markerPattern)) {
    const entry = parseMarkerJson((match[1] ?? '').trim())
    if (entry) entries.push(entry)
  }
  return entries
}

function parseMarkerJson(json: string): LedgerEntry | undefined {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    // Not JSON: someone else's text that looks like a marker. Ignored by design, never an error.
    return undefined
  }
  const result = LedgerEntry.safeParse(data)
  return result.success ? result.data : undefined
}

const repositoryPattern = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/

/**
 * The `q` of a `/search/issues` request that finds Autoheal's PRs and issues by their marker, not by
 * label or author (labels are configurable, and a push token makes a person the author).
 * `extra` narrows it: `is:open`, `is:pr`, `created:>=2026-11-01`…
 */
export function ledgerSearchQuery(repository: string, extra: string | readonly string[] = []): string {
  if (!repositoryPattern.test(repository)) {
    throw new Error(`Invalid repository '${repository}': expected owner/name.`)
  }
  const qualifiers = typeof extra === 'string' ? [extra] : extra
  return ['"autoheal:"', 'in:body', `repo:${repository}`, ...qualifiers.map((qualifier) => qualifier.trim()).filter(Boolean)].join(' ')
}

/** `created:>=YYYY-MM-01`: the qualifier that finds every entry the month's budget counts. */
export function createdThisMonthQualifier(now: Date): string {
  return `created:>=${now.toISOString().slice(0, 7)}-01`
}
