import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Failure } from '../../src/analyze/failure.js'
import { findingRules, parseFindings } from '../../src/analyze/parse-log/parse-findings.js'
import {
  looksLikeJest,
  looksLikeNodeTest,
  looksLikeVitest,
  parseJestOutput,
  parseNodeTestOutput,
  parseVitestOutput,
} from '../../src/analyze/parse-log/parse-js-test-output.js'
import { looksLikePytest, parsePytestOutput } from '../../src/analyze/parse-log/parse-pytest-output.js'
import { parseToolOutput } from '../../src/analyze/parse-log/parse-step-output.js'
import { corpusCases, failingStepLines, type CorpusCase } from '../support/corpus.js'
import {
  asStepLines,
  eslintUnix,
  jestSuiteFailed,
  nodeTestTap,
  pylintParseable,
  pylintText,
  pyright,
  ruffConcise,
  ruffFormatCheck,
  ruffFull,
  tscPretty,
  vitestAssertion,
} from './tool-output-samples.js'

const casesWithLogs = corpusCases.filter((corpusCase) => corpusCase.logs.length > 0)

const stepsOfCase = new Map<string, Promise<string[][]>>()
const stepsOf = (corpusCase: CorpusCase) => {
  if (!stepsOfCase.has(corpusCase.name)) stepsOfCase.set(corpusCase.name, failingStepLines(corpusCase))
  return stepsOfCase.get(corpusCase.name)!
}

const sorted = (values: Iterable<string | undefined>) => [...new Set(values)].sort()

// ---- Test runners

/** Each runner as meta.json's `tool` names it, and the tool name its failures carry. */
const runners = [
  { tool: 'pytest', failureTool: 'pytest', looksLike: looksLikePytest, parse: parsePytestOutput },
  { tool: 'vitest', failureTool: 'vitest', looksLike: looksLikeVitest, parse: parseVitestOutput },
  { tool: 'jest', failureTool: 'jest', looksLike: looksLikeJest, parse: parseJestOutput },
  { tool: 'node:test', failureTool: 'node-test', looksLike: looksLikeNodeTest, parse: parseNodeTestOutput },
] as const
const runnerTools: readonly string[] = runners.map((runner) => runner.tool)

describe('test runner output in the corpus', () => {
  it('covers every runner with at least one case', () => {
    for (const runner of runners) expect(casesWithLogs.some((corpusCase) => corpusCase.tools.includes(runner.tool)), runner.tool).toBe(true)
  })

  it.each(casesWithLogs)('$name: only the runner meta.json names recognises its output', async (corpusCase) => {
    const recognised = new Set<string>()
    for (const lines of await stepsOf(corpusCase)) {
      const claiming = runners.filter((runner) => runner.looksLike(lines)).map((runner) => runner.tool)
      expect(claiming.length).toBeLessThanOrEqual(1)
      for (const tool of claiming) recognised.add(tool)
    }
    expect([...recognised].sort()).toEqual(corpusCase.tools.filter((tool) => runnerTools.includes(tool)).sort())
  })

  const runnerCases = runners.flatMap((runner) =>
    casesWithLogs.filter((corpusCase) => corpusCase.tools.includes(runner.tool)).map((corpusCase) => ({ ...runner, corpusCase, name: corpusCase.name })),
  )
  it.each(runnerCases)('$tool / $name: the failing tests are the label failing_tests', async ({ looksLike, parse, failureTool, corpusCase }) => {
    const steps = (await stepsOf(corpusCase)).filter((lines) => looksLike(lines))
    expect(steps.length).toBeGreaterThan(0)
    const failures = steps.flatMap((lines) => parse(lines))
    expect(sorted(failures.map((failure) => failure.nodeid))).toEqual(sorted(corpusCase.label.failing_tests))
    for (const failure of failures) {
      expect(failure.kind).toBe('test')
      expect(failure.tool).toBe(failureTool)
      expect(failure.message.trim()).not.toBe('')
      // Where the parser says the error is, the file exists in the project at that commit.
      if (failure.file) expect(existsSync(join(corpusCase.dir, 'repo', failure.file)), failure.file).toBe(true)
    }
  })
})

