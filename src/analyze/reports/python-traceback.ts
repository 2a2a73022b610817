import type { Frame } from '../failure.js'
import { summarizeFrames, toFrame, type ErrorSummary } from './error-summary.js'

/**
 * Frames and the exception of a Python failure, from pytest's long representation (the text of a
 * JUnit `<failure>`, pytest-json-report's `longrepr`, a FAILURES section of the console) or a plain
 * `Traceback (most recent call last):` block. A pure function over lines, so the console parser
 * can hand it the lines of one failure section.
 */

// pytest prints each traceback entry's location as `path:line: in func` (short/auto style),
// `path:line: ExceptionType` (the entry that raised, long style) or `path:line: ` (other long-style
// entries). The path has no leading blank (source lines are indented) and may carry a drive
// letter or be `<frozen importlib._bootstrap>`.
const pytestLocation =
  /^(?<path>(?:[A-Za-z]:)?[^\s:][^:]*):(?<line>\d+):(?: in (?<function>\S+)| (?<errorType>(?:[A-Za-z_]\w*\.)*[A-Za-z_]\w*))?\s*$/
// CPython's own traceback lines (`--tb=native`, and errors printed outside pytest).
const nativeFrame = /^\s*File "(?<path>[^"]+)", line (?<line>\d+)/
// pytest marks the exception's lines with `E` and at least one blank.
const exceptionMarker = /^E(?:\s+(?<text>.*))?$/
// Python exception classes are CapWords, possibly qualified: `pydantic.warnings.PydanticDeprecatedSince20`.
const exceptionLine = /^(?<errorType>(?:[A-Za-z_]\w*\.)*[A-Z]\w*): (?<message>.*)$/
const bareExceptionLine = /^(?<errorType>(?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Warning|Exit|Interrupt|Iteration))$/

export function readPythonTraceback(lines: readonly string[]): ErrorSummary {
  const frames: Frame[] = []
  const exceptionBlocks: string[][] = []
  let locationType: string | undefined
  let nativeException: string | undefined
  let isInNativeTraceback = false
  let previousWasMarker = false

  for (const line of lines) {
    const marker = exceptionMarker.exec(line)
    if (marker) {
      const text = (marker.groups?.text ?? '').trim()
      if (!previousWasMarker) exceptionBlocks.push([])
      exceptionBlocks.at(-1)?.push(text)
      previousWasMarker = true
      continue
    }
    previousWasMarker = false

    const location = pytestLocation.exec(line)
    if (location?.groups) {
      frames.push(toFrame(location.groups.path ?? '', Number(location.groups.line)))
      if (location.groups.errorType) locationType = location.groups.errorType
      continue
    }
    const native = nativeFrame.exec(line)
    if (native?.groups) {
      frames.push(toFrame(native.groups.path ?? '', Number(native.groups.line)))
      isInNativeTraceback = true
      continue
    }
    if (line.startsWith('Traceback (most recent call last):')) isInNativeTraceback = true
    else if (isInNativeTraceback && isExceptionText(line)) nativeException = line.trim()
  }

  return { ...summarizeFrames(frames), ...readException(exceptionBlocks, locationType, nativeException) }
}

function isExceptionText(text: string): boolean {
  return exceptionLine.test(text) || bareExceptionLine.test(text)
}

function typeOf(text: string): string | undefined {
  return (exceptionLine.exec(text) ?? bareExceptionLine.exec(text))?.groups?.errorType
}

/**
 * The exception's one-line message. pytest names the raised class on the last location line, so
 * an `E` line of that type is the exception itself; without one, the last `E` block holds the final
 * exception of a chain, and a bare assertion (`E   assert 2 == 3`) gets the location's type.
 */
function readException(
  blocks: readonly string[][],
  locationType: string | undefined,
  nativeException: string | undefined,
): Pick<ErrorSummary, 'message' | 'errorType'> {
  if (locationType) {
    for (const block of [...blocks].reverse()) {
      const line = block.find((text) => {
        const type = typeOf(text)
        return type === locationType || type?.endsWith(`.${locationType}`) === true
      })
      if (line) return { message: line, errorType: typeOf(line) }
    }
  }
  const finalLine = blocks.at(-1)?.find((text) => text !== '')
  if (finalLine && isExceptionText(finalLine)) return { message: finalLine, errorType: typeOf(finalLine) }
  if (locationType) {
    return { message: finalLine ? `${locationType}: ${finalLine}` : locationType, errorType: locationType }
  }
  if (nativeException) return { message: nativeException, errorType: typeOf(nativeException) }
  return finalLine ? { message: finalLine } : {}
}
