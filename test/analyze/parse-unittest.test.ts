import { describe, expect, it } from 'vitest'
import { classifyFailure } from '../../src/analyze/classify-failure.js'
import { looksLikePytest } from '../../src/analyze/parse-log/parse-pytest-output.js'
import { parseToolOutput } from '../../src/analyze/parse-log/parse-step-output.js'
import { looksLikeUnittest } from '../../src/analyze/parse-log/parse-unittest-output.js'
import { unittestDiscover } from './tool-output-samples.js'

describe('python -m unittest output (real, Python 3.11)', () => {
  it('is unittest, not pytest: `FAILED (errors=1)` is no pytest node id', () => {
    expect(looksLikeUnittest(unittestDiscover)).toBe(true)
    expect(looksLikePytest(unittestDiscover)).toBe(false)
  })

  it('reads each FAIL and ERROR block with its exception', () => {
    const failures = parseToolOutput(unittestDiscover)
    expect(failures.map((failure) => [failure.nodeid, failure.outcome, failure.errorType])).toEqual(
      expect.arrayContaining([
        ['tests.test_calc.TestAdd.test_add', 'failed', 'AssertionError'],
        ['tests.test_core', 'error', 'ModuleNotFoundError'],
      ]),
    )
    expect(failures.every((failure) => failure.tool === 'unittest')).toBe(true)
  })

  it('classifies the import failure and leaves the assertion to a person', () => {
    const failures = parseToolOutput(unittestDiscover)
    const byId = new Map(failures.map((failure) => [failure.nodeid, classifyFailure(failure).fixType]))
    expect(byId.get('tests.test_core')).toBe('import_error')
    expect(byId.get('tests.test_calc.TestAdd.test_add')).toBe('unknown')
  })
})