// ---- Finding rows

interface Sample {
  name: string
  command: string
  output: readonly string[]
  expected: Pick<Failure, 'tool' | 'nodeid' | 'file' | 'line' | 'rule' | 'message'>[]
}

const findingSamples: Sample[] = [
  {
    name: 'ruff format --check',
    command: 'ruff format --check .',
    output: ruffFormatCheck,
    expected: [
      { tool: 'ruff', nodeid: 'geofence/polygon.py:ruff-format', file: 'geofence/polygon.py', line: undefined, rule: 'ruff-format', message: 'would be reformatted by ruff format' },
      { tool: 'ruff', nodeid: 'tests/test_polygon.py:ruff-format', file: 'tests/test_polygon.py', line: undefined, rule: 'ruff-format', message: 'would be reformatted by ruff format' },
    ],
  },
  {
    name: 'eslint -f unix',
    command: 'npx eslint -f unix .',
    output: eslintUnix,
    expected: [
      { tool: 'eslint', nodeid: 'src/cart.js:11:eqeqeq', file: 'src/cart.js', line: 11, rule: 'eqeqeq', message: "Expected '===' and instead saw '=='." },
      { tool: 'eslint', nodeid: 'src/money.js:1:no-unused-vars', file: 'src/money.js', line: 1, rule: 'no-unused-vars', message: "'mode' is defined but never used." },
    ],
  },
  {
    name: 'ruff check --output-format=concise',
    command: 'ruff check --output-format=concise .',
    output: ruffConcise,
    // The concise format is flake8's: nothing in a line tells ruff apart.
    expected: [
      { tool: 'flake8', nodeid: 'geofence/polygon.py:2:F401', file: 'geofence/polygon.py', line: 2, rule: 'F401', message: '`os` imported but unused' },
      { tool: 'flake8', nodeid: 'geofence/polygon.py:23:E501', file: 'geofence/polygon.py', line: 23, rule: 'E501', message: 'Line too long (109 > 100)' },
    ],
  },
  {
    name: 'ruff check (full format)',
    command: 'ruff check .',
    output: ruffFull,
    expected: [
      { tool: 'ruff', nodeid: 'geofence/polygon.py:2:F401', file: 'geofence/polygon.py', line: 2, rule: 'F401', message: '`os` imported but unused' },
      { tool: 'ruff', nodeid: 'geofence/polygon.py:23:E501', file: 'geofence/polygon.py', line: 23, rule: 'E501', message: 'Line too long (109 > 100)' },
    ],
  },
  {
    name: 'pylint --output-format=parseable',
    command: 'pylint --output-format=parseable geofence',
    output: pylintParseable,
    expected: [
      { tool: 'pylint', nodeid: 'geofence/polygon.py:2:W0611', file: 'geofence/polygon.py', line: 2, rule: 'W0611', message: 'Unused import os' },
      {
        tool: 'pylint',
        nodeid: 'geofence/polygon.py:22:C0116',
        file: 'geofence/polygon.py',
        line: 22,
        rule: 'C0116',
        message: 'Missing function or method docstring',
      },
    ],
  },
  {
    name: 'pylint (text)',
    command: 'pylint geofence',
    output: pylintText,
    expected: [
      { tool: 'pylint', nodeid: 'geofence/polygon.py:2:W0611', file: 'geofence/polygon.py', line: 2, rule: 'W0611', message: 'Unused import os (unused-import)' },
    ],
  },
  {
    name: 'tsc --pretty',
    command: 'npx tsc --noEmit --pretty',
    output: tscPretty,
    expected: [
      { tool: 'tsc', nodeid: 'src/cli.ts:14:TS2554', file: 'src/cli.ts', line: 14, rule: 'TS2554', message: 'Expected 3 arguments, but got 2.' },
      {
        tool: 'tsc',
        nodeid: 'src/cli.ts:3:TS2307',
        file: 'src/cli.ts',
        line: 3,
        rule: 'TS2307',
        message: "Cannot find module './format' or its corresponding type declarations.",
      },
    ],
  },
  {
    name: 'pyright',
    command: 'pyright',
    output: pyright,
    // The warning is not a failure; a multi-line message keeps the rule its last line names.
    expected: [
      {
        tool: 'pyright',
        nodeid: 'geofence/polygon.py:3:reportMissingImports',
        file: 'geofence/polygon.py',
        line: 3,
        rule: 'reportMissingImports',
        message: 'Import "shapely" could not be resolved',
      },
      {
        tool: 'pyright',
        nodeid: 'geofence/polygon.py:12:reportReturnType',
        file: 'geofence/polygon.py',
        line: 12,
        rule: 'reportReturnType',
        message: 'Type "int" is not assignable to return type "str"',
      },
    ],
  },
]

