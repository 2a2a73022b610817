/**
 * cost_control.yaml: the spec's budget file, validated at the edge. Every object is strict, so a
 * misspelt key is an error naming its line rather than a limit silently left at its default.
 */
import { readFile } from 'node:fs/promises'
import { LineCounter, parseDocument } from 'yaml'
import { z } from 'zod'
import { fixTypes } from '../analyze/failure-context.js'
import { ConfigError, getErrorMessage } from '../errors.js'
import { explainSchemaIssues, explainSyntaxError } from './explain-config-issue.js'
import { defaultModels, modelWarning, providers, type Provider } from './models.js'

const count = z.int().nonnegative()
const dollars = z.number().nonnegative()

export const ModelPriceOverride = z.strictObject({ input_per_mtok: dollars, output_per_mtok: dollars })

// `.prefault({})` rather than `.default({})`: the empty object is parsed, so each key inside gets its own default.
const providerSettings = (model: string, maxCostPerMonthUsd: number) =>
  z
    .strictObject({
      model: z.string().min(1).default(model),
      max_cost_per_month_usd: dollars.default(maxCostPerMonthUsd),
      /** Per million tokens, by model id; wins over the built-in table. */
      prices: z.record(z.string(), ModelPriceOverride).default({}),
    })
    .prefault({})

/** The seven fix types of the analysis, plus the spec's `manual`, which the analysis never emits. */
export const ExcludableFixType = z.enum([...fixTypes, 'manual'])
export type ExcludableFixType = z.infer<typeof ExcludableFixType>

export const CostControl = z
  .strictObject({
    limits: z
      .strictObject({
        /** Heals that called a model, repository-wide, per UTC day. */
        max_fixes_per_day: count.default(10),
        /** Heals that called a model for one head branch. */
        max_fixes_per_pr: count.default(3),
        /** The prompt's cap in input tokens, checked before the call. */
        max_tokens_per_fix: count.default(4000),
        /** The answer's cap, thinking included (our extension of the spec). */
        max_output_tokens_per_fix: count.default(2000),
      })
      .prefault({}),
    providers: z
      .strictObject({
        anthropic: providerSettings(defaultModels.anthropic, 50),
        openai: providerSettings(defaultModels.openai, 20),
      } satisfies Record<Provider, unknown>)
      .prefault({}),
    alert_thresholds: z
      .strictObject({
        daily_fixes: count.default(5),
        monthly_cost_usd: dollars.default(30),
      })
      .prefault({}),
    exclude_fix_types: z.array(ExcludableFixType).default(['manual', 'unknown']),
  })
  .prefault({})
export type CostControl = z.infer<typeof CostControl>

/** The built-in configuration, used when a repository has no cost_control.yaml; equal to the shipped file. */
export const defaultCostControl: CostControl = CostControl.parse({})

const remedy = (fileName: string): string =>
  `Fix ${fileName} on the default branch (Autoheal reads it from there, not from the failing commit). ` +
  "Autoheal's own ci/cost_control.yaml lists every key with its meaning."

/** Parses and validates the text of a cost_control.yaml; `fileName` appears in every message. */
export function parseCostControl(text: string, fileName: string): CostControl {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: true })
  const syntaxError = document.errors[0]
  if (syntaxError) throw new ConfigError(explainSyntaxError(syntaxError, fileName), remedy(fileName))

  // An empty file (or one of comments only) means "all defaults", like an absent one.
  const data: unknown = document.toJS() ?? {}
  const result = CostControl.safeParse(data)
  if (result.success) return result.data
  const message = explainSchemaIssues(result.error.issues, { document, lineCounter, schema: CostControl, fileName, data })
  throw new ConfigError(message, remedy(fileName))
}

export interface LoadedCostControl {
  config: CostControl
  /** Set when the file was absent and the built-in defaults apply. */
  notice?: string
}

/** Reads `path` (the CLI's `--cost-control`); a missing file means the defaults, with a notice saying so. */
export async function loadCostControlFile(path: string): Promise<LoadedCostControl> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return { config: defaultCostControl, notice: `${path} not found: ${describeDefaults()}` }
    }
    throw new ConfigError(`Could not read ${path}: ${getErrorMessage(error)}`, remedy(path), { cause: error })
  }
  return { config: parseCostControl(text, path) }
}

/** One sentence for the notice shown when the built-in configuration applies. */
export function describeDefaults(config: CostControl = defaultCostControl): string {
  const { limits } = config
  const models = providers.map((provider) => `${provider} ${config.providers[provider].model}`).join(', ')
  return (
    `using the built-in limits (${limits.max_fixes_per_day} fixes a day, ${limits.max_fixes_per_pr} per branch, ` +
    `${limits.max_tokens_per_fix} prompt tokens and ${limits.max_output_tokens_per_fix} answer tokens per fix) ` +
    `and models (${models}).`
  )
}

/** A warning for each configured model that is retired, retiring soon or was never served. */
export function configuredModelWarnings(config: CostControl, today: Date): string[] {
  return providers.flatMap((provider) => {
    const warning = modelWarning(config.providers[provider].model, today)
    return warning ? [`providers.${provider}.model: ${warning}`] : []
  })
}
