import { beforeAll, describe, expect, it } from 'vitest'
import type { FailureContext } from '../../../src/analyze/failure-context.js'
import { readWorkspace, workspaceFromFiles, type Workspace } from '../../../src/analyze/workspace.js'
import { buildFixPrompt } from '../../../src/fix/build-fix-prompt.js'
import { buildPromptContext } from '../../../src/fix/build-prompt-context.js'
import { configExcerptsFor, jsonKeyRanges, sectionRanges } from '../../../src/fix/config-excerpts.js'
import { loadTokenCounter, type CountTokens } from '../../../src/fix/count-tokens.js'
import { linesOf } from '../../../src/fix/file-excerpts.js'
import { renderPart } from '../../../src/fix/render-prompt.js'
import { readBundledTemplate } from '../../../src/fix/templates.js'
import { analyzeCase, corpusCases } from '../../support/corpus.js'

const withFiles = (workspace: Workspace, files: Record<string, string>): Workspace => ({
  files: [...workspace.files, ...Object.keys(files).filter((path) => !workspace.has(path))],
  has: (path) => Object.hasOwn(files, path) || workspace.has(path),
  read: (path) => (Object.hasOwn(files, path) ? files[path] : workspace.read(path)),
})

let countTokens: CountTokens
let context: FailureContext
let workspace: Workspace

beforeAll(async () => {
  countTokens = await loadTokenCounter('anthropic')
  const utcnow = corpusCases.find((corpusCase) => corpusCase.name === 'py-utcnow-deprecated-session-tokens')!
  context = await analyzeCase(utcnow)
  workspace = readWorkspace(utcnow.repoDir)
})

const fit = (budgetTokens: number, over: Workspace = workspace) => buildPromptContext({ context, workspace: over, budgetTokens, countTokens })

describe('fitting the context to the budget', () => {
  it('shows everything useful when there is room: the error output, the file whole, the failing tests, the pytest configuration', () => {
    const result = fit(100_000)
    if (!result.fits) throw new Error('does not fit')
    expect(result.parts.map((part) => `${part.kind}:${part.path ?? ''}`)).toEqual([
      'logs:',
      'affected_file:tokenstore/tokens.py',
      'test_source:tests/test_tokens.py',
      'config:pyproject.toml',
    ])
    expect(result.omitted).toEqual([])
    expect(result.parts[1]!.blocks[0]!.heading).toBe('tokenstore/tokens.py (whole file, 31 lines)')
    expect(result.parts[3]!.blocks.map((block) => block.heading)).toEqual(['pyproject.toml, lines 6–11 of 11'])
  })

  it('drops the least useful parts first, then narrows what must stay, then says it cannot fit', () => {
    const full = fit(100_000)
    if (!full.fits) throw new Error('does not fit')
    expect(fit(full.tokens - 5)).toMatchObject({ fits: true, omitted: ['configuration pyproject.toml'], narrowed: [] })

    const essentialTokens = full.parts
      .filter((part) => part.kind === 'logs' || part.kind === 'affected_file')
      .reduce((sum, part) => sum + countTokens(`${renderPart(part)}\n\n`), 0)
    const narrowed = fit(essentialTokens - 10)
    if (!narrowed.fits) throw new Error('does not fit')
    expect(narrowed.omitted).toEqual(expect.arrayContaining(['configuration pyproject.toml', "the failing test's source (tests/test_tokens.py)"]))
    expect(narrowed.narrowed).not.toEqual([])
    expect(narrowed.tokens).toBeLessThanOrEqual(essentialTokens - 10)
    expect(narrowed.parts.map((part) => part.kind)).toEqual(['logs', 'affected_file'])

    const tooSmall = fit(20)
    expect(tooSmall).toMatchObject({ fits: false, budgetTokens: 20 })
    if (tooSmall.fits) throw new Error('fits')
    expect(tooSmall.minimumTokens).toBeGreaterThan(20)
  })

  it('shows a large file as windows around the lines the failure names, with its imports', () => {
    const source = workspace.read('tokenstore/tokens.py')!
    const filler = Array.from({ length: 300 }, (_, index) => `def helper_${index}(value: int) -> int:\n    return value + ${index}\n`).join('\n')
    const large = withFiles(workspace, { 'tokenstore/tokens.py': `${source}\n\n${filler}` })
    const result = fit(100_000, large)
    if (!result.fits) throw new Error('does not fit')
    const file = result.parts.find((part) => part.path === 'tokenstore/tokens.py')!
    expect(file.blocks.length).toBeGreaterThanOrEqual(1)
    expect(file.blocks[0]!.heading).toMatch(/^tokenstore\/tokens\.py, lines 1–\d+ of \d+$/)
    const shown = file.blocks.map((block) => block.body).join('\n')
    expect(shown).toContain('import datetime as _dt')
    expect(shown.match(/_dt\.datetime\.utcnow\(\)/g)).toHaveLength(3)
    expect(shown).not.toContain('def helper_250')
  })

  it('fails as a typed result, not a throw, when even the minimum is over the cap', async () => {
    const result = buildFixPrompt({ context, workspace, system: await readBundledTemplate('system'), template: await readBundledTemplate('warning'), countTokens, maxPromptTokens: 900 })
    expect(result).toMatchObject({ fits: false, maxPromptTokens: 900 })
    if (result.fits) throw new Error('fits')
    expect(result.tokens).toBeGreaterThan(900)
    expect(result.reason).toContain('max_tokens_per_fix (900)')
  })
})

