import { describe, expect, it } from 'vitest'
import type { FailureRecord } from '../../src/analyze/failure-context.js'
import { defaultProtectedPathSettings } from '../../src/fix/protected-paths.js'
import { checkArgv, fixArgv, lintToolFor, lintTools, versionOf } from '../../src/lintfix/lint-tools.js'
import { planLintFix, type LintFixPlan, type PlanInput } from '../../src/lintfix/plan-lint-fix.js'
import { analyzeCase, corpusCases, type CorpusCase } from '../support/corpus.js'

const caseNamed = (name: string): CorpusCase => corpusCases.find((corpusCase) => corpusCase.name === name)!

function finding(tool: string, file: string | undefined, rule?: string): FailureRecord {
  return {
    nodeid: `${file ?? '(none)'}:${rule ?? tool}`,
    outcome: 'failed',
    message: 'finding',
    kind: 'finding',
    tool,
    fix_type: 'lint',
    ...(file === undefined ? {} : { file }),
    ...(rule === undefined ? {} : { rule }),
  }
}

const lintContext = (...failures: FailureRecord[]): PlanInput => ({ fix_type: 'lint', secondary_types: [], failures })
const plan = (context: PlanInput) => planLintFix(context, defaultProtectedPathSettings)
const stepsOf = (result: LintFixPlan) => (result.isApplicable ? result.steps.map((step) => ({ tool: step.tool.id, files: step.files })) : result.reason)

describe('the table of lint tools', () => {
  it.each([
    ['black', 'black', ['--', 'a.py'], ['--check', '--', 'a.py']],
    ['isort', 'isort', ['--', 'a.py'], ['--check-only', '--', 'a.py']],
    ['ruff-check', 'ruff', ['check', '--fix', '--', 'a.py'], ['check', '--', 'a.py']],
    ['ruff-format', 'ruff', ['format', '--', 'a.py'], ['format', '--check', '--', 'a.py']],
    ['prettier', 'prettier', ['--write', '--', 'a.py'], ['--check', '--', 'a.py']],
    ['eslint', 'eslint', ['--fix', '--', 'a.py'], []],
  ] as const)('%s runs %s with the fix and check arguments', (id, executable, fix, check) => {
    const tool = lintTools.find((row) => row.id === id)!
    expect(tool.executable).toBe(executable)
    expect(fixArgv(tool, ['a.py'])).toEqual(fix)
    if (check.length > 0) expect(checkArgv(tool, ['a.py'])).toEqual(check)
    else expect(checkArgv(tool, ['a.py'])).toEqual(['--', 'a.py'])
  })

  it('never downloads a tool: no row runs npx, pipx, uvx or a package manager', () => {
    for (const tool of lintTools) expect(tool.executable).not.toMatch(/^(?:npx|pipx|uvx|npm|pnpm|yarn|pip|uv)$/)
  })

  it('puts every file after --, so a file named like an option stays a file', () => {
    for (const tool of lintTools) {
      const argv = fixArgv(tool, ['--config=evil.toml'])
      expect(argv.indexOf('--')).toBe(argv.indexOf('--config=evil.toml') - 1)
    }
  })

  it.each([
    [{ tool: 'black' }, 'black'],
    [{ tool: 'isort', rule: 'isort' }, 'isort'],
    [{ tool: 'ruff', rule: 'F401' }, 'ruff-check'],
    [{ tool: 'ruff', rule: 'ruff-format' }, 'ruff-format'],
    [{ tool: 'prettier', rule: 'prettier' }, 'prettier'],
    [{ tool: 'eslint', rule: 'eqeqeq' }, 'eslint'],
    [{ tool: 'flake8', rule: 'F401' }, undefined],
    [{ tool: 'pylint', rule: 'W0611' }, undefined],
    [{ tool: 'mypy', rule: 'arg-type' }, undefined],
    [{ tool: 'tsc', rule: 'TS2554' }, undefined],
  ])('a finding %o is answered by %s', (identity, id) => {
    expect(lintToolFor(identity)?.id).toBe(id)
  })

  it.each([
    ['black, 23.1.0 (compiled: no)\nPython (CPython) 3.11.2', '23.1.0'],
    ['v9.39.5', '9.39.5'],
    ['3.10.1\n', '3.10.1'],
    ['ruff 0.6.9', '0.6.9'],
    ['\n   _ \n  |_|\n      isort your imports, so you don\'t have to.\n\n                    VERSION 5.6.4\n', '5.6.4'],
    ['command not found', undefined],
  ])('reads the version of %j as %s', (output, version) => {
    expect(versionOf(output)).toBe(version)
  })
})

