import { describe, expect, it } from 'vitest'
import { chooseUniqueName, sanitizeFileName } from '../../src/collect/sanitize-file-name.js'

describe('sanitizeFileName', () => {
  it.each([
    ['test (3.12)', 'test (3.12)'],
    ['build / test (ubuntu-latest, 20.x)', 'build _ test (ubuntu-latest, 20.x)'],
    ['lint: eslint*', 'lint_ eslint_'],
    ['a\\b', 'a_b'],
    ['..', '_'],
    ['../../etc/passwd', '__.._etc_passwd'],
    ['.hidden', '_hidden'],
    ['trailing dots...', 'trailing dots'],
    ['tab\tand\nnewline', 'tab_and_newline'],
    ['Prüfung – 日本', 'Prüfung – 日本'],
    ['CON', '_CON'],
    ['', '_'],
    ['   ', '_'],
  ])('%j becomes %j', (name, expected) => {
    expect(sanitizeFileName(name)).toBe(expected)
  })

  it('shortens very long names', () => {
    expect(Array.from(sanitizeFileName('é'.repeat(500)))).toHaveLength(120)
  })
})

describe('chooseUniqueName', () => {
  it('adds a suffix to a name already taken, ignoring case', () => {
    const taken = new Set<string>()
    expect(['test', 'Test', 'test', 'other'].map((name) => chooseUniqueName(name, taken))).toEqual(['test', 'Test-2', 'test-3', 'other'])
  })
})
