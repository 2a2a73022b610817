import { stripRunnerPaths } from './runner-paths.js'

// The runner's timestamp: ISO-8601 UTC with 7 fractional digits, then one space.
const timestampPrefix = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/
// CSI sequences (colours, cursor moves) and OSC sequences (hyperlinks, titles).
// eslint-disable-next-line no-control-regex
const ansiSequence = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-B]/g

export function stripAnsi(text: string): string {
  return text.includes('\x1b') ? text.replace(ansiSequence, '') : text
}

/** One raw log line → what the tool printed: no timestamp, no colours, no carriage return, repo-relative paths. */
export function normalizeLogLine(raw: string): string {
  let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
  line = line.replace(timestampPrefix, '')
  line = stripAnsi(line)
  // Progress bars redraw a line with \r: what a reader saw last is what counts.
  const lastReturn = line.lastIndexOf('\r')
  if (lastReturn !== -1) line = line.slice(lastReturn + 1)
  return stripRunnerPaths(line)
}
