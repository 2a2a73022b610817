import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { FailureContext } from '../analyze/failure-context.js'
import { fixableTypes, fixTypes, type FixType } from '../analyze/fix-types.js'
import { readWorkspace } from '../analyze/workspace.js'
import { loadCostControlFile } from '../config/cost-control.js'
import { modelWarning, priceOf, type ModelPrice, type Provider } from '../config/models.js'
import { UsageError, getErrorMessage } from '../errors.js'
import { buildFixPrompt } from './build-fix-prompt.js'
import { loadTokenCounter } from './count-tokens.js'
import { createLlmClient } from './providers/create-llm-client.js'
import { proposeFix } from './propose-fix.js'
import { loadFixTemplate, readBundledTemplate, readTemplatesFromDirectory, type FixableType } from './templates.js'
import { writeFixFiles } from './write-fix-files.js'

/**
 * `autoheal fix`: a failure context and a checkout → fix files, index.json and fix.patch in the
 * output dir (or, with --dry-run, the exact prompt and its estimate, with no key and no call).
 */
export interface FixCommandSettings {
  contextPath: string
  fixType?: string
  provider: string
  workspaceDir: string
  outputDir: string
  model?: string
  costControlPath?: string
  templatesDir?: string
  dryRun: boolean
  /** From the environment, read by cli.ts. */
  apiKey?: string
  baseUrl?: string
  now: Date
}

export interface FixCommandResult {
  exitCode: 0 | 1
  lines: string[]
}

const keyVariables: Record<Provider, string> = { anthropic: 'ANTHROPIC_API_KEY', openai: 'OPENAI_API_KEY' }

async function readContext(path: string): Promise<FailureContext> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new UsageError(`Cannot read the failure context ${path}: ${getErrorMessage(error)}`, 'Write one with `autoheal analyze … --output failure_context.json`.')
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new UsageError(`${path} is not JSON.`, 'Pass the failure_context.json that `autoheal analyze` wrote.')
  }
  const parsed = FailureContext.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new UsageError(`${path} is not a failure context: ${issue?.path.join('.') || 'the file'} ${issue?.message ?? 'is invalid'}.`, 'Pass the failure_context.json that `autoheal analyze` wrote.')
  }
  return parsed.data
}

function chooseFixType(context: FailureContext, forced: string | undefined): FixableType | string {
  if (forced === undefined) return context.fix_type
  if (!(fixTypes as readonly string[]).includes(forced) || !fixableTypes.has(forced as FixType)) {
    throw new UsageError(`--fix-type '${forced}' is not a type Autoheal fixes.`, `Use one of ${[...fixableTypes].join(', ')}.`)
  }
  return forced
}

function formatUsd(value: number): string {
  return `$${value.toFixed(value < 0.01 ? 5 : 4)}`
}

