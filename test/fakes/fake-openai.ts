import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local OpenAI Chat Completions API (`POST /v1/chat/completions`) in its wire format, behaving
 * like a reasoning model: `temperature` other than 1 and the old `max_tokens` get the 400 the real
 * API gives, and so does a strict function tool whose schema strict mode cannot take. Every other
 * request takes the next queued answer. A queued answer goes out as a call of the request's
 * function tool when it named one, else as the message content (Structured Outputs or plain text).
 */
export interface FakeOpenAiOptions {
  answers: FakeOpenAiAnswer[]
  /** Usage for answers that set none. */
  usage?: Partial<FakeOpenAiUsage>
  /** Serves under this path, as a company gateway would (`/gateway` → `/gateway/v1/chat/completions`). */
  pathPrefix?: string
}

export type FakeOpenAiAnswer = (FakeOpenAiMessage | FakeOpenAiRefusal | FakeOpenAiError) & {
  /** Waits this long before answering (for client timeouts). */
  delayMs?: number
}

/** An answer: `json` well formed, or `text` as it stands (malformed JSON). */
export type FakeOpenAiMessage = ({ json: unknown } | { text: string }) & {
  stopReason?: 'stop' | 'length' | 'tool_calls' | 'content_filter'
  usage?: Partial<FakeOpenAiUsage>
}

export interface FakeOpenAiRefusal {
  refusal: string
  usage?: Partial<FakeOpenAiUsage>
}

export interface FakeOpenAiError {
  status: number
  /** `error.type` and `error.code`; by default the ones the API uses for the status. */
  errorType?: string
  code?: string | null
  message?: string
  /** Sent as `retry-after` (seconds). */
  retryAfterSeconds?: number
}

export interface FakeOpenAiUsage {
  prompt_tokens: number
  completion_tokens: number
  cached_tokens: number
  reasoning_tokens: number
}

export interface RecordedOpenAiRequest {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  body: Record<string, unknown>
  /** Date.now() when the request arrived: the gap between two shows the client's backoff. */
  receivedAtMs: number
}

export interface FakeOpenAi {
  /** The base URL, as OPENAI_BASE_URL would give it (with `/v1`; the SDK adds `/chat/completions`). */
  url: string
  requests: RecordedOpenAiRequest[]
  close(): Promise<void>
}

const defaultUsage: FakeOpenAiUsage = { prompt_tokens: 1500, completion_tokens: 420, cached_tokens: 0, reasoning_tokens: 256 }

const errorDefaults: Record<number, { type: string; code: string | null; message: string }> = {
  400: { type: 'invalid_request_error', code: null, message: 'Invalid request.' },
  403: { type: 'invalid_request_error', code: 'unsupported_country_region_territory', message: 'Country, region, or territory not supported' },
  429: {
    type: 'requests',
    code: 'rate_limit_exceeded',
    message: 'Rate limit reached for requests per min (RPM): Limit 500, Used 500, Requested 1. Please try again in 120ms.',
  },
  500: { type: 'server_error', code: null, message: 'The server had an error while processing your request. Sorry about that!' },
  503: { type: 'server_error', code: null, message: 'The engine is currently overloaded, please try again later.' },
}

