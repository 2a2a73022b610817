import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { maxDetailLines, type Failure } from '../../../src/analyze/failure.js'
import { parseReport, type ReportResult } from '../../../src/analyze/reports/parse-report.js'
import { casesDir } from '../../support/corpus.js'

// Every case of the shared corpus that uploaded artifacts; expectations come from its label.json.

interface Label {
  fix_type: string
  affected_files: string[]
  failing_tests: string[]
}

interface CorpusCase {
  name: string
  label: Label
  reports: { path: string; result: ReportResult }[]
}

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry)
      return statSync(path).isDirectory() ? listFiles(path) : [path]
    })
}

const corpusCases: CorpusCase[] = readdirSync(casesDir)
  .sort()
  .filter((name) => existsSync(join(casesDir, name, 'artifacts')))
  .map((name) => {
    const artifactsDir = join(casesDir, name, 'artifacts')
    const label = JSON.parse(readFileSync(join(casesDir, name, 'label.json'), 'utf8')) as Label
    const reports = listFiles(artifactsDir).map((path) => {
      const fileName = relative(artifactsDir, path)
      return { path: fileName, result: parseReport(fileName, readFileSync(path, 'utf8')) }
    })
    return { name, label, reports }
  })

const failuresOf = (corpusCase: CorpusCase): Failure[] => corpusCase.reports.flatMap(({ result }) => result.failures)

describe('parseReport over the corpus artifacts', () => {
  it('finds cases with artifacts', () => {
    expect(corpusCases.length).toBeGreaterThanOrEqual(10)
  })

  it.each(corpusCases)('$name: reads its reports without diagnostics and finds failures', (corpusCase) => {
    expect(corpusCase.reports.flatMap(({ result }) => result.diagnostics)).toEqual([])
    expect(failuresOf(corpusCase).length).toBeGreaterThan(0)
    // A file no parser claims (a tee copy of the console, a benchmark file) yields nothing at all.
    for (const { result } of corpusCase.reports) {
      if (result.format === undefined) expect(result.failures).toEqual([])
    }
  })

  const casesWithTests = corpusCases.filter((corpusCase) => corpusCase.label.failing_tests.length > 0)
  it.each(casesWithTests)('$name: every failing test of the label is a failure nodeid', (corpusCase) => {
    const nodeids = failuresOf(corpusCase)
      .filter((failure) => failure.kind === 'test')
      .map((failure) => failure.nodeid)
    for (const test of corpusCase.label.failing_tests) expect(nodeids).toContain(test)
  })

  const casesWithFindings = corpusCases.filter((corpusCase) => corpusCase.label.failing_tests.length === 0)
  it.each(casesWithFindings)('$name: the findings name exactly the affected files', (corpusCase) => {
    const findings = failuresOf(corpusCase).filter((failure) => failure.kind === 'finding')
    expect(findings.length).toBeGreaterThan(0)
    const files = new Set(findings.map((finding) => finding.file))
    expect([...files].sort()).toEqual([...corpusCase.label.affected_files].sort())
    for (const finding of findings) expect(finding.nodeid).toBe(`${finding.file}:${finding.line}:${finding.rule}`)
  })

  it.each(corpusCases)('$name: failures are well formed', (corpusCase) => {
    for (const failure of failuresOf(corpusCase)) {
      expect(failure.message).not.toBe('')
      expect(failure.message).not.toContain('\n')
      expect(failure.message).not.toContain('/home/runner/work/')
      expect(failure.details.length).toBeGreaterThan(0)
      expect(failure.details.length).toBeLessThanOrEqual(maxDetailLines + 1)
      expect(failure.details.join('\n')).not.toContain('\u001b[')
      if (failure.file !== undefined) expect(failure.file).toMatch(/^[^/\\][^:]*$/)
      if (failure.kind === 'test') expect(failure.outcome === 'failed' || failure.outcome === 'error').toBe(true)
    }
  })

  // A test failure that names files of the project points at one of them (the deepest frame).
  it.each(corpusCases)('$name: a test failure with repo frames has the deepest one as its file', (corpusCase) => {
    for (const failure of failuresOf(corpusCase).filter(({ kind }) => kind === 'test')) {
      const repoFrames = failure.frames.filter((frame) => !frame.file.startsWith('/') && !frame.file.startsWith('<'))
      if (repoFrames.length === 0) continue
      expect(failure.file).toBe(repoFrames.at(-1)?.file)
      expect(failure.line).toBe(repoFrames.at(-1)?.line)
    }
  })
})
