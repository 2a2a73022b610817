import { realpath } from 'node:fs/promises'
import path from 'node:path'
import { makePatch } from '../fix/make-patch.js'
import { defaultProtectedPathSettings, protectedReason, type ProtectedPathSettings } from '../fix/protected-paths.js'
import { readWorkspaceSnapshot, type WorkspaceEntry } from '../fix/read-workspace-snapshot.js'
import { runUntrusted, type UntrustedResult } from '../sandbox/run-untrusted.js'
import { checkArgv, fixArgv, versionOf, type LintTool } from './lint-tools.js'
import { describeSearch, locateTool, type ToolSearch } from './locate-tool.js'
import { planLintFix, type LintFixStep, type PlanInput } from './plan-lint-fix.js'
import { readTreeState, unexpectedChanges } from './watch-tree.js'

/**
 * A lint failure fixed for $0: the repository's own formatters, run on the files their findings
 * name, then the same tools' checks. Runs in a scratch copy (code of the failing branch, through
 * runUntrusted); returns the changed files for the heal to commit, or why it did not fix the
 * run, so the heal asks a model instead. 'not-applicable' is decided before any tool runs and
 * leaves the copy as it was; after 'incomplete' the copy may hold whatever the tools wrote (a
 * fixer stopped halfway, a stray file): discard it. After 'fixed' the copy is the original plus
 * `changed`, nothing else outside the linked dependencies and the tools' caches (any other change
 * makes the result 'incomplete').
 */
export interface LintFixOptions {
  context: PlanInput
  /** The project inside the scratch copy; tools run here and may change files in it. */
  projectDir: string
  /** The scratch copy's root, at or above projectDir: node_modules/.bin is looked for up to it, and the whole copy is watched. Defaults to projectDir. */
  checkoutDir?: string
  /** The runner's environment (its PATH finds the tools); runUntrusted scrubs it. */
  environment: NodeJS.ProcessEnv
  /** For all the tools' runs together: versions, fixes and checks. */
  timeoutMs: number
  protectedPaths?: ProtectedPathSettings
}

export type LintFixResult =
  | {
      outcome: 'fixed'
      /** `black 23.1.0`, `prettier 3.10.1`: what ran, with the version it reported. */
      tools: string[]
      /** Paths relative to projectDir, `/`-separated: the files before the tools ran. */
      original: Map<string, string>
      /** Only the files whose content differs. */
      changed: Map<string, string>
      /** A git-style unified diff of `changed` against `original`. */
      patch: string
      /** Each command and its (bounded, redacted) output. */
      log: string
    }
  | { outcome: 'not-applicable'; reason: string }
  | { outcome: 'incomplete'; reason: string; tools: string[]; log: string }

const outputHeadBytes = 4 * 1024
const outputTailBytes = 8 * 1024
/** How much of a failing check's output a reason quotes: its end, where tools summarise. */
const quotedTailChars = 1200

interface LocatedStep extends LintFixStep {
  file: string
}

function entryProblem(entry: WorkspaceEntry | undefined): string {
  if (entry === undefined) return 'does not exist'
  if (entry.kind === 'file') return 'is a file'
  if (entry.kind === 'symlink') return 'is a symbolic link (or lies behind one)'
  if (entry.kind === 'directory') return 'is a folder'
  if (entry.kind === 'binary-file') return 'is not a UTF-8 text file'
  if (entry.kind === 'large-file') return `is too large (${entry.bytes} bytes)`
  return 'is not a regular file inside the project'
}

/** The text of each file, or the first file that is not a regular text file inside the project. */
async function readFiles(projectDir: string, files: readonly string[]): Promise<{ texts: Map<string, string> } | { problem: string }> {
  const snapshot = await readWorkspaceSnapshot(projectDir, files)
  const texts = new Map<string, string>()
  for (const file of files) {
    // The snapshot stops at a folder that is a link (or no folder): that entry says why.
    const segments = file.split('/')
    const folders = segments.slice(0, -1).map((_, depth) => snapshot.get(segments.slice(0, depth + 1).join('/')))
    const blockingFolder = folders.find((folder) => folder !== undefined && folder.kind !== 'directory')
    const entry = blockingFolder ?? snapshot.get(file)
    if (entry?.kind !== 'file') return { problem: `${file} ${entryProblem(entry)}` }
    texts.set(file, entry.text)
  }
  return { texts }
}

function tailOf(text: string): string {
  const trimmed = text.trimEnd()
  return trimmed.length <= quotedTailChars ? trimmed : `…${trimmed.slice(-quotedTailChars)}`
}

function toPosix(relative: string): string {
  return relative.split(path.sep).join('/')
}

