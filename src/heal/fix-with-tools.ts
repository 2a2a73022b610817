import { join } from 'node:path'
import type { FailureContext } from '../analyze/failure-context.js'
import { getErrorMessage } from '../errors.js'
import type { ProtectedPathSettings } from '../fix/protected-paths.js'
import { fixLintWithTools, type LintFixResult } from '../lintfix/fix-lint-with-tools.js'
import { planLintFix, type LintFixPlan } from '../lintfix/plan-lint-fix.js'
import { scanDiff, type SafetyFinding } from '../safety/scan-diff.js'
import { createScratchTree } from '../sandbox/scratch-tree.js'
import type { VerifyLoopInput } from '../verify/verify-loop.js'
import type { CheckedFix } from './deliver-fix.js'
import type { CallRecord } from './ledger-records.js'

/**
 * The $0 path for lint: the repository's own formatters (black, isort, ruff, prettier, eslint --fix)
 * on a scratch copy of the checkout, before any model is asked. The copy is thrown away whatever
 * happens; a fix comes back as files, like a model's.
 */
export interface ToolFixInput {
  context: FailureContext
  checkoutDir: string
  workingDirectory: string
  /** Where the scratch copy goes (our folder under RUNNER_TEMP). */
  scratchParent: string
  /** The runner's environment: its PATH finds the tools; runUntrusted scrubs the rest. */
  environment: NodeJS.ProcessEnv
  protectedPaths: ProtectedPathSettings
  timeoutMs: number
}

/** The tools a heal would run, or why none would: pure, for dry-run, mode analyze and the summary. */
export function planToolFix(input: Pick<ToolFixInput, 'context' | 'workingDirectory' | 'protectedPaths'>): LintFixPlan {
  return planLintFix(input.context, input.protectedPaths, projectPathOf(input.workingDirectory))
}

export function describePlan(plan: LintFixPlan): string {
  return plan.isApplicable ? plan.steps.map((step) => `${step.tool.label} on ${step.files.length} file${step.files.length === 1 ? '' : 's'}`).join(', ') : plan.reason
}

export async function fixWithRepositoryTools(input: ToolFixInput): Promise<LintFixResult> {
  const plan = planToolFix(input)
  if (!plan.isApplicable) return { outcome: 'not-applicable', reason: plan.reason }
  const tree = await createScratchTree(input.checkoutDir, input.scratchParent)
  try {
    return await fixLintWithTools({
      context: input.context,
      projectDir: join(tree.dir, input.workingDirectory),
      checkoutDir: tree.dir,
      environment: input.environment,
      timeoutMs: input.timeoutMs,
      protectedPaths: input.protectedPaths,
    })
  } finally {
    await tree.remove()
  }
}

function projectPathOf(workingDirectory: string): string {
  return workingDirectory.replace(/^\.\/?/, '').replace(/\/+$/, '')
}

/** What the tools' attempt leads to: a checked fix, a blocked diff, or the model (with why, for the summary). */
export type ToolHeal =
  | { kind: 'fallback'; step: string }
  | { kind: 'unsafe'; step: string; call: CallRecord; blocking: SafetyFinding[]; patch: string }
  | { kind: 'fix'; step: string; fix: CheckedFix }

/** The tools' fix, safety-scanned and verified once (no retry: nothing would answer differently). */
export async function healWithRepositoryTools(input: ToolFixInput, verify: VerifyLoopInput['verify'], log: (message: string) => void): Promise<ToolHeal> {
  const result = await fixWithRepositoryTools(input).catch((error: unknown): LintFixResult => ({ outcome: 'not-applicable', reason: `the tools could not be prepared: ${getErrorMessage(error)}` }))
  if (result.outcome !== 'not-applicable') log(`The repository's lint tools:\n${result.log}`)
  if (result.outcome !== 'fixed') return { kind: 'fallback', step: `${result.outcome}: ${result.reason.split('\n')[0]!.replace(/:$/, '')}. A model is asked instead.` }
  const step = `${result.tools.join(', ')} fixed ${[...result.changed.keys()].join(', ')}; no model called`
  const call: CallRecord = { provider: 'tool', model: result.tools.join(', '), usage: { inputTokens: 0, outputTokens: 0 }, costUsd: 0 }
  const { findings } = scanDiff({ patch: result.patch, affectedFiles: input.context.affected_files })
  const blocking = findings.filter((finding) => finding.severity === 'block')
  if (blocking.length > 0) return { kind: 'unsafe', step, call, blocking, patch: result.patch }
  const run = verify ? await verify.run(result.changed) : undefined
  return {
    kind: 'fix',
    step,
    fix: {
      summary: `Ran the repository's own ${result.tools.join(' and ')} on the files the failure named.`,
      original: result.original,
      changed: result.changed,
      patch: result.patch,
      call,
      tools: result.tools,
      forReview: findings.filter((finding) => finding.severity === 'review'),
      verify: verify && run ? { status: run.passed ? 'verified' : 'unverified', command: verify.command, output: run.output, runs: 1 } : { status: 'not run' },
    },
  }
}
