import type { Frame } from '../failure.js'
import { firstNonBlankLine } from './report-lines.js'
import { summarizeFrames, toFrame, type ErrorSummary } from './error-summary.js'

/**
 * Frames and the error line of a JavaScript failure: V8 stack lines (`at fn (/abs/x.js:3:7)`,
 * `at /abs/x.js:3:7`, `at file:///…`) as jest, vitest's JSON and node:test print them, and vitest's
 * own ` ❯ src/x.ts:1:1` lines. A pure function over lines.
 */
export function readJsStackTrace(lines: readonly string[]): ErrorSummary {
  const innermostFirst: Frame[] = []
  for (const line of lines) {
    const frame = readFrameLine(line)
    if (frame) innermostFirst.push(frame)
  }
  // V8 and vitest print the innermost call first; Failure.frames are outermost first.
  return { ...summarizeFrames(innermostFirst.reverse()), ...readJsError(lines) }
}

// `Error: boom`, `TypeError: x is not a function`, node's `[Error [ERR_ASSERTION]: …`.
const errorLine = /^\[?(?<errorType>(?:[\w$]+\.)*[A-Z][\w$]*)(?: \[[A-Z_\d]+\])?: /

/** The first line of the failure is the error; its type when it reads `Type: message`. */
export function readJsError(lines: readonly string[]): Pick<ErrorSummary, 'message' | 'errorType'> {
  // jest opens a suite's message with a `● Test suite failed to run` heading.
  const message = firstNonBlankLine(lines.filter((line) => !line.trim().startsWith('●')))
  if (message === undefined) return {}
  const errorType = errorLine.exec(message)?.groups?.errorType
  return errorType ? { message, errorType } : { message }
}

function readFrameLine(line: string): Frame | undefined {
  const trimmed = line.trim()
  let location: string
  if (trimmed.startsWith('at ')) {
    // `at fn (location)`: the location is inside the last parentheses; `at location` otherwise.
    const rest = trimmed.slice(3)
    const open = rest.lastIndexOf('(')
    location = rest.endsWith(')') && open >= 0 ? rest.slice(open + 1, -1) : rest
  } else if (/^[\w$.<>\[\] ]+ \([^()]+:\d+:\d+\)$/.test(trimmed)) {
    // node:test's TAP `stack:` block prints V8 frames without their `at `.
    location = trimmed.slice(trimmed.lastIndexOf('(') + 1, -1)
  } else if (trimmed.startsWith('❯ ')) {
    // vitest: `❯ src/x.ts:1:1` or `❯ functionName src/x.ts:1:1`.
    location = trimmed.slice(2).trim().split(/\s+/).at(-1) ?? ''
  } else {
    return undefined
  }
  return readLocation(location)
}

/** `path:line:column` → a frame; `<anonymous>` and `native` have no position and no frame. */
function readLocation(location: string): Frame | undefined {
  const columnColon = location.lastIndexOf(':')
  const lineColon = location.lastIndexOf(':', columnColon - 1)
  if (lineColon <= 0) return undefined
  const line = location.slice(lineColon + 1, columnColon)
  const column = location.slice(columnColon + 1)
  if (!/^\d+$/.test(line) || !/^\d+$/.test(column)) return undefined
  return toFrame(location.slice(0, lineColon), Number(line))
}
