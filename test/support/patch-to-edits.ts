import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parsePatch, type StructuredPatchHunk } from 'diff'
import { FixAnswer, type FileEdit } from '../../src/fix/fix-answer.js'

/**
 * A corpus fix.patch as the answer a model would give for it: per hunk, old_text is the context
 * and removed lines, new_text the context and added lines, widened with more lines of the file
 * while old_text is not unique. Used to check the edit pipeline on real fixes, and to play a
 * model that answers with the reference fix.
 */
interface PatchLine {
  text: string
  hasLineBreak: boolean
}

function joinLines(lines: readonly PatchLine[]): string {
  return lines.map((line) => (line.hasLineBreak ? `${line.text}\n` : line.text)).join('')
}

/** The two sides of a hunk; a `\ No newline at end of file` marker takes the break off the line before it. */
function sidesOf(hunk: StructuredPatchHunk): { before: PatchLine[]; after: PatchLine[] } {
  const before: PatchLine[] = []
  const after: PatchLine[] = []
  let previousSides: PatchLine[][] = []
  for (const line of hunk.lines) {
    const marker = line[0]
    if (marker === '\\') {
      for (const side of previousSides) side.at(-1)!.hasLineBreak = false
      continue
    }
    const text = line.slice(1)
    previousSides = marker === ' ' ? [before, after] : marker === '-' ? [before] : marker === '+' ? [after] : []
    for (const side of previousSides) side.push({ text, hasLineBreak: true })
  }
  return { before, after }
}

function countOf(content: string, part: string): number {
  if (part === '') return Number.POSITIVE_INFINITY
  let count = 0
  for (let at = content.indexOf(part); at !== -1; at = content.indexOf(part, at + 1)) count += 1
  return count
}

function hunkToEdit(path: string, content: string, hunk: StructuredPatchHunk): FileEdit {
  const { before, after } = sidesOf(hunk)
  const fileLines = content.match(/[^\n]*\n|[^\n]+$/g) ?? []
  // The hunk's lines in the file: a pure insertion (no old lines) sits after line oldStart.
  let start = hunk.oldLines === 0 ? hunk.oldStart : hunk.oldStart - 1
  let end = start + hunk.oldLines
  let prefix = ''
  let suffix = ''
  const oldText = () => prefix + joinLines(before) + suffix
  while (countOf(content, oldText()) !== 1 && (start > 0 || end < fileLines.length)) {
    if (start > 0) prefix = fileLines[--start]! + prefix
    if (end < fileLines.length) suffix += fileLines[end++]!
  }
  return { path, old_text: oldText(), new_text: prefix + joinLines(after) + suffix }
}

function stripPrefix(name: string | undefined, prefix: string): string {
  if (name === undefined) throw new Error('a file patch without a file name')
  return name.startsWith(prefix) ? name.slice(prefix.length) : name
}

/** `readFile` gives a file's content before the patch, by repo-relative path. */
export function patchToAnswer(patchText: string, readFile: (path: string) => string, summary = 'The reference fix.'): FixAnswer {
  const edits = parsePatch(patchText).flatMap((filePatch): FileEdit[] => {
    if (filePatch.isDelete || filePatch.isRename || filePatch.isCopy) throw new Error('an answer cannot delete, rename or copy a file')
    const path = stripPrefix(filePatch.newFileName, 'b/')
    if (filePatch.isCreate || filePatch.oldFileName === '/dev/null') {
      return [{ path, old_text: '', new_text: filePatch.hunks.map((hunk) => joinLines(sidesOf(hunk).after)).join('') }]
    }
    const content = readFile(path)
    return filePatch.hunks.map((hunk) => hunkToEdit(path, content, hunk))
  })
  return FixAnswer.parse({ summary, edits })
}

/** The answer made from a patch file against a checked-out tree. */
export function patchFileToAnswer(patchFile: string, repoDir: string): FixAnswer {
  return patchToAnswer(readFileSync(patchFile, 'utf8'), (path) => readFileSync(join(repoDir, path), 'utf8'))
}
