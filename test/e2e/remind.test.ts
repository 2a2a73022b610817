import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { renderMarker } from '../../src/ledger/ledger-marker.js'
import { startFakeGitHub, type FakeItemSeed, type FakeRepoOptions } from '../fakes/fake-github.js'
import { entryOf } from '../ledger/entries.js'
import { casesDir } from '../support/corpus.js'
import { runScheduledAction } from '../support/run-scheduled-action.js'

/** `mode: remind` in the built action, on a schedule, against a fake GitHub holding auto-fix PRs of every age. */
const caseDir = path.join(casesDir, 'mixed-isort-and-missing-module-reports')
const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString()
const fixBody = `Fixes the failed run.\n\n${renderMarker(entryOf())}`

const autoFix = (title: string, ageHours: number, extra: Partial<FakeItemSeed> = {}): FakeItemSeed => ({
  title, body: fixBody, head: `fix/auto-${title}`, base: 'main', draft: true, createdAt: hoursAgo(ageHours), ...extra,
})

async function startRepository(repo: FakeRepoOptions) {
  const github = await startFakeGitHub({ caseDir, repo })
  onTestFinished(() => github.close())
  return github
}

const pullsSeed: FakeItemSeed[] = [
  autoFix('20261124-060000', 30, { requestedReviewers: ['alice'] }),
  autoFix('20261123-000000', 60, { requestedTeams: ['maintainers'] }),
  autoFix('20261125-020000', 10, { requestedReviewers: ['alice'] }),
  autoFix('20261122-000000', 72, { reviews: [{ author: 'bob', state: 'CHANGES_REQUESTED' }] }),
  autoFix('20261121-000000', 90, { draft: false }),
  { title: 'A person\'s draft', body: 'WIP', head: 'feature/wip', draft: true, createdAt: hoursAgo(100) },
]
// Timestamps and ages move with the clock; everything else in the summary must stay as committed.
const stable = (summary: string) => summary.replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/g, '<opened>')

describe('mode remind, end to end', () => {
  it('reminds each unreviewed draft once, at 24 h and at 48 h, and says what each PR got', async () => {
    const github = await startRepository({ items: pullsSeed })
    const first = await runScheduledAction(github, 'remind')
    expect(first.exitCode, first.stdout).toBe(0)
    expect(first.outputs).toMatchObject({ outcome: 'comment', reason: '', 'pr-url': '', 'cost-usd': '' })
    const comments = (number: number) => github.state.items[number - 1]!.comments.map((comment) => comment.body)
    expect(comments(1)).toEqual([expect.stringMatching(/^@alice, this auto-fix pull request has waited more than 24 hours for a review\./)])
    expect(comments(1)[0]).toContain('<!-- autoheal-reminder: 24h -->')
    expect(comments(2)).toEqual([expect.stringMatching(/^@kestrel-analytics\/maintainers, .*48 hours.*second reminder/)])
    expect([3, 4, 5, 6].flatMap(comments)).toEqual([])
    expect(first.summary).toContain('| [#1](https://github.com/')
    expect(first.summary).toMatch(/\| `fix\/auto-20261124-060000` \| .* \| 30 h \| @alice \| \[reminded \(24 h\)\]\(https:\/\/github\.com\/[^)]+#issuecomment-\d+\) \|/)
    expect(first.summary).toMatch(/\| 10 h \| @alice \| not yet due \|/)
    expect(first.summary).toMatch(/\| 72 h \| none requested \| reviewed \|/)
    expect(first.summary).not.toContain('#5]')
    await expect(stable(first.summary)).toMatchFileSnapshot('./__snapshots__/remind-summary.md')

    const second = await runScheduledAction(github, 'remind', { GITHUB_EVENT_NAME: 'workflow_dispatch' })
    expect(second.exitCode, second.stdout).toBe(0)
    expect(second.outputs).toMatchObject({ outcome: 'skipped', reason: '' })
    expect(comments(1)).toHaveLength(1)
    expect(comments(2)).toHaveLength(1)
    expect(second.summary).toMatch(/\| 30 h \| @alice \| already reminded \|/)
    expect(second.summary).toContain('No reminder due; 4 open draft auto-fix pull requests considered')
    expect(github.openApiViolations).toEqual([])
    // No model, no key: nothing but GitHub was asked.
    expect(github.requests.every((request) => request.server === 'api')).toBe(true)
  })

  it('a PR reviewed since the first reminder gets no second one', async () => {
    const github = await startRepository({
      items: [autoFix('20261123-000000', 50, { reviews: [{ author: 'alice', state: 'APPROVED' }], comments: [{ body: 'reminder\n<!-- autoheal-reminder: 24h -->' }] })],
    })
    const result = await runScheduledAction(github, 'remind')
    expect(result.outputs).toMatchObject({ outcome: 'skipped', reason: '' })
    expect(github.state.items[0]!.comments).toHaveLength(1)
    expect(result.summary).toMatch(/\| reviewed \|/)
  })

  it('nothing to remind about: skipped, with a summary that says so', async () => {
    const github = await startRepository({})
    const result = await runScheduledAction(github, 'remind')
    expect(result.exitCode).toBe(0)
    expect(result.outputs).toMatchObject({ outcome: 'skipped', reason: '' })
    expect(result.summary).toContain('No open draft auto-fix pull request: no reminder due.')
  })

  it('a read-only token: the step fails with the permission to add, and the summary shows each PR', async () => {
    const github = await startRepository({ readOnlyToken: true, items: pullsSeed.slice(0, 3) })
    const result = await runScheduledAction(github, 'remind')
    expect(result.exitCode).toBe(1)
    expect(result.outputs).toMatchObject({ outcome: 'error', reason: 'github-error' })
    expect(result.stdout).toMatch(/::error::Could not comment on #1: GitHub answered 403.*pull-requests: write/)
    expect(result.summary).toMatch(/\| 30 h \| @alice \| error: Could not comment on #1: GitHub answered 403/)
    expect(result.summary).toMatch(/\| 10 h \| @alice \| not yet due \|/)
    expect(result.summary).toContain('permissions:')
    expect(github.state.items.flatMap((item) => item.comments)).toEqual([])
  })

  it('an unreachable GitHub stops the step with a clear message and a summary', async () => {
    const github = await startRepository({})
    const result = await runScheduledAction({ ...github, url: 'http://127.0.0.1:9' }, 'remind')
    expect(result.exitCode).toBe(1)
    expect(result.outputs).toMatchObject({ outcome: 'error', reason: 'github-error' })
    expect(result.summary).toContain('Autoheal stopped')
    expect(result.summary).toContain('Could not list open pull requests: GitHub could not be reached')
  })
})
