import type { Failure } from '../failure.js'
import { toRepoRelative } from '../runner-paths.js'

/**
 * Lint and type-checker output, one finding a line, as rows: a pattern and what its groups
 * mean. Multi-line formats (eslint's stylish, ruff's full format) are read by the functions below.
 */
interface FindingRule {
  tool: string
  pattern: RegExp
  /** Group numbers; 0 = not printed by this tool. */
  groups: { file: number; line: number; rule: number; message: number }
  /** The tool prints no rule: this names it. */
  fixedRule?: string
}

const sourceFile = String.raw`(?:[A-Za-z]:)?[^\s:()'"][^:()'"]*?\.[A-Za-z0-9]{1,5}`

export const findingRules: readonly FindingRule[] = [
  // mypy: `pkg/a.py:33: error: Incompatible return value type (got "int", expected "str")  [return-value]`
  {
    tool: 'mypy',
    pattern: new RegExp(String.raw`^(${sourceFile}):(\d+)(?::\d+)?: error: (.*?)(?:  \[([\w-]+)\])?$`),
    groups: { file: 1, line: 2, message: 3, rule: 4 },
  },
  // tsc: `src/cli.ts(14,21): error TS2554: Expected 3 arguments, but got 2.`
  {
    tool: 'tsc',
    pattern: new RegExp(String.raw`^(${sourceFile})\((\d+),\d+\): error (TS\d+): (.*)$`),
    groups: { file: 1, line: 2, rule: 3, message: 4 },
  },
  // tsc --pretty: `src/cli.ts:14:21 - error TS2554: Expected 3 arguments, but got 2.`
  {
    tool: 'tsc',
    pattern: new RegExp(String.raw`^(${sourceFile}):(\d+):\d+ - error (TS\d+): (.*)$`),
    groups: { file: 1, line: 2, rule: 3, message: 4 },
  },
  // flake8, pycodestyle, ruff (concise), pylint (text): `a.py:6:1: E302 expected 2 blank lines`,
  // `a.py:2:0: W0611: Unused import os (unused-import)`
  {
    tool: 'flake8',
    pattern: new RegExp(String.raw`^(${sourceFile}):(\d+):\d+: ([A-Z]{1,3}\d{2,4}):? (?:\[\*\] )?(.*)$`),
    groups: { file: 1, line: 2, rule: 3, message: 4 },
  },
  // pylint --output-format=parseable: `a.py:2: [W0611(unused-import), ] Unused import os`
  {
    tool: 'pylint',
    pattern: new RegExp(String.raw`^(${sourceFile}):(\d+): \[([A-Z]\d{4})\([\w-]+\), [^\]]*\] (.*)$`),
    groups: { file: 1, line: 2, rule: 3, message: 4 },
  },
  // pyright: `  /w/r/r/a.py:3:5 - error: "x" is not defined (reportUndefinedVariable)`
  {
    tool: 'pyright',
    pattern: new RegExp(String.raw`^\s*(${sourceFile}):(\d+):\d+ - error: (.*?)(?: \((report\w+)\))?$`),
    groups: { file: 1, line: 2, message: 3, rule: 4 },
  },
  // black --check: `would reformat csvlite/cli.py`
  { tool: 'black', pattern: /^would reformat (.+)$/, groups: { file: 1, line: 0, rule: 0, message: 0 }, fixedRule: 'black' },
  // isort --check-only: `ERROR: kpi/report.py Imports are incorrectly sorted and/or formatted.`
  {
    tool: 'isort',
    pattern: /^ERROR: (.+?) Imports are incorrectly sorted/,
    groups: { file: 1, line: 0, rule: 0, message: 0 },
    fixedRule: 'isort',
  },
  // ruff format --check: `Would reformat: src/app.py`
  {
    tool: 'ruff',
    pattern: /^Would reformat: (.+)$/,
    groups: { file: 1, line: 0, rule: 0, message: 0 },
    fixedRule: 'ruff-format',
  },
  // eslint -f unix: `src/cart.js:11:17: Expected '===' and instead saw '=='. [Error/eqeqeq]`
  {
    tool: 'eslint',
    pattern: new RegExp(String.raw`^(${sourceFile}):(\d+):\d+: (.*) \[Error\/([\w@/-]+)\]$`),
    groups: { file: 1, line: 2, message: 3, rule: 4 },
  },
  // prettier --check: `[warn] src/bytes.ts` (the closing `[warn] Code style issues …` line is no file)
  {
    tool: 'prettier',
    pattern: /^\[warn\] (?!Code style issues)(\S[^\s]*\.[A-Za-z0-9]{1,10})$/,
    groups: { file: 1, line: 0, rule: 0, message: 0 },
    fixedRule: 'prettier',
  },
]

