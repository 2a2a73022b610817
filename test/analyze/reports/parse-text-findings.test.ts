import { describe, expect, it } from 'vitest'
import { parseReport } from '../../../src/analyze/reports/parse-report.js'

describe('text finding reports', () => {
  it('reads tsc output, continuation lines included', () => {
    // Real `tsc --noEmit` output, redirected to a file.
    const text = [
      "src/bad.ts(2,7): error TS2322: Type 'number' is not assignable to type 'string'.",
      'src/bad.ts(3,1): error TS2554: Expected 2 arguments, but got 1.',
      "src/bad.ts(4,45): error TS2322: Type '{ a: { b: number; }; }' is not assignable to type '{ a: { b: string; }; }'.",
      "  The types of 'a.b' are incompatible between these types.",
      "    Type 'number' is not assignable to type 'string'.",
      '',
    ].join('\n')
    const result = parseReport('tsc.txt', text)
    expect(result.format).toBe('tsc-text')
    expect(result.failures.map(({ nodeid }) => nodeid)).toEqual(['src/bad.ts:2:TS2322', 'src/bad.ts:3:TS2554', 'src/bad.ts:4:TS2322'])
    expect(result.failures[2]).toMatchObject({ kind: 'finding', tool: 'tsc', file: 'src/bad.ts', line: 4, rule: 'TS2322' })
    expect(result.failures[2]?.details).toHaveLength(3)
  })

  it('reads mypy output with columns, notes and its summary', () => {
    const text = [
      '/home/runner/work/inv/inv/stockroom/inventory.py:33:12: error: Item "None" of "Optional[Bin]" has no attribute "items"  [union-attr]',
      'stockroom/inventory.py:33: note: See https://mypy.rtfd.io/en/stable/_refs.html#code-union-attr for more info',
      'stockroom/cli.py:5: error: Name "argv" is not defined',
      'Found 2 errors in 2 files (checked 3 source files)',
    ].join('\n')
    const result = parseReport('mypy.txt', text)
    expect(result.format).toBe('mypy-text')
    expect(result.failures.map(({ nodeid }) => nodeid)).toEqual(['stockroom/inventory.py:33:union-attr', 'stockroom/cli.py:5:mypy'])
    expect(result.failures[0]).toMatchObject({
      tool: 'mypy',
      file: 'stockroom/inventory.py',
      rule: 'union-attr',
      message: 'Item "None" of "Optional[Bin]" has no attribute "items"',
    })
    expect(result.failures[0]?.details).toHaveLength(2)
    expect(result.failures[1]?.rule).toBe('mypy') // a finding without a code is named after its tool
  })

  it('reads flake8 output written on Windows', () => {
    const result = parseReport('flake8.txt', 'D:\\a\\geo\\geo\\geofence\\polygon.py:2:1: F401 \'os\' imported but unused\r\n')
    expect(result.failures).toEqual([
      expect.objectContaining({ tool: 'flake8', nodeid: 'geofence/polygon.py:2:F401', file: 'geofence/polygon.py', line: 2 }),
    ])
  })

  it('does not claim a console copy that holds a finding-like line', () => {
    const text = [
      '============================= test session starts ==============================',
      'collected 2 items',
      '',
      'tests/test_perf.py F                                                     [100%]',
      'app/x.py:3:1: E302 expected 2 blank lines, found 0',
      'tests/test_perf.py:17: AssertionError',
      '=========================== short test summary info ============================',
      'FAILED tests/test_perf.py::test_dedupe - AssertionError: too slow',
    ].join('\n')
    expect(parseReport('output.txt', text)).toEqual({ format: undefined, failures: [], diagnostics: [] })
  })

  it('does not claim an npm debug log', () => {
    const text = ['0 verbose cli /opt/hostedtoolcache/node/20.11.0/x64/bin/node', '1 info using npm@10.2.4', '2 error code ELIFECYCLE'].join('\n')
    expect(parseReport('2026-11-25T13_18_04_123Z-debug-0.log', text).format).toBeUndefined()
  })
})
