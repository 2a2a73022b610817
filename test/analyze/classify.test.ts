import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifierRules, isOrderOnlyDifference } from '../../src/analyze/classifier-rules.js'
import { classifyFailure } from '../../src/analyze/classify-failure.js'
import type { Failure } from '../../src/analyze/failure.js'
import { loadReports } from '../../src/analyze/load-run-files.js'
import { describeUnrecognisedStep, parseToolOutput } from '../../src/analyze/parse-log/parse-step-output.js'
import { corpusCases, readCaseLogs, type CorpusCase } from '../support/corpus.js'
import { parsePytestOutput } from '../../src/analyze/parse-log/parse-pytest-output.js'
import { asStepLines, jestSuiteFailed, pyright, pytestModuleAttribute, tscPretty } from './tool-output-samples.js'

// ---- Real failures: every case's logs through the log parsers, and its artifacts through the report parsers.

interface CorpusFailure {
  corpusCase: CorpusCase
  failure: Failure
}

async function failuresOfCase(corpusCase: CorpusCase): Promise<Failure[]> {
  const failures: Failure[] = []
  // A log cut off mid-failure names a test without its error: the report tells that one.
  for (const log of (await readCaseLogs(corpusCase)).filter((log) => !log.truncated)) {
    for (const step of log.steps) {
      const parsed = parseToolOutput(step.lines)
      failures.push(...(parsed.length > 0 ? parsed : [describeUnrecognisedStep(step, log.annotations, log.job)]))
    }
  }
  const { reports } = await loadReports(join(corpusCase.dir, 'artifacts'))
  for (const report of reports) failures.push(...report.failures)
  return failures
}

const corpusFailures: CorpusFailure[] = (
  await Promise.all(corpusCases.map(async (corpusCase) => (await failuresOfCase(corpusCase)).map((failure) => ({ corpusCase, failure }))))
).flat()

/** Real failures with a shape: the first is the example, all must agree. */
const real = (predicate: (entry: CorpusFailure) => boolean): Failure[] => corpusFailures.filter(predicate).map((entry) => entry.failure)
const ofLabel = (fixType: string) => (entry: CorpusFailure) => entry.corpusCase.label.fix_type === fixType && entry.corpusCase.label.secondary_types.length === 0

// ---- Samples, as the tools print them, for what the corpus lacks

const pytestSample = (command: string, output: string[]) => {
  const failures = parseToolOutput(asStepLines(command, output))
  if (failures.length !== 1) throw new Error(`expected one failure from the sample, got ${failures.length}`)
  return failures[0]!
}

const pytestFailure = (test: string, file: string, body: string[], summary: string) => [
  '============================= test session starts ==============================',
  'collected 2 items',
  '',
  `${file} F.                                                     [100%]`,
  '',
  '=================================== FAILURES ===================================',
  `${'_'.repeat(20)} ${test} ${'_'.repeat(20)}`,
  '',
  ...body,
  '=========================== short test summary info ============================',
  `FAILED ${file}::${test} - ${summary}`,
  '========================= 1 failed, 1 passed in 0.06s ==========================',
]

const userWarning = pytestSample(
  'pytest -W error::UserWarning',
  pytestFailure(
    'test_parses_days',
    'tests/test_load.py',
    [
      '    def test_parses_days():',
      '>       frame = load("tests/rows.csv")',
      '',
      'tests/test_load.py:7: ',
      '_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ ',
      'report/load.py:9: in load',
      '    frame["day"] = pd.to_datetime(frame["day"])',
      '/opt/hostedtoolcache/Python/3.12.8/x64/lib/python3.12/site-packages/pandas/core/tools/datetimes.py:1067: in to_datetime',
      '    values = convert_listlike(arg._values, format)',
      '_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ ',
      '',
      '>   warnings.warn(',
      'E   UserWarning: Could not infer format, so each element will be parsed individually, falling back to `dateutil`. To ensure consistent parsing, please specify a format.',
      '',
      '/opt/hostedtoolcache/Python/3.12.8/x64/lib/python3.12/site-packages/pandas/core/tools/datetimes.py:145: UserWarning',
    ],
    'UserWarning: Could not infer format, so each element will be parsed individually, falling back to `dateutil`. To ensure consistent parsing, please specify a format.',
  ),
)

const orderOnlyDiff = pytestSample(
  'pytest -q',
  pytestFailure(
    'test_statuses_in_input_order',
    'tests/test_probe.py',
    [
      '    def test_statuses_in_input_order():',
      '>       assert probe_all(["a", "b", "c"]) == ["ok", "ok", "timeout"]',
      "E       AssertionError: assert ['ok', 'timeout', 'ok'] == ['ok', 'ok', 'timeout']",
      'E         ',
      "E         At index 1 diff: 'timeout' != 'ok'",
      'E         ',
      'E         Full diff:',
      'E           [',
      "E               'ok',",
      "E         +     'timeout',",
      "E               'ok',",
      "E         -     'timeout',",
      'E           ]',
      '',
      'tests/test_probe.py:9: AssertionError',
    ],
    "AssertionError: assert ['ok', 'timeout', 'ok'] == ['ok', 'ok', 'timeout']",
  ),
)

