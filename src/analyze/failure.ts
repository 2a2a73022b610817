/**
 * What every parser (log text or report file) turns tool output into: one record per failing
 * test, per lint or type finding, or per error of a step that no parser recognised.
 */
export type FailureKind = 'test' | 'finding' | 'step'

export interface Frame {
  /** Repo-relative for files of the project, absolute (or `<frozen …>`) for everything else. */
  file: string
  line?: number
}

export interface Failure {
  kind: FailureKind
  /** The tool whose output this came from: pytest, mypy, tsc, eslint, jest, vitest, node-test, … */
  tool: string
  /** A test id as the tool names it, or `path:line:rule` for a finding. */
  nodeid: string
  outcome: 'failed' | 'error'
  /** One line: the exception or the finding's text. */
  message: string
  /** Where the error is, repo-relative, when the tool says so. */
  file?: string
  line?: number
  /** A finding's code or rule: E501, TS2322, no-unused-vars, union-attr. */
  rule?: string
  /** The exception's class: DeprecationWarning, ModuleNotFoundError, TypeError. */
  errorType?: string
  /** The failure's own lines (traceback, code frame, diff), bounded. */
  details: string[]
  /** Stack frames, outermost first. */
  frames: Frame[]
  /** The job whose log or artifacts it came from. */
  job?: string
}

export const maxDetailLines = 80

export function boundDetails(lines: readonly string[]): string[] {
  if (lines.length <= maxDetailLines) return [...lines]
  const head = lines.slice(0, 20)
  const tail = lines.slice(-(maxDetailLines - 21))
  return [...head, `… ${lines.length - head.length - tail.length} lines omitted …`, ...tail]
}
