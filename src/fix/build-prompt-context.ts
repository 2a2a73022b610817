import type { FailureContext } from '../analyze/failure-context.js'
import { projectImportsOf } from '../analyze/project-imports.js'
import { toRepoRelative } from '../analyze/runner-paths.js'
import { isTestFile } from '../analyze/test-files.js'
import type { Workspace } from '../analyze/workspace.js'
import { compactLogLines } from './compact-log-lines.js'
import { configExcerptsFor } from './config-excerpts.js'
import type { CountTokens } from './count-tokens.js'
import {
  excerptBlocks,
  importBlockOf,
  linesOf,
  namedPatternsOf,
  referencedLinesOf,
  testBlocksOf,
  wholeFileBlock,
  windowsAround,
  type LineRange,
} from './file-excerpts.js'
import { defaultProtectedPathSettings, protectedReason, type ProtectedPathSettings } from './protected-paths.js'
import { redactSecrets } from './redact-secrets.js'
import { renderPart, type PromptBlock, type PromptPart, type PromptPartKind } from './render-prompt.js'
import { isFixableType } from './templates.js'

/**
 * The smallest context that still holds the fix: candidate parts, each at a few levels of detail
 * (widest first) and ranked by usefulness, fitted to a token budget by dropping the least useful
 * optional parts first, then narrowing what must stay, then giving dropped parts back any room
 * left. Pure over the FailureContext, the Workspace and the limits.
 */

export interface PromptContextInput {
  context: FailureContext
  workspace: Workspace
  /** Tokens the parts may use together: the prompt's cap less the system, the template and the framing. */
  budgetTokens: number
  countTokens: CountTokens
  protectedPaths?: ProtectedPathSettings
}

export type PromptContextResult =
  | { fits: true; parts: PromptPart[]; tokens: number; omitted: string[]; narrowed: string[] }
  | { fits: false; minimumTokens: number; budgetTokens: number }

interface Candidate {
  name: string
  rank: number
  /** Essential parts are narrowed, never dropped: the logs and the files the fix must change. */
  essential: boolean
  levels: PromptPart[]
}

const wholeFileMaxLines = 250
const wholeTestFileMaxLines = 120
const wholeRelatedFileMaxLines = 150
const maxEssentialFiles = 8
const maxTestFiles = 2
const maxRelatedFiles = 3
const maxListedFiles = 150
const windowRadii = [20, 8, 3]
const logLineCaps = [60, 25]

/** Never shown to a model: what the edit policy protects, and every `.env*` (`.envrc` included). */
export function isShowable(path: string, settings: ProtectedPathSettings = defaultProtectedPathSettings): boolean {
  return !protectedReason(path, settings) && !/(?:^|\/)\.env[^/]*$/i.test(path)
}

function part(kind: PromptPartKind, rank: number, blocks: PromptBlock[], path?: string): PromptPart {
  return { kind, rank, blocks: blocks.map((block) => ({ heading: block.heading, body: redactSecrets(block.body) })), ...(path ? { path } : {}) }
}

