import type { Provider } from '../../config/models.js'
import type { LlmClient } from '../llm-client.js'
import { createAnthropicClient } from './anthropic.js'
import type { ProviderClientOptions } from './client-options.js'
import { createOpenAiClient } from './openai.js'

export type { ProviderClientOptions } from './client-options.js'

export interface LlmClientSettings extends ProviderClientOptions {
  provider: Provider
}

/** One row per provider: a new provider is one row and one file. */
const clientFactories = {
  anthropic: createAnthropicClient,
  openai: createOpenAiClient,
} satisfies Record<Provider, (options: ProviderClientOptions) => LlmClient>

/** The client for `settings.provider`; the caller has read the key and any base URL from inputs and env. */
export function createLlmClient({ provider, ...options }: LlmClientSettings): LlmClient {
  return clientFactories[provider](options)
}
