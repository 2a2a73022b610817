import { affectedFilesOf } from './affected-files.js'
import { classifyFailure, fixTypePriority, strongerConfidence, type Classification } from './classify-failure.js'
import type { FailureContext, FailureRecord, JobSummary } from './failure-context.js'
import { fixableTypes, type FixType } from './fix-types.js'
import type { Failure } from './failure.js'
import { fingerprintOf } from './fingerprint.js'
import { describeUnrecognisedStep, parseToolOutput } from './parse-log/parse-step-output.js'
import { relevantLogsOf } from './relevant-logs.js'
import type { JobLog } from './scan-job-log.js'
import { suggestionsFor } from './suggestions.js'
import type { Workspace } from './workspace.js'

export interface ReportFailures {
  /** The report's path inside the artifacts folder, for diagnostics. */
  fileName: string
  failures: Failure[]
}

export interface JobInfo {
  name: string
  url?: string
  failedStep?: string
}

export interface AnalysisInput {
  workflowRunId: string
  logs: readonly JobLog[]
  reports: readonly ReportFailures[]
  /** What could not be read, in words; carried into the context. */
  diagnostics?: readonly string[]
  workspace?: Workspace
  /** cost_control.yaml's exclude_fix_types: these are never auto-fixed. */
  excludeFixTypes?: readonly string[]
  /** Jobs as the API lists them (urls); the logs give the rest. */
  jobs?: readonly JobInfo[]
}

interface Classified {
  failure: Failure
  classification: Classification
}

const pythonTools = new Set(['pytest', 'unittest', 'mypy', 'flake8', 'pylint', 'black', 'isort', 'ruff', 'pyright'])
const nodeTools = new Set(['jest', 'vitest', 'node-test', 'tsc', 'eslint', 'prettier'])
const maxFailures = 200

function failuresOfLogs(logs: readonly JobLog[]): Failure[] {
  const failures: Failure[] = []
  for (const log of logs) {
    for (const step of log.steps) {
      const parsed = parseToolOutput(step.lines)
      const found = parsed.length > 0 ? parsed : [describeUnrecognisedStep(step, log.annotations, log.job)]
      for (const failure of found) failures.push({ ...failure, job: log.job })
    }
  }
  return failures
}

/** The same test or finding seen in a log and in a report becomes one, with the richer details of either. */
function mergeFailures(fromLogs: readonly Failure[], fromReports: readonly Failure[]): Failure[] {
  const merged = [...fromLogs]
  for (const reported of fromReports) {
    const index = merged.findIndex((known) => known.nodeid === reported.nodeid)
    if (index === -1) {
      merged.push(reported)
      continue
    }
    const known = merged[index]!
    const richer = reported.details.length > known.details.length ? reported : known
    // A log cut off mid-failure names the test but not its error; the report has it.
    const knowsError = known.errorType !== undefined || reported.errorType === undefined
    merged[index] = {
      ...known,
      message: knowsError ? known.message : reported.message,
      errorType: known.errorType ?? reported.errorType,
      file: known.file ?? reported.file,
      line: known.line ?? reported.line,
      details: richer.details,
      frames: known.frames.length >= reported.frames.length ? known.frames : reported.frames,
    } as Failure
  }
  // A step described only by its exit code says nothing once a parser found its tests or findings.
  const specific = merged.some((failure) => failure.kind !== 'step')
  return specific ? merged.filter((failure) => failure.kind !== 'step' || !/^The step failed with exit code/.test(failure.message)) : merged
}

function ecosystemOf(failures: readonly Failure[], workspace?: Workspace): FailureContext['ecosystem'] {
  const tools = failures.map((failure) => failure.tool)
  if (tools.some((tool) => pythonTools.has(tool))) return 'python'
  if (tools.some((tool) => nodeTools.has(tool))) return 'node'
  const files = failures.flatMap((failure) => failure.frames.map((frame) => frame.file))
  if (files.some((file) => file.endsWith('.py'))) return 'python'
  if (files.some((file) => /\.[cm]?[jt]sx?$/.test(file))) return 'node'
  if (workspace?.has('package.json')) return 'node'
  if (['pyproject.toml', 'setup.py', 'setup.cfg', 'requirements.txt'].some((file) => workspace?.has(file))) return 'python'
  return 'unknown'
}

function jobSummaries(logs: readonly JobLog[], jobs: readonly JobInfo[] = []): JobSummary[] {
  const summaries: JobSummary[] = logs.map((log) => {
    const info = jobs.find((job) => job.name === log.job)
    const summary: JobSummary = {
      name: log.job,
      conclusion: log.cancelled ? 'cancelled' : log.truncated ? 'truncated' : log.steps.length > 0 ? 'failure' : 'unknown',
    }
    const failedStep = log.steps[0]?.name ?? info?.failedStep
    if (failedStep) summary.failed_step = failedStep
    if (info?.url) summary.url = info.url
    return summary
  })
  for (const job of jobs) {
    if (summaries.some((summary) => summary.name === job.name)) continue
    summaries.push({ name: job.name, conclusion: 'failure', ...(job.failedStep ? { failed_step: job.failedStep } : {}), ...(job.url ? { url: job.url } : {}) })
  }
  return summaries
}

