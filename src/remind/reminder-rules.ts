import { fixBranchPrefix } from '../deliver/branch-name.js'
import { readMarkers } from '../ledger/ledger-marker.js'
import type { PullRequestReview } from '../github/review-api.js'

/**
 * The spec's "Automated reminders sent after 24h and 48h" on an auto-fix PR nobody has reviewed, as
 * pure rules: which PRs are ours to remind about, which reminder is due, which was already posted.
 * A posted reminder carries a hidden marker, so a later scheduled run finds it in the PR's comments.
 */
export type ReminderStage = '24h' | '48h'

/** What a PR got from this run, in the words of the job summary. */
export type ReminderVerdict = 'reminded-24h' | 'reminded-48h' | 'not-yet-due' | 'reviewed' | 'already-reminded' | 'error'

const hourMs = 3_600_000

/** The stages from the latest: a PR past 48 h gets the 48 h reminder only, never both at once. */
const stagesByAge: readonly { stage: ReminderStage; afterHours: number }[] = [
  { stage: '48h', afterHours: 48 },
  { stage: '24h', afterHours: 24 },
]

export function hoursSince(openedAt: string, now: Date): number {
  return (now.getTime() - Date.parse(openedAt)) / hourMs
}

/** The reminder a PR opened at `openedAt` is due for at `now`, or undefined before 24 h. */
export function dueStage(openedAt: string, now: Date): ReminderStage | undefined {
  const age = hoursSince(openedAt, now)
  return stagesByAge.find(({ afterHours }) => age >= afterHours)?.stage
}

export function reminderMarker(stage: ReminderStage): string {
  return `<!-- autoheal-reminder: ${stage} -->`
}

const reminderMarkerPattern = /<!--\s*autoheal-reminder:\s*(24h|48h)\s*-->/g

/** The stages already posted, read from the PR's comments. */
export function postedStages(commentBodies: readonly string[]): Set<ReminderStage> {
  return new Set(commentBodies.flatMap((body) => [...body.matchAll(reminderMarkerPattern)].map((match) => match[1] as ReminderStage)))
}

/**
 * Due and not yet posted → the stage to post now. A 48 h reminder already posted also covers the
 * 24 h one (a clock that went backwards must not bring the first reminder after the second).
 */
export function stageToPost(due: ReminderStage, posted: ReadonlySet<ReminderStage>): ReminderStage | undefined {
  if (posted.has(due) || posted.has('48h')) return undefined
  return due
}

/** A submitted review of any kind counts; a pending one is a draft only its author sees. */
export function hasReview(reviews: readonly PullRequestReview[]): boolean {
  return reviews.some((review) => review.state !== 'PENDING')
}

export interface PullRequestForReminder {
  headBranch: string
  draft: boolean
  body: string
}

/**
 * An open draft that Autoheal made: a `fix/auto-*` head and a `pr` ledger marker. The branch alone
 * is not enough (anyone may name a branch so); the marker alone neither (a PR could quote one).
 */
export function isAutoFixDraft(pull: PullRequestForReminder): boolean {
  return pull.draft && pull.headBranch.startsWith(fixBranchPrefix) && readMarkers(pull.body).some((entry) => entry.kind === 'pr')
}
