/**
 * The formatters and linters whose own fixer Autoheal runs instead of asking a model, as rows:
 * which findings each answers (by the analyzer's `tool` and `rule`), how to fix and how to check
 * a list of files, how to ask its version, and where the job installs it. Rows run in table order:
 * import sorters and rule fixers first, the pure formatters last, so the layout a formatter
 * leaves is the one that is checked.
 */
export type LintToolId = 'ruff-check' | 'isort' | 'eslint' | 'black' | 'ruff-format' | 'prettier'

/** Where a tool is looked for: node_modules/.bin folders, or virtualenvs' bin folders. */
export type ToolHome = 'node' | 'python'

export interface FindingIdentity {
  tool: string
  rule?: string | undefined
}

export interface LintTool {
  id: LintToolId
  /** How the tool is named to people: `black`, `ruff format`. */
  label: string
  /** The program's file name in a bin folder. */
  executable: string
  home: ToolHome
  answers(finding: FindingIdentity): boolean
  /** Arguments before `--` and the files; `--` keeps a file named like an option a file. */
  fixArgs: readonly string[]
  checkArgs: readonly string[]
  versionArgs: readonly string[]
}

// The analyzer names findings of `ruff format --check` with this rule; every other ruff rule
// comes from `ruff check`.
const ruffFormatRule = 'ruff-format'

export const lintTools: readonly LintTool[] = [
  {
    id: 'ruff-check',
    label: 'ruff check',
    executable: 'ruff',
    home: 'python',
    answers: ({ tool, rule }) => tool === 'ruff' && rule !== ruffFormatRule,
    fixArgs: ['check', '--fix'],
    checkArgs: ['check'],
    versionArgs: ['--version'],
  },
  {
    id: 'isort',
    label: 'isort',
    executable: 'isort',
    home: 'python',
    answers: ({ tool }) => tool === 'isort',
    fixArgs: [],
    checkArgs: ['--check-only'],
    versionArgs: ['--version'],
  },
  {
    id: 'eslint',
    label: 'eslint',
    executable: 'eslint',
    home: 'node',
    answers: ({ tool }) => tool === 'eslint',
    fixArgs: ['--fix'],
    checkArgs: [],
    versionArgs: ['--version'],
  },
  {
    id: 'black',
    label: 'black',
    executable: 'black',
    home: 'python',
    answers: ({ tool }) => tool === 'black',
    fixArgs: [],
    checkArgs: ['--check'],
    versionArgs: ['--version'],
  },
  {
    id: 'ruff-format',
    label: 'ruff format',
    executable: 'ruff',
    home: 'python',
    answers: ({ tool, rule }) => tool === 'ruff' && rule === ruffFormatRule,
    fixArgs: ['format'],
    checkArgs: ['format', '--check'],
    versionArgs: ['--version'],
  },
  {
    id: 'prettier',
    label: 'prettier',
    executable: 'prettier',
    home: 'node',
    answers: ({ tool }) => tool === 'prettier',
    fixArgs: ['--write'],
    checkArgs: ['--check'],
    versionArgs: ['--version'],
  },
]

/** The row whose fixer answers a finding, or undefined when no tool Autoheal runs can fix it. */
export function lintToolFor(finding: FindingIdentity): LintTool | undefined {
  return lintTools.find((tool) => tool.answers(finding))
}

export function fixArgv(tool: LintTool, files: readonly string[]): string[] {
  return [...tool.fixArgs, '--', ...files]
}

export function checkArgv(tool: LintTool, files: readonly string[]): string[] {
  return [...tool.checkArgs, '--', ...files]
}

/**
 * `black, 23.1.0 (compiled: no)`, `v9.39.5`, `ruff 0.6.9`, isort's banner with `VERSION 5.6.4`:
 * the first dotted number of what `--version` printed.
 */
export function versionOf(output: string): string | undefined {
  return /\b(\d+\.\d+(?:\.\d+)?(?:[-+.]?[A-Za-z0-9]+)*)/.exec(output.replace(/\bv(?=\d)/, ''))?.[1]
}
