import { boundDetails, type Failure } from '../failure.js'
import { gapMarker, type LogStep } from '../scan-job-log.js'
import { parseFindings } from './parse-findings.js'
import {
  looksLikeJest,
  looksLikeNodeTest,
  looksLikeVitest,
  parseJestOutput,
  parseNodeTestOutput,
  parseVitestOutput,
} from './parse-js-test-output.js'
import { looksLikePytest, parsePytestOutput } from './parse-pytest-output.js'
import { looksLikeUnittest, parseUnittestOutput } from './parse-unittest-output.js'
import { readJsStackTrace } from '../reports/js-stack-trace.js'
import { readPythonTraceback } from '../reports/python-traceback.js'
import { isRepoPath } from '../runner-paths.js'

/** Test runners, each recognised by the shape of its output, tried in order. */
const testRunners = [
  { looksLike: looksLikePytest, parse: parsePytestOutput },
  { looksLike: looksLikeUnittest, parse: parseUnittestOutput },
  { looksLike: looksLikeVitest, parse: parseVitestOutput },
  { looksLike: looksLikeJest, parse: parseJestOutput },
  { looksLike: looksLikeNodeTest, parse: parseNodeTestOutput },
] as const

/** Everything recognisable in a step's output: failing tests and lint or type findings. */
export function parseToolOutput(lines: readonly string[]): Failure[] {
  const failures: Failure[] = []
  for (const runner of testRunners) {
    if (runner.looksLike(lines)) failures.push(...runner.parse(lines))
  }
  failures.push(...parseFindings(lines))
  return failures
}

const errorWord = /\b(?:error|Error|ERROR|FAILED|FAIL|fatal|Fatal|panic|Traceback|not ok|Segmentation fault|Killed|exceeded|slower than)\b|[✖✕×]/
const noise = /^(?:##\[|shell: |env:|\s+\w+: |npm (?:notice|warn)|Post job cleanup|\[command\])/

/**
 * A failed step whose output no parser recognised (a build script, an install, a custom check):
 * one failure whose message is the step's most telling line, with the lines around it.
 */
export function describeUnrecognisedStep(step: LogStep, annotations: readonly string[], job: string): Failure {
  const lines = step.lines.filter((line) => line !== gapMarker)
  const traceback = lines.findLastIndex((line) => line.startsWith('Traceback (most recent call last)'))
  const window = traceback !== -1 ? lines.slice(traceback) : lines.slice(-60)
  const python = traceback !== -1 ? readPythonTraceback(window) : undefined
  const exception = python?.errorType ? { errorType: python.errorType, message: python.message ?? python.errorType } : undefined
  const telling = [...window].reverse().find((line) => errorWord.test(line) && !noise.test(line))
  const message =
    exception?.message ??
    annotations[0] ??
    telling?.trim() ??
    (step.cancelled ? 'The job was cancelled while this step ran.' : `The step failed with exit code ${step.exitCode ?? 'unknown'}.`)
  const frames = python ? python.frames : readJsStackTrace(window).frames
  const deepest = frames.filter((frame) => isRepoPath(frame.file)).at(-1)
  const failure: Failure = {
    kind: 'step',
    tool: 'step',
    nodeid: `${job} › ${step.name}`,
    outcome: 'failed',
    message,
    details: boundDetails([...annotations.map((annotation) => `##[error]${annotation}`), ...window.filter((line) => !noise.test(line))]),
    frames,
    job,
  }
  if (exception) failure.errorType = exception.errorType
  if (step.cancelled) failure.errorType = 'Cancelled'
  if (deepest) {
    failure.file = deepest.file
    if (deepest.line !== undefined) failure.line = deepest.line
  }
  return failure
}