export async function fixLintWithTools(options: LintFixOptions): Promise<LintFixResult> {
  const protectedPaths = options.protectedPaths ?? defaultProtectedPathSettings
  const projectDir = path.resolve(options.projectDir)
  const checkoutDir = path.resolve(options.checkoutDir ?? projectDir)
  const projectPath = toPosix(path.relative(checkoutDir, projectDir))
  const plan = planLintFix(options.context, protectedPaths, projectPath.startsWith('..') ? '' : projectPath)
  if (!plan.isApplicable) return { outcome: 'not-applicable', reason: plan.reason }

  const files = [...new Set(plan.steps.flatMap((step) => step.files))].sort()
  const original = await readFiles(projectDir, files)
  if ('problem' in original) return { outcome: 'not-applicable', reason: `a finding's file cannot be handed to a tool: ${original.problem}` }

  const search: ToolSearch = { projectDir, checkoutDir, environment: options.environment }
  const steps: LocatedStep[] = []
  const missing: string[] = []
  for (const step of plan.steps) {
    const location = await locateTool(step.tool, search)
    if (location.isFound) steps.push({ ...step, file: location.file })
    else missing.push(`${step.tool.label} is not installed in the job (looked in ${describeSearch(location.searched, search)})`)
  }
  if (missing.length > 0) return { outcome: 'not-applicable', reason: missing.join('; ') }

  // Tools print absolute paths of the scratch copy (eslint does): shown relative to the project.
  const projectPrefixes = [...new Set([projectDir, await realpath(projectDir)])].map((dir) => dir + path.sep)
  const relativeToProject = (text: string) => projectPrefixes.reduce((shortened, prefix) => shortened.replaceAll(prefix, ''), text)
  const deadline = Date.now() + options.timeoutMs
  const log: string[] = []
  const run = async (step: LocatedStep, args: readonly string[]): Promise<UntrustedResult> => {
    const shown = path.relative(projectDir, step.file).startsWith('..') ? step.file : path.relative(projectDir, step.file)
    const result = await runUntrusted(
      { file: step.file, args },
      { cwd: projectDir, timeoutMs: Math.max(deadline - Date.now(), 1), environment: options.environment, headBytes: outputHeadBytes, tailBytes: outputTailBytes },
    )
    const shortened = { ...result, output: relativeToProject(result.output) }
    log.push(`$ ${[shown, ...args].join(' ')}\n${shortened.startError ?? shortened.output}`.trimEnd())
    return shortened
  }
  const incomplete = (reason: string, tools: string[]): LintFixResult => ({ outcome: 'incomplete', reason, tools, log: log.join('\n\n') })

  const treeBefore = await readTreeState(checkoutDir)
  const tools: string[] = []
  for (const step of steps) {
    const result = await run(step, step.tool.versionArgs)
    if (result.timedOut) return incomplete(`${step.tool.label} --version did not answer within the time limit`, tools)
    const version = result.passed ? versionOf(result.output) : undefined
    tools.push(version ? `${step.tool.label} ${version}` : step.tool.label)
  }
  // A fixer's exit code says little (eslint --fix and ruff check --fix exit 1 when something is
  // left to do); the checks below decide.
  for (const step of steps) {
    const result = await run(step, fixArgv(step.tool, step.files))
    if (result.timedOut) return incomplete(`${step.tool.label} was stopped at the time limit (${options.timeoutMs / 1000} s for all the tools)`, tools)
    if (result.startError) return incomplete(result.startError, tools)
  }
  const failedChecks: string[] = []
  for (const step of steps) {
    const result = await run(step, checkArgv(step.tool, step.files))
    if (result.timedOut) return incomplete(`the check of ${step.tool.label} was stopped at the time limit`, tools)
    if (!result.passed) failedChecks.push(`the check of ${step.tool.label} still fails after its fix:\n${tailOf(result.startError ?? result.output)}`)
  }

  const expected = new Set(files.map((file) => toPosix(path.relative(checkoutDir, path.join(projectDir, file)))))
  const strays = unexpectedChanges(treeBefore, await readTreeState(checkoutDir), expected)
  if (strays.length > 0) {
    const named = strays.slice(0, 5).map((stray) => (protectedReason(stray, protectedPaths) ? `${stray} (protected)` : stray))
    const more = strays.length > named.length ? ` and ${strays.length - named.length} more` : ''
    return incomplete(`the tools changed files they were not given, so their result is not used: ${named.join(', ')}${more}`, tools)
  }
  const after = await readFiles(projectDir, files)
  if ('problem' in after) return incomplete(`after the tools ran, ${after.problem}`, tools)
  if (failedChecks.length > 0) return incomplete(failedChecks.join('\n\n'), tools)
  const changed = new Map([...after.texts].filter(([file, text]) => original.texts.get(file) !== text))
  if (changed.size === 0) return incomplete(`${tools.join(', ')} changed nothing, yet the run failed on their findings`, tools)
  return { outcome: 'fixed', tools, original: original.texts, changed, patch: makePatch(original.texts, changed), log: log.join('\n\n') }
}
