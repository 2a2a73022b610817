import { inlineCode } from '../deliver/markdown.js'
import { markdownTable } from '../report/markdown-table.js'
import type { ModeReport } from '../report/mode-report.js'
import type { RemindResult, ReminderRow } from './remind-reviewers.js'
import type { ReminderVerdict } from './reminder-rules.js'

/**
 * The outcome and job summary of `mode: remind`. DESIGN's outcomes: `comment` when at least one
 * reminder was posted (a comment is what this run wrote), `skipped` when none was due, `error` when
 * GitHub refused something. No heal reason applies, so `reason` stays empty except `github-error`.
 */
const verdictWords: Record<ReminderVerdict, string> = {
  'reminded-24h': 'reminded (24 h)',
  'reminded-48h': 'reminded (48 h)',
  'not-yet-due': 'not yet due',
  reviewed: 'reviewed',
  'already-reminded': 'already reminded',
  error: 'failed',
}

const utcMinute = (iso: string): string => `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`

function reviewersCell(row: ReminderRow): string {
  const names = [...row.reviewers.map((login) => `@${login}`), ...row.teams.map((slug) => `team ${slug}`)]
  return names.length > 0 ? names.join(', ') : 'none requested'
}

function resultCell(row: ReminderRow): string {
  if (row.verdict === 'error') return `error: ${row.error ?? ''}`
  return row.commentUrl ? `[${verdictWords[row.verdict]}](${row.commentUrl})` : verdictWords[row.verdict]
}

function tally(rows: readonly ReminderRow[]): string {
  const counts = new Map<ReminderVerdict, number>()
  for (const row of rows) counts.set(row.verdict, (counts.get(row.verdict) ?? 0) + 1)
  return [...counts].map(([verdict, count]) => `${count} ${verdictWords[verdict]}`).join(', ')
}

export function remindReport({ rows, firstError }: RemindResult): ModeReport {
  const posted = rows.filter((row) => row.commentUrl).length
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`
  const considered = `${plural(rows.length, 'open draft auto-fix pull request')} considered`
  const message = rows.length === 0
    ? 'No open draft auto-fix pull request: no reminder due.'
    : `${posted > 0 ? `Posted ${plural(posted, 'review reminder')}` : firstError ? 'No reminder posted' : 'No reminder due'}; ${considered} (${tally(rows)}).`
  const table = rows.length === 0
    ? ''
    : markdownTable(
        ['Pull request', 'Branch', 'Opened', 'Waiting', 'Requested reviewers', 'Result'],
        rows.map((row) => [`[#${row.number}](${row.url})`, inlineCode(row.headBranch), utcMinute(row.openedAt), `${Math.floor(row.ageHours)} h`, reviewersCell(row), resultCell(row)]),
      )
  const outcome = firstError ? 'error' : posted > 0 ? 'comment' : 'skipped'
  const failure = firstError ? { message: firstError.message, remedy: firstError.remedy } : undefined
  const summary = [
    '## Autoheal: review reminders',
    '',
    `**${outcome}**: ${message}`,
    '',
    'Draft auto-fix pull requests without a review get a reminder after 24 hours and another after 48 hours, each once.',
    ...(table ? ['', table] : []),
    ...(failure ? ['', `**GitHub refused a request:** ${failure.message}`, '', failure.remedy] : []),
    '',
  ].join('\n')
  return { outcome, reason: firstError ? 'github-error' : '', message, summary, ...(failure ? { failure } : {}) }
}