export async function startFakeOpenAi(options: FakeOpenAiOptions): Promise<FakeOpenAi> {
  const queue = [...options.answers]
  const requests: RecordedOpenAiRequest[] = []
  const prefix = options.pathPrefix ?? ''
  let served = 0

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const requestId = `req_${String(++served).padStart(32, '0')}`
      const path = request.url ?? ''
      let body: Record<string, unknown> = {}
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>
      } catch {
        requests.push({ method: request.method ?? '', path, headers: request.headers, body, receivedAtMs: Date.now() })
        return sendError(response, requestId, 400, { type: 'invalid_request_error', code: null, message: 'We could not parse the JSON body of your request.' })
      }
      requests.push({ method: request.method ?? '', path, headers: request.headers, body, receivedAtMs: Date.now() })

      if (request.method !== 'POST' || path !== `${prefix}/v1/chat/completions`) {
        return sendError(response, requestId, 404, { type: 'invalid_request_error', code: null, message: `Invalid URL (${request.method} ${path})` })
      }
      const authorization = request.headers.authorization ?? ''
      if (!authorization.startsWith('Bearer ')) {
        return sendError(response, requestId, 401, {
          type: 'invalid_request_error',
          code: null,
          message: "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth.",
        })
      }
      const refusal = findRefusedParameter(body)
      if (refusal) return sendError(response, requestId, 400, refusal)

      const answer = queue.shift()
      if (!answer) return sendError(response, requestId, 500, { type: 'server_error', code: null, message: 'fake-openai: no answer queued' })
      const respond = () => {
        if ('status' in answer) return sendAnswerError(response, requestId, answer, body, authorization.slice('Bearer '.length))
        sendCompletion(response, requestId, answer, body, { ...defaultUsage, ...options.usage, ...answer.usage }, served)
      }
      if (answer.delayMs) setTimeout(respond, answer.delayMs)
      else respond()
    })
  })

  const origin = await new Promise<string>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))
  })
  return {
    url: `${origin}${prefix}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        // Keep-alive sockets, and a delayed answer's socket, would hold close() open.
        server.closeAllConnections()
      }),
  }
}

interface WireError {
  type: string
  code: string | null
  message: string
  param?: string | null
}

/** The 400 a reasoning model gives, or undefined when the request is one it accepts. */
function findRefusedParameter(body: Record<string, unknown>): WireError | undefined {
  if (typeof body.model !== 'string' || body.model === '') {
    return { type: 'invalid_request_error', code: null, param: 'model', message: 'you must provide a model parameter' }
  }
  if ('temperature' in body && body.temperature !== 1) {
    return {
      type: 'invalid_request_error',
      code: 'unsupported_value',
      param: 'temperature',
      message: `Unsupported value: 'temperature' does not support ${String(body.temperature)} with this model. Only the default (1) value is supported.`,
    }
  }
  if ('max_tokens' in body) {
    return {
      type: 'invalid_request_error',
      code: 'unsupported_parameter',
      param: 'max_tokens',
      message: "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
    }
  }
  const messages = body.messages
  if (!Array.isArray(messages) || messages.length === 0) {
    return { type: 'invalid_request_error', code: 'empty_array', param: 'messages', message: "Invalid 'messages': empty array." }
  }
  for (const tool of (body.tools as { function?: { name?: string; strict?: boolean; parameters?: unknown } }[] | undefined) ?? []) {
    if (!tool.function?.strict) continue
    const problem = findNonStrictSchema(tool.function.parameters, '')
    if (problem) {
      return {
        type: 'invalid_request_error',
        code: 'invalid_function_parameters',
        param: 'tools[0].function.parameters',
        message: `Invalid schema for function '${tool.function.name ?? ''}': ${problem}`,
      }
    }
  }
  return undefined
}

/** Strict mode needs `additionalProperties: false` and every property in `required`, on every object. */
function findNonStrictSchema(schema: unknown, at: string): string | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined
  const node = schema as { type?: unknown; additionalProperties?: unknown; properties?: Record<string, unknown>; required?: unknown; items?: unknown }
  if (node.type === 'object') {
    if (node.additionalProperties !== false) {
      return `In context=(${at}), 'additionalProperties' is required to be supplied and to be false.`
    }
    const required = Array.isArray(node.required) ? node.required : []
    const missing = Object.keys(node.properties ?? {}).filter((name) => !required.includes(name))
    if (missing.length > 0) {
      return `In context=(${at}), 'required' is required to be supplied and to be an array including every key in properties. Missing '${missing[0]}'.`
    }
  }
  for (const [name, property] of Object.entries(node.properties ?? {})) {
    const problem = findNonStrictSchema(property, `${at}'properties', '${name}', `)
    if (problem) return problem
  }
  return findNonStrictSchema(node.items, `${at}'items', `)
}

function sendCompletion(
  response: http.ServerResponse,
  requestId: string,
  answer: FakeOpenAiMessage | FakeOpenAiRefusal,
  body: Record<string, unknown>,
  usage: FakeOpenAiUsage,
  served: number,
): void {
  const tools = (body.tools as { type?: string; function?: { name?: string } }[] | undefined) ?? []
  const toolName = tools.find((tool) => tool.type === 'function')?.function?.name
  let message: Record<string, unknown>
  let finishReason: string
  if ('refusal' in answer) {
    message = { role: 'assistant', content: null, refusal: answer.refusal, annotations: [] }
    finishReason = 'stop'
  } else {
    const text = 'json' in answer ? JSON.stringify(answer.json) : answer.text
    // A forced named tool ends with finish_reason "stop", not "tool_calls".
    finishReason = answer.stopReason ?? 'stop'
    message = toolName
      ? {
          role: 'assistant',
          content: null,
          refusal: null,
          annotations: [],
          tool_calls: [{ id: `call_fake${String(served).padStart(20, '0')}`, type: 'function', function: { name: toolName, arguments: text } }],
        }
      : { role: 'assistant', content: text, refusal: null, annotations: [] }
  }
  send(response, requestId, 200, {
    id: `chatcmpl-fake${String(served).padStart(25, '0')}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }],
    usage: {
      prompt_tokens: usage.prompt_tokens,
      completion_tokens: usage.completion_tokens,
      total_tokens: usage.prompt_tokens + usage.completion_tokens,
      prompt_tokens_details: { cached_tokens: usage.cached_tokens, audio_tokens: 0 },
      completion_tokens_details: {
        reasoning_tokens: usage.reasoning_tokens,
        audio_tokens: 0,
        accepted_prediction_tokens: 0,
        rejected_prediction_tokens: 0,
      },
    },
    service_tier: 'default',
    system_fingerprint: null,
  })
}

