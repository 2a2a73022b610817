import { describe, expect, it } from 'vitest'
import { createdThisMonthQualifier, ledgerSearchQuery, readMarkers, renderMarker } from '../../src/ledger/ledger-marker.js'
import { entryOf } from './entries.js'

describe('renderMarker and readMarkers', () => {
  it('round-trips an entry, keys in the documented order', () => {
    const entry = entryOf()
    const marker = renderMarker(entry)
    expect(marker).toMatch(/^<!-- autoheal: \{"v":1,"kind":"pr","failing_run_id":"1001","head_branch":/)
    expect(marker.endsWith(' -->')).toBe(true)
    expect(readMarkers(`Some PR text\n\n${marker}\n`)).toEqual([entry])
  })

  it('reads two markers of one body, in order', () => {
    const first = entryOf({ kind: 'ticket', failing_run_id: '1' })
    const second = entryOf({ kind: 'comment', failing_run_id: '2', input_tokens: 0, cost_usd: 0 })
    const body = `Ticket\n${renderMarker(first)}\n\n---\nSeen again in run 2.\n${renderMarker(second)}`
    expect(readMarkers(body)).toEqual([first, second])
  })

  it('keeps `-->` and `--!>` in a string value from closing the comment', () => {
    const entry = entryOf({ head_branch: 'evil-->branch', fix_type: 'x--!><script>' })
    const marker = renderMarker(entry)
    expect(marker.indexOf('-->')).toBe(marker.length - 3)
    expect(marker).not.toContain('--!>')
    expect(marker).not.toContain('<script>')
    expect(readMarkers(`before ${marker} after --> text`)).toEqual([entry])
  })

  it('stops a forged marker at the first `-->`, so what follows is never read as part of it', () => {
    const json = JSON.stringify(entryOf()).replace('"feature/login"', '"a --> b"')
    expect(readMarkers(`<!-- autoheal: ${json} -->`)).toEqual([])
  })

  it.each([
    ['negative cost', { cost_usd: -1000 }],
    ['negative tokens', { input_tokens: -5 }],
    ['fractional tokens', { input_tokens: 1.5 }],
    ['another version', { v: 2 }],
    ['an unknown kind', { kind: 'refund' }],
    ['a date that is not ISO-8601', { created_at: 'yesterday' }],
    ['cost as a string', { cost_usd: '0' }],
  ])('ignores a forged marker with %s', (_name, forged) => {
    const body = `<!-- autoheal: ${JSON.stringify({ ...entryOf(), ...forged })} -->`
    expect(readMarkers(body)).toEqual([])
  })

  it('ignores malformed JSON but still reads a valid marker beside it', () => {
    const valid = entryOf()
    const body = `<!-- autoheal: {"v":1,"kind":"pr", -->\n${renderMarker(valid)}\n<!-- autoheal: not json -->`
    expect(readMarkers(body)).toEqual([valid])
  })

  it('reads nothing from an empty or missing body', () => {
    expect(readMarkers(null)).toEqual([])
    expect(readMarkers(undefined)).toEqual([])
    expect(readMarkers('')).toEqual([])
    expect(readMarkers('<!-- another tool: {} -->')).toEqual([])
  })

  it('accepts a timestamp with an offset, as another writer may emit', () => {
    const entry = entryOf({ created_at: '2026-11-25T01:00:00+02:00' })
    expect(readMarkers(renderMarker(entry))).toEqual([entry])
  })
})

describe('ledgerSearchQuery', () => {
  it('finds bodies with the marker in one repository', () => {
    expect(ledgerSearchQuery('octo/app')).toBe('"autoheal:" in:body repo:octo/app')
  })

  it('adds qualifiers', () => {
    expect(ledgerSearchQuery('octo/app', 'is:open')).toBe('"autoheal:" in:body repo:octo/app is:open')
    expect(ledgerSearchQuery('octo/app', ['is:open', ' ', createdThisMonthQualifier(new Date('2026-11-25T23:59:00Z'))])).toBe(
      '"autoheal:" in:body repo:octo/app is:open created:>=2026-11-01',
    )
  })

  it('refuses something that is not owner/name', () => {
    expect(() => ledgerSearchQuery('octo/app repo:other/x')).toThrow(/owner\/name/)
    expect(() => ledgerSearchQuery('app')).toThrow(/owner\/name/)
  })
})
