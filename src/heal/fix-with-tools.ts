import { join } from 'node:path'
import type { FailureContext } from '../analyze/failure-context.js'
import type { ProtectedPathSettings } from '../fix/protected-paths.js'
import { fixLintWithTools, type LintFixResult } from '../lintfix/fix-lint-with-tools.js'
import { planLintFix, type LintFixPlan } from '../lintfix/plan-lint-fix.js'
import { createScratchTree } from '../sandbox/scratch-tree.js'

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
