import { describe, expect, it } from 'vitest'
import { parseReport } from '../../../src/analyze/reports/parse-report.js'

const runner = '/home/runner/work/vt/vt'

describe('vitest JSON reporter', () => {
  // Real `vitest run --reporter=json` output (vitest 4), with the project moved to a runner path.
  const report = {
    numTotalTestSuites: 4,
    numFailedTests: 1,
    numTotalTests: 2,
    snapshot: { added: 0, failure: false },
    startTime: 1795615479173,
    success: false,
    testResults: [
      {
        assertionResults: [],
        startTime: 1795615479173,
        endTime: 1795615479173,
        status: 'failed',
        message: `Cannot find module '../src/missing.js' imported from ${runner}/test/broken.test.ts`,
        name: `${runner}/test/broken.test.ts`,
      },
      {
        assertionResults: [
          {
            ancestorTitles: ['add', 'integers'],
            fullName: 'add integers adds two numbers',
            status: 'failed',
            title: 'adds two numbers',
            duration: 11.57,
            failureMessages: [
              `AssertionError: expected 3 to be 4 // Object.is equality\n    at ${runner}/test/math.test.ts:6:25\n    at file://${runner}/node_modules/@vitest/runner/dist/chunk-artifact.js:302:11\n    at new Promise (<anonymous>)`,
            ],
            meta: {},
            tags: [],
          },
          { ancestorTitles: ['add', 'integers'], fullName: 'add integers passes', status: 'passed', title: 'passes', failureMessages: [], meta: {}, tags: [] },
        ],
        status: 'failed',
        message: '',
        name: `${runner}/test/math.test.ts`,
      },
    ],
  }

  it('names tests file > describe > title, and a file that failed to load by itself', () => {
    const result = parseReport('vitest.json', JSON.stringify(report))
    expect(result.format).toBe('vitest-json')
    expect(result.failures).toEqual([
      expect.objectContaining({
        tool: 'vitest',
        nodeid: 'test/broken.test.ts',
        outcome: 'error',
        message: "Cannot find module '../src/missing.js' imported from test/broken.test.ts",
        file: 'test/broken.test.ts',
      }),
      expect.objectContaining({
        tool: 'vitest',
        nodeid: 'test/math.test.ts > add > integers > adds two numbers',
        outcome: 'failed',
        message: 'AssertionError: expected 3 to be 4 // Object.is equality',
        errorType: 'AssertionError',
        file: 'test/math.test.ts',
        line: 6,
      }),
    ])
  })
})

describe('jest JSON', () => {
  it('strips ANSI codes and reports a suite that failed to run', () => {
    const report = {
      numFailedTestSuites: 1,
      numFailedTests: 0,
      numTotalTests: 0,
      openHandles: [],
      success: false,
      wasInterrupted: false,
      testResults: [
        {
          assertionResults: [],
          message:
            "  \u001b[1m● \u001b[22mTest suite failed to run\n\n    Cannot find module './money' from 'src/cart.js'\n\n    \u001b[2mat Object.<anonymous> (\u001b[22msrc/cart.js\u001b[2m:1:1)\u001b[22m",
          name: `${runner}/test/cart.test.js`,
          status: 'failed',
        },
      ],
    }
    const result = parseReport('jest.json', JSON.stringify(report))
    expect(result.format).toBe('jest-json')
    expect(result.failures).toEqual([
      expect.objectContaining({
        tool: 'jest',
        nodeid: 'test/cart.test.js',
        outcome: 'error',
        message: "Cannot find module './money' from 'src/cart.js'",
        file: 'src/cart.js',
        line: 1,
      }),
    ])
    expect(result.failures[0]?.details.join('\n')).not.toContain('\u001b')
  })
})

describe('eslint JSON', () => {
  it('keeps errors, leaves warnings out, and names a parsing error without a rule', () => {
    const report = [
      {
        filePath: `${runner}/src/a.js`,
        messages: [
          { ruleId: 'no-console', severity: 1, message: 'Unexpected console statement.', line: 3, column: 1 },
          { ruleId: null, fatal: true, severity: 2, message: 'Parsing error: Unexpected token }', line: 9, column: 2 },
        ],
        errorCount: 1,
        warningCount: 1,
      },
      { filePath: `${runner}/src/b.js`, messages: [{ ruleId: 'no-console', severity: 1, message: 'Unexpected console statement.', line: 1 }] },
    ]
    const result = parseReport('eslint.json', JSON.stringify(report))
    expect(result.format).toBe('eslint-json')
    expect(result.failures).toEqual([
      expect.objectContaining({ kind: 'finding', tool: 'eslint', nodeid: 'src/a.js:9:error', file: 'src/a.js', line: 9 }),
    ])
    expect(result.failures[0]?.rule).toBeUndefined()
  })
})

