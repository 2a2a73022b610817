import { boundDetails, type Failure } from '../failure.js'
import { stripRunnerPaths, toRepoRelative } from '../runner-paths.js'
import type { ErrorSummary } from './error-summary.js'

export interface TestFailureInput {
  tool: string
  nodeid: string
  outcome: Failure['outcome']
  /** The failure's own text, line by line. */
  details: readonly string[]
  error: ErrorSummary
  /** When the text names no error: the report's one-line message (a `message` attribute). */
  fallbackMessage?: string
  /** The test's file, where the error's frames name no file of the project. */
  testFile?: string
}

/** A failing test; runner paths in its text become repo-relative so ids and prompts stay stable. */
export function createTestFailure(input: TestFailureInput): Failure {
  const { error } = input
  const message = stripRunnerPaths(error.message ?? input.fallbackMessage ?? error.errorType ?? `test ${input.outcome}`)
  const testFile = input.testFile === undefined ? undefined : toRepoRelative(input.testFile)
  const file = error.file ?? testFile
  return {
    kind: 'test',
    tool: input.tool,
    nodeid: input.nodeid,
    outcome: input.outcome,
    message,
    ...(file === undefined ? {} : { file }),
    ...(error.file !== undefined && error.line !== undefined ? { line: error.line } : {}),
    ...(error.errorType === undefined ? {} : { errorType: error.errorType }),
    details: boundDetails(input.details.map(stripRunnerPaths)),
    frames: error.frames,
  }
}