export async function runFixCommand(settings: FixCommandSettings): Promise<FixCommandResult> {
  if (settings.provider !== 'anthropic' && settings.provider !== 'openai') {
    throw new UsageError(`--provider '${settings.provider}' is not known.`, 'Use --provider anthropic or --provider openai.')
  }
  const provider: Provider = settings.provider
  const context = await readContext(settings.contextPath)
  const fixType = chooseFixType(context, settings.fixType)
  if (!context.can_auto_fix && settings.fixType === undefined) {
    return { exitCode: 0, lines: [`Nothing to fix automatically: ${context.reason} (can_auto_fix is false; --fix-type forces a type).`] }
  }
  if (!fixableTypes.has(fixType as FixType)) {
    return { exitCode: 0, lines: [`Nothing to fix automatically: ${fixType} failures need a person.`] }
  }
  const costControl = settings.costControlPath
    ? await loadCostControlFile(settings.costControlPath)
    : { config: (await import('../config/cost-control.js')).defaultCostControl, notice: undefined }
  const { config } = costControl
  const providerConfig = config.providers[provider]
  const model = settings.model ?? providerConfig.model
  const lines: string[] = []
  if (costControl.notice) lines.push(costControl.notice)
  const warning = modelWarning(model, settings.now)
  if (warning) lines.push(`warning: ${warning}`)

  const readRepositoryTemplate = settings.templatesDir ? readTemplatesFromDirectory(settings.templatesDir) : undefined
  const [template, system, countTokens] = await Promise.all([
    loadFixTemplate(fixType as FixableType, readRepositoryTemplate),
    readBundledTemplate('system'),
    loadTokenCounter(provider),
  ])
  const prompt = buildFixPrompt({
    context: { ...context, fix_type: fixType as FixType },
    workspace: readWorkspace(settings.workspaceDir),
    system,
    template: template.text,
    maxPromptTokens: config.limits.max_tokens_per_fix,
    countTokens,
  })
  const maxOutputTokens = config.limits.max_output_tokens_per_fix
  const price: ModelPrice | undefined = priceOf(provider, model, providerConfig.prices ?? {})
  await mkdir(settings.outputDir, { recursive: true })

  if (!prompt.fits) {
    lines.push(`Over budget: ${prompt.reason} No model was called.`)
    return { exitCode: 1, lines }
  }
  await writeFile(join(settings.outputDir, 'prompt.md'), `<!-- system -->\n${prompt.system}\n\n<!-- prompt -->\n${prompt.prompt}\n`)
  const estimate = {
    provider,
    model,
    fix_type: fixType,
    template: template.source === 'repository' ? `${settings.templatesDir}/${template.fileName}` : `bundled ${template.fileName}`,
    input_tokens: prompt.tokens,
    max_output_tokens: maxOutputTokens,
    max_tokens_per_fix: config.limits.max_tokens_per_fix,
    input_usd: price ? (prompt.tokens * price.input_per_mtok) / 1e6 : null,
    max_output_usd: price ? (maxOutputTokens * price.output_per_mtok) / 1e6 : null,
    max_total_usd: price ? (prompt.tokens * price.input_per_mtok + maxOutputTokens * price.output_per_mtok) / 1e6 : null,
    omitted: prompt.omitted,
    narrowed: prompt.narrowed,
  }
  const estimateLine =
    `${provider} ${model}: about ${prompt.tokens} input tokens, at most ${maxOutputTokens} output tokens` +
    (estimate.max_total_usd === null ? ' (no price known for this model)' : `, at most ${formatUsd(estimate.max_total_usd)}`)
  if (settings.dryRun) {
    await writeFile(join(settings.outputDir, 'estimate.json'), `${JSON.stringify(estimate, null, 2)}\n`)
    lines.push(`Dry run: ${estimateLine}. Wrote prompt.md and estimate.json to ${settings.outputDir}; no model was called.`)
    return { exitCode: 0, lines }
  }

  if (!settings.apiKey) {
    throw new UsageError(`${keyVariables[provider]} is not set.`, `Export ${keyVariables[provider]}, or use --dry-run to see the prompt without a key.`)
  }
  const client = createLlmClient({ provider, apiKey: settings.apiKey, ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}) })
  lines.push(`Asking ${estimateLine}.`)
  const result = await proposeFix({
    context,
    workspaceDir: settings.workspaceDir,
    client,
    model,
    system: prompt.system,
    prompt: prompt.prompt,
    maxOutputTokens,
    price,
  })
  await writeFile(join(settings.outputDir, 'answer.json'), `${JSON.stringify(result.rawAnswers, null, 2)}\n`)
  const spent = `${result.usage.inputTokens} input + ${result.usage.outputTokens} output tokens, ${formatUsd(result.costUsd)} (${result.calls} call${result.calls === 1 ? '' : 's'} to ${result.model})`
  switch (result.outcome) {
    case 'fixed': {
      const index = await writeFixFiles(settings.outputDir, { summary: result.answer.summary, original: result.original, changed: result.changed, patch: result.patch })
      lines.push(`Fixed: ${result.answer.summary}`, `Changed ${index.targets.map((target) => target.path).join(', ')}; wrote ${index.targets.length} fix file(s), index.json and fix.patch to ${settings.outputDir}.`, `Spent ${spent}.`)
      return { exitCode: 0, lines }
    }
    case 'no-safe-fix':
      lines.push(`No safe fix: ${result.summary}`, `Spent ${spent}.`)
      return { exitCode: 0, lines }
    case 'rejected':
      lines.push(`The model's answer was refused twice; nothing was written:`, ...result.reasons.map((reason) => `  - ${reason}`), `Spent ${spent}.`)
      return { exitCode: 1, lines }
  }
}
