import { diffLines } from 'diff'
import { pathSyntaxProblem } from './check-path-syntax.js'
import type { FileEdit } from './fix-answer.js'
import { findOldText, withLineEnding } from './find-old-text.js'
import { defaultProtectedPathSettings, protectedReason, type ProtectedPathSettings } from './protected-paths.js'
import type { WorkspaceEntry, WorkspaceSnapshot } from './read-workspace-snapshot.js'

/**
 * The rules a model's edits must keep before anything is applied (DESIGN, "Rules that code
 * enforces"): plain repo-relative paths inside the workspace, never through a link, never a
 * protected file; only existing text files, or new files next to them; each old_text exactly once;
 * a bounded change. Pure: the workspace comes as a snapshot (readWorkspaceSnapshot).
 */
export interface EditPolicySettings {
  protectedPaths: ProtectedPathSettings
  /** Distinct files one answer may touch. */
  maxFiles: number
  /** Lines added plus lines removed, over the whole answer (as `git diff --numstat` counts them). */
  maxChangedLines: number
}

export const defaultEditPolicySettings: EditPolicySettings = {
  protectedPaths: defaultProtectedPathSettings,
  maxFiles: 10,
  maxChangedLines: 400,
}

export interface PolicyViolation {
  /** The refused path as the answer spelled it, or `wholeAnswer` for the answer's size. */
  path: string
  /** A sentence the model can act on in its retry. */
  reason: string
}

export type PolicyResult = { ok: true } | { ok: false; violations: PolicyViolation[] }

export const wholeAnswer = '(answer)'

/** Why the path's own entry cannot be edited, or undefined for a text file (or nothing there yet). */
function entryProblem(entry: WorkspaceEntry): string | undefined {
  switch (entry.kind) {
    case 'file':
      return undefined
    case 'directory':
      return 'the path is a folder, not a file'
    case 'symlink':
      return entry.pointsOutside
        ? 'the path is a symbolic link pointing outside the workspace; Autoheal edits only regular files'
        : 'the path is a symbolic link; edit the file it points to, by its own path'
    case 'outside':
      return 'the path resolves outside the workspace'
    case 'other':
      return 'the path is not a regular file'
    case 'binary-file':
      return 'the file is binary; Autoheal edits only text files'
    case 'large-file':
      return `the file is too large to edit (${entry.bytes} bytes)`
  }
}

/** Why a folder on the way to the file refuses it: a link, or something that is not a folder. */
function folderProblem(folder: string, entry: WorkspaceEntry): string | undefined {
  if (entry.kind === 'directory') return undefined
  if (entry.kind === 'symlink') {
    return entry.pointsOutside
      ? `the folder ${folder} is a symbolic link pointing outside the workspace`
      : `the folder ${folder} is a symbolic link; give the path of the folder it points to`
  }
  if (entry.kind === 'outside') return `the folder ${folder} resolves outside the workspace`
  return `${folder} is not a folder`
}

/** Problems of the path itself, whatever the edits say. */
function pathProblem(filePath: string, snapshot: WorkspaceSnapshot, settings: EditPolicySettings): string | undefined {
  const syntax = pathSyntaxProblem(filePath)
  if (syntax !== undefined) return syntax
  const guarded = protectedReason(filePath, settings.protectedPaths)
  if (guarded !== undefined) return `the path is protected: ${guarded}`
  const segments = filePath.split('/')
  for (let depth = 1; depth < segments.length; depth += 1) {
    const folder = segments.slice(0, depth).join('/')
    const entry = snapshot.get(folder)
    if (entry === undefined) break // a missing folder: the rule for new files decides
    const problem = folderProblem(folder, entry)
    if (problem !== undefined) return problem
  }
  const entry = snapshot.get(filePath)
  return entry === undefined ? undefined : entryProblem(entry)
}

function parentOf(filePath: string): string {
  const slash = filePath.lastIndexOf('/')
  return slash === -1 ? '' : filePath.slice(0, slash)
}

/**
 * "Edits only files that exist, or new files next to them": a new file goes into an existing
 * folder, or into one new folder beside existing files (tests/fixtures/ in tests/), never into a
 * new tree of folders.
 */
function newFileProblem(filePath: string, snapshot: WorkspaceSnapshot): string | undefined {
  const folder = parentOf(filePath)
  if (snapshot.get(folder)?.kind === 'directory') return undefined
  const above = snapshot.get(parentOf(folder))
  if (folder !== '' && above?.kind === 'directory' && above.hasFiles) return undefined
  return `the folder ${folder} does not exist; a new file goes into an existing folder, or one new folder beside existing files`
}

interface IndexedEdit {
  edit: FileEdit
  /** Its position in the answer's edits, for the reason. */
  index: number
}

