/**
 * The models Autoheal knows, as data: prices and retirement dates live here and nowhere else.
 * Checked against the providers' model pages in late 2026; a repository can override a price in
 * cost_control.yaml (`providers.<name>.prices.<model>`) without waiting for a release.
 */

export const providers = ['anthropic', 'openai'] as const
export type Provider = (typeof providers)[number]

/** US dollars per million tokens, the unit both providers publish. */
export interface ModelPrice {
  input_per_mtok: number
  output_per_mtok: number
}

export interface ModelInfo {
  id: string
  provider: Provider
  price: ModelPrice
  /** UTC date (YYYY-MM-DD) from which the provider refuses requests to this id. */
  retiresOn?: string
  /** An id that appears in guides but was never accepted by the API. */
  neverServed?: boolean
  /** What the provider names as the model to move to. */
  replacement?: string
}

const sonnet45Price: ModelPrice = { input_per_mtok: 3, output_per_mtok: 15 }

export const models: readonly ModelInfo[] = [
  { id: 'claude-sonnet-5-5', provider: 'anthropic', price: { input_per_mtok: 2, output_per_mtok: 10 } },
  { id: 'claude-sonnet-4-5', provider: 'anthropic', price: sonnet45Price, retiresOn: '2026-11-30', replacement: 'claude-sonnet-5-5' },
  {
    id: 'claude-sonnet-4-5-20250929',
    provider: 'anthropic',
    price: sonnet45Price,
    retiresOn: '2026-11-30',
    replacement: 'claude-sonnet-5-5',
  },
  // The spec's id: a Sonnet 3.5 date on a Sonnet 4.5 name. Priced as Sonnet 4.5 so a dry run still estimates.
  {
    id: 'claude-sonnet-4-5-20241022',
    provider: 'anthropic',
    price: sonnet45Price,
    neverServed: true,
    replacement: 'claude-sonnet-5-5',
  },
  { id: 'gpt-6-luna', provider: 'openai', price: { input_per_mtok: 0.1, output_per_mtok: 0.5 } },
  {
    id: 'gpt-4o-mini',
    provider: 'openai',
    price: { input_per_mtok: 0.15, output_per_mtok: 0.6 },
    retiresOn: '2027-01-14',
    replacement: 'gpt-6-luna',
  },
  {
    id: 'gpt-5-mini',
    provider: 'openai',
    price: { input_per_mtok: 0.25, output_per_mtok: 2 },
    retiresOn: '2026-12-11',
    replacement: 'gpt-6-luna',
  },
]

/** The model each provider uses when cost_control.yaml names none. */
export const defaultModels = { anthropic: 'claude-sonnet-5-5', openai: 'gpt-6-luna' } as const satisfies Record<
  Provider,
  string
>

/** A retirement this close is worth a warning on every run; further out it would only be noise. */
export const retirementWarningDays = 60

const dayMs = 24 * 60 * 60 * 1000
const providerNames = { anthropic: 'Anthropic', openai: 'OpenAI' } as const satisfies Record<Provider, string>

export function findModel(modelId: string): ModelInfo | undefined {
  return models.find((model) => model.id === modelId)
}

/**
 * A sentence telling the user to move off `modelId`, or undefined when there is nothing to say
 * (a current model, a retirement more than `retirementWarningDays` away, or an id the table does not know).
 */
export function modelWarning(modelId: string, today: Date): string | undefined {
  const model = findModel(modelId)
  if (!model?.replacement) return undefined
  const instead = `use ${model.replacement} instead`
  if (model.neverServed) return `${model.id} was never a model id ${providerNames[model.provider]} served: ${instead}.`
  if (!model.retiresOn) return undefined
  const daysLeft = Math.ceil((Date.parse(`${model.retiresOn}T00:00:00Z`) - today.getTime()) / dayMs)
  if (daysLeft <= 0) return `${model.id} was retired on ${model.retiresOn} and its requests fail: ${instead}.`
  if (daysLeft <= retirementWarningDays) {
    return `${model.id} retires on ${model.retiresOn} (in ${daysLeft} day${daysLeft === 1 ? '' : 's'}): ${instead}.`
  }
  return undefined
}


/**
 * The price of `model`: the repository's override first (one provider's `prices` map from
 * cost_control.yaml), then the table. Undefined when neither knows it; the caller decides what an
 * unpriced model means for the budget.
 */
export function priceOf(
  provider: Provider,
  model: string,
  overrides: Readonly<Record<string, ModelPrice>> = {},
): ModelPrice | undefined {
  if (Object.hasOwn(overrides, model)) return overrides[model]
  const known = findModel(model)
  return known?.provider === provider ? known.price : undefined
}

/** Dollars for one call, from the token counts the API reported (or estimated ones for a dry run). */
export function costUsd(price: ModelPrice, inputTokens: number, outputTokens: number): number {
  return (inputTokens * price.input_per_mtok + outputTokens * price.output_per_mtok) / 1_000_000
}
