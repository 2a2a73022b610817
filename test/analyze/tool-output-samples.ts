import { JobLogScanner } from '../../src/analyze/scan-job-log.js'

/**
 * Tool output in formats the corpus lacks, written as the tools print them (ruff's concise and
 * full formats, pylint's parseable and text formats, tsc --pretty with its colours, pyright's
 * CLI, a vitest assertion failure, jest's "Test suite failed to run", node:test's TAP).
 * Paths are runner paths where the tool prints absolute ones.
 */

const esc = '\x1b'
const cyan = (text: string) => `${esc}[96m${text}${esc}[0m`
const yellow = (text: string) => `${esc}[93m${text}${esc}[0m`

export const ruffConcise = [
  'geofence/polygon.py:2:8: F401 [*] `os` imported but unused',
  'geofence/polygon.py:23:101: E501 Line too long (109 > 100)',
  'Found 2 errors.',
  '[*] 1 fixable with the `--fix` option.',
]

export const ruffFull = [
  'F401 [*] `os` imported but unused',
  ' --> geofence/polygon.py:2:8',
  '  |',
  '1 | import math',
  '2 | import os',
  '  |        ^^',
  '3 | from typing import Iterable',
  '  |',
  'help: Remove unused import: `os`',
  '',
  'E501 Line too long (109 > 100)',
  '  --> geofence/polygon.py:23:101',
  '   |',
  '22 | def area(points):',
  '23 |     return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]))) / 2.0',
  '   |                                                                                                     ^^^^^^^^^',
  '   |',
  '',
  'Found 2 errors.',
  '[*] 1 fixable with the `--fix` option.',
]

export const pylintParseable = [
  '************* Module geofence.polygon',
  'geofence/polygon.py:2: [W0611(unused-import), ] Unused import os',
  'geofence/polygon.py:22: [C0116(missing-function-docstring), area] Missing function or method docstring',
  '',
  '------------------------------------------------------------------',
  'Your code has been rated at 8.57/10 (previous run: 8.57/10, +0.00)',
]

export const pylintText = [
  '************* Module geofence.polygon',
  'geofence/polygon.py:2:0: W0611: Unused import os (unused-import)',
  '',
  '-----------------------------------',
  'Your code has been rated at 9.29/10',
]

export const tscPretty = [
  `${cyan('src/cli.ts')}:${yellow('14')}:${yellow('21')} - ${esc}[91merror${esc}[0m${esc}[90m TS2554: ${esc}[0mExpected 3 arguments, but got 2.`,
  '',
  `${esc}[7m14${esc}[0m   const total = sum(a, b)`,
  `${esc}[7m  ${esc}[0m ${esc}[91m                ~~~~~~~~~${esc}[0m`,
  '',
  `  ${cyan('src/math.ts')}:${yellow('1')}:${yellow('42')}`,
  `    ${esc}[7m1${esc}[0m export function sum(a: number, b: number, c: number): number {`,
  `    ${esc}[7m ${esc}[0m ${esc}[96m                                         ~~~~~~~~~${esc}[0m`,
  "    An argument for 'c' was not provided.",
  '',
  `${cyan('src/cli.ts')}:${yellow('3')}:${yellow('23')} - ${esc}[91merror${esc}[0m${esc}[90m TS2307: ${esc}[0mCannot find module './format' or its corresponding type declarations.`,
  '',
  '',
  `Found 2 errors in the same file, starting at: src/cli.ts${esc}[90m:3${esc}[0m`,
]

const checkout = '/home/runner/work/geo-fence/geo-fence'
export const pyright = [
  `${checkout}/geofence/polygon.py`,
  `  ${checkout}/geofence/polygon.py:3:8 - error: Import "shapely" could not be resolved (reportMissingImports)`,
  `  ${checkout}/geofence/polygon.py:12:12 - error: Type "int" is not assignable to return type "str"`,
  '    "int" is not assignable to "str" (reportReturnType)',
  `  ${checkout}/geofence/polygon.py:20:5 - warning: Variable "unused" is not accessed (reportUnusedVariable)`,
  '2 errors, 1 warning, 0 informations ',
]

