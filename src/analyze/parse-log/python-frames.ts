import type { Frame } from '../failure.js'
import { toRepoRelative } from '../runner-paths.js'

/**
 * Stack frames and the exception of Python output, in the shapes pytest and the interpreter print:
 *   tests/test_x.py:7: in test_y          (pytest long/short traceback)
 *   tokenstore/tokens.py:27: DeprecationWarning   (pytest's crash location)
 *   File "src/x.py", line 3, in f          (interpreter traceback)
 *   File "src/x.py", line 23 in row        (faulthandler, after a segfault)
 */
const pytestFrame = /^([^\s:"'][^:"']*\.pyi?):(\d+):(?: in \S+| ([A-Za-z_][\w.]*))?\s*$/
const interpreterFrame = /^\s*File "([^"]+)", line (\d+),? in /
const exceptionLine = /^((?:[A-Za-z_]\w*\.)*[A-Z]\w*(?:Error|Exception|Warning|Exit|Interrupt|Since\d+|Failed|Timeout)|Failed): ?(.*)$/

export function isPythonFrameLine(line: string): boolean {
  return pytestFrame.test(line) || interpreterFrame.test(line)
}

export function framesOf(lines: readonly string[]): Frame[] {
  const frames: Frame[] = []
  for (const line of lines) {
    const match = pytestFrame.exec(line) ?? interpreterFrame.exec(line)
    if (!match) continue
    const file = toRepoRelative(match[1]!) ?? match[1]!
    const frame = { file, line: Number(match[2]) }
    const previous = frames.at(-1)
    if (previous?.file !== frame.file || previous.line !== frame.line) frames.push(frame)
  }
  return frames
}

/** The crash location pytest prints last in a long traceback: `path:line: ExceptionType`. */
export function crashTypeOf(lines: readonly string[]): string | undefined {
  for (let index = lines.length - 1; index >= 0; index--) {
    const match = pytestFrame.exec(lines[index]!)
    if (match?.[3]) return match[3]
  }
  return undefined
}

/** The last `ExceptionType: message` line (pytest's `E   ` lines, or a traceback's last line). */
export function exceptionOf(lines: readonly string[]): { errorType: string; message: string } | undefined {
  // pytest's `E   ` lines are the exception itself; other lines only when there are none.
  let fromELines: { errorType: string; message: string } | undefined
  let fromOthers: { errorType: string; message: string } | undefined
  for (const raw of lines) {
    const line = raw.trimStart()
    const isELine = line.startsWith('E ')
    const match = exceptionLine.exec(isELine ? line.slice(1).trimStart() : line)
    if (!match) continue
    const found = { errorType: match[1]!, message: `${match[1]}: ${match[2]}`.trim() }
    if (isELine) fromELines = found
    else fromOthers = found
  }
  return fromELines ?? fromOthers
}

/** Frames inside the repository (not site-packages, not the standard library), outermost first. */
export function repoFrames(frames: readonly Frame[]): Frame[] {
  return frames.filter((frame) => !frame.file.startsWith('/') && !frame.file.startsWith('<') && !/^[A-Za-z]:/.test(frame.file))
}
