import type { Failure } from './failure.js'
import { gapMarker } from './scan-job-log.js'

/**
 * The error windows a person (and the model) needs: for each failure, its headline and the
 * lines of its own output that carry the error, bounded; never the whole log.
 */
const maxLines = 150
const maxFailuresShown = 12
const maxLinesPerFailure = 30
const maxLineLength = 400

function clip(line: string): string {
  return line.length > maxLineLength ? `${line.slice(0, maxLineLength)}…` : line
}

function headlineOf(failure: Failure): string {
  if (failure.kind === 'finding') {
    const where = failure.line === undefined ? failure.file : `${failure.file}:${failure.line}`
    return `${where}: ${failure.message}${failure.rule && failure.rule !== failure.tool ? ` [${failure.rule}]` : ''}`
  }
  return `${failure.nodeid}: ${failure.message}`
}

export function relevantLogsOf(failures: readonly Failure[], annotations: readonly string[]): string[] {
  const lines: string[] = annotations.map((annotation) => `##[error]${annotation}`)
  for (const failure of failures.slice(0, maxFailuresShown)) {
    lines.push(headlineOf(failure))
    const details = failure.details.filter((line) => line.trim() !== '' && line !== gapMarker && !(line.startsWith('##[error]') && lines.includes(line)))
    lines.push(...details.slice(-maxLinesPerFailure))
    if (lines.length >= maxLines) break
  }
  if (failures.length > maxFailuresShown) lines.push(`… and ${failures.length - maxFailuresShown} more failures (see failures[])`)
  return [...lines.slice(0, maxLines)].map(clip)
}
