import type { Failure } from '../failure.js'
import { createTestFailure } from './create-test-failure.js'
import type { ErrorSummary } from './error-summary.js'
import { readJsStackTrace } from './js-stack-trace.js'
import { readTextFindings } from './parse-text-findings.js'
import { toPytestNodeid } from './pytest-nodeid.js'
import { readPythonTraceback } from './python-traceback.js'
import type { JunitCase, JunitDocument } from './read-junit.js'
import { nodeTestCounter } from './read-junit.js'
import { isAbsolutePath, toReportPath } from './report-path.js'

/**
 * Every tool writes JUnit its own way: how it names a test and what its failure text looks like.
 * One row per tool; the first row whose `matches` holds reads the whole report.
 */
export interface JunitFlavour {
  tool: string
  matches: (document: JunitDocument) => boolean
  toFailures: (failingCase: JunitCase) => Failure[]
}

// The failure types node:test's junit reporter writes (its `failureType` values).
const nodeTestFailureTypes = new Set([
  'testCodeFailure',
  'hookFailure',
  'cancelledByParent',
  'parentAlreadyFinished',
  'subtestsFailed',
  'testTimeoutFailure',
  'callbackAndPromisePresent',
  'multipleCallbackInvocations',
  'uncaughtException',
  'unhandledRejection',
])

export const junitFlavours: readonly JunitFlavour[] = [
  {
    // mypy --junit-xml: one testcase (or one per file) whose failure text is mypy's own output.
    tool: 'mypy',
    matches: (document) =>
      document.suiteNames.includes('mypy') || document.failingCases.some((failingCase) => failingCase.classname === 'mypy'),
    toFailures: (failingCase) => {
      const { failures } = readTextFindings(failingCase.lines)
      return failures.length > 0 ? failures : toGenericFailures('mypy', failingCase)
    },
  },
  {
    // vitest: classname is the test file, name the title path (`describe > test`), ` ❯ ` frames.
    tool: 'vitest',
    matches: (document) =>
      document.reportName === 'vitest tests' ||
      document.failingCases.some((failingCase) => failingCase.lines.some((line) => line.trimStart().startsWith('❯ '))),
    toFailures: (failingCase) => {
      const file = toReportPath(failingCase.classname)
      // A file that failed to load is reported as a test named after the file.
      const nodeid = failingCase.name === failingCase.classname ? file : `${file} > ${failingCase.name}`
      return [toTestFailure('vitest', nodeid, failingCase, readJsStackTrace(failingCase.lines), file)]
    },
  },
  {
    // jest-junit names a test `{classname} {title}` by default; its templates are configurable.
    tool: 'jest',
    matches: (document) => document.reportName === 'jest tests',
    toFailures: (failingCase) => {
      const file = failingCase.file === undefined ? undefined : toReportPath(failingCase.file)
      const nodeid = file === undefined ? failingCase.name : `${file} > ${failingCase.name}`
      return [toTestFailure('jest', nodeid, failingCase, readJsStackTrace(failingCase.lines), file)]
    },
  },
  {
    tool: 'node-test',
    matches: (document) =>
      document.comments.some((comment) => nodeTestCounter.test(comment)) ||
      document.failureTypes.some((type) => nodeTestFailureTypes.has(type)),
    toFailures: (failingCase) => {
      // A file whose tests failed outside any test is reported as a test named by its absolute path.
      const file = isAbsolutePath(failingCase.name) ? toReportPath(failingCase.name) : undefined
      const nodeid = [...failingCase.suitePath, file ?? failingCase.name].join(' > ')
      const error = readNodeTestError(failingCase)
      return [toTestFailure('node-test', nodeid, failingCase, error, file, [...failingCase.diagnostics, ...failingCase.lines])]
    },
  },
  {
    tool: 'pytest',
    matches: (document) =>
      document.suiteNames.includes('pytest') ||
      document.failingCases.some((failingCase) => failingCase.lines.some((line) => line.startsWith('E   '))),
    toFailures: (failingCase) => {
      const nodeid = toPytestNodeid(failingCase.classname, failingCase.name, failingCase.file)
      const testFile = nodeid.split('::')[0]
      return [toTestFailure('pytest', nodeid, failingCase, readPythonTraceback(failingCase.lines), testFile)]
    },
  },
]

/** Any other JUnit writer (surefire, go-junit-report, …): `classname.name`, as JUnit itself prints tests. */
export const genericJunitFlavour: JunitFlavour = {
  tool: 'junit',
  matches: () => true,
  toFailures: (failingCase) => toGenericFailures('junit', failingCase),
}

function toGenericFailures(tool: string, failingCase: JunitCase): Failure[] {
  const nodeid = failingCase.classname === '' ? failingCase.name : `${failingCase.classname}.${failingCase.name}`
  const python = readPythonTraceback(failingCase.lines)
  const error = python.message !== undefined || python.frames.length > 0 ? python : readJsStackTrace(failingCase.lines)
  return [toTestFailure(tool, nodeid, failingCase, error, undefined)]
}

function toTestFailure(
  tool: string,
  nodeid: string,
  failingCase: JunitCase,
  error: ErrorSummary,
  testFile: string | undefined,
  details: readonly string[] = failingCase.lines,
): Failure {
  const fallbackMessage = failingCase.message?.split('\n', 1)[0]?.trim() || undefined
  return createTestFailure({
    tool,
    nodeid,
    outcome: failingCase.outcome,
    details,
    error,
    ...(fallbackMessage === undefined ? {} : { fallbackMessage }),
    ...(testFile === undefined ? {} : { testFile }),
  })
}

// node:test reports an error raised after a test ended only in a diagnostic, quoting it:
// `… This activity created the error "DeprecationWarning: Buffer() is deprecated …" and would …`.
const quotedError = /"(?<message>(?<errorType>(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Warning|Exception)): [^"]+)"/

// node:test wraps what the test threw in ERR_TEST_FAILURE and prints the thrown error as its
// cause: `  cause: AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:`.
const causeLine = /^\s*cause: (?<errorType>(?:[A-Za-z_$][\w$]*\.)*[A-Z][\w$]*)(?: \[[\w$]+\])?: (?<message>.*)$/

function readNodeTestError(failingCase: JunitCase): ErrorSummary {
  const stack = readJsStackTrace(failingCase.lines)
  for (const diagnostic of failingCase.diagnostics) {
    const groups = quotedError.exec(diagnostic)?.groups
    if (groups?.message && groups.errorType) return { ...stack, message: groups.message, errorType: groups.errorType }
  }
  for (const line of failingCase.lines) {
    const groups = causeLine.exec(line)?.groups
    if (groups?.errorType) return { ...stack, message: `${groups.errorType}: ${groups.message ?? ''}`.trim(), errorType: groups.errorType }
  }
  const diagnostic = failingCase.diagnostics[0]
  // The failure text alone says only `[Error: test failed] { code: 'ERR_TEST_FAILURE', … }`.
  return diagnostic === undefined ? stack : { ...stack, message: diagnostic.split('\n', 1)[0] ?? diagnostic }
}
