import type { Outcome } from '../heal/heal-run.js'

/**
 * What `mode: remind` and `mode: metrics` hand back to main.ts: DESIGN's outcome and reason for the
 * outputs, one sentence for the log, and the job summary as Markdown.
 */
export interface ModeReport {
  outcome: Outcome
  reason: string
  message: string
  summary: string
  /** Set when the step must fail: what went wrong and what to do about it. */
  failure?: { message: string; remedy: string }
}

export interface ModeLog {
  info(message: string): void
  notice(message: string): void
  warning(message: string): void
}
