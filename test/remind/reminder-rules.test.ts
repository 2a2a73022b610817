import { describe, expect, it } from 'vitest'
import { renderMarker } from '../../src/ledger/ledger-marker.js'
import { dueStage, hasReview, isAutoFixDraft, postedStages, reminderMarker, stageToPost } from '../../src/remind/reminder-rules.js'
import { mentionsOf, renderReminderComment } from '../../src/remind/reminder-comment.js'
import { entryOf } from '../ledger/entries.js'

const now = new Date('2026-11-25T12:00:00Z')
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString()

describe('dueStage', () => {
  it.each([
    [0, undefined],
    [23.99, undefined],
    [24, '24h'],
    [47.9, '24h'],
    [48, '48h'],
    [400, '48h'],
  ])('a PR opened %s h ago is due for %s', (age, stage) => {
    expect(dueStage(hoursAgo(age), now)).toBe(stage)
  })
})

describe('stageToPost', () => {
  it('posts the due stage once', () => {
    expect(stageToPost('24h', new Set())).toBe('24h')
    expect(stageToPost('24h', new Set(['24h']))).toBeUndefined()
    expect(stageToPost('48h', new Set(['24h']))).toBe('48h')
    expect(stageToPost('48h', new Set(['48h']))).toBeUndefined()
  })

  it('a PR past 48 h that never got the first reminder gets only the 48 h one', () => {
    expect(stageToPost(dueStage(hoursAgo(60), now)!, new Set())).toBe('48h')
  })

  it('never brings the 24 h reminder after the 48 h one', () => {
    expect(stageToPost('24h', new Set(['48h']))).toBeUndefined()
  })
})

describe('postedStages', () => {
  it('reads the markers of earlier reminders, whatever surrounds them', () => {
    const bodies = ['Looks fine', `@alice please review\n\n${reminderMarker('24h')}\n`, '<!--autoheal-reminder:48h-->']
    expect(postedStages(bodies)).toEqual(new Set(['24h', '48h']))
  })

  it('ignores other stages and other comments', () => {
    expect(postedStages(['<!-- autoheal-reminder: 72h -->', '<!-- autoheal: {} -->', 'autoheal-reminder: 24h'])).toEqual(new Set())
  })
})

describe('hasReview', () => {
  it('counts any submitted review, not a pending draft one', () => {
    expect(hasReview([])).toBe(false)
    expect(hasReview([{ author: 'alice', state: 'PENDING' }])).toBe(false)
    expect(hasReview([{ author: 'alice', state: 'COMMENTED', submittedAt: now.toISOString() }])).toBe(true)
    expect(hasReview([{ author: 'alice', state: 'CHANGES_REQUESTED' }])).toBe(true)
  })
})

describe('isAutoFixDraft', () => {
  const body = `Fix\n\n${renderMarker(entryOf())}`
  it('is a draft on fix/auto-* with a pr marker', () => {
    expect(isAutoFixDraft({ draft: true, headBranch: 'fix/auto-20261125-101010', body })).toBe(true)
  })
  it.each([
    ['not a draft', { draft: false, headBranch: 'fix/auto-20261125-101010', body }],
    ['another branch', { draft: true, headBranch: 'feature/x', body }],
    ['no marker', { draft: true, headBranch: 'fix/auto-20261125-101010', body: 'Fix' }],
    ['a ticket marker', { draft: true, headBranch: 'fix/auto-20261125-101010', body: renderMarker(entryOf({ kind: 'ticket' })) }],
  ])('is not: %s', (_, pull) => {
    expect(isAutoFixDraft(pull)).toBe(false)
  })
})

describe('the reminder comment', () => {
  it('mentions the requested reviewers and teams, and carries its marker', () => {
    const body = renderReminderComment('24h', 12, { owner: 'octo', reviewers: ['alice', 'bob'], teams: ['core'] })
    expect(body).toMatch(/^@alice @bob @octo\/core, this auto-fix pull request has waited more than 24 hours for a review\./)
    expect(body).toContain('gh pr checkout 12')
    expect(body).toContain('autofix-rejected:introduced-bug')
    expect(body.trimEnd().endsWith(reminderMarker('24h'))).toBe(true)
  })

  it('says so, without a mention, when nobody is requested', () => {
    const body = renderReminderComment('48h', 7, { owner: 'octo', reviewers: [], teams: [] })
    expect(body).not.toContain('@')
    expect(body).toMatch(/^This auto-fix pull request has waited more than 48 hours for a review \(second reminder\), and no reviewer is requested on it/)
    expect(postedStages([body])).toEqual(new Set(['48h']))
  })

  it('mentions only names GitHub allows, and no bots', () => {
    expect(mentionsOf({ owner: 'octo', reviewers: ['ok-name', 'renovate[bot]', 'x](http://evil)', ''], teams: ['a b', 'team-1'] })).toEqual(['@ok-name', '@octo/team-1'])
  })
})
