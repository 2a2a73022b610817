import { boundDetails, type Failure } from '../failure.js'
import { toRepoRelative } from '../runner-paths.js'
import { stripFileUrl, toReportPath } from './report-path.js'

export interface FindingInput {
  tool: string
  /** As the tool printed it: absolute runner path, relative path or file URL. */
  path: string
  line?: number
  column?: number
  /** E501, TS2322, no-unused-vars, union-attr; absent when the tool names none. */
  rule?: string
  message: string
  /** The tool's own lines for the finding; one synthesized line when absent. */
  details?: readonly string[]
}

/** A lint or type finding; its id is `path:line:rule` (`error` stands in for a missing rule). */
export function createFinding(input: FindingInput): Failure {
  const path = toReportPath(input.path)
  const file = toRepoRelative(stripFileUrl(input.path))
  const position = input.line === undefined ? '' : `:${input.line}`
  const message = input.message.split(/\r?\n/, 1)[0]?.trim() ?? ''
  const ownLine = `${path}${position}${input.column === undefined ? '' : `:${input.column}`}: ${input.rule ?? 'error'} ${message}`
  return {
    kind: 'finding',
    tool: input.tool,
    nodeid: `${path}${position}:${input.rule ?? 'error'}`,
    outcome: 'failed',
    message,
    ...(file === undefined ? {} : { file }),
    ...(input.line === undefined ? {} : { line: input.line }),
    ...(input.rule === undefined ? {} : { rule: input.rule }),
    details: boundDetails(input.details ?? [ownLine]),
    frames: [],
  }
}
