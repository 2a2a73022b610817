import { reminderMarker, type ReminderStage } from './reminder-rules.js'

/**
 * The reminder comment: who is asked, what to do, and how to say no so that `mode: metrics` counts
 * why (the spec's "Document why fix was rejected"). Only names GitHub allows become mentions, so a
 * login or slug can never smuggle Markdown into the comment.
 */
export interface ReminderAddressees {
  /** The repository's owner: the organisation of its teams. */
  owner: string
  reviewers: readonly string[]
  teams: readonly string[]
}

const loginPattern = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
const teamSlugPattern = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/

/** `@login` for people, `@org/team` for teams; bots (`name[bot]`) read no mentions and are left out. */
export function mentionsOf({ owner, reviewers, teams }: ReminderAddressees): string[] {
  const people = reviewers.filter((login) => loginPattern.test(login)).map((login) => `@${login}`)
  const groups = loginPattern.test(owner) ? teams.filter((slug) => teamSlugPattern.test(slug)).map((slug) => `@${owner}/${slug}`) : []
  return [...people, ...groups]
}

const waited: Record<ReminderStage, string> = {
  '24h': 'has waited more than 24 hours for a review',
  '48h': 'has waited more than 48 hours for a review (second reminder)',
}

export function renderReminderComment(stage: ReminderStage, pullNumber: number, addressees: ReminderAddressees): string {
  const mentions = mentionsOf(addressees)
  const greeting = mentions.length > 0
    ? `${mentions.join(' ')}, this auto-fix pull request ${waited[stage]}.`
    : `This auto-fix pull request ${waited[stage]}, and no reviewer is requested on it: could a maintainer take it?`
  return [
    greeting,
    '',
    `Check it out and run the tests (\`gh pr checkout ${pullNumber}\`), then either mark it ready and approve it ` +
      `(\`gh pr ready ${pullNumber}\`, \`gh pr review ${pullNumber} --approve\`), or close it with a label saying why: ` +
      '`autofix-rejected:incorrect`, `autofix-rejected:incomplete`, `autofix-rejected:introduced-bug`, ' +
      '`autofix-rejected:security`, `autofix-rejected:style` or `autofix-rejected:other`. Autoheal\'s metrics count these labels.',
    '',
    reminderMarker(stage),
    '',
  ].join('\n')
}
