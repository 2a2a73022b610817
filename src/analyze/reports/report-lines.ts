/**
 * Report text to lines we can match safely. Every regex in this folder runs on lines cut to
 * `maxLineChars`, so a 50 MB single-line file costs one slice, never a long backtracking run.
 */
export const maxLineChars = 4_000

// CSI sequences (colours, cursor moves) and OSC hyperlinks: jest's failureMessages keep the colour
// codes of its code frames, and FORCE_COLOR runs put them into every report.
const ansiEscape = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g

export function stripAnsi(text: string): string {
  return text.includes('\u001b') ? text.replace(ansiEscape, '') : text
}

export function clipLine(line: string): string {
  return line.length > maxLineChars ? `${line.slice(0, maxLineChars)}…` : line
}

/** Lines without ANSI codes, `\r` or trailing blanks, each cut to maxLineChars. */
export function splitReportLines(text: string): string[] {
  return stripAnsi(text)
    .split(/\r?\n|\r/)
    .map((line) => clipLine(line.trimEnd()))
}

/** The lines of a failure's text without the blank lines (and XML indentation) around them. */
export function trimBlankLines(lines: readonly string[]): string[] {
  let start = 0
  let end = lines.length
  while (start < end && lines[start]?.trim() === '') start += 1
  while (end > start && lines[end - 1]?.trim() === '') end -= 1
  return lines.slice(start, end)
}

export function firstNonBlankLine(lines: readonly string[]): string | undefined {
  return lines.find((line) => line.trim() !== '')?.trim()
}
