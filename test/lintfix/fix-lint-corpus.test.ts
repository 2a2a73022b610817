import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import type { FailureContext } from '../../src/analyze/failure-context.js'
import { fixLintWithTools, type LintFixResult } from '../../src/lintfix/fix-lint-with-tools.js'
import { analyzeCase, corpusCases, type CorpusCase } from '../support/corpus.js'
import { copyOfCase, isOnPath, linkNodeModules, referencePostImages, toolEnvironment } from './lint-fix-support.js'

/**
 * The real tools on scratch copies of the corpus: prettier and eslint from this repository's
 * devDependencies, black and isort from the machine when it has them (Debian's `black` and
 * `isort` packages). A test for a tool that may be absent asserts in both worlds: fixed with the
 * reference's output when the tool is there, not-applicable naming the tool when it is not.
 */
const run = promisify(execFile)
const timeoutMs = 60_000
const environment = toolEnvironment()

const caseNamed = (name: string): CorpusCase => {
  const found = corpusCases.find((corpusCase) => corpusCase.name === name)
  if (!found) throw new Error(`the corpus has no case ${name}`)
  return found
}

async function fixCopy(corpusCase: CorpusCase, context?: FailureContext): Promise<{ result: LintFixResult; dir: string }> {
  const dir = await copyOfCase(corpusCase)
  // eslint.config.js imports @eslint/js and globals: the copy resolves them from this repository.
  await linkNodeModules(dir)
  const result = await fixLintWithTools({ context: context ?? (await analyzeCase(corpusCase)), projectDir: dir, environment, timeoutMs })
  return { result, dir }
}

const isLintCase = (corpusCase: CorpusCase) => corpusCase.label.fix_type === 'lint' || corpusCase.label.secondary_types.includes('lint')

describe('fixLintWithTools on every corpus case', () => {
  it.each(corpusCases)('$name: tools fix only lint runs, and only with the reference fix', async (corpusCase) => {
    const { result } = await fixCopy(corpusCase)
    if (corpusCase.label.fix_type !== 'lint') expect(result.outcome).toBe('not-applicable')
    if (result.outcome === 'fixed') {
      // Formatter cases' fix.patch is the formatter's own output: the same files, the same text.
      expect(result.changed).toEqual(await referencePostImages(corpusCase))
      expect([...result.changed.keys()].every((file) => corpusCase.label.affected_files.includes(file))).toBe(true)
    }
    if (isLintCase(corpusCase)) {
      const tools = result.outcome === 'not-applicable' ? '-' : result.tools.join(', ')
      const detail = result.outcome === 'fixed' ? `${result.changed.size} files` : result.reason.split('\n')[0]
      console.log(`lint-fix ${corpusCase.name}: ${result.outcome}; tools: ${tools}; model calls: ${result.outcome === 'fixed' ? 0 : 1}; ${detail}`)
    }
  })
})