const pick = (failure: Failure) => ({
  tool: failure.tool,
  nodeid: failure.nodeid,
  file: failure.file,
  line: failure.line,
  rule: failure.rule,
  message: failure.message,
})

/** The row parseFindings uses for a line: the first whose pattern matches. */
const rowOf = (line: string) => findingRules.findIndex((rule) => rule.pattern.test(line))

describe('finding rows, row by row', () => {
  const rows = findingRules.map((rule, index) => ({ index, row: String(index), tool: rule.tool, rule }))

  it.each(rows)('row $row ($tool): matched by real corpus lines or a sample, each giving the right finding', async ({ index, rule }) => {
    let matched = 0
    for (const corpusCase of casesWithLogs) {
      const lines = (await stepsOf(corpusCase)).flat().filter((line) => rowOf(line) === index)
      if (lines.length === 0) continue
      matched += lines.length
      const findings = parseFindings(lines)
      expect(findings).toHaveLength(lines.length)
      for (const [at, finding] of findings.entries()) {
        // The tool meta.json names, the files the label says the fix changes.
        expect(corpusCase.tools).toContain(finding.tool)
        expect(corpusCase.label.affected_files).toContain(finding.file)
        expect(finding.kind).toBe('finding')
        if (rule.groups.rule !== 0) expect(lines[at]).toContain(finding.rule)
        else expect(finding.rule).toBe(rule.fixedRule)
        expect(finding.nodeid).toBe(finding.line === undefined ? `${finding.file}:${finding.rule}` : `${finding.file}:${finding.line}:${finding.rule}`)
      }
      // A case checked by this one tool only: its findings name every affected file.
      if (corpusCase.tools.length === 1 && corpusCase.label.failing_tests.length === 0) {
        expect(sorted(findings.map((finding) => finding.file))).toEqual(sorted(corpusCase.label.affected_files))
      }
    }
    for (const sample of findingSamples) {
      const lines = asStepLines(sample.command, sample.output).filter((line) => rowOf(line) === index)
      matched += lines.length
      // One line alone: where it points (a multi-line message may name its rule further down).
      for (const line of lines) {
        const found = parseFindings([line])
        expect(found).toHaveLength(1)
        expect(sample.expected.map((expected) => `${expected.tool} ${expected.file}:${expected.line}`)).toContain(
          `${found[0]!.tool} ${found[0]!.file}:${found[0]!.line}`,
        )
      }
    }
    expect(matched).toBeGreaterThan(0)
  })

  it.each(casesWithLogs.filter((corpusCase) => corpusCase.tools.some((tool) => runnerTools.includes(tool))))(
    '$name: test runner output holds no finding',
    async (corpusCase) => {
      const steps = (await stepsOf(corpusCase)).filter((lines) => runners.some((runner) => runner.looksLike(lines)))
      expect(steps.length).toBeGreaterThan(0)
      for (const lines of steps) expect(parseFindings(lines)).toEqual([])
    },
  )

  it.each(findingSamples)('$name: every finding, nothing else', (sample) => {
    const lines = asStepLines(sample.command, sample.output)
    expect(parseToolOutput(lines).map(pick)).toEqual(sample.expected)
  })
})