const valueChangeDiff = pytestSample(
  'pytest -q',
  pytestFailure(
    'test_totals',
    'tests/test_totals.py',
    [
      '    def test_totals():',
      '>       assert totals([1, 2]) == [1, 3]',
      'E       assert [1, 2] == [1, 3]',
      'E         ',
      'E         At index 1 diff: 2 != 3',
      'E         ',
      'E         Full diff:',
      'E           [',
      'E               1,',
      'E         -     3,',
      'E         +     2,',
      'E           ]',
      '',
      'tests/test_totals.py:4: AssertionError',
    ],
    'assert [1, 2] == [1, 3]',
  ),
)

const flakyMarked = pytestSample(
  'pytest -q -p rerunfailures',
  pytestFailure(
    'test_fetch_status',
    'tests/test_client.py',
    [
      '    @pytest.mark.flaky(reruns=2)',
      '    def test_fetch_status():',
      '>       assert fetch_status("https://status.example.org") == 200',
      'E       AssertionError: assert 503 == 200',
      "E        +  where 503 = fetch_status('https://status.example.org')",
      '',
      'tests/test_client.py:12: AssertionError',
    ],
    'AssertionError: assert 503 == 200',
  ),
)

const operandTypeError = pytestSample(
  'pytest -q',
  pytestFailure(
    'test_total_of_mixed_rows',
    'tests/test_sum.py',
    [
      '    def test_total_of_mixed_rows():',
      '>       assert total([{"n": 1}, {"n": "2"}]) == 3',
      '',
      'tests/test_sum.py:5: ',
      '_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ ',
      '',
      "rows = [{'n': 1}, {'n': '2'}]",
      '',
      '    def total(rows):',
      '>       return sum(row["n"] for row in rows)',
      "E       TypeError: unsupported operand type(s) for +: 'int' and 'str'",
      '',
      'ledger/sum.py:2: TypeError',
    ],
    "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
  ),
)

const vitestTypeError = (() => {
  const failures = parseToolOutput(
    asStepLines('npx vitest run', [
      ' FAIL  test/cart.test.ts > cart > totals an empty cart',
      "TypeError: Cannot read properties of undefined (reading 'total')",
      ' ❯ cartTotal src/cart.ts:4:22',
      ' ❯ test/cart.test.ts:6:12',
      '',
      '⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯[1/1]⎯',
      '',
      ' Test Files  1 failed (1)',
      '      Tests  1 failed (1)',
    ]),
  )
  return failures[0]!
})()

// A DeprecationWarning raised while a module is imported, after an ImportError fallback: its text
// names both, and the warning row comes first.
const deprecationAtImport = (() => {
  const failures = parseToolOutput(
    asStepLines('python -m pytest -W error::DeprecationWarning', [
      '============================= test session starts ==============================',
      'collected 0 items / 1 error',
      '',
      '==================================== ERRORS ====================================',
      '___________________ ERROR collecting tests/test_version.py _____________________',
      'tests/test_version.py:1: in <module>',
      '    from feedkit.version import version',
      'feedkit/version.py:3: in <module>',
      '    from importlib_metadata import version as _version',
      "E   ModuleNotFoundError: No module named 'importlib_metadata'",
      '',
      'During handling of the above exception, another exception occurred:',
      'tests/test_version.py:1: in <module>',
      '    from feedkit.version import version',
      'feedkit/version.py:5: in <module>',
      '    import pkg_resources',
      '/opt/hostedtoolcache/Python/3.12.8/x64/lib/python3.12/site-packages/pkg_resources/__init__.py:98: in <module>',
      '    warnings.warn(',
      'E   DeprecationWarning: pkg_resources is deprecated as an API. See https://setuptools.pypa.io/en/latest/pkg_resources.html. The pkg_resources package is slated for removal as early as 2025-11-30. Refrain from using this package or pin to Setuptools<81.',
      '=========================== short test summary info ============================',
      'ERROR tests/test_version.py - DeprecationWarning: pkg_resources is deprecated as an API. See https://setuptools.pypa.io/en/latest/pkg_resources.html. The pkg_resources package is slated for removal as early as 2025-11-30. Refrain from using this package or pin to Setuptools<81.',
      '!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!',
      '=============================== 1 error in 0.21s ===============================',
    ]),
  )
  return failures[0]!
})()

