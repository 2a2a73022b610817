import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { analyzeRun } from '../../../src/analyze/analyze-run.js'
import { loadJobLogs, loadReports } from '../../../src/analyze/load-run-files.js'
import { readWorkspace } from '../../../src/analyze/workspace.js'
import { buildFixPrompt, defaultMaxPromptTokens, type FixPromptResult } from '../../../src/fix/build-fix-prompt.js'
import { loadRawTokenCounter, loadTokenCounter, tokenMargins, type CountTokens } from '../../../src/fix/count-tokens.js'
import { fixAnswerJsonSchema } from '../../../src/fix/fix-answer.js'
import { isFixableType, loadFixTemplate, readBundledTemplate } from '../../../src/fix/templates.js'
import { corpusCases, type CorpusCase } from '../../support/corpus.js'

/**
 * Every auto-fixable case of the corpus with a reference fix: the prompt built from the analyzer's
 * own context, at the default budget, must hold every line the reference fix removes or edits
 * around (context recall), and stay under the cap. The figures are printed for the record.
 */
const fixableCases = corpusCases.filter((corpusCase) => corpusCase.label.can_auto_fix && existsSync(join(corpusCase.dir, 'fix.patch')))
const snapshotCases = ['py-utcnow-deprecated-session-tokens', 'ts-vitest-missing-module-after-rename', 'mixed-isort-and-missing-module-reports']

let countTokens: CountTokens
let countRawTokens: CountTokens
let system: string

beforeAll(async () => {
  ;[countTokens, countRawTokens, system] = await Promise.all([loadTokenCounter('anthropic'), loadRawTokenCounter(), readBundledTemplate('system')])
})

async function promptForCase(corpusCase: CorpusCase): Promise<FixPromptResult> {
  const [logs, reports] = await Promise.all([loadJobLogs(corpusCase.logsDir), loadReports(corpusCase.artifactsDir)])
  const workspace = readWorkspace(corpusCase.repoDir)
  const context = analyzeRun({
    workflowRunId: corpusCase.workflowRunId,
    logs: logs.logs,
    reports: reports.reports,
    diagnostics: [...logs.diagnostics, ...reports.diagnostics],
    workspace,
  })
  if (!isFixableType(context.fix_type)) throw new Error(`${corpusCase.name}: analyzed as ${context.fix_type}`)
  const secondaryTemplates = await Promise.all(
    context.secondary_types.filter(isFixableType).map(async (fixType) => ({ fixType, text: (await loadFixTemplate(fixType)).text })),
  )
  const template = await loadFixTemplate(context.fix_type)
  return buildFixPrompt({ context, workspace, system, template: template.text, secondaryTemplates, countTokens, maxPromptTokens: defaultMaxPromptTokens })
}

/** The lines a fix must see: every non-blank line the patch removes, and the context lines right beside a change. */
function linesTheFixNeeds(patch: string): string[] {
  const lines = patch.split('\n')
  const isChange = (line: string | undefined) => line !== undefined && /^[-+](?![-+]{2} )/.test(line)
  const needed: string[] = []
  lines.forEach((line, index) => {
    if (/^(?:---|\+\+\+) /.test(line) || line.slice(1).trim() === '') return
    if (line.startsWith('-')) needed.push(line.slice(1))
    else if (line.startsWith(' ') && (isChange(lines[index - 1]) || isChange(lines[index + 1]))) needed.push(line.slice(1))
  })
  return needed
}

interface CaseFigures {
  name: string
  tokens: number
  rawTokens: number
  recalled: number
  needed: number
}
const figures: CaseFigures[] = []

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2)
}

afterAll(() => {
  if (figures.length === 0) return
  const rows = figures.map(
    (figure) => `  ${figure.name.padEnd(45)} ${String(figure.tokens).padStart(5)} tokens (${String(figure.rawTokens).padStart(4)} o200k)  recall ${figure.recalled}/${figure.needed}`,
  )
  const tokens = figures.map((figure) => figure.tokens)
  const raw = figures.map((figure) => figure.rawTokens)
  const recalled = figures.reduce((sum, figure) => sum + figure.recalled, 0)
  const needed = figures.reduce((sum, figure) => sum + figure.needed, 0)
  console.log(
    [
      `Prompts for ${figures.length} fixable corpus cases: system, prompt and answer schema, counted for Anthropic (o200k × ${tokenMargins.anthropic}; raw o200k in parentheses):`,
      ...rows,
      `  median ${median(tokens)} tokens (${median(raw)} o200k), max ${Math.max(...tokens)} (${Math.max(...raw)} o200k), cap ${defaultMaxPromptTokens}`,
      `  context recall ${recalled}/${needed} (${((100 * recalled) / needed).toFixed(1)}%)`,
    ].join('\n'),
  )
})

describe('prompts for the corpus', () => {
  it('has fixable cases with reference fixes', () => {
    expect(fixableCases.length).toBeGreaterThan(0)
  })

  it.each(fixableCases)('$name: holds every line the reference fix changes, under the cap', async (corpusCase) => {
    const result = await promptForCase(corpusCase)
    if (!result.fits) throw new Error(`${corpusCase.name}: ${result.reason}`)
    expect(result.tokens).toBeLessThanOrEqual(defaultMaxPromptTokens)
    const promptLines = new Set(result.prompt.split('\n'))
    const needed = linesTheFixNeeds(readFileSync(join(corpusCase.dir, 'fix.patch'), 'utf8'))
    const missing = needed.filter((line) => !promptLines.has(line))
    figures.push({
      name: corpusCase.name,
      tokens: result.tokens,
      rawTokens: countRawTokens(result.system) + countRawTokens(result.prompt) + countRawTokens(JSON.stringify(fixAnswerJsonSchema)),
      recalled: needed.length - missing.length,
      needed: needed.length,
    })
    expect(missing).toEqual([])
  })

  it.each(snapshotCases)('%s: the rendered prompt', async (name) => {
    const corpusCase = fixableCases.find((candidate) => candidate.name === name)!
    const result = await promptForCase(corpusCase)
    if (!result.fits) throw new Error(result.reason)
    const file = `<!-- system -->\n\n${result.system}\n\n<!-- prompt (${result.tokens} tokens with the answer's schema) -->\n\n${result.prompt}`
    await expect(file).toMatchFileSnapshot(`./__snapshots__/${name}.prompt.md`)
  })
})
