import { z } from 'zod'
import type { Failure } from '../failure.js'
import { createTestFailure } from './create-test-failure.js'
import { readJsStackTrace } from './js-stack-trace.js'
import { splitReportLines, trimBlankLines } from './report-lines.js'
import { toReportPath } from './report-path.js'

/**
 * `jest --json --outputFile` and vitest's `json` reporter (which copies jest's shape). A failed
 * assertion is `file > describe… > title`; a file that failed to run, with no failed assertion,
 * is the file alone.
 */
const AssertionResult = z.object({
  ancestorTitles: z.array(z.string()).nullish(),
  title: z.string(),
  status: z.string(),
  failureMessages: z.array(z.string()).nullish(),
})

const TestFileResult = z.object({
  name: z.string(),
  status: z.string().nullish(),
  message: z.string().nullish(),
  assertionResults: z.array(AssertionResult).nullish(),
})

export const JestJsonReport = z.object({ testResults: z.array(TestFileResult) })

export function isJestJsonShape(value: unknown): boolean {
  return isRecord(value) && Array.isArray(value.testResults) && ('numTotalTests' in value || 'numFailedTests' in value)
}

/** Only jest writes `openHandles` and `wasInterrupted`; vitest's report lacks both. */
export function isWrittenByJest(value: unknown): boolean {
  return isRecord(value) && ('openHandles' in value || 'wasInterrupted' in value)
}

export function parseJestJson(report: z.infer<typeof JestJsonReport>, tool: 'jest' | 'vitest'): Failure[] {
  return report.testResults.flatMap((fileResult) => {
    const file = toReportPath(fileResult.name)
    const failedAssertions = (fileResult.assertionResults ?? []).filter((assertion) => assertion.status === 'failed')
    const failures = failedAssertions.map((assertion) => {
      const lines = trimBlankLines(splitReportLines((assertion.failureMessages ?? []).join('\n')))
      return createTestFailure({
        tool,
        nodeid: [file, ...(assertion.ancestorTitles ?? []), assertion.title].join(' > '),
        outcome: 'failed',
        details: lines,
        error: readJsStackTrace(lines),
        testFile: file,
      })
    })
    if (failures.length > 0 || fileResult.status !== 'failed' || !fileResult.message) return failures
    const lines = trimBlankLines(splitReportLines(fileResult.message))
    return [createTestFailure({ tool, nodeid: file, outcome: 'error', details: lines, error: readJsStackTrace(lines), testFile: file })]
  })
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
