import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { createOctokit } from '../../src/github/octokit.js'
import { createRepoApi } from '../../src/github/repo-api.js'
import { createReviewApi } from '../../src/github/review-api.js'
import { renderMarker } from '../../src/ledger/ledger-marker.js'
import { remindReport } from '../../src/remind/remind-report.js'
import { remindReviewers } from '../../src/remind/remind-reviewers.js'
import { reminderMarker } from '../../src/remind/reminder-rules.js'
import { fakeGitHubToken, startFakeGitHub, type FakeItemSeed, type FakeRepoOptions } from '../fakes/fake-github.js'
import { entryOf } from '../ledger/entries.js'
import { casesDir } from '../support/corpus.js'

const caseDir = path.join(casesDir, 'mixed-isort-and-missing-module-reports')
const now = new Date('2026-11-25T12:00:00Z')
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString()
const fixBody = `The fix.\n\n${renderMarker(entryOf())}`

const autoFix = (number: number, ageHours: number, extra: Partial<FakeItemSeed> = {}): FakeItemSeed => ({
  title: `[Auto-Fix] #${number}`, body: fixBody, head: `fix/auto-2026112${number}-000000`, base: 'main', draft: true, createdAt: hoursAgo(ageHours), ...extra,
})

async function remind(repo: FakeRepoOptions) {
  const fake = await startFakeGitHub({ caseDir, repo })
  onTestFinished(() => fake.close())
  const octokit = createOctokit({ token: fakeGitHubToken, baseUrl: fake.url })
  const warnings: string[] = []
  const once = () => remindReviewers({
    repo: createRepoApi({ octokit, repository: fake.repository }),
    reviews: createReviewApi({ octokit, repository: fake.repository }),
    owner: fake.repository.split('/')[0]!,
    now,
    log: { info: () => {}, notice: () => {}, warning: (message) => warnings.push(message) },
  })
  return { fake, once, warnings }
}

describe('remindReviewers against the fake GitHub', () => {
  it('reminds at 24 h and 48 h, once each, and leaves reviewed, young and foreign PRs alone', async () => {
    const { fake, once } = await remind({
      items: [
        autoFix(1, 30, { requestedReviewers: ['alice'] }),
        autoFix(2, 60),
        autoFix(3, 10),
        autoFix(4, 72, { reviews: [{ author: 'bob', state: 'COMMENTED' }] }),
        autoFix(5, 50, { comments: [{ body: `@alice …\n${reminderMarker('24h')}` }] }),
        autoFix(6, 30, { draft: false }),
        { title: 'Someone else', body: 'no marker', head: 'fix/auto-20261101-000000', draft: true, createdAt: hoursAgo(100) },
        { title: 'A ticket', body: fixBody, createdAt: hoursAgo(100) },
      ],
    })
    const first = await once()
    expect(first.rows.map((row) => [row.number, row.verdict])).toEqual([[1, 'reminded-24h'], [2, 'reminded-48h'], [3, 'not-yet-due'], [4, 'reviewed'], [5, 'reminded-48h']])
    const comments = (number: number) => fake.state.items[number - 1]!.comments.map((comment) => comment.body)
    expect(comments(1)).toEqual([expect.stringMatching(/^@alice, this auto-fix pull request has waited more than 24 hours/)])
    expect(comments(2)).toEqual([expect.stringContaining(reminderMarker('48h'))])
    expect(comments(2)[0]).toContain('no reviewer is requested')
    expect(comments(3)).toEqual([])
    expect(comments(4)).toEqual([])
    expect(comments(5)).toHaveLength(2)
    expect([6, 7, 8].flatMap(comments)).toEqual([])
    expect(remindReport(first).outcome).toBe('comment')

    const second = await once()
    expect(second.rows.map((row) => row.verdict)).toEqual(['already-reminded', 'already-reminded', 'not-yet-due', 'reviewed', 'already-reminded'])
    expect(comments(1)).toHaveLength(1)
    expect(remindReport(second)).toMatchObject({ outcome: 'skipped', reason: '' })
    expect(fake.openApiViolations).toEqual([])
  })

  it('a read-only token: every due PR is tried, the first refusal is kept with a remedy naming the permission', async () => {
    const { once, warnings } = await remind({ readOnlyToken: true, items: [autoFix(1, 30), autoFix(2, 60)] })
    const result = await once()
    expect(result.rows.map((row) => row.verdict)).toEqual(['error', 'error'])
    expect(result.firstError?.status).toBe(403)
    expect(result.firstError?.remedy).toContain('pull-requests: write')
    expect(warnings).toHaveLength(2)
    const report = remindReport(result)
    expect(report).toMatchObject({ outcome: 'error', reason: 'github-error' })
    expect(report.message).toBe('No reminder posted; 2 open draft auto-fix pull requests considered (2 failed).')
    expect(report.summary).toContain('pull-requests: write')
  })
})
