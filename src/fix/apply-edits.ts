import { AutohealError } from '../errors.js'
import type { FileEdit } from './fix-answer.js'
import { detectLineEnding, findOldText } from './find-old-text.js'

const policyFirst = 'Check the answer with checkEditPolicy before applying it: reaching this is a bug in Autoheal.'

/**
 * A model often drops the line break after the last line it rewrites; a file that ended with one
 * keeps it. (Adding a missing final newline is allowed: linters ask for it.)
 */
function keepFinalNewline(original: string, updated: string): string {
  if (!original.endsWith('\n') || updated === '' || updated.endsWith('\n')) return updated
  return updated + detectLineEnding(original)
}

function applyToFile(filePath: string, original: string, edits: readonly FileEdit[]): string {
  const placed = edits.map((edit) => {
    const match = findOldText(original, edit.old_text, edit.new_text)
    if (match.count !== 1) throw new AutohealError(`old_text of an edit of ${filePath} occurs ${match.count} times, not once`, policyFirst)
    return { start: match.index, end: match.index + match.oldText.length, newText: match.newText }
  })
  placed.sort((left, right) => left.start - right.start)
  let result = ''
  let copiedUpTo = 0
  for (const { start, end, newText } of placed) {
    if (start < copiedUpTo) throw new AutohealError(`two edits of ${filePath} overlap`, policyFirst)
    result += original.slice(copiedUpTo, start) + newText
    copiedUpTo = end
  }
  return keepFinalNewline(original, result + original.slice(copiedUpTo))
}

/**
 * The content of every file the edits touch, after them; new files included. Each old_text is
 * found in the file as it was (edits never see each other's results), in the file's own line
 * endings. Pure; call it only on edits the policy accepted.
 */
export function applyEdits(files: ReadonlyMap<string, string>, edits: readonly FileEdit[]): Map<string, string> {
  const byPath = new Map<string, FileEdit[]>()
  for (const edit of edits) byPath.set(edit.path, [...(byPath.get(edit.path) ?? []), edit])
  const changed = new Map<string, string>()
  for (const [filePath, fileEdits] of byPath) {
    const original = files.get(filePath)
    if (original === undefined) {
      const [creation, ...others] = fileEdits
      if (creation === undefined || creation.old_text !== '' || others.length > 0) {
        throw new AutohealError(`${filePath} does not exist and is not created by one edit with an empty old_text`, policyFirst)
      }
      changed.set(filePath, creation.new_text)
    } else {
      if (fileEdits.some((edit) => edit.old_text === '')) throw new AutohealError(`${filePath} exists and cannot be created`, policyFirst)
      changed.set(filePath, applyToFile(filePath, original, fileEdits))
    }
  }
  return changed
}
