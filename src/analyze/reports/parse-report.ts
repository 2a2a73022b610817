import { z } from 'zod'
import { getErrorMessage } from '../../errors.js'
import type { Failure } from '../failure.js'
import { EslintJsonReport, isEslintJsonShape, parseEslintJson } from './parse-eslint-json.js'
import { isJestJsonShape, isWrittenByJest, JestJsonReport, parseJestJson } from './parse-jest-json.js'
import { junitRootNames, parseJunit } from './parse-junit.js'
import { isPytestJsonShape, parsePytestJson, PytestJsonReport } from './parse-pytest-json.js'
import { isSarifShape, parseSarif, SarifLog } from './parse-sarif.js'
import { parseTextFindings } from './parse-text-findings.js'
import { readXml } from './read-xml.js'
import { clipLine } from './report-lines.js'

export type ReportFormat =
  | 'junit'
  | 'jest-json'
  | 'vitest-json'
  | 'pytest-json'
  | 'eslint-json'
  | 'sarif'
  | `${string}-text`

export interface ReportResult {
  /** undefined: not a report we read (a log, a `tee` copy, a benchmark file); it has no failures. */
  format: ReportFormat | undefined
  failures: Failure[]
  /** Sentences naming the file, for the summary: malformed, truncated, too large. */
  diagnostics: string[]
}

// Past this a file is not read at all: real reports of even huge suites stay far below it, and a
// bigger one would cost the runner its memory. Counted in UTF-16 units, as the content is a string.
export const maxReportChars = 64 * 1024 * 1024

interface JsonFormat {
  format: ReportFormat
  /** Named in diagnostics: "looks like a SARIF log but …". */
  label: string
  matches: (value: unknown) => boolean
  read: (value: unknown) => Failure[]
}

// Most specific first: vitest's report is jest's shape without jest's own keys.
const jsonFormats: readonly JsonFormat[] = [
  { format: 'sarif', label: 'SARIF log', matches: isSarifShape, read: (value) => parseSarif(SarifLog.parse(value)) },
  {
    format: 'eslint-json',
    label: 'eslint JSON report',
    matches: isEslintJsonShape,
    read: (value) => parseEslintJson(EslintJsonReport.parse(value)),
  },
  {
    format: 'jest-json',
    label: 'jest JSON report',
    matches: (value) => isJestJsonShape(value) && isWrittenByJest(value),
    read: (value) => parseJestJson(JestJsonReport.parse(value), 'jest'),
  },
  {
    format: 'vitest-json',
    label: 'vitest JSON report',
    matches: isJestJsonShape,
    read: (value) => parseJestJson(JestJsonReport.parse(value), 'vitest'),
  },
  {
    format: 'pytest-json',
    label: 'pytest-json-report file',
    matches: isPytestJsonShape,
    read: (value) => parsePytestJson(PytestJsonReport.parse(value)),
  },
]

/**
 * One artifact file → its failures. The format comes from the content, the name only decides
 * whether a file that fails to parse was meant to be XML or JSON (and so deserves a diagnostic).
 * Never throws: anything unreadable becomes a diagnostic sentence naming the file.
 */
export function parseReport(fileName: string, content: string): ReportResult {
  try {
    const result = readReport(fileName, content)
    return { ...result, failures: result.failures.map(clipFailure) }
  } catch (error) {
    return skipped(fileName, `could not be read (${getErrorMessage(error)})`)
  }
}

function readReport(fileName: string, content: string): ReportResult {
  if (content.length > maxReportChars) {
    return skipped(fileName, `is too large to read as a report (${Math.round(content.length / 1024 / 1024)} MB)`)
  }
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content
  // NUL never occurs in a text report: this is an image, an archive or a core dump.
  if (text.slice(0, 8192).includes('\u0000')) return notAReport()
  const start = text.trimStart().charAt(0)
  if (start === '<') return readXmlReport(fileName, text)
  if (start === '{' || start === '[') {
    const json = readJsonReport(fileName, text)
    if (json) return json
  }
  const findings = parseTextFindings(text)
  if (!findings) return notAReport()
  return { format: `${findings.tool}-text`, failures: findings.failures, diagnostics: [] }
}

function readXmlReport(fileName: string, text: string): ReportResult {
  let root: ReturnType<typeof readXml>
  try {
    root = readXml(text)
  } catch (error) {
    // An HTML page or other markup that is no well-formed XML is not ours to complain about.
    return isMeantAsXml(fileName, text) ? skipped(fileName, `is not well-formed XML (${getErrorMessage(error)})`) : notAReport()
  }
  if (!junitRootNames.has(root.name)) return notAReport()
  const { failures } = parseJunit(root.name, root.element)
  const diagnostics = root.isComplete
    ? []
    : [`${fileName} ends before its <${root.name}> element closes (truncated?); read the tests it holds.`]
  return { format: 'junit', failures, diagnostics }
}

function isMeantAsXml(fileName: string, text: string): boolean {
  const opening = text.trimStart().slice(0, 20)
  return /\.xml$/i.test(fileName) || opening.startsWith('<?xml') || opening.startsWith('<testsuite')
}

/** undefined when the text is no JSON and its name does not claim it is: then it may be text. */
function readJsonReport(fileName: string, text: string): ReportResult | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return /\.(?:json|sarif)$/i.test(fileName) ? skipped(fileName, `is not valid JSON (${getErrorMessage(error)})`) : undefined
  }
  const format = jsonFormats.find((candidate) => candidate.matches(value))
  if (!format) return notAReport()
  try {
    return { format: format.format, failures: format.read(value), diagnostics: [] }
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error
    return skipped(fileName, `looks like a ${format.label} but ${describeIssue(error)}`)
  }
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0]
  if (!issue) return 'has an unexpected shape'
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''
  return `${where}${issue.message.toLowerCase()}`
}

function notAReport(): ReportResult {
  return { format: undefined, failures: [], diagnostics: [] }
}

function skipped(fileName: string, reason: string): ReportResult {
  return { format: undefined, failures: [], diagnostics: [`${fileName} ${clipLine(reason)}; skipped.`] }
}

/** Ids and messages come from attributes and strings of any length: keep them to one bounded line. */
function clipFailure(failure: Failure): Failure {
  return { ...failure, nodeid: clipLine(failure.nodeid), message: clipLine(failure.message) }
}
