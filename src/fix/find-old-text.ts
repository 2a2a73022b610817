/**
 * Where an edit's `old_text` sits in a file. A model writes its answer with `\n`; a file checked
 * out with CRLF endings must still match, and keep CRLF after the edit, so both texts are first
 * put into the file's own line endings. The text as the model wrote it is tried second, for files
 * that mix endings.
 */
export type LineEnding = '\n' | '\r\n'

/** The ending most lines of the text use (LF when there is a tie or no line break at all). */
export function detectLineEnding(text: string): LineEnding {
  const crlf = text.match(/\r\n/g)?.length ?? 0
  const lf = (text.match(/\n/g)?.length ?? 0) - crlf
  return crlf > lf ? '\r\n' : '\n'
}

export function withLineEnding(text: string, lineEnding: LineEnding): string {
  return lineEnding === '\r\n' ? text.replace(/\r?\n/g, '\r\n') : text.replace(/\r\n/g, '\n')
}

export interface OldTextMatch {
  /** How many times old_text occurs, overlapping occurrences included (`aa` twice in `aaa`). */
  count: number
  /** Where the first occurrence starts, or -1. */
  index: number
  /** old_text and new_text in the form that matched (the file's line endings, when that matched). */
  oldText: string
  newText: string
}

function findOccurrences(content: string, part: string): { count: number; index: number } {
  const index = content.indexOf(part)
  let count = 0
  for (let at = index; at !== -1; at = content.indexOf(part, at + 1)) count += 1
  return { count, index }
}

/** Finds a non-empty old_text in content (an empty one creates a file and is never searched). */
export function findOldText(content: string, oldText: string, newText: string): OldTextMatch {
  const lineEnding = detectLineEnding(content)
  const adapted = { oldText: withLineEnding(oldText, lineEnding), newText: withLineEnding(newText, lineEnding) }
  const candidates = adapted.oldText === oldText ? [adapted] : [adapted, { oldText, newText }]
  for (const candidate of candidates) {
    const found = findOccurrences(content, candidate.oldText)
    if (found.count > 0) return { ...found, ...candidate }
  }
  return { count: 0, index: -1, ...adapted }
}