describe('SARIF', () => {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'CodeQL',
            rules: [
              { id: 'js/unused-local-variable', defaultConfiguration: { level: 'note' } },
              { id: 'js/sql-injection', defaultConfiguration: { level: 'error' } },
            ],
          },
        },
        artifacts: [{ location: { uri: 'src/db.js' } }],
        results: [
          {
            ruleId: 'js/sql-injection',
            ruleIndex: 1,
            message: { text: 'This query depends on a user-provided value.' },
            locations: [{ physicalLocation: { artifactLocation: { index: 0 }, region: { startLine: 14 } } }],
          },
          {
            ruleId: 'js/unused-local-variable',
            message: { text: 'Unused variable x.' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.js' }, region: { startLine: 2 } } }],
          },
          {
            ruleId: 'js/unused-local-variable',
            level: 'error',
            message: { text: 'Unused variable y.' },
            locations: [
              { physicalLocation: { artifactLocation: { uri: `file://${runner}/src/b%20c.js` }, region: { startLine: 3 } } },
            ],
          },
          { ruleId: 'js/sql-injection', kind: 'pass', message: { text: 'checked' } },
        ],
      },
    ],
  }

  it('keeps results of level error, from the result or its rule', () => {
    const result = parseReport('codeql.sarif', JSON.stringify(log))
    expect(result.format).toBe('sarif')
    expect(result.failures.map(({ tool, nodeid, file, message }) => ({ tool, nodeid, file, message }))).toEqual([
      { tool: 'codeql', nodeid: 'src/db.js:14:js/sql-injection', file: 'src/db.js', message: 'This query depends on a user-provided value.' },
      { tool: 'codeql', nodeid: 'src/b c.js:3:js/unused-local-variable', file: 'src/b c.js', message: 'Unused variable y.' },
    ])
  })

  it('says so when a SARIF log lacks what it must have', () => {
    const broken = { version: '2.1.0', runs: [{ tool: { driver: {} } }] }
    const result = parseReport('codeql.sarif', JSON.stringify(broken))
    expect(result.failures).toEqual([])
    expect(result.diagnostics).toEqual([expect.stringMatching(/^codeql\.sarif looks like a SARIF log but runs\.0\.tool\.driver\.name: /)])
  })
})

describe('pytest-json-report', () => {
  // The shape pytest-json-report 1.5 writes (`--json-report --json-report-file=report.json`).
  const report = {
    created: 1795613360.5,
    duration: 0.31,
    exitcode: 1,
    root: runner,
    summary: { failed: 1, error: 1, passed: 1, total: 3, collected: 3 },
    collectors: [
      { nodeid: '', outcome: 'passed', result: [{ nodeid: 'tests/test_loader.py', type: 'Module' }] },
      {
        nodeid: 'tests/test_loader.py',
        outcome: 'failed',
        result: [],
        longrepr:
          "ImportError while importing test module '/home/runner/work/vt/vt/tests/test_loader.py'.\nTraceback:\ntests/test_loader.py:3: in <module>\n    from manifest.loader import load\nmanifest/loader.py:4: in <module>\n    import yaml\nE   ModuleNotFoundError: No module named 'yaml'",
      },
    ],
    tests: [
      {
        nodeid: 'tests/test_quote.py::TestQuote::test_standard',
        lineno: 12,
        outcome: 'failed',
        setup: { duration: 0.0001, outcome: 'passed' },
        call: {
          duration: 0.0002,
          outcome: 'failed',
          crash: { path: `${runner}/src/rates/quote.py`, lineno: 17, message: "TypeError: price() missing 1 required positional argument: 'express'" },
          traceback: [
            { path: 'tests/test_quote.py', lineno: 13, message: '' },
            { path: 'src/rates/quote.py', lineno: 17, message: 'TypeError' },
          ],
          longrepr:
            "tests/test_quote.py:13: in test_standard\n    assert quote(\"de\", 2) == 6\nsrc/rates/quote.py:17: in quote\n    return price(zone_for(country), weight_kg)\nE   TypeError: price() missing 1 required positional argument: 'express'",
        },
        teardown: { duration: 0.0001, outcome: 'passed' },
      },
      {
        nodeid: 'tests/test_db.py::test_insert',
        lineno: 4,
        outcome: 'error',
        setup: {
          outcome: 'failed',
          crash: { path: `${runner}/tests/conftest.py`, lineno: 8, message: 'ConnectionRefusedError: [Errno 111] Connection refused' },
          traceback: [{ path: 'tests/conftest.py', lineno: 8, message: 'ConnectionRefusedError' }],
          longrepr: "tests/conftest.py:8: ConnectionRefusedError: [Errno 111] Connection refused",
        },
        teardown: { outcome: 'passed' },
      },
      { nodeid: 'tests/test_quote.py::test_zone', outcome: 'passed' },
    ],
  }

  it('reads collection errors, failed tests and setup errors', () => {
    const result = parseReport('report.json', JSON.stringify(report))
    expect(result.format).toBe('pytest-json')
    expect(result.failures).toEqual([
      expect.objectContaining({
        nodeid: 'tests/test_loader.py',
        outcome: 'error',
        message: "ModuleNotFoundError: No module named 'yaml'",
        file: 'manifest/loader.py',
        line: 4,
      }),
      expect.objectContaining({
        nodeid: 'tests/test_quote.py::TestQuote::test_standard',
        outcome: 'failed',
        errorType: 'TypeError',
        file: 'src/rates/quote.py',
        line: 17,
      }),
      expect.objectContaining({
        nodeid: 'tests/test_db.py::test_insert',
        outcome: 'error',
        message: 'ConnectionRefusedError: [Errno 111] Connection refused',
        file: 'tests/conftest.py',
        line: 8,
      }),
    ])
  })
})
