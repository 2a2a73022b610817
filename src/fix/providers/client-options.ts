/** What `createAnthropicClient` and `createOpenAiClient` take; main.ts and cli.ts fill it from inputs and env. */
export interface ProviderClientOptions {
  apiKey: string
  /** A company gateway (ANTHROPIC_BASE_URL / OPENAI_BASE_URL, read by the caller); the provider's own API when absent. */
  baseUrl?: string
  /** One attempt's limit; each retry gets the same again. */
  timeoutMs?: number
  /** Retries after a 408, 409, 429, 5xx or a broken connection, with the SDK's backoff and its reading of `retry-after`. */
  maxRetries?: number
}

export const defaultMaxRetries = 2

/**
 * Five minutes per attempt. Passing any timeout also keeps @anthropic-ai/sdk from refusing a large
 * non-streaming `max_tokens` ("Streaming is required…"), which it does only when no timeout is set.
 */
export const defaultTimeoutMs = 5 * 60 * 1000