describe('planLintFix on the corpus', () => {
  it.each([
    ['prettier-check-ts-utils', [{ tool: 'prettier', files: ['src/bytes.ts', 'src/duration.ts'] }]],
    ['py-black-check-diff-cli', [{ tool: 'black', files: ['csvlite/cli.py', 'csvlite/stats.py'] }]],
    // Three findings in cart.js, one in money.js: each file once.
    ['eslint-unused-vars-eqeqeq-cart', [{ tool: 'eslint', files: ['src/cart.js', 'src/money.js'] }]],
  ])('%s: runs the fixer of its tool on its findings\' files', async (name, steps) => {
    expect(stepsOf(plan(await analyzeCase(caseNamed(name))))).toEqual(steps)
  })

  it('py-flake8-unused-import-blank-lines: flake8 has no fixer', async () => {
    expect(stepsOf(plan(await analyzeCase(caseNamed('py-flake8-unused-import-blank-lines'))))).toMatch(/^flake8 has no fixer Autoheal runs/)
  })

  it('mixed-isort-and-missing-module-reports: the import error is the model\'s, so the isort finding is too', async () => {
    expect(stepsOf(plan(await analyzeCase(caseNamed('mixed-isort-and-missing-module-reports'))))).toBe('the failure is import_error, not lint')
  })

  it.each(corpusCases.filter((corpusCase) => corpusCase.label.fix_type !== 'lint'))('$name: no tool runs on a $label.fix_type failure', async (corpusCase) => {
    expect(plan(await analyzeCase(corpusCase)).isApplicable).toBe(false)
  })
})

describe('planLintFix on hand-built contexts', () => {
  it('orders the tools: fixers before formatters, import sorting before black', () => {
    const context = lintContext(finding('black', 'a.py'), finding('ruff', 'a.py', 'ruff-format'), finding('isort', 'b.py', 'isort'), finding('ruff', 'c.py', 'F401'))
    expect(stepsOf(plan(context))).toEqual([
      { tool: 'ruff-check', files: ['c.py'] },
      { tool: 'isort', files: ['b.py'] },
      { tool: 'black', files: ['a.py'] },
      { tool: 'ruff-format', files: ['a.py'] },
    ])
  })

  it.each([
    ['.github/workflows/ci.yml', /protected path: workflows and repository settings/],
    ['.GitHub/workflows/ci.yml', /protected path/],
    ['ci/cost_control.yaml', /protected path: the cost-control file/],
    ['ci/fix_templates/lint_fix.md', /protected path: the fix templates/],
    ['.env.production', /protected path: \.env files/],
    ['deploy/server.key', /protected path: keys and certificates/],
    ['CODEOWNERS', /protected path: CODEOWNERS/],
    ['../outside.py', /climbs out of its folder/],
    ['src/../../outside.py', /climbs out of its folder/],
    ['/etc/passwd', /absolute/],
    ['C:/Windows/win.ini', /absolute/],
    ['src\\app.py', /backslash/],
    ['src/\u202eyp.app', /control character/],
  ])('a finding on %s is never handed to a tool, even beside a fine one', (file, reason) => {
    const result = plan(lintContext(finding('prettier', 'src/fine.ts'), finding('prettier', file)))
    expect(result.isApplicable).toBe(false)
    if (!result.isApplicable) expect(result.reason).toMatch(reason)
  })

  it('honours the repository\'s own cost-control file and templates folder', () => {
    const settings = { costControlPath: 'config/budget.yml', templatesDir: 'prompts' }
    expect(planLintFix(lintContext(finding('prettier', 'config/budget.yml')), settings).isApplicable).toBe(false)
    expect(planLintFix(lintContext(finding('prettier', 'prompts/lint_fix.md')), settings).isApplicable).toBe(false)
    expect(planLintFix(lintContext(finding('prettier', 'ci/cost_control.yaml')), settings).isApplicable).toBe(true)
  })

  it('checks a subfolder project\'s files by their path in the repository too', () => {
    expect(stepsOf(planLintFix(lintContext(finding('prettier', 'cost_control.yaml')), defaultProtectedPathSettings, 'ci'))).toMatch(/protected path: the cost-control file/)
    expect(stepsOf(planLintFix(lintContext(finding('prettier', 'lint_fix.md')), defaultProtectedPathSettings, 'ci/fix_templates'))).toMatch(/protected path: the fix templates/)
    expect(planLintFix(lintContext(finding('prettier', 'cost_control.yaml')), defaultProtectedPathSettings, 'web').isApplicable).toBe(true)
  })

  it('needs every failure to be a lint finding of a tool with a fixer', () => {
    const failingTest: FailureRecord = { ...finding('pytest', 'tests/test_a.py'), kind: 'test', nodeid: 'tests/test_a.py::test_a' }
    expect(stepsOf(plan(lintContext(finding('black', 'a.py'), failingTest)))).toMatch(/tests\/test_a\.py::test_a is a test failure of pytest, not a lint finding/)
    expect(stepsOf(plan(lintContext(finding('black', 'a.py'), finding('mypy', 'a.py', 'arg-type'))))).toBe('mypy has no fixer Autoheal runs (arg-type in a.py)')
    expect(stepsOf(plan(lintContext(finding('eslint', undefined, 'no-undef'))))).toBe('a finding of eslint names no file')
    expect(stepsOf(plan(lintContext()))).toBe('the analysis found no lint finding to fix')
  })

  it('leaves a run with a secondary failure type to the model', () => {
    expect(stepsOf(plan({ ...lintContext(finding('black', 'a.py')), secondary_types: ['type_error'] }))).toBe('the run also failed with type_error, which no formatter fixes')
    expect(stepsOf(plan({ ...lintContext(finding('black', 'a.py')), fix_type: 'warning' }))).toBe('the failure is warning, not lint')
  })
})
