import { execFile } from 'node:child_process'
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it, onTestFinished } from 'vitest'
import { writeFile } from 'node:fs/promises'
import { runFixCommand, type FixCommandSettings } from '../../src/fix/fix-command.js'
import { startFakeAnthropic } from '../fakes/fake-anthropic.js'
import { startFakeOpenAi } from '../fakes/fake-openai.js'
import { analyzeCase, corpusCases } from '../support/corpus.js'
import { patchFileToAnswer } from '../support/patch-to-edits.js'

const run = promisify(execFile)
const fixable = corpusCases.filter((corpusCase) => corpusCase.label.can_auto_fix)
const anthropicKey = ['sk', 'ant', 'api03', 'x'.repeat(40)].join('-')

async function prepare(corpusCase = fixable.find((candidate) => candidate.label.fix_type === 'warning')!) {
  const dir = await mkdtemp(join(tmpdir(), 'autoheal-fix-'))
  onTestFinished(() => rm(dir, { recursive: true, force: true }))
  const workspaceDir = join(dir, 'repo')
  await cp(corpusCase.repoDir, workspaceDir, { recursive: true })
  const contextPath = join(dir, 'failure_context.json')
  await writeFile(contextPath, JSON.stringify(await analyzeCase(corpusCase)))
  const settings: FixCommandSettings = { contextPath, provider: 'anthropic', workspaceDir, outputDir: join(dir, 'fixes'), dryRun: false, now: new Date('2026-11-25T00:00:00Z') }
  return { dir, workspaceDir, settings, corpusCase }
}

async function listFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1)).sort()
}

describe('autoheal fix', () => {
  it('--dry-run writes the prompt and the estimate, needs no key and calls nothing', async () => {
    const { settings } = await prepare()
    const result = await runFixCommand({ ...settings, dryRun: true })
    expect(result.exitCode).toBe(0)
    expect(await listFiles(settings.outputDir)).toEqual(['estimate.json', 'prompt.md'])
    const estimate = JSON.parse(await readFile(join(settings.outputDir, 'estimate.json'), 'utf8'))
    expect(estimate).toMatchObject({ provider: 'anthropic', model: 'claude-sonnet-5-5', max_output_tokens: 2000, max_tokens_per_fix: 4000 })
    expect(estimate.input_tokens).toBeLessThanOrEqual(4000)
    // $2 / $10 per million tokens
    expect(estimate.max_total_usd).toBeCloseTo((estimate.input_tokens * 2 + 2000 * 10) / 1e6, 8)
    expect(result.lines.join('\n')).toContain('no model was called')
  })

  it('writes fix files, index.json and a fix.patch that git applies, with the cost from the usage', async () => {
    const { settings, workspaceDir, corpusCase } = await prepare()
    const answer = patchFileToAnswer(join(corpusCase.dir, 'fix.patch'), corpusCase.repoDir)
    const fake = await startFakeAnthropic({ answers: [{ json: answer, usage: { input_tokens: 2400, output_tokens: 600 } }] })
    onTestFinished(() => fake.close())
    const result = await runFixCommand({ ...settings, apiKey: anthropicKey, baseUrl: fake.url })
    expect(result.exitCode).toBe(0)
    const files = await listFiles(settings.outputDir)
    expect(files).toEqual(expect.arrayContaining(['fix.patch', 'index.json', 'prompt.md', 'answer.json', ...corpusCase.label.affected_files.map((path) => `files/${path}`)]))
    for (const path of corpusCase.label.affected_files) {
      const comment = path.endsWith('.py') ? `# TARGET: ${path}` : `// TARGET: ${path}`
      expect((await readFile(join(settings.outputDir, 'files', path), 'utf8')).split('\n')[0]).toBe(comment)
    }
    await run('git', ['apply', '--check', join(settings.outputDir, 'fix.patch')], { cwd: workspaceDir })
    expect(result.lines.join('\n')).toContain('2400 input + 600 output tokens, $0.0108')
    // The workspace itself is read, never changed.
    await run('git', ['diff', '--no-index', '--exit-code', corpusCase.repoDir, workspaceDir]).catch((error: unknown) => {
      throw new Error(`the workspace changed: ${String(error)}`)
    })
    expect(JSON.stringify(fake.requests[0]!.body)).not.toContain(anthropicKey)
  })

  it('refuses an answer that edits .github/ twice, and writes no fix', async () => {
    const { settings } = await prepare()
    const hostile = { summary: 'Disable the failing job.', edits: [{ path: '.github/workflows/ci.yml', old_text: '', new_text: 'on: []\n' }] }
    const fake = await startFakeAnthropic({ answers: [{ json: hostile }, { json: hostile }] })
    onTestFinished(() => fake.close())
    const result = await runFixCommand({ ...settings, apiKey: anthropicKey, baseUrl: fake.url })
    expect(result.exitCode).toBe(1)
    expect(fake.requests).toHaveLength(2)
    // The retry tells the model why its first answer was refused.
    expect(JSON.stringify(fake.requests[1]!.body)).toContain('.github/workflows/ci.yml: the path is protected')
    expect(await listFiles(settings.outputDir)).toEqual(['answer.json', 'prompt.md'])
  })

  it('an empty edits answer is "no safe fix", not an error', async () => {
    const { settings } = await prepare()
    const fake = await startFakeAnthropic({ answers: [{ json: { summary: 'The warning comes from a vendored file I cannot see.', edits: [] } }] })
    onTestFinished(() => fake.close())
    const result = await runFixCommand({ ...settings, apiKey: anthropicKey, baseUrl: fake.url })
    expect(result.exitCode).toBe(0)
    expect(result.lines.join('\n')).toContain('No safe fix: The warning comes from a vendored file')
    expect(fake.requests).toHaveLength(1)
  })

  it('works with OpenAI too', async () => {
    const { settings, corpusCase } = await prepare(fixable.find((candidate) => candidate.label.fix_type === 'import_error')!)
    const answer = patchFileToAnswer(join(corpusCase.dir, 'fix.patch'), corpusCase.repoDir)
    const fake = await startFakeOpenAi({ answers: [{ json: answer }] })
    onTestFinished(() => fake.close())
    const result = await runFixCommand({ ...settings, provider: 'openai', apiKey: ['sk', 'proj', 'y'.repeat(48)].join('-'), baseUrl: fake.url })
    expect(result.exitCode).toBe(0)
    expect(result.lines.join('\n')).toContain('gpt-6-luna')
  })

  it('says which variable holds the key when it is missing', async () => {
    const { settings } = await prepare()
    await expect(runFixCommand({ ...settings, provider: 'openai' })).rejects.toThrow('OPENAI_API_KEY is not set.')
  })

  it('writes nothing and succeeds when the context is not auto-fixable', async () => {
    const { settings } = await prepare(corpusCases.find((candidate) => candidate.label.fix_type === 'drift')!)
    const result = await runFixCommand(settings)
    expect(result.exitCode).toBe(0)
    expect(result.lines[0]).toMatch(/^Nothing to fix automatically/)
    await expect(readdir(settings.outputDir)).rejects.toThrow()
  })
})

describe('autoheal fix and retired models', () => {
  it('warns when the configured model retires, naming its replacement', async () => {
    const { settings } = await prepare()
    const result = await runFixCommand({ ...settings, dryRun: true, model: 'claude-sonnet-4-5-20241022' })
    expect(result.exitCode).toBe(0)
    expect(result.lines.find((line) => line.startsWith('warning:'))).toContain('claude-sonnet-5-5')
  })
})
