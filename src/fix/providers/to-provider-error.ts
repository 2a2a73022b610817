import type { Provider } from '../../config/models.js'
import { ProviderError, type ProviderErrorKind } from '../llm-client.js'

/** What a provider module learned from its SDK's error, in no SDK's types. */
export type ProviderFailure =
  | {
      type: 'http'
      status: number
      /** The API's own sentence (`error.message`), shown to the user after redaction, except for a refused key. */
      apiMessage?: string | undefined
      requestId?: string | undefined
      /** Set where the status alone is ambiguous (a 400 that is a spent credit balance, a 429 that is a spent quota). */
      kind?: ProviderErrorKind | undefined
    }
  | { type: 'timeout' }
  | { type: 'connection'; detail?: string | undefined }

export interface FailureContext {
  provider: Provider
  model: string
  apiKey: string
  baseUrl: string
  timeoutMs: number
  maxRetries: number
}

interface ProviderFacts {
  name: string
  secret: string
  baseUrlVariable: string
  console: string
}

const providerFacts = {
  anthropic: {
    name: 'Anthropic',
    secret: 'anthropic-api-key',
    baseUrlVariable: 'ANTHROPIC_BASE_URL',
    console: 'the Claude Console',
  },
  openai: {
    name: 'OpenAI',
    secret: 'openai-api-key',
    baseUrlVariable: 'OPENAI_BASE_URL',
    console: 'the OpenAI dashboard',
  },
} as const satisfies Record<Provider, ProviderFacts>

/** HTTP status → kind, where the status says it all; the rest of 4xx is invalid-request, the rest of 5xx server. */
const kindByStatus: Readonly<Record<number, ProviderErrorKind>> = {
  401: 'authentication',
  402: 'credit-exhausted',
  403: 'permission',
  404: 'unknown-model',
  408: 'timeout',
  413: 'context-too-long',
  429: 'rate-limited',
  503: 'overloaded',
  529: 'overloaded',
}

type Describe = (facts: ProviderFacts, context: FailureContext) => { summary: string; remedy: string }

const modelSetting = (context: FailureContext) => `ci/cost_control.yaml providers.${context.provider}.model`

const descriptions: Record<ProviderErrorKind, Describe> = {
  authentication: (facts) => ({
    summary: `${facts.name} did not accept the API key`,
    remedy: `Check the ${facts.secret} secret: the key may be mistyped, revoked, expired, or another provider's.`,
  }),
  permission: (facts, context) => ({
    summary: `${facts.name} refused this key access to ${context.model}`,
    remedy: `Give the key in the ${facts.secret} secret access to ${context.model} (organization and workspace settings in ${facts.console}), or choose another model in ${modelSetting(context)}.`,
  }),
  'unknown-model': (facts, context) => ({
    summary: `${facts.name} does not serve the model ${context.model}`,
    remedy: `The model ${context.model} is not served; see ${modelSetting(context)} (or the \`model\` input) for a current id. If you use a gateway, check ${facts.baseUrlVariable} too.`,
  }),
  'invalid-request': (facts) => ({
    summary: `${facts.name} refused the request as invalid`,
    remedy: `This is a bug in Autoheal, or a gateway that changes requests: please report it with this log.`,
  }),
  'context-too-long': (facts, context) => ({
    summary: `The prompt is longer than ${context.model} accepts`,
    remedy: `Lower limits.max_tokens_per_fix in ci/cost_control.yaml so the prompt is trimmed, or choose a model with a larger context window in ${modelSetting(context)}.`,
  }),
  'rate-limited': (facts, context) => ({
    summary: `${facts.name} rate-limited the request${context.maxRetries > 0 ? ` and its ${context.maxRetries} ${context.maxRetries === 1 ? 'retry' : 'retries'}` : ''}`,
    remedy: `Re-run the workflow later, or ask ${facts.name} for higher rate limits for the key in the ${facts.secret} secret.`,
  }),
  'credit-exhausted': (facts) => ({
    summary: `The ${facts.name} account has no credit left for this key`,
    remedy: `Add credits or raise the spend limit of the account behind the ${facts.secret} secret (billing in ${facts.console}), then re-run the workflow.`,
  }),
  overloaded: (facts) => ({
    summary: `${facts.name} is overloaded`,
    remedy: 'Re-run the workflow in a few minutes.',
  }),
  server: (facts) => ({
    summary: `${facts.name} failed on its side`,
    remedy: `Re-run the workflow later; if it keeps failing, check ${facts.name}'s status page.`,
  }),
  network: (facts, context) => ({
    summary: `Could not reach ${context.baseUrl}`,
    remedy: `Check the runner's network and proxy settings, and ${facts.baseUrlVariable} if you use a gateway.`,
  }),
  timeout: (facts, context) => ({
    summary: `${facts.name} did not answer within ${Math.round(context.timeoutMs / 1000)} s`,
    remedy: 'Re-run the workflow; if it keeps timing out, lower limits.max_output_tokens_per_fix in ci/cost_control.yaml.',
  }),
  'no-answer': (facts) => ({
    summary: `${facts.name} answered without a completion`,
    remedy: 'Re-run the workflow; if it repeats, please report it with this log.',
  }),
}

/** Turns a failed call into a ProviderError that says what to do; the API key never reaches its text. */
export function toProviderError(failure: ProviderFailure, context: FailureContext, cause: unknown): ProviderError {
  const kind = kindOf(failure)
  const { summary, remedy } = descriptions[kind](providerFacts[context.provider], context)
  const details: string[] = []
  if (failure.type === 'http') {
    details.push(`HTTP ${failure.status}`)
    if (failure.requestId) details.push(`request ${failure.requestId}`)
  }
  if (failure.type === 'connection' && failure.detail) details.push(failure.detail)
  // A refused key's message may quote part of the key (OpenAI shows its first and last characters).
  const apiMessage = failure.type === 'http' && kind !== 'authentication' ? failure.apiMessage?.trim().replace(/\.+$/, '') : undefined
  const message = `${summary}${details.length > 0 ? ` (${details.join(', ')})` : ''}${apiMessage ? `: ${apiMessage}` : ''}.`
  return new ProviderError(
    redactKey(message, context.apiKey),
    redactKey(remedy, context.apiKey),
    kind,
    failure.type === 'http' ? failure.status : undefined,
    { cause },
  )
}

/** The kind the failure's own data decides: a refinement first, then the status table. */
export function kindOf(failure: ProviderFailure): ProviderErrorKind {
  if (failure.type === 'timeout') return 'timeout'
  if (failure.type === 'connection') return 'network'
  if (failure.kind) return failure.kind
  const byStatus = kindByStatus[failure.status]
  if (byStatus) return byStatus
  return failure.status >= 500 ? 'server' : 'invalid-request'
}

function redactKey(text: string, apiKey: string): string {
  // Too short a key would redact ordinary words; such a key is rejected by the API anyway.
  return apiKey.length >= 8 ? text.split(apiKey).join('[REDACTED]') : text
}