function sendAnswerError(
  response: http.ServerResponse,
  requestId: string,
  answer: FakeOpenAiError,
  body: Record<string, unknown>,
  apiKey: string,
): void {
  const defaults = defaultError(answer.status, String(body.model), apiKey)
  const headers: http.OutgoingHttpHeaders = {}
  if (answer.retryAfterSeconds !== undefined) headers['retry-after'] = String(answer.retryAfterSeconds)
  sendError(
    response,
    requestId,
    answer.status,
    {
      type: answer.errorType ?? defaults.type,
      code: answer.code === undefined ? defaults.code : answer.code,
      message: answer.message ?? defaults.message,
      param: null,
    },
    headers,
  )
}

/** The API's own error for a status; a refused key is quoted with its first and last characters, as OpenAI does. */
function defaultError(status: number, model: string, apiKey: string): WireError {
  if (status === 401) {
    const masked = `${apiKey.slice(0, 3)}${'*'.repeat(Math.max(apiKey.length - 7, 0))}${apiKey.slice(-4)}`
    return {
      type: 'invalid_request_error',
      code: 'invalid_api_key',
      message: `Incorrect API key provided: ${masked}. You can find your API key at https://platform.openai.com/account/api-keys.`,
    }
  }
  if (status === 404) {
    return {
      type: 'invalid_request_error',
      code: 'model_not_found',
      message: `The model \`${model}\` does not exist or you do not have access to it.`,
    }
  }
  return errorDefaults[status] ?? { type: status >= 500 ? 'server_error' : 'invalid_request_error', code: null, message: 'Error' }
}

function sendError(
  response: http.ServerResponse,
  requestId: string,
  status: number,
  error: WireError,
  headers: http.OutgoingHttpHeaders = {},
): void {
  send(response, requestId, status, { error: { message: error.message, type: error.type, param: error.param ?? null, code: error.code } }, headers)
}

function send(
  response: http.ServerResponse,
  requestId: string,
  status: number,
  payload: unknown,
  headers: http.OutgoingHttpHeaders = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json', 'x-request-id': requestId, ...headers })
  response.end(JSON.stringify(payload))
}