const tscFindings = parseToolOutput(asStepLines('npx tsc --noEmit --pretty', tscPretty))
const pyrightFindings = parseToolOutput(asStepLines('pyright', pyright))
const jestMissingModule = parseToolOutput(asStepLines('npx jest --ci', jestSuiteFailed))[0]!

/** The widest text classifyFailure looks at: the headline, then the failure's own lines. */
const fullText = (failure: Failure) => [failure.errorType ?? '', failure.message, ...failure.details].join('\n')

// ---- Row by row

interface RowExamples {
  row: number
  /** Failures this row must decide (it is the first that matches). */
  matches: () => Failure[]
  /** Failures this row must not match, whatever the order. */
  misses: () => Failure[]
}

const plainAssertion = () => real((entry) => ofLabel('unknown')(entry) && entry.failure.errorType === 'AssertionError')
const isFinding = (entry: CorpusFailure) => entry.failure.kind === 'finding'

const rowExamples: RowExamples[] = [
  {
    row: 0,
    matches: () => [...tscFindings, ...pyrightFindings].filter((failure) => failure.rule === 'TS2307' || failure.rule === 'reportMissingImports'),
    misses: () => real((entry) => ofLabel('type_error')(entry) && isFinding(entry)),
  },
  {
    row: 1,
    matches: () => real((entry) => ofLabel('type_error')(entry) && isFinding(entry)),
    misses: () => real((entry) => ofLabel('lint')(entry) && isFinding(entry)),
  },
  {
    row: 2,
    matches: () => real((entry) => entry.corpusCase.label.fix_type === 'lint' && isFinding(entry)),
    misses: () => real((entry) => entry.failure.kind === 'test'),
  },
  {
    row: 3,
    matches: () => real(ofLabel('drift')),
    misses: plainAssertion,
  },
  {
    row: 4,
    matches: () => [...real(ofLabel('warning')), deprecationAtImport],
    misses: () => real((entry) => entry.corpusCase.label.fix_type === 'import_error' && entry.failure.kind === 'test'),
  },
  {
    row: 5,
    matches: () => [userWarning],
    misses: () => [...plainAssertion(), orderOnlyDiff],
  },
  {
    row: 6,
    matches: () => [
      ...real((entry) => entry.corpusCase.label.fix_type === 'import_error' && entry.failure.kind === 'test' && entry.failure.errorType !== 'NameError'),
      jestMissingModule,
    ],
    misses: () => real((entry) => entry.failure.errorType === 'NameError'),
  },
  {
    row: 7,
    matches: () => real((entry) => ofLabel('import_error')(entry) && entry.failure.errorType === 'NameError'),
    misses: () => real((entry) => ofLabel('type_error')(entry) && entry.failure.kind === 'test'),
  },
  {
    row: 8,
    matches: () => real((entry) => ofLabel('flaky_test')(entry) && /^Failed$/.test(entry.failure.errorType ?? '')),
    misses: () => [...plainAssertion(), orderOnlyDiff],
  },
  {
    row: 9,
    matches: () => [...real((entry) => ofLabel('flaky_test')(entry) && entry.failure.errorType === 'AssertionError'), orderOnlyDiff],
    misses: () => [...plainAssertion(), valueChangeDiff],
  },
  {
    row: 10,
    matches: () => [flakyMarked],
    misses: () => [...plainAssertion(), orderOnlyDiff],
  },
  {
    row: 11,
    matches: () => real((entry) => ofLabel('type_error')(entry) && entry.failure.errorType === 'TypeError'),
    misses: () => [operandTypeError, vitestTypeError],
  },
  {
    row: 12,
    matches: () => real((entry) => ofLabel('unknown')(entry) && entry.failure.errorType !== 'AssertionError'),
    misses: () => [...plainAssertion(), ...real(ofLabel('drift'))],
  },
  {
    row: 13,
    matches: () => [operandTypeError],
    misses: () => [vitestTypeError],
  },
  {
    row: 14,
    matches: () => parsePytestOutput(pytestModuleAttribute),
    misses: () => [...plainAssertion(), operandTypeError],
  },
]

describe('classifierRules, row by row', () => {
  it('every row has examples', () => {
    expect(rowExamples.map((examples) => examples.row)).toEqual(classifierRules.map((_rule, index) => index))
  })

  const rows = rowExamples.map((examples) => ({ ...examples, rule: classifierRules[examples.row]!, name: `${examples.row}` }))

  it.each(rows)('row $name ($rule.fixType, $rule.confidence): decides the failures it is for', ({ matches, rule }) => {
    const failures = matches()
    expect(failures.length).toBeGreaterThan(0)
    for (const failure of failures) {
      expect(classifyFailure(failure), `${failure.nodeid}: ${failure.message}`).toEqual({
        fixType: rule.fixType,
        confidence: rule.confidence,
        because: rule.because,
      })
    }
  })

  it.each(rows)('row $name ($rule.fixType, $rule.confidence): does not match failures of another kind', ({ misses, rule }) => {
    const failures = misses()
    expect(failures.length).toBeGreaterThan(0)
    for (const failure of failures) expect(rule.matches(failure, fullText(failure)), `${failure.nodeid}: ${failure.message}`).toBe(false)
  })
})

