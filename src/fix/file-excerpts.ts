import { deprecatedNamesOf } from '../analyze/affected-files.js'
import type { FailureContext } from '../analyze/failure-context.js'
import type { PromptBlock } from './render-prompt.js'

/**
 * Pieces of a file for the prompt: the whole file when small, else windows around the lines the
 * failure points at, always with the import block (the fix of a warning, an import or a type often
 * adds an import). Excerpts are verbatim, so the model can copy `old_text` from them; line numbers
 * live in the headings.
 */

/** 1-based, inclusive. */
export interface LineRange {
  start: number
  end: number
}

export function linesOf(text: string): string[] {
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  return lines
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const pythonImportLine = /^\s*(?:import\s+[\w.]|from\s+\.*[\w.]*\s+import\b)/
const jsImportLine = /^\s*(?:import\b|export\s[^=]*\bfrom\s*['"]|(?:const|let|var)\s+[^=]+=\s*require\s*\(|\}\s*from\s*['"])/
const maxImportBlockLines = 60

/** From the top of the file to its last import (a multi-line import included), or undefined. */
export function importBlockOf(lines: readonly string[]): LineRange | undefined {
  let last = -1
  for (let index = 0; index < Math.min(lines.length, maxImportBlockLines); index++) {
    const line = lines[index]!
    if (pythonImportLine.test(line) || jsImportLine.test(line)) {
      last = index
      // `from x import (` … `)`: the import ends at the closing parenthesis.
      if (/\(\s*(?:#.*)?$/.test(line)) {
        while (last + 1 < lines.length && !/\)/.test(lines[last]!)) last++
      }
    }
  }
  return last === -1 ? undefined : { start: 1, end: last + 1 }
}

/** `path:12`, `path:12:5`, `path(12,5)`, `File "…/path", line 12`: lines of `path` named anywhere in the text. */
function linesNamedIn(text: string, path: string): number[] {
  const found: number[] = []
  const pattern = new RegExp(String.raw`(?:^|[^\w.-])(?:[\w.-]*/)*?${escapeRegExp(path)}(?::(\d+)|\((\d+),\d+\)|",? line (\d+))`, 'g')
  for (const match of text.matchAll(pattern)) found.push(Number(match[1] ?? match[2] ?? match[3]))
  return found
}

/** What the failure's messages name (a deprecated call, an undefined name, a missing module), as patterns over source lines. */
export function namedPatternsOf(context: FailureContext): RegExp[] {
  const text = [...context.failures.map((failure) => failure.message), ...context.relevant_logs].join('\n')
  const patterns = deprecatedNamesOf(text).map(({ pattern }) => new RegExp(pattern.source, pattern.flags.replace('m', '')))
  for (const match of text.matchAll(/(?:NameError: name|cannot import name|ReferenceError:) '?(\w+)'?/g)) patterns.push(new RegExp(String.raw`\b${match[1]}\b`))
  for (const match of text.matchAll(/No module named '([\w.]+)'|Cannot find (?:module|package) '([^']+)'|Failed to resolve import "([^"]+)"/g)) {
    patterns.push(new RegExp(escapeRegExp((match[1] ?? match[2] ?? match[3])!)))
  }
  return patterns
}

const maxPatternHits = 40

/** The lines of `path` the failure points at: its findings and frames, the log's `path:line`s, the names its messages use. */
export function referencedLinesOf(path: string, lines: readonly string[], context: FailureContext, patterns: readonly RegExp[]): number[] {
  const referenced = new Set<number>()
  for (const failure of context.failures) if (failure.file === path && failure.line) referenced.add(failure.line)
  for (const line of linesNamedIn([...context.relevant_logs, ...context.failures.map((failure) => failure.message)].join('\n'), path)) referenced.add(line)
  let hits = 0
  for (let index = 0; index < lines.length && hits < maxPatternHits; index++) {
    if (patterns.some((pattern) => pattern.test(lines[index]!))) {
      referenced.add(index + 1)
      hits++
    }
  }
  return [...referenced].filter((line) => line >= 1 && line <= lines.length).sort((a, b) => a - b)
}

/** Ranges around each line, merged where they touch or nearly do (a gap of two lines costs less than a second heading). */
export function mergeRanges(ranges: readonly LineRange[], lineCount: number): LineRange[] {
  const sorted = ranges
    .map((range) => ({ start: Math.max(1, range.start), end: Math.min(lineCount, range.end) }))
    .filter((range) => range.start <= range.end)
    .sort((a, b) => a.start - b.start)
  const merged: LineRange[] = []
  for (const range of sorted) {
    const last = merged.at(-1)
    if (last && range.start <= last.end + 3) last.end = Math.max(last.end, range.end)
    else merged.push({ ...range })
  }
  return merged
}

export function windowsAround(lineNumbers: readonly number[], radius: number): LineRange[] {
  return lineNumbers.map((line) => ({ start: line - radius, end: line + radius }))
}

/**
 * A path as a heading shows it. Headings sit outside the data fences, and a fork can name its files
 * anything: a path with characters beyond the usual ones is shown as a quoted string.
 */
export function displayPath(path: string): string {
  return /^[\w./@+-]{1,200}$/.test(path) ? path : JSON.stringify(path.slice(0, 200))
}

/** Blocks for the ranges of a file, each headed by its path and line numbers. */
export function excerptBlocks(path: string, lines: readonly string[], ranges: readonly LineRange[]): PromptBlock[] {
  const merged = mergeRanges(ranges, lines.length)
  if (merged.length === 1 && merged[0]!.start === 1 && merged[0]!.end === lines.length) return [wholeFileBlock(path, lines)]
  return merged.map((range) => ({
    heading: `${displayPath(path)}, ${range.start === range.end ? `line ${range.start}` : `lines ${range.start}–${range.end}`} of ${lines.length}`,
    body: lines.slice(range.start - 1, range.end).join('\n'),
  }))
}

export function wholeFileBlock(path: string, lines: readonly string[]): PromptBlock {
  return { heading: `${displayPath(path)} (whole file, ${lines.length} lines)`, body: lines.join('\n') }
}

const indentOf = (line: string) => /^\s*/.exec(line)![0].length

/**
 * The block that starts at a line: every following line that is blank or indented deeper, and a
 * closing line at the same indentation (`})`, `)`). Works for Python and for formatted JS/TS.
 */
export function blockFrom(lines: readonly string[], startIndex: number, maxLines = 80): LineRange {
  const indent = indentOf(lines[startIndex]!)
  let end = startIndex
  for (let index = startIndex + 1; index < lines.length && index - startIndex < maxLines; index++) {
    const line = lines[index]!
    if (line.trim() === '') continue
    if (indentOf(line) > indent) {
      end = index
      continue
    }
    if (/^\s*[)}\]]/.test(line)) end = index
    break
  }
  return { start: startIndex + 1, end: end + 1 }
}

/** The failing tests' own blocks in a test file, found by their names in the failures' ids. */
export function testBlocksOf(lines: readonly string[], testNames: readonly string[]): LineRange[] {
  const ranges: LineRange[] = []
  for (const name of testNames) {
    const escaped = escapeRegExp(name)
    const start = lines.findIndex((line) =>
      new RegExp(String.raw`^\s*(?:async\s+)?def\s+${escaped}\s*\(|\b(?:it|test)(?:\.\w+)?\s*\(\s*['"\`]${escaped}['"\`]`).test(line),
    )
    if (start === -1) continue
    // Decorators and fixtures above a Python test belong to it.
    let first = start
    while (first > 0 && /^\s*@/.test(lines[first - 1]!)) first--
    ranges.push({ ...blockFrom(lines, start), start: first + 1 })
  }
  return ranges
}
