import { describe, expect, it } from 'vitest'
import { readJsError, readJsStackTrace } from '../../../src/analyze/reports/js-stack-trace.js'

describe('readJsStackTrace', () => {
  it('reads V8 frames innermost first and returns them outermost first', () => {
    const summary = readJsStackTrace([
      'TypeError: Cannot read properties of undefined (reading \'qty\')',
      '    at Cart.total (/home/runner/work/shop/shop/src/cart.js:12:19)',
      '    at Array.map (<anonymous>)',
      '    at Object.<anonymous> (/home/runner/work/shop/shop/test/cart.test.js:8:10)',
      '    at file:///home/runner/work/shop/shop/node_modules/vitest/dist/runner.js:40:5',
      '    at node:internal/process/task_queues:95:5',
    ])
    expect(summary).toEqual({
      message: "TypeError: Cannot read properties of undefined (reading 'qty')",
      errorType: 'TypeError',
      file: 'src/cart.js',
      line: 12,
      frames: [
        { file: 'node:internal/process/task_queues', line: 95 },
        { file: '/home/runner/work/shop/shop/node_modules/vitest/dist/runner.js', line: 40 },
        { file: 'test/cart.test.js', line: 8 },
        { file: 'src/cart.js', line: 12 },
      ],
    })
  })

  it("reads vitest's ❯ frames, with and without a function name", () => {
    const summary = readJsStackTrace([
      "Error: Cannot find module './formatMoney' imported from /home/runner/work/p/p/src/discount.ts",
      ' ❯ applyDiscount src/discount.ts:4:9',
      ' ❯ test/discount.test.ts:2:1',
    ])
    expect(summary.frames).toEqual([
      { file: 'test/discount.test.ts', line: 2 },
      { file: 'src/discount.ts', line: 4 },
    ])
    expect(summary).toMatchObject({ file: 'src/discount.ts', line: 4, errorType: 'Error' })
  })
})

describe('readJsError', () => {
  const rows = [
    { line: 'AssertionError: expected 3 to be 4 // Object.is equality', errorType: 'AssertionError' },
    { line: '[Error [ERR_ASSERTION]: Expected values to be strictly equal:', errorType: 'Error' },
    { line: 'thrown: "Exceeded timeout of 5000 ms for a test.', errorType: undefined },
  ]
  it.each(rows)('$line', ({ line, errorType }) => {
    expect(readJsError(['', line, 'more']).errorType).toBe(errorType)
    expect(readJsError(['', line]).message).toBe(line)
  })

  it("skips jest's suite heading", () => {
    expect(readJsError(['  ● Test suite failed to run', '', "    Cannot find module './x' from 'src/a.js'"]).message).toBe(
      "Cannot find module './x' from 'src/a.js'",
    )
  })
})