/** Levels that differ: a narrower level that shows the same text is no narrower. */
function distinctLevels(levels: PromptPart[]): PromptPart[] {
  const seen = new Set<string>()
  return levels.filter((level) => {
    const key = JSON.stringify(level.blocks)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function logCandidate(context: FailureContext): Candidate | undefined {
  if (context.relevant_logs.length === 0) return undefined
  const heading = 'Error output of the failed jobs (excerpts)'
  const compact = compactLogLines(context.relevant_logs, context.failures.map((failure) => failure.message))
  const levels = [compact, ...logLineCaps.map((cap) => compact.slice(0, cap))].map((lines) =>
    part('logs', 1, [{ heading, body: lines.join('\n') }]),
  )
  return { name: 'the error output', rank: 1, essential: true, levels: distinctLevels(levels) }
}

function readLines(workspace: Workspace, path: string): string[] | undefined {
  const text = workspace.read(path)
  return text === undefined || text.includes('\u0000') ? undefined : linesOf(text)
}

/** A file the fix changes: whole when small, else windows around what the failure points at, with the imports. */
function fileLevels(kind: PromptPartKind, rank: number, path: string, lines: string[], referenced: number[], wholeMaxLines: number): PromptPart[] {
  const imports = importBlockOf(lines)
  const withImports = (ranges: LineRange[]) => (imports ? [imports, ...ranges] : ranges)
  const levels: PromptPart[] = []
  if (lines.length <= wholeMaxLines) levels.push(part(kind, rank, [wholeFileBlock(path, lines)], path))
  if (referenced.length > 0) {
    for (const radius of windowRadii) levels.push(part(kind, rank, excerptBlocks(path, lines, withImports(windowsAround(referenced, radius))), path))
  } else {
    // Nothing to aim at (a formatter's verdict on the whole file): the head of the file, shorter each time.
    for (const head of [wholeMaxLines, 100, 40]) levels.push(part(kind, rank, excerptBlocks(path, lines, [{ start: 1, end: head }]), path))
  }
  return distinctLevels(levels)
}

/** Test files of the failing tests, with the tests' own names: `tests/x.py::TestA::test_b[1]`, `test/x.test.js > suite > name`. */
function failingTestFiles(context: FailureContext): Map<string, string[]> {
  const files = new Map<string, string[]>()
  for (const failure of context.failures) {
    if (failure.kind !== 'test') continue
    const separator = failure.nodeid.includes('::') ? '::' : ' > '
    const segments = failure.nodeid.split(separator).map((segment) => segment.trim())
    const file = toRepoRelative(segments[0]!)
    if (!file || !/\.[A-Za-z0-9]{1,5}$/.test(file)) continue
    const name = segments.length > 1 ? segments.at(-1)!.replace(/\[.*\]$/, '') : undefined
    files.set(file, [...(files.get(file) ?? []), ...(name ? [name] : [])])
  }
  return files
}

function testLevels(path: string, lines: string[], testNames: string[], referenced: number[]): PromptPart[] {
  const imports = importBlockOf(lines)
  const tests = testBlocksOf(lines, testNames)
  const levels: PromptPart[] = []
  // The failing tests themselves say what is expected; a module that fails to import, its imports.
  if (tests.length > 0) levels.push(part('test_source', 3, excerptBlocks(path, lines, [...(imports ? [imports] : []), ...tests]), path))
  else if (testNames.length === 0 && imports) levels.push(part('test_source', 3, excerptBlocks(path, lines, [imports]), path))
  else if (lines.length <= wholeTestFileMaxLines) levels.push(part('test_source', 3, [wholeFileBlock(path, lines)], path))
  if (referenced.length > 0) levels.push(part('test_source', 3, excerptBlocks(path, lines, windowsAround(referenced, 3)), path))
  return distinctLevels(levels)
}

/** Whether a module the failure cannot find is the project's own (renamed or moved), not a package to install. */
function missesProjectModule(context: FailureContext, workspace: Workspace): boolean {
  const text = context.failures.map((failure) => failure.message).join('\n') + '\n' + context.relevant_logs.join('\n')
  for (const match of text.matchAll(/No module named '([\w.]+)'|Cannot find (?:module|package) '([^']+)'|Failed to resolve import "([^"]+)"/g)) {
    const name = (match[1] ?? match[2] ?? match[3])!
    if (match[1] === undefined && /^\.{1,2}\//.test(name)) return true
    const top = name.split('.')[0]!
    if (match[1] !== undefined && workspace.files.some((file) => file === `${top}.py` || file.startsWith(`${top}/`) || file.startsWith(`src/${top}/`))) return true
  }
  return false
}

/** Paths the suggestions name ("did you mean kpi/formatting.py?"): where a renamed module went. */
function pathsInSuggestions(context: FailureContext, workspace: Workspace): string[] {
  return context.suggestions.flatMap((suggestion) => [...suggestion.matchAll(/[\w./-]+\.[A-Za-z]{1,4}\b/g)].map((match) => match[0])).filter((path) => workspace.has(path))
}

function fileListLevels(workspace: Workspace, isAllowed: (path: string) => boolean, near: readonly string[]): PromptPart[] {
  const topFolders = new Set(near.map((path) => path.split('/')[0]!))
  const sources = workspace.files.filter((path) => /\.(?:py|[cm]?[jt]sx?|json|toml|txt|cfg|ini)$/.test(path) && isAllowed(path))
  // Files beside the ones that fail first: where a moved module most likely went.
  const ordered = [...sources.filter((path) => topFolders.has(path.split('/')[0]!)), ...sources.filter((path) => !topFolders.has(path.split('/')[0]!))]
  const listed = ordered.slice(0, maxListedFiles).sort()
  const more = sources.length > listed.length ? `\n… and ${sources.length - listed.length} more files` : ''
  return [part('file_list', 6, [{ heading: 'Files of the repository (paths only)', body: listed.join('\n') + more }])]
}

export function promptCandidates(context: FailureContext, workspace: Workspace, protectedPaths?: ProtectedPathSettings): Candidate[] {
  const isAllowed = (path: string) => isShowable(path, protectedPaths)
  const candidates: Candidate[] = []
  const shown = new Set<string>()
  const patterns = namedPatternsOf(context)
  const log = logCandidate(context)
  if (log) candidates.push(log)

  const affected = context.affected_files.filter((path) => isAllowed(path) && workspace.has(path))
  affected.forEach((path, index) => {
    const lines = readLines(workspace, path)
    if (!lines) return
    const essential = index < maxEssentialFiles
    const rank = essential ? 2 + index / 100 : 4.5 + index / 100
    const levels = fileLevels('affected_file', rank, path, lines, referencedLinesOf(path, lines, context, patterns), wholeFileMaxLines)
    candidates.push({ name: path, rank, essential, levels })
    shown.add(path)
  })

  for (const [path, testNames] of [...failingTestFiles(context)].slice(0, maxTestFiles)) {
    if (shown.has(path) || !isAllowed(path)) continue
    const lines = readLines(workspace, path)
    if (!lines) continue
    const levels = testLevels(path, lines, testNames, referencedLinesOf(path, lines, context, []))
    if (levels.length > 0) candidates.push({ name: `the failing test's source (${path})`, rank: 3, essential: false, levels })
    shown.add(path)
  }

  const types = [context.fix_type, ...context.secondary_types].filter(isFixableType)
  if (types.includes('type_error') || types.includes('import_error')) {
    // Where a renamed module went (the suggestions name it); the signatures a type error is about.
    const imported = types.includes('type_error') ? affected.flatMap((path) => projectImportsOf(workspace, path)) : []
    const related = [...pathsInSuggestions(context, workspace), ...imported]
    for (const path of [...new Set(related)].filter((path) => !shown.has(path) && !isTestFile(path) && isAllowed(path)).slice(0, maxRelatedFiles)) {
      const lines = readLines(workspace, path)
      if (!lines || lines.length > wholeRelatedFileMaxLines) continue
      candidates.push({ name: `related file ${path}`, rank: 4, essential: false, levels: [part('related_file', 4, [wholeFileBlock(path, lines)], path)] })
      shown.add(path)
    }
  }

  configExcerptsFor([...new Set(types)], workspace, isAllowed)
    .filter((excerpt) => !shown.has(excerpt.path))
    .forEach((excerpt, index) => {
      candidates.push({ name: `configuration ${excerpt.path}`, rank: 5 + index / 100, essential: false, levels: [part('config', 5 + index / 100, excerpt.blocks, excerpt.path)] })
    })

  if (types.includes('import_error') && missesProjectModule(context, workspace)) {
    candidates.push({ name: 'the list of files', rank: 6, essential: false, levels: fileListLevels(workspace, isAllowed, affected) })
  }
  return candidates
}

export function buildPromptContext(input: PromptContextInput): PromptContextResult {
  const { budgetTokens, countTokens } = input
  const candidates = promptCandidates(input.context, input.workspace, input.protectedPaths)
  const costs = new Map<PromptPart, number>()
  // Parts are joined by a blank line: a token or two each, counted with the part.
  const costOf = (level: PromptPart) => costs.get(level) ?? costs.set(level, countTokens(`${renderPart(level)}\n\n`)).get(level)!
  const levelOf = new Map<Candidate, number>(candidates.map((candidate) => [candidate, 0]))
  const included = new Set(candidates)
  const current = (candidate: Candidate) => candidate.levels[levelOf.get(candidate)!]!
  const total = () => [...included].reduce((sum, candidate) => sum + costOf(current(candidate)), 0)
  const omitted: string[] = []
  const narrowed = new Set<string>()

  // 1. Drop the least useful optional parts.
  for (const candidate of [...candidates].filter((candidate) => !candidate.essential).sort((a, b) => b.rank - a.rank)) {
    if (total() <= budgetTokens) break
    included.delete(candidate)
    omitted.push(candidate.name)
  }
  // 2. Narrow what must stay, the costliest part first.
  while (total() > budgetTokens) {
    const narrowable = [...included].filter((candidate) => levelOf.get(candidate)! < candidate.levels.length - 1)
    if (narrowable.length === 0) return { fits: false, minimumTokens: total(), budgetTokens }
    const costliest = narrowable.reduce((most, candidate) => (costOf(current(candidate)) > costOf(current(most)) ? candidate : most))
    levelOf.set(costliest, levelOf.get(costliest)! + 1)
    narrowed.add(costliest.name)
  }
  // 3. Room left: give dropped parts back, the most useful first, as wide as they fit.
  for (const candidate of [...candidates].filter((candidate) => !included.has(candidate)).sort((a, b) => a.rank - b.rank)) {
    const room = budgetTokens - total()
    const level = candidate.levels.findIndex((option) => costOf(option) <= room)
    if (level === -1) continue
    included.add(candidate)
    levelOf.set(candidate, level)
    omitted.splice(omitted.indexOf(candidate.name), 1)
    if (level > 0) narrowed.add(candidate.name)
  }
  const parts = candidates.filter((candidate) => included.has(candidate)).map(current).sort((a, b) => a.rank - b.rank)
  return { fits: true, parts, tokens: total(), omitted, narrowed: [...narrowed] }
}
