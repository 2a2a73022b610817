import type { Workspace } from '../analyze/workspace.js'
import { excerptBlocks, linesOf, type LineRange } from './file-excerpts.js'
import type { PromptBlock } from './render-prompt.js'
import type { FixableType } from './templates.js'

/**
 * The configuration that decides how a failure of each type is judged (where pytest turns warnings
 * into errors, which packages CI installs, how strict the type checker is, the formatter's
 * options), as rows. Shared files (pyproject.toml, setup.cfg, tox.ini, package.json) contribute
 * only their sections for that tool; a file that is all about the tool comes whole.
 */
type Selection = { whole: true } | { sections: RegExp } | { jsonKeys: readonly string[] }

interface ConfigRow {
  /** A root-level file name, or a pattern over repo-relative paths. */
  file: string | RegExp
  select: Selection
}

const whole = { whole: true } as const
const pytestConfig: readonly ConfigRow[] = [
  { file: 'pytest.ini', select: whole },
  { file: 'pyproject.toml', select: { sections: /^tool\.pytest\b/ } },
  { file: 'setup.cfg', select: { sections: /^tool:pytest$/ } },
  { file: 'tox.ini', select: { sections: /^pytest$/ } },
]

export const configRows: Readonly<Record<FixableType, readonly ConfigRow[]>> = {
  warning: [...pytestConfig, { file: 'package.json', select: { jsonKeys: ['scripts'] } }],
  import_error: [
    { file: /^requirements[\w.-]*\.(?:txt|in)$|^requirements\/[\w.-]+\.(?:txt|in)$/, select: whole },
    { file: 'pyproject.toml', select: { sections: /^project$|^project\.optional-dependencies$|^dependency-groups$|^tool\.poetry(?:\.|$)/ } },
    { file: 'setup.cfg', select: { sections: /^options(?:\.extras_require)?$/ } },
    { file: 'package.json', select: { jsonKeys: ['type', 'imports', 'exports', 'dependencies', 'devDependencies', 'peerDependencies'] } },
    { file: 'tsconfig.json', select: whole },
  ],
  type_error: [
    { file: 'tsconfig.json', select: whole },
    { file: 'mypy.ini', select: whole },
    { file: 'pyrightconfig.json', select: whole },
    { file: 'setup.cfg', select: { sections: /^mypy/ } },
    { file: 'pyproject.toml', select: { sections: /^tool\.(?:mypy|pyright)\b/ } },
  ],
  flaky_test: [
    ...pytestConfig,
    { file: 'package.json', select: { jsonKeys: ['scripts', 'jest'] } },
    { file: /^(?:jest|vitest)\.config\.[cm]?[jt]s$/, select: whole },
  ],
  lint: [
    { file: '.flake8', select: whole },
    { file: 'setup.cfg', select: { sections: /^(?:flake8|isort|pycodestyle|pydocstyle)$/ } },
    { file: 'tox.ini', select: { sections: /^flake8$/ } },
    { file: 'pyproject.toml', select: { sections: /^tool\.(?:black|isort|ruff)\b/ } },
    { file: /^\.?ruff\.toml$|^\.isort\.cfg$|^\.editorconfig$/, select: whole },
    { file: /^\.eslintrc(?:\.[\w]+)?$|^eslint\.config\.[cm]?[jt]s$/, select: whole },
    { file: /^\.prettierrc(?:\.[\w]+)?$|^prettier\.config\.[cm]?[jt]s$/, select: whole },
    { file: 'package.json', select: { jsonKeys: ['scripts', 'prettier', 'eslintConfig'] } },
  ],
}

const maxWholeConfigLines = 120

const sectionHeader = /^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:[#;].*)?$/

/** Sections of a TOML or INI file whose name matches, each from its header to the next header. */
export function sectionRanges(lines: readonly string[], name: RegExp): LineRange[] {
  const ranges: LineRange[] = []
  let current: LineRange | undefined
  const close = () => {
    if (!current) return
    while (current.end > current.start && lines[current.end - 1]!.trim() === '') current.end--
    ranges.push(current)
    current = undefined
  }
  lines.forEach((line, index) => {
    const header = sectionHeader.exec(line)
    if (!header) {
      if (current) current.end = index + 1
      return
    }
    close()
    if (name.test(header[1]!)) current = { start: index + 1, end: index + 1 }
  })
  close()
  return ranges
}

/** The lines of top-level keys of a JSON object, from `"key":` to the end of its value. */
export function jsonKeyRanges(lines: readonly string[], keys: readonly string[]): LineRange[] {
  const ranges: LineRange[] = []
  let depth = 0
  let inString = false
  let open: LineRange | undefined
  lines.forEach((line, index) => {
    const depthAtStart = depth
    if (depthAtStart === 1 && !inString && !open) {
      const key = /^\s*"((?:[^"\\]|\\.)*)"\s*:/.exec(line)?.[1]
      if (key !== undefined && keys.includes(key)) open = { start: index + 1, end: index + 1 }
    }
    for (let position = 0; position < line.length; position++) {
      const character = line[position]
      if (inString) {
        if (character === '\\') position++
        else if (character === '"') inString = false
      } else if (character === '"') inString = true
      else if (character === '{' || character === '[') depth++
      else if (character === '}' || character === ']') depth--
    }
    if (open && depth <= 1) {
      open.end = index + 1
      ranges.push(open)
      open = undefined
    }
  })
  return ranges
}

function matchesRow(path: string, row: ConfigRow): boolean {
  return typeof row.file === 'string' ? path === row.file : row.file.test(path)
}

function selectedRanges(lines: readonly string[], select: Selection): LineRange[] {
  if ('whole' in select) return [{ start: 1, end: Math.min(lines.length, maxWholeConfigLines) }]
  return 'sections' in select ? sectionRanges(lines, select.sections) : jsonKeyRanges(lines, select.jsonKeys)
}

export interface ConfigExcerpt {
  path: string
  blocks: PromptBlock[]
}

/** The configuration excerpts for the fix types of a run, in row order, one per file. */
export function configExcerptsFor(fixTypes: readonly FixableType[], workspace: Workspace, isAllowed: (path: string) => boolean): ConfigExcerpt[] {
  const selected = new Map<string, { lines: string[]; ranges: LineRange[] }>()
  for (const fixType of fixTypes) {
    for (const row of configRows[fixType]) {
      for (const path of workspace.files) {
        // Root-level files only: a nested package.json or setup.cfg belongs to something else.
        if (path.includes('/') && typeof row.file === 'string') continue
        if (!matchesRow(path, row) || !isAllowed(path)) continue
        const text = workspace.read(path)
        if (text === undefined) continue
        const entry = selected.get(path) ?? { lines: linesOf(text), ranges: [] }
        entry.ranges.push(...selectedRanges(entry.lines, row.select))
        selected.set(path, entry)
      }
    }
  }
  return [...selected]
    .filter(([, { ranges }]) => ranges.length > 0)
    .map(([path, { lines, ranges }]) => ({ path, blocks: excerptBlocks(path, lines, ranges) }))
}
