import type { Failure } from '../failure.js'
import { boundDetails } from '../failure.js'
import { findingOfLine } from '../parse-log/parse-findings.js'
import { splitReportLines } from './report-lines.js'

/**
 * Plain-text finding reports: flake8 `--output-file` (`path:line:col: CODE message`), mypy
 * (`path:line: error: message  [code]`), tsc (`path(line,col): error TS2322: message`) and the
 * other one-finding-a-line tools, read by the same rows as their console output
 * (`findingRules`); here a note or continuation line joins the finding above it.
 */
export type TextFindingTool = string

// Lines that belong to a finding report without being findings: they keep a file "a report".
const summaryLines: readonly RegExp[] = [
  /^Found \d+ errors? in \d+ files? \(checked \d+ source files?\)$/, // mypy
  /^Success: no issues found/, // mypy
  /^Found \d+ errors?\b/, // tsc
  /^\d+$/, // flake8 --count
]
// mypy's notes follow their error (`path:line: note: …`, `path: note: In function "f":`).
const mypyNote = /^(?:[A-Za-z]:)?[^\s:][^:]*:(?:\d+:){0,2} note: /

export interface TextFindings {
  failures: Failure[]
  /** The tool of each finding, in order. */
  tools: TextFindingTool[]
  /** Finding lines, their notes and continuations, and summaries. */
  recognizedLines: number
  nonBlankLines: number
}

/** Every finding line among `lines`; a note or indented continuation joins the finding above. */
export function readTextFindings(lines: readonly string[]): TextFindings {
  const findings: { finding: Failure; details: string[] }[] = []
  let recognizedLines = 0
  let nonBlankLines = 0
  let isAfterFinding = false
  for (const line of lines) {
    if (line.trim() === '') continue
    nonBlankLines += 1
    const finding = findingOfLine(line)
    if (finding) {
      findings.push({ finding, details: [line] })
      recognizedLines += 1
      isAfterFinding = true
    } else if (isAfterFinding && (mypyNote.test(line) || /^\s+\S/.test(line))) {
      // tsc indents the rest of a long message; flake8 --show-source indents the source line.
      findings.at(-1)?.details.push(line)
      recognizedLines += 1
    } else if (summaryLines.some((pattern) => pattern.test(line))) {
      recognizedLines += 1
      isAfterFinding = false
    } else {
      isAfterFinding = false
    }
  }
  const failures = findings.map(({ finding, details }) => ({ ...finding, details: boundDetails(details) }))
  return { failures, tools: findings.map(({ finding }) => finding.tool), recognizedLines, nonBlankLines }
}

// A tee'd console log may hold a few finding-like lines among its output; a report is (almost)
// nothing else. Nine in ten non-blank lines must be findings or their companions.
const minimumRecognizedShare = 0.9

/** The findings of a text report, or undefined when the text is not one (a console copy, a log). */
export function parseTextFindings(text: string): { tool: TextFindingTool; failures: Failure[] } | undefined {
  const { failures, tools, recognizedLines, nonBlankLines } = readTextFindings(splitReportLines(text))
  const tool = findMostCommon(tools)
  if (tool === undefined || recognizedLines < nonBlankLines * minimumRecognizedShare) return undefined
  return { tool, failures }
}

function findMostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
}
