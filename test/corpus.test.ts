import { describe, expect, it } from 'vitest'
import { FailureContext } from '../src/analyze/failure-context.js'
import { analyzeCase, loadCorpusCases } from './support/corpus.js'

/**
 * Every case of the development corpus is a test: its expected answer comes from its own
 * label.json, so a case added to the corpus is a new test without a code change.
 */
const cases = loadCorpusCases()

describe('the development corpus', () => {
  it('is there (../shared/corpus beside the repository)', () => {
    expect(cases.length).toBeGreaterThan(0)
  })

  it.each(cases)('$name ($meta.tool)', async (corpusCase) => {
    const context = await analyzeCase(corpusCase)
    const { label } = corpusCase
    expect(FailureContext.safeParse(context).success).toBe(true)
    expect(context.fix_type).toBe(label.fix_type)
    expect(context.secondary_types).toEqual(expect.arrayContaining(label.secondary_types ?? []))
    expect(context.can_auto_fix).toBe(label.can_auto_fix)
    expect(context.affected_files).toEqual(expect.arrayContaining(label.affected_files))
    const failingTests = context.failures.filter((failure) => failure.kind === 'test').map((failure) => failure.nodeid)
    expect(failingTests).toEqual(expect.arrayContaining(label.failing_tests))
    if (label.ecosystem) expect(context.ecosystem).toBe(label.ecosystem)
    expect(context.workflow_run_id).toBe(corpusCase.workflowRunId)
    expect(context.relevant_logs.length).toBeGreaterThan(0)
    expect(context.relevant_logs.length).toBeLessThanOrEqual(200)
  })
})