describe('classifyFailure: the first matching row decides', () => {
  const rowIndex = (failure: Failure) => classifierRules.findIndex((rule) => rule.matches(failure, fullText(failure)))

  it('a DeprecationWarning raised at import time is a warning, though its text also names a missing module', () => {
    const matching = classifierRules.filter((rule) => rule.matches(deprecationAtImport, fullText(deprecationAtImport))).map((rule) => rule.fixType)
    expect(matching).toContain('import_error')
    expect(classifyFailure(deprecationAtImport).fixType).toBe('warning')
    expect(deprecationAtImport.errorType).toBe('DeprecationWarning')
  })

  it('the corpus DeprecationWarnings raised while importing a module are warnings', () => {
    const atImport = real((entry) => ofLabel('warning')(entry) && entry.failure.details.some((line) => /in <module>$/.test(line)))
    expect(atImport.length).toBeGreaterThan(0)
    for (const failure of atImport) expect(classifyFailure(failure).fixType).toBe('warning')
  })

  it('a performance-budget AssertionError is drift, not unknown', () => {
    const budget = real((entry) => ofLabel('drift')(entry) && entry.failure.errorType === 'AssertionError')
    expect(budget.length).toBeGreaterThan(0)
    for (const failure of budget) expect(classifyFailure(failure).fixType).toBe('drift')
  })

  it('a plain assertion is unknown: no row matches it', () => {
    const failures = plainAssertion()
    expect(failures.length).toBeGreaterThan(0)
    for (const failure of failures) {
      expect(rowIndex(failure)).toBe(-1)
      expect(classifyFailure(failure)).toMatchObject({ fixType: 'unknown', confidence: 'none', because: expect.stringMatching(/no known pattern/) })
    }
  })

  it('a TypeError from a signature mismatch outranks the generic TypeError row', () => {
    const failures = real((entry) => ofLabel('type_error')(entry) && entry.failure.errorType === 'TypeError')
    expect(failures.length).toBeGreaterThan(0)
    for (const failure of failures) expect(classifyFailure(failure).confidence).toBe('medium')
    expect(classifyFailure(operandTypeError).confidence).toBe('low')
  })

  it('the exception decides before its captured output: a warning printed in the output does not turn an error into a warning', () => {
    const failure: Failure = {
      ...jestMissingModule,
      details: [...jestMissingModule.details, '(node:2211) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues.'],
    }
    expect(classifyFailure(failure).fixType).toBe('import_error')
  })
})

// ---- Against the labels: every real failure of a case with one failure class gets that class.

describe('classifyFailure over the corpus', () => {
  const cases = corpusCases.filter((corpusCase) => corpusFailures.some((entry) => entry.corpusCase === corpusCase))

  it.each(cases)('$name: each failure is of the labelled types', (corpusCase) => {
    const failures = real((entry) => entry.corpusCase === corpusCase)
    const allowed = [corpusCase.label.fix_type, ...corpusCase.label.secondary_types]
    const types = failures.map((failure) => classifyFailure(failure).fixType)
    for (const type of types) expect(allowed).toContain(type)
    expect(types).toContain(corpusCase.label.fix_type)
  })
})

describe('isOrderOnlyDifference', () => {
  const cases = [
    { name: 'pytest: the same items in another order', text: fullText(orderOnlyDiff), expected: true },
    { name: 'pytest: a value changed', text: fullText(valueChangeDiff), expected: false },
    {
      name: 'jest: an array permuted',
      text: ['- Expected  - 1', '+ Received  + 1', '', '  Array [', '-   "a",', '    "b",', '+   "a",', '  ]'].join('\n'),
      expected: true,
    },
    {
      name: 'jest: an item replaced',
      text: ['- Expected  - 1', '+ Received  + 1', '', '  Array [', '-   "a",', '+   "c",', '    "b",', '  ]'].join('\n'),
      expected: false,
    },
    { name: 'an item only removed', text: ['  [', "-     'a',", "      'b',", '  ]'].join('\n'), expected: false },
    { name: 'no diff at all', text: 'assert 2 == 3', expected: false },
  ]
  it.each(cases)('$name → $expected', ({ text, expected }) => {
    expect(isOrderOnlyDifference(text)).toBe(expected)
  })
})