export const vitestAssertion = [
  '',
  ' RUN  v4.1.12 /home/runner/work/calc/calc',
  '',
  ' ❯ test/a.test.ts (2 tests | 1 failed) 6ms',
  '   ✓ suite > adds 2ms',
  '   × suite > name 4ms',
  '     → expected 2 to be 3 // Object.is equality',
  '',
  '⎯⎯⎯⎯⎯⎯⎯ Failed Tests 1 ⎯⎯⎯⎯⎯⎯⎯',
  '',
  ' FAIL  test/a.test.ts > suite > name',
  'AssertionError: expected 2 to be 3 // Object.is equality',
  '',
  '- Expected',
  '+ Received',
  '',
  '- 3',
  '+ 2',
  '',
  ' ❯ test/a.test.ts:9:19',
  '      7|   })',
  "      8|   it('name', () => {",
  '      9|     expect(1 + 1).toBe(3)',
  '       |                   ^',
  '     10|   })',
  '     11| })',
  '',
  '⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯[1/1]⎯',
  '',
  ' Test Files  1 failed (1)',
  '      Tests  1 failed | 1 passed (2)',
  '   Start at  13:18:44',
  '   Duration  312ms (transform 41ms, setup 0ms, import 52ms, tests 6ms, environment 0ms)',
]

export const jestSuiteFailed = [
  'FAIL test/cart.test.js',
  '  ● Test suite failed to run',
  '',
  "    Cannot find module '../src/pricing' from 'test/cart.test.js'",
  '',
  "    > 1 | const { price } = require('../src/pricing');",
  '        | ^',
  '      2 |',
  "      3 | test('price', () => {",
  '',
  '      at Resolver._throwModNotFoundError (node_modules/jest-resolve/build/resolver.js:427:11)',
  '      at Object.<anonymous> (test/cart.test.js:1:1)',
  '',
  'Test Suites: 1 failed, 1 total',
  'Tests:       0 total',
  'Snapshots:   0 total',
  'Time:        0.512 s',
  'Ran all test suites.',
]

export const nodeTestTap = [
  'TAP version 13',
  '# Subtest: adds numbers',
  'not ok 1 - adds numbers',
  '  ---',
  '  duration_ms: 1.204',
  "  location: '/home/runner/work/calc/calc/test/math.test.js:4:1'",
  "  failureType: 'testCodeFailure'",
  '  error: |-',
  '    Expected values to be strictly equal:',
  '    ',
  '    3 !== 4',
  '    ',
  "  code: 'ERR_ASSERTION'",
  "  name: 'AssertionError'",
  '  expected: 4',
  '  actual: 3',
  "  operator: 'strictEqual'",
  '  stack: |-',
  '    TestContext.<anonymous> (file:///home/runner/work/calc/calc/test/math.test.js:5:10)',
  '    Test.runInAsyncScope (node:async_hooks:206:9)',
  '    Test.run (node:internal/test_runner/test:631:25)',
  '  ...',
  '# Subtest: subtracts',
  'ok 2 - subtracts',
  '  ---',
  '  duration_ms: 0.31',
  '  ...',
  '1..2',
  '# tests 2',
  '# suites 0',
  '# pass 1',
  '# fail 1',
  '# cancelled 0',
  '# skipped 0',
  '# todo 0',
  '# duration_ms 48.5',
]

/**
 * The tool output as the runner logs it (a `Run` step, timestamps, the exit code), read back
 * through the scanner: the lines the parsers get in production.
 */
