import { describe, expect, it } from 'vitest'
import { matchesBranchPattern, parseBranchList } from '../../src/gate/branch-pattern.js'
import { gateRules, gateRun, type GateFacts } from '../../src/gate/gate.js'

const headSha = 'a1b2c3d4e5f6a7b8c9d0a1b2c3d4e5f6a7b8c9d0'

/** A failed pull-request run on a feature branch of the same repository: healed. */
const facts = (overrides: Partial<GateFacts> = {}): GateFacts => ({
  event: 'pull_request',
  conclusion: 'failure',
  isFork: false,
  headBranch: 'feature/login',
  headSha,
  headCommitMessage: 'Add the login form',
  pullRequestLabels: [],
  hasPullRequest: true,
  branchHeadSha: headSha,
  isBranchProtected: false,
  allowForks: false,
  protectedBranches: ['main', 'master', 'release/*'],
  healProtectedBranches: false,
  ...overrides,
})

describe('gateRun', () => {
  it('lets a failed run of a feature branch through', () => {
    expect(gateRun(facts())).toEqual({ proceed: true })
  })

  it('documents its order', () => {
    expect(gateRules.map((rule) => rule.reason)).toEqual(['not-a-failure', 'fork', 'opted-out', 'stale', 'loop-guard', 'protected-branch'])
  })

  it.each([
    // one row per rule, and the settings that turn it off
    { name: 'success', overrides: { conclusion: 'success' }, reason: 'not-a-failure', outcome: 'skipped' },
    { name: 'cancelled', overrides: { conclusion: 'cancelled' }, reason: 'not-a-failure', outcome: 'skipped' },
    { name: 'timed out', overrides: { conclusion: 'timed_out' }, reason: 'not-a-failure', outcome: 'skipped' },
    { name: 'no conclusion', overrides: { conclusion: null }, reason: 'not-a-failure', outcome: 'skipped' },
    { name: 'a fork', overrides: { isFork: true }, reason: 'fork', outcome: 'skipped' },
    { name: 'a fork, allowed', overrides: { isFork: true, allowForks: true }, reason: undefined, outcome: undefined },
    { name: 'the commit opts out', overrides: { headCommitMessage: 'WIP\n\n[skip autoheal]' }, reason: 'opted-out', outcome: 'skipped' },
    { name: 'the commit opts out in capitals', overrides: { headCommitMessage: 'WIP [Skip Autoheal]' }, reason: 'opted-out', outcome: 'skipped' },
    { name: 'the PR is labelled', overrides: { pullRequestLabels: ['bug', 'autoheal:skip'] }, reason: 'opted-out', outcome: 'skipped' },
    { name: 'a similar label', overrides: { pullRequestLabels: ['autoheal:skip-later'] }, reason: undefined, outcome: undefined },
    { name: 'the branch moved on', overrides: { branchHeadSha: 'f'.repeat(40) }, reason: 'stale', outcome: 'skipped' },
    { name: 'the branch is gone', overrides: { branchHeadSha: null }, reason: 'stale', outcome: 'skipped' },
    { name: 'the branch head unknown', overrides: { branchHeadSha: undefined }, reason: undefined, outcome: undefined },
    { name: 'our own fix branch', overrides: { headBranch: 'fix/auto-20261125-101500' }, reason: 'loop-guard', outcome: 'issue' },
    { name: 'a branch that only contains fix/auto-', overrides: { headBranch: 'me/fix/auto-1' }, reason: undefined, outcome: undefined },
    { name: 'a push to main', overrides: { event: 'push', hasPullRequest: false, headBranch: 'main' }, reason: 'protected-branch', outcome: 'issue' },
    { name: 'a push to release/2.0 (glob)', overrides: { event: 'push', hasPullRequest: false, headBranch: 'release/2.0' }, reason: 'protected-branch', outcome: 'issue' },
    { name: 'a push to release/2.0/rc (glob stays in one segment)', overrides: { event: 'push', hasPullRequest: false, headBranch: 'release/2.0/rc' }, reason: undefined, outcome: undefined },
    { name: 'a push to a branch GitHub protects', overrides: { event: 'push', hasPullRequest: false, headBranch: 'develop', isBranchProtected: true }, reason: 'protected-branch', outcome: 'issue' },
    { name: 'a push to main, healing allowed', overrides: { event: 'push', hasPullRequest: false, headBranch: 'main', healProtectedBranches: true }, reason: undefined, outcome: undefined },
    { name: 'a push to main with a PR', overrides: { event: 'push', hasPullRequest: true, headBranch: 'main' }, reason: undefined, outcome: undefined },
    { name: 'a pull request from main', overrides: { event: 'pull_request', headBranch: 'main' }, reason: undefined, outcome: undefined },
    { name: 'a push to a feature branch', overrides: { event: 'push', hasPullRequest: false }, reason: undefined, outcome: undefined },
  ] as const)('$name → $reason', ({ overrides, reason, outcome }) => {
    const verdict = gateRun(facts(overrides))
    if (reason === undefined) expect(verdict).toEqual({ proceed: true })
    else expect(verdict).toEqual({ proceed: false, outcome, reason, message: expect.any(String) })
  })

  it.each([
    { name: 'not-a-failure before fork', overrides: { conclusion: 'cancelled', isFork: true }, reason: 'not-a-failure' },
    { name: 'fork before loop-guard (a fork cannot make Autoheal close PRs)', overrides: { isFork: true, headBranch: 'fix/auto-1' }, reason: 'fork' },
    { name: 'fork before opted-out', overrides: { isFork: true, pullRequestLabels: ['autoheal:skip'] }, reason: 'fork' },
    { name: 'opted-out before loop-guard', overrides: { headBranch: 'fix/auto-1', pullRequestLabels: ['autoheal:skip'] }, reason: 'opted-out' },
    { name: 'stale before loop-guard (a person pushed onto the fix branch)', overrides: { headBranch: 'fix/auto-1', branchHeadSha: 'f'.repeat(40) }, reason: 'stale' },
    { name: 'stale before protected-branch', overrides: { event: 'push', hasPullRequest: false, headBranch: 'main', branchHeadSha: 'f'.repeat(40) }, reason: 'stale' },
    { name: 'loop-guard before protected-branch (fix/auto-* is protected)', overrides: { event: 'push', hasPullRequest: false, headBranch: 'fix/auto-1', isBranchProtected: true }, reason: 'loop-guard' },
  ] as const)('$name', ({ overrides, reason }) => {
    expect(gateRun(facts(overrides))).toMatchObject({ proceed: false, reason })
  })

  it('says what happened in one sentence a maintainer understands', () => {
    expect(gateRun(facts({ conclusion: 'cancelled' }))).toMatchObject({ message: "The run ended 'cancelled', not 'failure': there is nothing to heal." })
    expect(gateRun(facts({ branchHeadSha: 'f'.repeat(40) }))).toMatchObject({ message: `Branch feature/login has moved past a1b2c3d: the newer commit's run speaks for it.` })
    expect(gateRun(facts({ event: 'push', hasPullRequest: false, headBranch: 'main' }))).toMatchObject({ message: expect.stringContaining('heal-protected-branches: true') })
    expect(gateRun(facts({ isFork: true }))).toMatchObject({ message: expect.stringContaining('allow-forks: true') })
  })
})

describe('branch patterns', () => {
  it.each([
    ['main', 'main', true],
    ['main', 'mainline', false],
    ['release/*', 'release/2.0', true],
    ['release/*', 'release/', true],
    ['release/*', 'release/2.0/rc', false],
    ['release/**', 'release/2.0/rc', true],
    ['v?.x', 'v1.x', true],
    ['v1.x', 'v1-x', false],
    ['  ', 'main', false],
  ] as const)('%s matches %s: %s', (pattern, branch, expected) => {
    expect(matchesBranchPattern(branch, pattern)).toBe(expected)
  })

  it('parses the input list', () => {
    expect(parseBranchList('main, master,\nrelease/*,,')).toEqual(['main', 'master', 'release/*'])
  })
})
