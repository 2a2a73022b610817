import { describe, expect, it } from 'vitest'
import { fixBranchName } from '../../src/deliver/branch-name.js'

describe('fixBranchName', () => {
  it('names the branch after the UTC time, whatever the local zone', () => {
    // 23:30 on the 31st in New York is already the next month in UTC.
    const now = new Date('2024-12-31T23:30:05-05:00')
    expect(fixBranchName(now, () => false)).toBe('fix/auto-20250101-043005')
  })

  it('pads every field to two digits', () => {
    expect(fixBranchName(new Date('2025-01-02T03:04:05Z'), () => false)).toBe('fix/auto-20250102-030405')
  })

  it.each([
    [['fix/auto-20250102-030405'], 'fix/auto-20250102-030405-2'],
    [['fix/auto-20250102-030405', 'fix/auto-20250102-030405-2'], 'fix/auto-20250102-030405-3'],
    [['fix/auto-20250102-030405-2'], 'fix/auto-20250102-030405'],
  ])('taken %j → %s', (taken, expected) => {
    const names = new Set(taken)
    expect(fixBranchName(new Date('2025-01-02T03:04:05Z'), (name) => names.has(name))).toBe(expected)
  })

  it('refuses an invalid date rather than naming a branch NaN', () => {
    expect(() => fixBranchName(new Date('nope'), () => false)).toThrow(RangeError)
  })
})
