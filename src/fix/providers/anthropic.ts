import Anthropic, { APIConnectionError, APIConnectionTimeoutError, APIError } from '@anthropic-ai/sdk'
import type { Message, MessageCreateParamsNonStreaming } from '@anthropic-ai/sdk/resources/messages'
import { fixAnswerJsonSchema } from '../fix-answer.js'
import type { Completion, CompletionRequest, LlmClient, ProviderErrorKind } from '../llm-client.js'
import { defaultMaxRetries, defaultTimeoutMs, type ProviderClientOptions } from './client-options.js'
import { conversationTurns, parseAnswerText } from './conversation.js'
import { toProviderError, type FailureContext, type ProviderFailure } from './to-provider-error.js'

const defaultBaseUrl = 'https://api.anthropic.com'

/**
 * Adaptive thinking is on by default on current Claude models and billed as output; `max_tokens`
 * caps thinking and answer together. Low effort lets the model skip thinking on the simple fixes
 * most CI failures need, so the answer is not cut off by its own thinking.
 */
const effort = 'low'

/**
 * A client for the Messages API. The answer is asked for with structured outputs
 * (`output_config.format`), since current Claude models answer a forced tool choice, sampling
 * parameters, thinking budgets, `thinking: disabled` and an assistant prefill with a 400: none of
 * them is sent.
 */
export function createAnthropicClient(options: ProviderClientOptions): LlmClient {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs
  const maxRetries = options.maxRetries ?? defaultMaxRetries
  const client = new Anthropic({
    apiKey: options.apiKey,
    // null, not undefined: the SDK would read ANTHROPIC_BASE_URL itself; main.ts and cli.ts do that.
    baseURL: options.baseUrl ?? null,
    timeout: timeoutMs,
    maxRetries,
  })

  return {
    provider: 'anthropic',
    async complete(request: CompletionRequest): Promise<Completion> {
      const context: FailureContext = {
        provider: 'anthropic',
        model: request.model,
        apiKey: options.apiKey,
        baseUrl: options.baseUrl ?? defaultBaseUrl,
        timeoutMs,
        maxRetries,
      }
      let message: Message
      try {
        message = await client.messages.create(messageParams(request))
      } catch (error) {
        const failure = describeFailure(error)
        if (!failure) throw error
        throw toProviderError(failure, context, error)
      }
      return toCompletion(message)
    },
  }
}

function messageParams(request: CompletionRequest): MessageCreateParamsNonStreaming {
  return {
    model: request.model,
    max_tokens: request.maxOutputTokens,
    system: request.system,
    messages: conversationTurns(request).map((turn) => ({ role: turn.role, content: turn.text })),
    output_config: { effort, format: { type: 'json_schema', schema: fixAnswerJsonSchema } },
  }
}

function toCompletion(message: Message): Completion {
  // Thinking blocks come first and are not the answer; structured outputs put the JSON in text blocks.
  const rawText = message.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('')
  const usage = message.usage
  return {
    answer: parseAnswerText(rawText),
    rawText,
    usage: {
      // The API bills cache writes and reads as input too; input_tokens alone is only the uncached part.
      inputTokens: usage.input_tokens + (usage.cache_creation_input_tokens ?? 0) + (usage.cache_read_input_tokens ?? 0),
      outputTokens: usage.output_tokens,
    },
    model: message.model,
    stopReason: message.stop_reason ?? 'unknown',
  }
}

/**
 * Error codes (`error.details.error_code`) that mean the account's money, not the request, is the
 * problem. The API answers these, and a spent prepaid balance, with a 400.
 */
const spendLimitCodes = new Set([
  'enforced_spend_limit_reached',
  'contract_spend_limit_reached',
  'linked_organization_spend_limit_reached',
  'linked_organization_billing_unavailable',
  'ramp_limit_exceeded',
])

/** What the SDK's error says, or undefined when it is not an API failure (a bug: rethrown as is). */
function describeFailure(error: unknown): ProviderFailure | undefined {
  if (error instanceof APIConnectionTimeoutError) return { type: 'timeout' }
  if (error instanceof APIConnectionError) return { type: 'connection', detail: causeOf(error) }
  if (!(error instanceof APIError) || error.status === undefined) return undefined
  return {
    type: 'http',
    status: error.status,
    apiMessage: error.apiMessage ?? undefined,
    requestId: error.requestID ?? undefined,
    kind: refineKind(error),
  }
}

/**
 * Where one status covers several causes. The type and error code come first; the message text
 * only where the API gives nothing else: a spent prepaid balance and a too-long prompt are both
 * plain 400 `invalid_request_error`s ("Your credit balance is too low…", "prompt is too long: …").
 */
function refineKind(error: APIError): ProviderErrorKind | undefined {
  if (error.type === 'billing_error') return 'credit-exhausted'
  if (error.type === 'overloaded_error') return 'overloaded'
  if (error.errorCode && spendLimitCodes.has(error.errorCode)) return 'credit-exhausted'
  if (error.status !== 400) return undefined
  const apiMessage = error.apiMessage ?? ''
  if (/credit balance is too low/i.test(apiMessage)) return 'credit-exhausted'
  if (/prompt is too long/i.test(apiMessage)) return 'context-too-long'
  return undefined
}

function causeOf(error: Error): string | undefined {
  return error.cause instanceof Error ? error.cause.message : undefined
}
