import { z } from 'zod'
import type { Failure } from '../failure.js'
import { createTestFailure } from './create-test-failure.js'
import { summarizeFrames, toFrame, type ErrorSummary } from './error-summary.js'
import { readPythonTraceback } from './python-traceback.js'
import { splitReportLines, trimBlankLines } from './report-lines.js'

/** pytest-json-report (`--json-report`): `tests[]` by outcome, and the collectors that failed. */
const Crash = z.object({ path: z.string().nullish(), lineno: z.number().int().nullish(), message: z.string().nullish() })

const Stage = z.object({
  outcome: z.string().nullish(),
  crash: Crash.nullish(),
  traceback: z.array(Crash).nullish(),
  longrepr: z.string().nullish(),
})

const PytestTest = z.object({
  nodeid: z.string(),
  outcome: z.string(),
  setup: Stage.nullish(),
  call: Stage.nullish(),
  teardown: Stage.nullish(),
})

const Collector = z.object({ nodeid: z.string(), outcome: z.string(), longrepr: z.string().nullish() })

export const PytestJsonReport = z.object({ tests: z.array(PytestTest).nullish(), collectors: z.array(Collector).nullish() })

export function isPytestJsonShape(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const hasReportKey = 'summary' in value || 'exitcode' in value
  return hasReportKey && (('tests' in value && Array.isArray(value.tests)) || 'collectors' in value)
}

// pytest-json-report's outcomes: `error` is a failure in setup or teardown.
const failingOutcomes: Readonly<Record<string, Failure['outcome']>> = { failed: 'failed', error: 'error' }

export function parsePytestJson(report: z.infer<typeof PytestJsonReport>): Failure[] {
  const collectionErrors = (report.collectors ?? [])
    .filter((collector) => collector.outcome === 'failed')
    .map((collector) => toFailure(collector.nodeid, 'error', collector.longrepr ?? '', undefined))
  const testFailures = (report.tests ?? []).flatMap((test) => {
    const outcome = failingOutcomes[test.outcome]
    if (outcome === undefined) return []
    // The stage that failed: the test body, or its setup or teardown for an `error`.
    const stage = [test.call, test.setup, test.teardown].find((candidate) => candidate?.outcome === 'failed')
    return [toFailure(test.nodeid, outcome, stage?.longrepr ?? '', stage ?? undefined)]
  })
  return [...collectionErrors, ...testFailures]
}

function toFailure(nodeid: string, outcome: Failure['outcome'], longrepr: string, stage: z.infer<typeof Stage> | undefined): Failure {
  const lines = trimBlankLines(splitReportLines(longrepr))
  return createTestFailure({
    tool: 'pytest',
    // The session itself may fail to collect; its node id is empty.
    nodeid: nodeid || '.',
    outcome,
    details: lines,
    error: withStageFrames(readPythonTraceback(lines), stage),
    ...(stage?.crash?.message ? { fallbackMessage: stage.crash.message.split('\n', 1)[0] ?? '' } : {}),
    testFile: nodeid.split('::')[0],
  })
}

/** A longrepr without frames (`--tb=line`, `--tb=no`): the report's own traceback entries stand in. */
function withStageFrames(error: ErrorSummary, stage: z.infer<typeof Stage> | undefined): ErrorSummary {
  if (error.frames.length > 0 || !stage) return error
  const entries = stage.traceback?.length ? stage.traceback : stage.crash ? [stage.crash] : []
  const frames = entries.flatMap((entry) => (entry.path ? [toFrame(entry.path, entry.lineno ?? undefined)] : []))
  return { ...error, ...summarizeFrames(frames) }
}