describe('multi-line findings', () => {
  const eslintCases = casesWithLogs.filter((corpusCase) => corpusCase.tools.includes('eslint'))

  it('has an eslint case', () => {
    expect(eslintCases.length).toBeGreaterThan(0)
  })

  it.each(eslintCases)('$name: eslint stylish errors name the affected files and their rules', async (corpusCase) => {
    const lines = (await stepsOf(corpusCase)).flat()
    const findings = parseFindings(lines)
    expect(findings.length).toBeGreaterThan(0)
    expect(sorted(findings.map((finding) => finding.file))).toEqual(sorted(corpusCase.label.affected_files))
    // Each finding is one `  line:col  error  message  rule` row of the output.
    const problemRows = lines.filter((line) => /^\s+\d+:\d+\s+error\s/.test(line))
    expect(findings).toHaveLength(problemRows.length)
    for (const [index, finding] of findings.entries()) {
      expect(finding.tool).toBe('eslint')
      expect(problemRows[index]).toMatch(new RegExp(`^\\s+${finding.line}:\\d+\\s+error\\s.*\\s${finding.rule}$`))
    }
  })
})

// ---- Test runner formats the corpus lacks

describe('test runner samples', () => {
  it('vitest: an assertion failure under `FAIL  file > suite > name`', () => {
    const lines = asStepLines('npx vitest run', vitestAssertion)
    expect(looksLikeVitest(lines)).toBe(true)
    expect(looksLikeJest(lines)).toBe(false)
    const failures = parseToolOutput(lines)
    expect(failures.map(pick)).toEqual([
      {
        tool: 'vitest',
        nodeid: 'test/a.test.ts > suite > name',
        file: 'test/a.test.ts',
        line: 9,
        rule: undefined,
        message: 'AssertionError: expected 2 to be 3 // Object.is equality',
      },
    ])
    expect(failures[0]!.errorType).toBe('AssertionError')
    expect(failures[0]!.details).toContain('- 3')
  })

  it('jest: `● Test suite failed to run` with `Cannot find module` names the test file', () => {
    const lines = asStepLines('npx jest --ci', jestSuiteFailed)
    expect(looksLikeJest(lines)).toBe(true)
    expect(looksLikeVitest(lines)).toBe(false)
    const failures = parseToolOutput(lines)
    expect(failures.map(pick)).toEqual([
      {
        tool: 'jest',
        nodeid: 'test/cart.test.js',
        file: 'test/cart.test.js',
        line: 1,
        rule: undefined,
        message: "Cannot find module '../src/pricing' from 'test/cart.test.js'",
      },
    ])
    // The resolver's own frame is not where the error is.
    expect(failures[0]!.frames.map((frame) => frame.file)).toContain('node_modules/jest-resolve/build/resolver.js')
  })

  it('node:test TAP: `not ok 1 - name` with its YAML error block', () => {
    const lines = asStepLines('node --test', nodeTestTap)
    expect(looksLikeNodeTest(lines)).toBe(true)
    expect(looksLikePytest(lines)).toBe(false)
    const failures = parseToolOutput(lines)
    expect(failures.map(pick)).toEqual([
      {
        tool: 'node-test',
        nodeid: 'adds numbers',
        file: 'test/math.test.js',
        line: 5,
        rule: undefined,
        message: 'AssertionError: Expected values to be strictly equal:',
      },
    ])
    expect(failures[0]!.errorType).toBe('AssertionError')
  })
})
