/**
 * Is this failed run ours to heal? Decided before anything is downloaded, over plain facts the
 * caller collected from the `workflow_run` event and a few API reads. Rows, first match wins.
 */
import { matchesBranchPattern } from './branch-pattern.js'
import { fixBranchPrefix } from '../deliver/branch-name.js'

export type GateReason = 'not-a-failure' | 'fork' | 'loop-guard' | 'opted-out' | 'stale' | 'protected-branch'

export type GateVerdict =
  | { proceed: true }
  | { proceed: false; outcome: 'skipped' | 'issue' | 'comment'; reason: GateReason; message: string }

export interface RunFacts {
  /** The failed run's triggering event (`workflow_run.event`): `push`, `pull_request`… */
  event: string
  /** `workflow_run.conclusion`: only `failure` is healed. */
  conclusion: string | null
  /** The run's head repository differs from the base repository. */
  isFork: boolean
  headBranch: string
  headSha: string
  headCommitMessage: string
  /** Labels of the run's pull request(s); empty for a push. */
  pullRequestLabels: readonly string[]
  /** The run belongs to a pull request (`workflow_run.pull_requests` is not empty). */
  hasPullRequest: boolean
  /** The branch's current head: undefined when not looked up, null when the branch is gone. */
  branchHeadSha?: string | null
  /** GitHub's branch protection covers the head branch. */
  isBranchProtected: boolean
}

export interface GateSettings {
  allowForks: boolean
  /** The `protected-branches` input, parsed: names or globs such as `release/*`. */
  protectedBranches: readonly string[]
  healProtectedBranches: boolean
}

/** What gateRun reads: the run's facts and the action's settings, in one object. */
export type GateFacts = RunFacts & GateSettings

interface GateRule {
  reason: GateReason
  outcome: 'skipped' | 'issue' | 'comment'
  applies: (facts: GateFacts) => boolean
  message: (facts: GateFacts) => string
}

export const optOutLabel = 'autoheal:skip'
export const optOutCommitTag = '[skip autoheal]'

const isDirectPushToProtected = (facts: GateFacts): boolean =>
  facts.event === 'push' &&
  !facts.hasPullRequest &&
  (facts.isBranchProtected || facts.protectedBranches.some((pattern) => matchesBranchPattern(facts.headBranch, pattern)))

/**
 * The order, and why:
 * 1. not-a-failure: nothing to heal at all; a green run on a fix branch is not a loop.
 * 2. fork: a fork's run is untrusted; Autoheal takes no action on it (not even the loop guard's
 *    closing and ticketing, which a fork could otherwise trigger by naming its branch `fix/auto-…`).
 * 3. opted-out: a person said "leave this alone", on any branch, Autoheal's own included.
 * 4. stale: a newer commit speaks for the branch (on a fix branch, maybe a person's own fix, whose PR
 *    the loop guard must not close); the newer run is gated in its turn.
 * 5. loop-guard: a failure of our own fix is never healed again; it becomes a ticket. Before
 *    protected-branch, since the spec protects `fix/auto-*` branches too.
 * 6. protected-branch: a direct push to main (or a glob of the input) is ticketed, unless allowed.
 */
export const gateRules: readonly GateRule[] = [
  {
    reason: 'not-a-failure',
    outcome: 'skipped',
    applies: (facts) => facts.conclusion !== 'failure',
    message: (facts) => `The run ended '${facts.conclusion ?? 'without a conclusion'}', not 'failure': there is nothing to heal.`,
  },
  {
    reason: 'fork',
    outcome: 'skipped',
    applies: (facts) => facts.isFork && !facts.allowForks,
    message: () => 'The run comes from a fork, whose code and logs are untrusted: set allow-forks: true to heal forks.',
  },
  {
    reason: 'opted-out',
    outcome: 'skipped',
    applies: (facts) =>
      facts.headCommitMessage.toLowerCase().includes(optOutCommitTag) ||
      facts.pullRequestLabels.some((label) => label.toLowerCase() === optOutLabel),
    message: () => `The head commit says ${optOutCommitTag} or the pull request carries the ${optOutLabel} label: Autoheal leaves it alone.`,
  },
  {
    reason: 'stale',
    outcome: 'skipped',
    applies: (facts) => facts.branchHeadSha !== undefined && facts.branchHeadSha !== facts.headSha,
    message: (facts) =>
      facts.branchHeadSha === null
        ? `Branch ${facts.headBranch} no longer exists: there is nothing to heal.`
        : `Branch ${facts.headBranch} has moved past ${facts.headSha.slice(0, 7)}: the newer commit's run speaks for it.`,
  },
  {
    reason: 'loop-guard',
    outcome: 'issue',
    applies: (facts) => facts.headBranch.startsWith(fixBranchPrefix),
    message: (facts) =>
      `The failure is on Autoheal's own branch ${facts.headBranch}: the fix did not work, so a person gets a ticket instead of another attempt.`,
  },
  {
    reason: 'protected-branch',
    outcome: 'issue',
    applies: (facts) => !facts.healProtectedBranches && isDirectPushToProtected(facts),
    message: (facts) =>
      `The failure comes from a direct push to protected branch ${facts.headBranch}: a person gets a ticket (set heal-protected-branches: true to open a fix PR instead).`,
  },
]

export function gateRun(facts: GateFacts): GateVerdict {
  const rule = gateRules.find((candidate) => candidate.applies(facts))
  if (!rule) return { proceed: true }
  return { proceed: false, outcome: rule.outcome, reason: rule.reason, message: rule.message(facts) }
}
