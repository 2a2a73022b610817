import { describe, expect, it } from 'vitest'
import { applyEdits } from '../../../src/fix/apply-edits.js'
import { AutohealError } from '../../../src/errors.js'
import type { FileEdit } from '../../../src/fix/fix-answer.js'
import { detectLineEnding, findOldText } from '../../../src/fix/find-old-text.js'

const edit = (path: string, oldText: string, newText: string): FileEdit => ({ path, old_text: oldText, new_text: newText })

describe('applyEdits', () => {
  it('replaces each old_text, found in the file as it was, whatever the order of the edits', () => {
    const files = new Map([['app.py', 'import os\n\n\ndef helper():\n    return 1\n']])
    const edits = [edit('app.py', '    return 1\n', '    return 2\n'), edit('app.py', 'import os\n', 'import json\nimport os\n')]
    const expected = 'import json\nimport os\n\n\ndef helper():\n    return 2\n'
    expect(applyEdits(files, edits)).toEqual(new Map([['app.py', expected]]))
    expect(applyEdits(files, [...edits].reverse())).toEqual(new Map([['app.py', expected]]))
  })

  it('keeps CRLF line endings when the answer was written with \\n', () => {
    const files = new Map([['src/app.py', 'import os\r\n\r\ndef helper():\r\n    return 1\r\n']])
    const changed = applyEdits(files, [edit('src/app.py', 'def helper():\n    return 1\n', 'def helper(value):\n    # doubled\n    return value * 2\n')])
    expect(changed.get('src/app.py')).toBe('import os\r\n\r\ndef helper(value):\r\n    # doubled\r\n    return value * 2\r\n')
  })

  it('keeps LF line endings when the answer was written with \\r\\n', () => {
    const changed = applyEdits(new Map([['a.txt', 'one\ntwo\n']]), [edit('a.txt', 'one\r\ntwo', 'one\r\n2')])
    expect(changed.get('a.txt')).toBe('one\n2\n')
  })

  it('keeps the final newline a model dropped from the last line it rewrote', () => {
    const changed = applyEdits(new Map([['a.py', 'x = 1\ny = 2\n'], ['b.py', 'x = 1\r\ny = 2\r\n']]), [edit('a.py', 'y = 2\n', 'y = 3'), edit('b.py', 'y = 2\r\n', 'y = 3')])
    expect(changed).toEqual(new Map([['a.py', 'x = 1\ny = 3\n'], ['b.py', 'x = 1\r\ny = 3\r\n']]))
  })

  it('keeps a file without a final newline without one, and lets a fix add it (a linter may ask for it)', () => {
    const files = new Map([['a.py', 'x = 1\ny = 2']])
    expect(applyEdits(files, [edit('a.py', 'x = 1', 'x = 3')]).get('a.py')).toBe('x = 3\ny = 2')
    expect(applyEdits(files, [edit('a.py', 'y = 2', 'y = 2\n')]).get('a.py')).toBe('x = 1\ny = 2\n')
  })

  it('keeps a byte-order mark and text around the edit untouched', () => {
    const changed = applyEdits(new Map([['a.ts', '\uFEFFconst a = 1 // é\n']]), [edit('a.ts', '1', '2')])
    expect(changed.get('a.ts')).toBe('\uFEFFconst a = 2 // é\n')
  })

  it('creates new files as the answer wrote them', () => {
    const changed = applyEdits(new Map(), [edit('pkg/__init__.py', '', ''), edit('pkg/util.py', '', 'VALUE = 1\n')])
    expect(changed).toEqual(new Map([['pkg/__init__.py', ''], ['pkg/util.py', 'VALUE = 1\n']]))
  })

  it('refuses edits the policy would have refused, with a remedy', () => {
    const files = new Map([['a.py', 'x\nx\n']])
    for (const edits of [[edit('a.py', 'x', 'y')], [edit('a.py', '', 'y')], [edit('b.py', 'x', 'y')], [edit('a.py', 'x\nx', 'y'), edit('a.py', 'x\n', 'z')]]) {
      let thrown: unknown
      try {
        applyEdits(files, edits)
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(AutohealError)
      expect((thrown as AutohealError).remedy).toMatch(/checkEditPolicy/)
    }
  })
})

describe('findOldText and detectLineEnding', () => {
  it.each([
    { text: 'a\nb\n', ending: '\n' },
    { text: 'a\r\nb\r\n', ending: '\r\n' },
    { text: 'a\r\nb\nc\r\n', ending: '\r\n' },
    { text: 'a\r\nb\nc\n', ending: '\n' },
    { text: 'no break', ending: '\n' },
  ])('$text.length characters end lines with $ending', ({ text, ending }) => {
    expect(detectLineEnding(text)).toBe(ending)
  })

  it('counts overlapping occurrences, so "aa" is not unique in "aaa"', () => {
    expect(findOldText('aaa', 'aa', 'b')).toMatchObject({ count: 2, index: 0 })
  })

  it('falls back to the text as written in a file that mixes endings', () => {
    const content = 'a\r\nb\r\nc\nd\n'
    expect(findOldText(content, 'c\nd', 'x\ny')).toEqual({ count: 1, index: 6, oldText: 'c\nd', newText: 'x\ny' })
  })
})
