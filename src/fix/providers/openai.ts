import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai'
import type {
  ChatCompletion,
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions'
import { answerToolName, fixAnswerJsonSchema } from '../fix-answer.js'
import type { Completion, CompletionRequest, LlmClient, ProviderErrorKind } from '../llm-client.js'
import { defaultMaxRetries, defaultTimeoutMs, type ProviderClientOptions } from './client-options.js'
import { conversationTurns, parseAnswerText } from './conversation.js'
import { toProviderError, type FailureContext, type ProviderFailure } from './to-provider-error.js'

const defaultBaseUrl = 'https://api.openai.com/v1'

/**
 * A client for Chat Completions, the API every OpenAI-compatible gateway behind OPENAI_BASE_URL
 * speaks, and stateless (nothing stored between the answer and its one retry). The answer is the
 * strict function tool `submit_fix`, chosen by name: strict mode makes the arguments follow the
 * schema. Nothing a reasoning model refuses is sent: no `temperature`, no `max_tokens` (its
 * replacement `max_completion_tokens` caps visible and reasoning tokens together), no
 * `reasoning_effort` (a model without reasoning would refuse that one).
 */
export function createOpenAiClient(options: ProviderClientOptions): LlmClient {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs
  const maxRetries = options.maxRetries ?? defaultMaxRetries
  const client = new OpenAI({
    apiKey: options.apiKey,
    // null, not undefined: the SDK would read OPENAI_BASE_URL itself; main.ts and cli.ts do that.
    baseURL: options.baseUrl ?? null,
    // The SDK would read these from OPENAI_ORG_ID, OPENAI_PROJECT_ID and OPENAI_ADMIN_KEY; an admin key
    // from the environment would even replace our Authorization header.
    organization: null,
    project: null,
    adminAPIKey: null,
    timeout: timeoutMs,
    maxRetries,
  })

  return {
    provider: 'openai',
    async complete(request: CompletionRequest): Promise<Completion> {
      const context: FailureContext = {
        provider: 'openai',
        model: request.model,
        apiKey: options.apiKey,
        baseUrl: options.baseUrl ?? defaultBaseUrl,
        timeoutMs,
        maxRetries,
      }
      let completion: ChatCompletion
      try {
        completion = await client.chat.completions.create(completionParams(request))
      } catch (error) {
        const failure = describeFailure(error)
        if (!failure) throw error
        throw toProviderError(failure, context, error)
      }
      const completed = toCompletion(completion)
      if (!completed) {
        throw toProviderError({ type: 'http', status: 200, kind: 'no-answer' }, context, undefined)
      }
      return completed
    },
  }
}

function completionParams(request: CompletionRequest): ChatCompletionCreateParamsNonStreaming {
  const messages: ChatCompletionMessageParam[] = [
    // `system`, not `developer`: reasoning models read it as developer, and older gateways know only `system`.
    { role: 'system', content: request.system },
    ...conversationTurns(request).map((turn) => ({ role: turn.role, content: turn.text })),
  ]
  return {
    model: request.model,
    max_completion_tokens: request.maxOutputTokens,
    messages,
    tools: [
      {
        type: 'function',
        function: {
          name: answerToolName,
          description: 'Submit the fix: a summary and the edits, or an empty edits list and why no safe fix exists.',
          parameters: fixAnswerJsonSchema,
          strict: true,
        },
      },
    ],
    tool_choice: { type: 'function', function: { name: answerToolName } },
  }
}

/** The completion, or undefined when the API sent no choice at all. */
function toCompletion(completion: ChatCompletion): Completion | undefined {
  const choice = completion.choices[0]
  if (!choice) return undefined
  const message = choice.message
  const call = message.tool_calls?.find((toolCall) => toolCall.type === 'function' && toolCall.function.name === answerToolName)
  // A refusal comes as its own field, with no tool call; it is returned for the caller to report.
  const rawText = (call?.type === 'function' ? call.function.arguments : undefined) ?? message.content ?? message.refusal ?? ''
  return {
    answer: message.refusal && !call ? undefined : parseAnswerText(rawText),
    rawText,
    usage: {
      // prompt_tokens includes cached tokens; completion_tokens includes reasoning tokens.
      inputTokens: completion.usage?.prompt_tokens ?? 0,
      outputTokens: completion.usage?.completion_tokens ?? 0,
    },
    model: completion.model,
    stopReason: message.refusal && !call ? 'refusal' : choice.finish_reason,
  }
}

/** What the SDK's error says, or undefined when it is not an API failure (a bug: rethrown as is). */
function describeFailure(error: unknown): ProviderFailure | undefined {
  if (error instanceof APIConnectionTimeoutError) return { type: 'timeout' }
  if (error instanceof APIConnectionError) {
    return { type: 'connection', detail: error.cause instanceof Error ? error.cause.message : undefined }
  }
  if (!(error instanceof APIError) || error.status === undefined) return undefined
  return {
    type: 'http',
    status: error.status,
    apiMessage: apiMessageOf(error),
    requestId: error.requestID ?? undefined,
    kind: refineKind(error),
  }
}

/**
 * Where one status covers several causes, decided on the error's `code` and `type`, never its text:
 * a spent quota is a 429 like a rate limit, a too-long prompt a 400 like any bad request.
 */
const kindByCode: Readonly<Record<string, ProviderErrorKind>> = {
  insufficient_quota: 'credit-exhausted',
  billing_hard_limit_reached: 'credit-exhausted',
  context_length_exceeded: 'context-too-long',
  model_not_found: 'unknown-model',
  invalid_api_key: 'authentication',
}

function refineKind(error: APIError): ProviderErrorKind | undefined {
  for (const key of [error.code, error.type]) {
    if (key && Object.hasOwn(kindByCode, key)) return kindByCode[key]
  }
  return undefined
}

function apiMessageOf(error: APIError): string | undefined {
  const body = error.error as { message?: unknown } | undefined
  return typeof body?.message === 'string' ? body.message : undefined
}