function toRecord({ failure, classification }: Classified): FailureRecord {
  const record: FailureRecord = {
    nodeid: failure.nodeid,
    outcome: failure.outcome,
    message: failure.message.length > 1000 ? `${failure.message.slice(0, 1000)}…` : failure.message,
    kind: failure.kind,
    tool: failure.tool,
    fix_type: classification.fixType,
  }
  if (failure.file) record.file = failure.file
  if (failure.line !== undefined && failure.line > 0) record.line = failure.line
  if (failure.rule) record.rule = failure.rule
  if (failure.job) record.job = failure.job
  return record
}

function describeReason(primary: FixType, classified: readonly Classified[], secondary: readonly FixType[]): string {
  const ofPrimary = classified.filter((entry) => entry.classification.fixType === primary)
  const because = [...new Set(ofPrimary.map((entry) => entry.classification.because))].join('; ')
  const count = ofPrimary.length
  const what = count === 1 ? '1 failure' : `${count} failures`
  const also = secondary.length > 0 ? ` The run also failed with: ${secondary.join(', ')}.` : ''
  return `${what} classified as ${primary}: ${because}.${also}`
}

export function analyzeRun(input: AnalysisInput): FailureContext {
  const diagnostics = [...(input.diagnostics ?? [])]
  for (const log of input.logs) {
    if (log.truncated) diagnostics.push(`The log of job '${log.job}' is cut off; the analysis used what it holds and the reports.`)
    if (log.bytes === 0) diagnostics.push(`The log of job '${log.job}' is empty.`)
  }
  const failures = mergeFailures(
    failuresOfLogs(input.logs),
    input.reports.flatMap((report) => report.failures),
  )
  const classified: Classified[] = failures.map((failure) => ({ failure, classification: classifyFailure(failure) }))
  const types = fixTypePriority.filter((type) => classified.some((entry) => entry.classification.fixType === type))
  const primary: FixType = types[0] ?? 'unknown'
  const secondary = types.slice(1)
  const ofType = (type: FixType) => classified.filter((entry) => entry.classification.fixType === type)
  const confidence = ofType(primary).reduce((best, entry) => strongerConfidence(best, entry.classification.confidence), 'none' as FailureContext['confidence'])
  const excluded = new Set(input.excludeFixTypes ?? [])
  // A low-confidence guess is not worth a model call: a person gets the analysis instead.
  const canAutoFix = fixableTypes.has(primary) && !excluded.has(primary) && (confidence === 'high' || confidence === 'medium')

  // One PR fixes every fixable failure of the run, primary first.
  const fixTypesToChange = [primary, ...secondary.filter((type) => fixableTypes.has(type) && !excluded.has(type))]
  const ordered = [...ofType(primary), ...classified.filter((entry) => entry.classification.fixType !== primary)]
  const affectedFiles = [
    ...new Set(
      fixTypesToChange.flatMap((type) => ofType(type).flatMap((entry) => affectedFilesOf(entry.failure, type, input.workspace))),
    ),
  ]
  const suggestions = [
    ...new Set(fixTypesToChange.flatMap((type) => suggestionsFor(type, ofType(type).map((entry) => entry.failure), input.workspace))),
  ].slice(0, 10)

  const reason =
    classified.length === 0
      ? 'Nothing in the logs or reports shows a failing test, a finding or a failed step: there is nothing to fix automatically.'
      : describeReason(primary, classified, secondary)
  if (classified.length === 0 && input.logs.length === 0 && input.reports.length === 0) {
    diagnostics.push('No job log and no report was available to analyze.')
  }

  // Typed by construction; the zod schema guards where a context is read back (`autoheal fix`).
  return {
    fix_type: primary,
    can_auto_fix: canAutoFix,
    confidence,
    workflow_run_id: input.workflowRunId,
    failures: ordered.slice(0, maxFailures).map(toRecord),
    relevant_logs: relevantLogsOf(
      ordered.map((entry) => entry.failure),
      input.logs.flatMap((log) => log.annotations),
    ),
    affected_files: affectedFiles,
    suggestions,
    secondary_types: secondary,
    ecosystem: ecosystemOf(failures, input.workspace),
    jobs: jobSummaries(input.logs, input.jobs),
    fingerprint: fingerprintOf(primary, failures),
    reason: excluded.has(primary)
      ? `${reason} ${primary} is excluded by exclude_fix_types.`
      : fixableTypes.has(primary) && !canAutoFix
        ? `${reason} The confidence is too low to fix it automatically.`
        : reason,
    diagnostics,
  }
}