describe('configuration excerpts', () => {
  const pyproject = [
    '[project]',
    'name = "app"',
    'dependencies = ["pydantic>=2"]',
    '',
    '[tool.black]',
    'line-length = 100',
    '',
    '[tool.pytest.ini_options]',
    'filterwarnings = ["error"]',
    '',
    '[tool.isort]',
    'profile = "black"',
    '',
    '[[tool.mypy.overrides]]',
    'module = "vendor.*"',
  ].join('\n')
  const packageJson = JSON.stringify({ name: 'app', scripts: { test: 'node --throw-deprecation --test' }, dependencies: { zod: '^4' }, devDependencies: { vitest: '^4' } }, null, 2)
  const files = workspaceFromFiles({ 'pyproject.toml': pyproject, 'package.json': packageJson, 'pkg/package.json': packageJson, '.env': 'X=1', '.prettierrc': '{ "semi": false }' })
  const allowed = (path: string) => path !== '.env'

  it('takes only the sections of a shared file that the fix type needs', () => {
    const lines = linesOf(pyproject)
    expect(sectionRanges(lines, /^tool\.pytest\b/)).toEqual([{ start: 8, end: 9 }])
    expect(sectionRanges(lines, /^tool\.(?:black|isort)\b/)).toEqual([
      { start: 5, end: 6 },
      { start: 11, end: 12 },
    ])
    expect(sectionRanges(lines, /^tool\.mypy\b/)).toEqual([{ start: 14, end: 15 }])
    expect(jsonKeyRanges(linesOf(packageJson), ['scripts'])).toEqual([{ start: 3, end: 5 }])
  })

  it('picks the files by type, root-level only, and never a file the policy keeps out', () => {
    const warning = configExcerptsFor(['warning'], files, allowed)
    expect(warning.map((excerpt) => excerpt.path)).toEqual(['pyproject.toml', 'package.json'])
    expect(warning[0]!.blocks[0]!.body).toBe('[tool.pytest.ini_options]\nfilterwarnings = ["error"]')
    expect(warning[1]!.blocks[0]!.body).toContain('"test": "node --throw-deprecation --test"')
    expect(warning[1]!.blocks[0]!.body).not.toContain('vitest')

    const lint = configExcerptsFor(['lint'], files, allowed)
    expect(lint.map((excerpt) => excerpt.path)).toEqual(['pyproject.toml', '.prettierrc', 'package.json'])
    expect(lint[0]!.blocks.map((block) => block.body)).toEqual(['[tool.black]\nline-length = 100', '[tool.isort]\nprofile = "black"'])

    const imports = configExcerptsFor(['import_error'], files, allowed)
    expect(imports.find((excerpt) => excerpt.path === 'package.json')!.blocks[0]!.body).toContain('"vitest": "^4"')
    expect(imports.flatMap((excerpt) => excerpt.path)).not.toContain('.env')
  })
})