export function asStepLines(command: string, output: readonly string[], exitCode = 1): string[] {
  const raw = [
    `##[group]Run ${command}`,
    command,
    'shell: /usr/bin/bash -e {0}',
    '##[endgroup]',
    ...output,
    `##[error]Process completed with exit code ${exitCode}.`,
    'Cleaning up orphan processes',
  ]
  const text = raw.map((line, index) => `2026-11-25T13:10:52.${String(1_000_000 + index * 137).padStart(7, '0')}Z ${line}\n`).join('')
  const scanner = new JobLogScanner('job')
  scanner.scan(Buffer.from(text))
  const log = scanner.finish()
  if (log.steps.length !== 1) throw new Error(`expected one failing step, got ${log.steps.length}`)
  return log.steps[0]!.lines
}

/** `ruff format --check .` (ruff 0.6+): one line a file, then a count. */
export const ruffFormatCheck = ['Would reformat: geofence/polygon.py', 'Would reformat: tests/test_polygon.py', '2 files would be reformatted, 3 files already formatted']

/** `eslint -f unix .`: one finding a line, the severity and rule in brackets, then a count. */
export const eslintUnix = [
  "/home/runner/work/cart-engine/cart-engine/src/cart.js:11:17: Expected '===' and instead saw '=='. [Error/eqeqeq]",
  "/home/runner/work/cart-engine/cart-engine/src/money.js:1:35: 'mode' is defined but never used. [Error/no-unused-vars]",
  '',
  '2 problems',
]

/** Real `pytest -q` output (pytest 9.0.3): a module attribute that was renamed away (app/timeutil.py has parse_interval). */
export const pytestModuleAttribute = [
  "F                                                                        [100%]",
  "=================================== FAILURES ===================================",
  "________________________________ test_schedule _________________________________",
  "",
  "    def test_schedule():",
  ">       assert schedule(\"5\") == 5",
  "               ^^^^^^^^^^^^^",
  "",
  "tests/test_jobs.py:5: ",
  "_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ ",
  "",
  "text = '5'",
  "",
  "    def schedule(text):",
  ">       return timeutil.parse_duration(text)",
  "               ^^^^^^^^^^^^^^^^^^^^^^^",
  "E       AttributeError: module 'app.timeutil' has no attribute 'parse_duration'",
  "",
  "app/jobs.py:5: AttributeError",
  "=========================== short test summary info ============================",
  "FAILED tests/test_jobs.py::test_schedule - AttributeError: module 'app.timeut...",
  "1 failed in 0.91s",
]

/** Real `python -m unittest discover` output (Python 3.11): a module that fails to import, and an assertion. */
export const unittestDiscover = [
  "FE",
  "======================================================================",
  "ERROR: tests.test_core (unittest.loader._FailedTest.tests.test_core)",
  "----------------------------------------------------------------------",
  "ImportError: Failed to import test module: tests.test_core",
  "Traceback (most recent call last):",
  "  File \"/root/.pyenv/versions/3.11.7/lib/python3.11/unittest/loader.py\", line 419, in _find_test_path",
  "    module = self._get_module_from_name(name)",
  "             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
  "  File \"/root/.pyenv/versions/3.11.7/lib/python3.11/unittest/loader.py\", line 362, in _get_module_from_name",
  "    __import__(name)",
  "  File \"/tmp/ut/tests/test_core.py\", line 2, in <module>",
  "    from pkg.core import f",
  "  File \"/tmp/ut/pkg/core.py\", line 1, in <module>",
  "    import requests_toolbelt",
  "ModuleNotFoundError: No module named 'requests_toolbelt'",
  "",
  "",
  "======================================================================",
  "FAIL: test_add (tests.test_calc.TestAdd.test_add)",
  "----------------------------------------------------------------------",
  "Traceback (most recent call last):",
  "  File \"/tmp/ut/tests/test_calc.py\", line 6, in test_add",
  "    self.assertEqual(add(2, 2), 5)",
  "AssertionError: 4 != 5",
  "",
  "----------------------------------------------------------------------",
  "Ran 2 tests in 0.001s",
  "",
  "FAILED (failures=1, errors=1)",
]
