import { describe, expect, it } from 'vitest'
import { findDuplicate, type LedgerItem } from '../../src/ledger/find-duplicate.js'
import { renderMarker } from '../../src/ledger/ledger-marker.js'
import { entryOf } from './entries.js'

const fingerprint = 'aaaaaaaaaaaaaaaa'
const item = (number: number, state: 'open' | 'closed', body: string): LedgerItem => ({
  number,
  url: `https://github.com/octo/app/pull/${number}`,
  state,
  body,
})
const marked = (overrides = {}) => renderMarker(entryOf({ fingerprint, ...overrides }))

describe('findDuplicate', () => {
  it('finds the open PR with the same fingerprint', () => {
    const items = [item(1, 'open', marked({ fingerprint: 'bbbbbbbbbbbbbbbb' })), item(2, 'open', `Fix\n${marked()}`)]
    expect(findDuplicate(items, fingerprint)?.item.number).toBe(2)
  })

  it('finds an open ticket too', () => {
    expect(findDuplicate([item(3, 'open', marked({ kind: 'ticket', input_tokens: 0, cost_usd: 0 }))], fingerprint)?.item.number).toBe(3)
  })

  it('ignores closed items', () => {
    expect(findDuplicate([item(4, 'closed', marked())], fingerprint)).toBeUndefined()
  })

  it('ignores alerts and comments', () => {
    const items = [item(5, 'open', marked({ kind: 'alert' })), item(6, 'open', marked({ kind: 'comment' }))]
    expect(findDuplicate(items, fingerprint)).toBeUndefined()
  })

  it('takes the most recent when several match', () => {
    const items = [
      item(7, 'open', marked({ created_at: '2026-11-25T10:00:00Z' })),
      item(8, 'open', marked({ created_at: '2026-11-25T11:00:00Z' })),
      item(9, 'open', marked({ created_at: '2026-11-24T11:00:00Z' })),
    ]
    expect(findDuplicate(items, fingerprint)?.item.number).toBe(8)
  })

  it('matches by fingerprint only, whatever the branch', () => {
    expect(findDuplicate([item(10, 'open', marked({ head_branch: 'elsewhere' }))], fingerprint)?.entry.head_branch).toBe('elsewhere')
  })

  it('ignores a malformed marker and a body without one', () => {
    const items = [item(11, 'open', `<!-- autoheal: {"fingerprint":"${fingerprint}"} -->`), item(12, 'open', 'no marker'), { ...item(13, 'open', ''), body: null }]
    expect(findDuplicate(items, fingerprint)).toBeUndefined()
  })

  it('finds nothing for an empty fingerprint', () => {
    expect(findDuplicate([item(14, 'open', marked({ fingerprint: '' }))], '')).toBeUndefined()
  })
})