function editProblems(filePath: string, edits: readonly IndexedEdit[], snapshot: WorkspaceSnapshot): string[] {
  const entry = snapshot.get(filePath)
  const creations = edits.filter(({ edit }) => edit.old_text === '')
  if (entry === undefined) {
    if (creations.length === 0) return ['the file does not exist; to create it, give one edit with an empty old_text and the whole file as new_text']
    if (edits.length > 1) return ['a new file is created by one edit that holds its whole content']
    if (edits[0]!.edit.new_text.includes('\0')) return ['the new file would be binary (it contains NUL); Autoheal writes only text files']
    const problem = newFileProblem(filePath, snapshot)
    return problem === undefined ? [] : [problem]
  }
  if (entry.kind !== 'file') return [] // pathProblem has refused it
  if (creations.length > 0) return ['the file already exists; to change it, quote the text to replace in old_text']
  const problems: string[] = []
  const ranges: { start: number; end: number; index: number }[] = []
  for (const { edit, index } of edits) {
    const match = findOldText(entry.text, edit.old_text, edit.new_text)
    if (match.count === 0) problems.push(`old_text of edits[${index}] does not occur in the file; copy it exactly from the file, indentation included`)
    else if (match.count > 1) problems.push(`old_text of edits[${index}] occurs ${match.count} times in the file; include more surrounding lines so it occurs once`)
    else ranges.push({ start: match.index, end: match.index + match.oldText.length, index })
  }
  ranges.sort((left, right) => left.start - right.start)
  for (let position = 1; position < ranges.length; position += 1) {
    const before = ranges[position - 1]!
    const after = ranges[position]!
    if (after.start < before.end) problems.push(`edits[${before.index}] and edits[${after.index}] change overlapping text; merge them into one edit`)
  }
  return problems
}

const lineCount = (text: string) => (text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0))

interface LineCount {
  lines: number
  /** false: the diff stopped at its bound and `lines` counts every line of both texts instead. */
  isExact: boolean
}

/**
 * Lines added plus lines removed by one edit, line endings aside: exact up to `upTo`. The bound
 * keeps the diff's work (Myers is O(N·D)) small on a hostile answer; past it, every line of both
 * texts counts, which is at least the true number.
 */
function countLines(edit: FileEdit, upTo: number): LineCount {
  const [oldText, newText] = [withLineEnding(edit.old_text, '\n'), withLineEnding(edit.new_text, '\n')]
  if (oldText === '' || newText === '') return { lines: lineCount(oldText) + lineCount(newText), isExact: true }
  const changes = Number.isFinite(upTo) ? diffLines(oldText, newText, { maxEditLength: upTo + 1 }) : diffLines(oldText, newText)
  if (changes === undefined) return { lines: lineCount(oldText) + lineCount(newText), isExact: false }
  return { lines: changes.reduce((sum, change) => sum + (change.added || change.removed ? change.count : 0), 0), isExact: true }
}

export function countChangedLines(edit: FileEdit, upTo = Number.POSITIVE_INFINITY): number {
  return countLines(edit, upTo).lines
}

/** The answer's changed lines, each diff bounded by what is left of the limit. */
function countAnswerLines(edits: readonly FileEdit[], limit: number): LineCount {
  return edits.reduce<LineCount>((total, edit) => {
    const counted = countLines(edit, Math.max(limit - total.lines, 0))
    return { lines: total.lines + counted.lines, isExact: total.isExact && counted.isExact }
  }, { lines: 0, isExact: true })
}

export function checkEditPolicy(
  edits: readonly FileEdit[],
  snapshot: WorkspaceSnapshot,
  settings: Partial<EditPolicySettings> = {},
): PolicyResult {
  const effective: EditPolicySettings = { ...defaultEditPolicySettings, ...settings }
  const byPath = new Map<string, IndexedEdit[]>()
  edits.forEach((edit, index) => byPath.set(edit.path, [...(byPath.get(edit.path) ?? []), { edit, index }]))

  const violations: PolicyViolation[] = []
  for (const [filePath, pathEdits] of byPath) {
    const problem = pathProblem(filePath, snapshot, effective)
    const problems = problem !== undefined ? [problem] : editProblems(filePath, pathEdits, snapshot)
    violations.push(...problems.map((reason) => ({ path: filePath, reason })))
  }
  if (byPath.size > effective.maxFiles) {
    violations.push({ path: wholeAnswer, reason: `the answer changes ${byPath.size} files; at most ${effective.maxFiles} may change in one fix` })
  }
  const changed = countAnswerLines(edits, effective.maxChangedLines)
  if (changed.lines > effective.maxChangedLines) {
    const amount = changed.isExact ? `${changed.lines}` : `more than ${effective.maxChangedLines}`
    violations.push({
      path: wholeAnswer,
      reason: `the answer changes ${amount} lines (added plus removed); at most ${effective.maxChangedLines} may change in one fix: change only what the failure needs`,
    })
  }
  return violations.length === 0 ? { ok: true } : { ok: false, violations }
}