describe('fixLintWithTools with the real tools', () => {
  it('prettier: fixes prettier-check-ts-utils as the reference does, with a patch that applies', async () => {
    const corpusCase = caseNamed('prettier-check-ts-utils')
    const { result } = await fixCopy(corpusCase)
    expect(result.outcome).toBe('fixed')
    if (result.outcome !== 'fixed') return
    expect(result.tools).toEqual([expect.stringMatching(/^prettier 3\.\d+\.\d+$/)])
    const reference = await referencePostImages(corpusCase)
    expect([...result.changed.keys()].sort()).toEqual(['src/bytes.ts', 'src/duration.ts'])
    expect(result.changed).toEqual(reference)
    expect(result.original.get('src/bytes.ts')).toBe(await readFile(path.join(corpusCase.repoDir, 'src/bytes.ts'), 'utf8'))
    expect(result.log).toMatch(/\$ \S*prettier --check -- src\/bytes\.ts src\/duration\.ts/)
    // Our patch, applied to a fresh copy, gives the same files.
    const fresh = await copyOfCase(corpusCase)
    const patchFile = path.join(fresh, 'lint.patch')
    await writeFile(patchFile, result.patch)
    await run('git', ['apply', 'lint.patch'], { cwd: fresh })
    for (const [file, text] of reference) expect(await readFile(path.join(fresh, file), 'utf8')).toBe(text)
  })

  it('eslint: eqeqeq and no-unused-vars are not fixed by --fix, so the result is incomplete with the check quoted', async () => {
    const { result, dir } = await fixCopy(caseNamed('eslint-unused-vars-eqeqeq-cart'))
    expect(result.outcome).toBe('incomplete')
    if (result.outcome !== 'incomplete') return
    // eslint prints absolute paths: shown relative to the project, no scratch folder in a ticket.
    expect(result.reason).toMatch(/^src\/cart\.js$/m)
    expect(`${result.reason}${result.log}`).not.toContain(dir)
    expect(result.tools).toEqual([expect.stringMatching(/^eslint 9\.\d+\.\d+$/)])
    expect(result.reason).toMatch(/the check of eslint still fails/)
    expect(result.reason).toMatch(/eqeqeq/)
    expect(result.reason).toMatch(/no-unused-vars/)
  })

  it('black: fixes py-black-check-diff-cli as the reference does when black is installed, and names black when it is not', async () => {
    const corpusCase = caseNamed('py-black-check-diff-cli')
    const { result } = await fixCopy(corpusCase)
    if (await isOnPath('black', environment)) {
      expect(result.outcome).toBe('fixed')
      if (result.outcome !== 'fixed') return
      expect(result.tools).toEqual([expect.stringMatching(/^black \d+\.\d+/)])
      expect(result.changed).toEqual(await referencePostImages(corpusCase))
      expect(result.patch).toContain('+++ b/csvlite/cli.py')
    } else {
      expect(result.outcome).toBe('not-applicable')
      if (result.outcome !== 'not-applicable') return
      expect(result.reason).toMatch(/^black is not installed in the job \(looked in \.venv\/bin, venv\/bin, the \d+ folders? of PATH\)$/)
    }
  })

  it('isort: sorts the import block of the mixed case (its lint part alone) when isort is installed, and names isort when it is not', async () => {
    const corpusCase = caseNamed('mixed-isort-and-missing-module-reports')
    const analyzed = await analyzeCase(corpusCase)
    const lintOnly: FailureContext = { ...analyzed, fix_type: 'lint', secondary_types: [], failures: analyzed.failures.filter((failure) => failure.fix_type === 'lint') }
    const { result } = await fixCopy(corpusCase, lintOnly)
    if (await isOnPath('isort', environment)) {
      expect(result.outcome).toBe('fixed')
      if (result.outcome !== 'fixed') return
      expect(result.tools).toEqual([expect.stringMatching(/^isort \d+\.\d+/)])
      // The reference also renames kpi.format (the import error); isort only sorts, to the same order.
      const reference = (await referencePostImages(corpusCase)).get('kpi/report.py')
      expect(result.changed.get('kpi/report.py')?.replace('from kpi.format import', 'from kpi.formatting import')).toBe(reference)
    } else {
      expect(result.outcome).toBe('not-applicable')
      if (result.outcome !== 'not-applicable') return
      expect(result.reason).toMatch(/^isort is not installed in the job/)
    }
  })

  it('flake8 has no fixer: not applicable, and nothing runs', async () => {
    const { result } = await fixCopy(caseNamed('py-flake8-unused-import-blank-lines'))
    expect(result).toEqual({
      outcome: 'not-applicable',
      reason: 'flake8 has no fixer Autoheal runs (F401, E302, E501 in geofence/polygon.py, tests/test_polygon.py)',
    })
  })

  it('a run whose primary failure is an import error is the model\'s, even with an isort finding beside it', async () => {
    const { result } = await fixCopy(caseNamed('mixed-isort-and-missing-module-reports'))
    expect(result).toEqual({ outcome: 'not-applicable', reason: 'the failure is import_error, not lint' })
  })
})
