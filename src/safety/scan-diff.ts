import { redactSecrets } from '../fix/redact-secrets.js'
import { fileRules, isManifest, lineRules, type FileRule, type LineRule, type Severity } from './safety-rules.js'

/**
 * The safety scan of a generated fix, before any pull request: the rows of safety-rules.ts over
 * the added lines of a unified diff (`git diff` output). A `block` finding stops delivery; a
 * `review` finding labels the pull request `security-review` and puts its reason in the body.
 */
export interface ScanDiffInput {
  patch: string
  /** The files the failure analysis named; changes elsewhere are findings. */
  affectedFiles: readonly string[]
}

export interface SafetyFinding {
  ruleId: string
  severity: Severity
  path: string
  /** The line in the new file; absent for findings about a whole file. */
  line?: number
  /** The offending line, secrets redacted (it goes into a pull request body). */
  excerpt: string
  reason: string
}

export interface ScanDiffResult {
  findings: SafetyFinding[]
}

interface DiffLine {
  text: string
  /** The line number in the new file (added) or the old file (removed). */
  line: number
  /** Where the line sits: its hunk in DiffFile.hunks and its index in that hunk's new side. */
  hunk: number
  indexInHunk: number
}

export interface DiffFile {
  path: string
  oldPath: string | undefined
  added: DiffLine[]
  removed: DiffLine[]
  /** Each hunk's new side (context and added lines) with its `@@` heading text first. */
  hunks: string[][]
}

// `+++ b/path`, `+++ path` (--no-prefix) or `+++ /dev/null`; a tab may follow with a timestamp.
const headerPath = (header: string): string | undefined => {
  const raw = header.slice(4).split('\t')[0]!.trim().replace(/^"(.*)"$/, '$1')
  return raw === '/dev/null' ? undefined : raw.replace(/^[ab]\//, '')
}
const hunkHeader = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@ ?(.*)$/

/**
 * Files, added and removed lines of a unified diff. Inside a hunk its line counts decide what a
 * line is, so an added line whose text begins with `++ ` or `-- ` is never read as a header.
 */
export function parseUnifiedDiff(patch: string): DiffFile[] {
  const files: DiffFile[] = []
  let current: DiffFile | undefined
  let oldPath: string | undefined
  let oldLeft = 0
  let newLeft = 0
  let oldLine = 0
  let newLine = 0
  for (const text of patch.split(/\r?\n/)) {
    if (oldLeft > 0 || newLeft > 0) {
      const hunk = current!.hunks.at(-1)!
      const marker = text[0]
      const body = text.slice(1)
      if (marker === '+') {
        current!.added.push({ text: body, line: newLine, hunk: current!.hunks.length - 1, indexInHunk: hunk.length })
        hunk.push(body)
        newLine += 1
        newLeft -= 1
      } else if (marker === '-') {
        current!.removed.push({ text: body, line: oldLine, hunk: current!.hunks.length - 1, indexInHunk: hunk.length })
        oldLine += 1
        oldLeft -= 1
      } else if (marker === '\\') {
        // "\ No newline at end of file": not a line of either side.
      } else {
        // A context line; some tools strip the lone space of an empty context line.
        hunk.push(body)
        oldLine += 1
        newLine += 1
        oldLeft -= 1
        newLeft -= 1
      }
      continue
    }
    if (text.startsWith('diff --git ')) {
      current = undefined
      oldPath = undefined
    } else if (text.startsWith('--- ')) {
      oldPath = headerPath(text)
    } else if (text.startsWith('+++ ')) {
      const path = headerPath(text) ?? oldPath
      if (path === undefined) continue
      current = { path, oldPath, added: [], removed: [], hunks: [] }
      files.push(current)
    } else if (current !== undefined) {
      const hunk = hunkHeader.exec(text)
      if (hunk === null) continue
      oldLine = Number(hunk[1])
      oldLeft = hunk[2] === undefined ? 1 : Number(hunk[2])
      newLine = Number(hunk[3])
      newLeft = hunk[4] === undefined ? 1 : Number(hunk[4])
      // git's heading is the nearest earlier line starting with a letter, often `dependencies = [`.
      current.hunks.push([hunk[5] ?? ''])
    }
  }
  return files
}

const jsonOpener = /^"([^"]+)"\s*:\s*[[{]\s*$/
const tomlOpener = /^([\w."-]+)\s*=\s*[[{]\s*$/
const tomlTable = /^\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$/
const closer = /^[\]}]/

/**
 * The key or table around a manifest line, reading the hunk back from it: the nearest unclosed
 * `"key": {` / `key = [` and, for TOML, the table above it, joined with dots. Nesting is counted by
 * lines that start with a closing bracket, which is how JSON and TOML manifests are laid out.
 */
export function sectionOf(hunk: readonly string[], index: number): string | undefined {
  let depth = 0
  let key: string | undefined
  for (let at = index - 1; at >= 0 && at >= index - 500; at -= 1) {
    const text = hunk[at]!.trim()
    const table = tomlTable.exec(text)
    if (table !== null && !text.startsWith('["') && !text.startsWith("['")) {
      return key === undefined ? table[1] : `${table[1]}.${key}`
    }
    if (closer.test(text)) {
      depth += 1
      continue
    }
    const opener = jsonOpener.exec(text) ?? tomlOpener.exec(text)
    if (opener === null) continue
    if (depth > 0) depth -= 1
    else if (key === undefined) {
      key = opener[1]!.replace(/^"|"$/g, '')
      if (text.startsWith('"')) return key // JSON: the innermost key is the section
    }
  }
  return key
}

const excerptMaxChars = 200
const excerptOf = (text: string): string => {
  const redacted = redactSecrets(text.trim())
  return redacted.length > excerptMaxChars ? `${redacted.slice(0, excerptMaxChars)}…` : redacted
}

export function scanDiff(
  { patch, affectedFiles }: ScanDiffInput,
  rules: { lines: readonly LineRule[]; files: readonly FileRule[] } = { lines: lineRules, files: fileRules },
): ScanDiffResult {
  const findings: SafetyFinding[] = []
  for (const file of parseUnifiedDiff(patch)) {
    const removedLines = file.removed.map((removed) => removed.text)
    const firstChange = file.added[0] ?? file.removed[0]
    for (const rule of rules.files) {
      if (!rule.detect(file, affectedFiles)) continue
      findings.push({ ruleId: rule.id, severity: rule.severity, path: file.path, excerpt: excerptOf(firstChange?.text ?? file.path), reason: rule.description })
    }
    const applicable = rules.lines.filter((rule) => rule.appliesTo?.(file.path) ?? true)
    for (const added of file.added) {
      const section = isManifest(file.path) ? sectionOf(file.hunks[added.hunk] ?? [], added.indexInHunk) : undefined
      const context = { path: file.path, section, removedLines }
      for (const rule of applicable) {
        if (!rule.detect(added.text, context)) continue
        findings.push({ ruleId: rule.id, severity: rule.severity, path: file.path, line: added.line, excerpt: excerptOf(added.text), reason: rule.description })
      }
    }
  }
  return { findings }
}
