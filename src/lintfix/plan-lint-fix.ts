import type { FailureContext, FailureRecord } from '../analyze/failure-context.js'
import { pathSyntaxProblem } from '../fix/check-path-syntax.js'
import { protectedReason, type ProtectedPathSettings } from '../fix/protected-paths.js'
import { lintToolFor, lintTools, type LintTool } from './lint-tools.js'

/**
 * Whether a failure can be fixed by the repository's own tools alone, and which tool runs on which
 * files. Pure: the files are the findings' own, checked by their spelling and against the
 * protected paths here; what is on disk is the caller's to check. Everything or nothing: a run
 * with one finding no tool can fix needs a model anyway, and the model then fixes it all.
 */
export interface LintFixStep {
  tool: LintTool
  /** Relative to the project folder, `/`-separated, sorted, each once. */
  files: string[]
}

export type LintFixPlan = { isApplicable: true; steps: LintFixStep[] } | { isApplicable: false; reason: string }

export type PlanInput = Pick<FailureContext, 'fix_type' | 'secondary_types' | 'failures'>

const maxProblemsNamed = 3

const notApplicable = (reason: string): LintFixPlan => ({ isApplicable: false, reason })

function describeFinding(failure: FailureRecord): string {
  return failure.file ? `${failure.tool} on ${failure.file}` : failure.tool
}

const listed = (values: readonly (string | undefined)[], limit: number): string => {
  const distinct = [...new Set(values.filter((value) => value !== undefined))]
  return distinct.length > limit ? `${distinct.slice(0, limit).join(', ')}, …` : distinct.join(', ')
}

/** One sentence per tool whose findings no row fixes: `flake8 has no fixer Autoheal runs (F401, E302 in a.py)`. */
function toolsWithoutFixer(failures: readonly FailureRecord[]): string[] {
  const unfixable = failures.filter((failure) => failure.kind === 'finding' && failure.fix_type === 'lint' && lintToolFor(failure) === undefined)
  return [...new Set(unfixable.map((failure) => failure.tool))].map((tool) => {
    const ofTool = unfixable.filter((failure) => failure.tool === tool)
    const rules = listed(ofTool.map((failure) => failure.rule), 5)
    const files = listed(ofTool.map((failure) => failure.file), 3)
    return `${tool} has no fixer Autoheal runs (${rules || 'findings'}${files ? ` in ${files}` : ''})`
  })
}

/** Why this failure stops the tools from fixing the run, or undefined when a tool can fix it. */
function failureProblem(failure: FailureRecord, protectedPaths: ProtectedPathSettings, projectPath: string): string | undefined {
  if (failure.kind !== 'finding' || failure.fix_type !== 'lint') {
    return `${failure.nodeid} is a ${failure.kind === 'finding' ? failure.fix_type : failure.kind} failure of ${failure.tool}, not a lint finding`
  }
  if (lintToolFor(failure) === undefined) return undefined // toolsWithoutFixer names it
  if (failure.file === undefined) return `a finding of ${failure.tool} names no file`
  const syntax = pathSyntaxProblem(failure.file)
  if (syntax !== undefined) return `the finding of ${describeFinding(failure)} is not a file a tool may touch: ${syntax}`
  // Protected paths are the repository's: a project in a subfolder is checked by its repo path too.
  const repoPath = projectPath === '' ? failure.file : `${projectPath}/${failure.file}`
  const guarded = protectedReason(repoPath, protectedPaths) ?? protectedReason(failure.file, protectedPaths)
  if (guarded !== undefined) return `the finding of ${describeFinding(failure)} is on a protected path: ${guarded}`
  return undefined
}

/** `projectPath`: the project folder relative to the repository root (`''` for the root, `web`, `packages/api`). */
export function planLintFix(context: PlanInput, protectedPaths: ProtectedPathSettings, projectPath = ''): LintFixPlan {
  if (context.fix_type !== 'lint') return notApplicable(`the failure is ${context.fix_type}, not lint`)
  if (context.secondary_types.length > 0) {
    return notApplicable(`the run also failed with ${context.secondary_types.join(', ')}, which no formatter fixes`)
  }
  if (context.failures.length === 0) return notApplicable('the analysis found no lint finding to fix')
  const problems = [
    ...toolsWithoutFixer(context.failures),
    ...new Set(context.failures.flatMap((failure) => failureProblem(failure, protectedPaths, projectPath) ?? [])),
  ]
  if (problems.length > 0) {
    const more = problems.length > maxProblemsNamed ? ` (and ${problems.length - maxProblemsNamed} more)` : ''
    return notApplicable(`${problems.slice(0, maxProblemsNamed).join('; ')}${more}`)
  }
  const steps = lintTools.flatMap((tool) => {
    const files = context.failures.filter((failure) => lintToolFor(failure) === tool).map((failure) => failure.file!)
    return files.length === 0 ? [] : [{ tool, files: [...new Set(files)].sort() }]
  })
  return { isApplicable: true, steps }
}
