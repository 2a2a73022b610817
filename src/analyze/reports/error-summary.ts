import type { Frame } from '../failure.js'
import { toRepoRelative } from '../runner-paths.js'
import { stripFileUrl } from './report-path.js'

/** What a traceback or stack trace says about one failure. */
export interface ErrorSummary {
  /** One line: `ExceptionType: message` when the type is known. */
  message?: string
  errorType?: string
  /** Outermost first. */
  frames: Frame[]
  /** The deepest frame inside the repository. */
  file?: string
  line?: number
}

export function toFrame(path: string, line: number | undefined): Frame {
  const printed = stripFileUrl(path)
  const file = toRepoRelative(printed) ?? printed
  return line === undefined ? { file } : { file, line }
}

/** Frames are outermost first, so the deepest frame of the project is the last one inside it. */
export function findDeepestRepoFrame(frames: readonly Frame[]): Frame | undefined {
  for (let index = frames.length - 1; index >= 0; index -= 1) {
    const frame = frames[index]
    if (frame && toRepoRelative(frame.file) === frame.file) return frame
  }
  return undefined
}

export function summarizeFrames(frames: Frame[]): Pick<ErrorSummary, 'frames' | 'file' | 'line'> {
  const deepest = findDeepestRepoFrame(frames)
  if (deepest === undefined) return { frames }
  return deepest.line === undefined ? { frames, file: deepest.file } : { frames, file: deepest.file, line: deepest.line }
}