const defaultMessages: Record<string, string> = {
  black: 'would be reformatted by black',
  isort: 'imports are incorrectly sorted (isort)',
  prettier: 'does not match the prettier style',
  ruff: 'would be reformatted by ruff format',
}

function makeFinding(tool: string, file: string, line: number | undefined, rule: string, message: string): Failure {
  const finding: Failure = {
    kind: 'finding',
    tool,
    nodeid: line === undefined ? `${file}:${rule}` : `${file}:${line}:${rule}`,
    outcome: 'failed',
    message: message || defaultMessages[tool] || rule,
    file,
    rule,
    details: [],
    frames: [{ file, ...(line === undefined ? {} : { line }) }],
  }
  if (line !== undefined) finding.line = line
  return finding
}

function findingFromRule(rule: FindingRule, line: string): Failure | undefined {
  const match = rule.pattern.exec(line)
  if (!match) return undefined
  const group = (index: number) => (index === 0 ? undefined : match[index])
  const file = toRepoRelative(group(rule.groups.file) ?? '')
  if (!file) return undefined
  const lineText = group(rule.groups.line)
  const lineNumber = lineText ? Number(lineText) : undefined
  const ruleName = group(rule.groups.rule) ?? rule.fixedRule ?? rule.tool
  const tool = rule.tool === 'flake8' && /^(?:[A-Z]\d{4})$/.test(ruleName) ? 'pylint' : rule.tool
  return makeFinding(tool, file, lineNumber, ruleName, (group(rule.groups.message) ?? '').trim())
}

// eslint's default (stylish) format: a file line, then `  11:17  error  message  rule-id` lines.
const stylishFile = /^(\S.*\.[A-Za-z0-9]{1,10})$/
const stylishProblem = /^\s+(\d+):(\d+)\s+(error|warning)\s+(.*?)\s{2,}(\S+)$/
// ruff's full format: `F401 [*] \`os\` imported but unused` then ` --> geofence/polygon.py:2:8`.
const ruffHeading = /^([A-Z]{1,3}\d{2,4}) (?:\[\*\] )?(.+)$/
const ruffLocation = /^\s*--> (.+?):(\d+):\d+$/

function parseMultiLineFindings(lines: readonly string[]): Failure[] {
  const findings: Failure[] = []
  let stylishPath: string | undefined
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const problem = stylishPath ? stylishProblem.exec(line) : null
    if (problem && stylishPath) {
      if (problem[3] === 'error') findings.push(makeFinding('eslint', stylishPath, Number(problem[1]), problem[5]!, problem[4]!))
      continue
    }
    const file = stylishFile.exec(line)
    const nextIsProblem = stylishProblem.test(lines[index + 1] ?? '')
    stylishPath = file && nextIsProblem ? toRepoRelative(file[1]!) : undefined
    const heading = ruffHeading.exec(line)
    const location = heading ? ruffLocation.exec(lines[index + 1] ?? '') : null
    if (heading && location) {
      const path = toRepoRelative(location[1]!)
      if (path) findings.push(makeFinding('ruff', path, Number(location[2]), heading[1]!, heading[2]!))
    }
  }
  return findings
}

/** pyright ends a multi-line message with its rule: `    "int" is not assignable to "str" (reportReturnType)`. */
function pyrightRuleAfter(lines: readonly string[], index: number): string | undefined {
  for (let next = index + 1; next < lines.length && /^\s{4,}\S/.test(lines[next]!); next++) {
    const rule = /\((report\w+)\)$/.exec(lines[next]!)?.[1]
    if (rule) return rule
  }
  return undefined
}

/** The finding a single line holds, by the first row that reads it. */
export function findingOfLine(line: string): Failure | undefined {
  for (const rule of findingRules) {
    const finding = findingFromRule(rule, line)
    if (finding) return finding
  }
  return undefined
}

export function parseFindings(lines: readonly string[]): Failure[] {
  const findings: Failure[] = []
  for (const [index, line] of lines.entries()) {
    const finding = findingOfLine(line)
    if (!finding) continue
    const pyrightRule = finding.tool === 'pyright' && finding.rule === 'pyright' ? pyrightRuleAfter(lines, index) : undefined
    findings.push(pyrightRule ? makeFinding('pyright', finding.file!, finding.line, pyrightRule, finding.message) : finding)
  }
  return [...findings, ...parseMultiLineFindings(lines)]
}
