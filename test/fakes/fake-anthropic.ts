import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local Anthropic Messages API (`POST /v1/messages`) in its wire format, behaving like a current
 * Claude model: a request with temperature/top_p/top_k, a forced tool choice, a thinking budget,
 * `thinking: disabled` or a final assistant turn (prefill) gets the 400 `invalid_request_error`
 * the real API gives, whatever is queued. Every other request takes the next queued answer.
 */
export interface FakeAnthropicOptions {
  answers: FakeAnthropicAnswer[]
  /** Usage for answers that set none. */
  usage?: Partial<FakeAnthropicUsage>
  /** Serves under this path, as a company gateway would (`/gateway` → `/gateway/v1/messages`). */
  pathPrefix?: string
}

export type FakeAnthropicAnswer = (FakeAnthropicMessage | FakeAnthropicError) & {
  /** Waits this long before answering (for client timeouts). */
  delayMs?: number
}

/** A message: `json` as the structured answer, or `text` as it stands (malformed JSON, prose). */
export type FakeAnthropicMessage = ({ json: unknown } | { text: string }) & {
  stopReason?: 'end_turn' | 'max_tokens' | 'refusal' | 'stop_sequence'
  /** A thinking block before the answer, as adaptive thinking adds. */
  thinking?: string
  usage?: Partial<FakeAnthropicUsage>
}

export interface FakeAnthropicError {
  status: number
  /** `error.type`; by default the one the API uses for the status. */
  errorType?: string
  message?: string
  /** Sent as `retry-after` (seconds). */
  retryAfterSeconds?: number
}

export interface FakeAnthropicUsage {
  input_tokens: number
  output_tokens: number
  cache_creation_input_tokens: number
  cache_read_input_tokens: number
}

export interface RecordedAnthropicRequest {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  body: Record<string, unknown>
  /** Date.now() when the request arrived: the gap between two shows the client's backoff. */
  receivedAtMs: number
}

export interface FakeAnthropic {
  /** The base URL, as ANTHROPIC_BASE_URL would give it (the SDK adds `/v1/messages`). */
  url: string
  requests: RecordedAnthropicRequest[]
  close(): Promise<void>
}

const defaultUsage: FakeAnthropicUsage = {
  input_tokens: 1200,
  output_tokens: 340,
  cache_creation_input_tokens: 0,
  cache_read_input_tokens: 0,
}

/** `error.type` and message the API sends for each status. */
const errorDefaults: Record<number, { type: string; message: string }> = {
  400: { type: 'invalid_request_error', message: 'Invalid request.' },
  401: { type: 'authentication_error', message: 'invalid x-api-key' },
  402: { type: 'billing_error', message: 'Your payment method was declined.' },
  403: { type: 'permission_error', message: 'Your API key does not have permission to use the specified resource.' },
  404: { type: 'not_found_error', message: 'Not found.' },
  413: { type: 'request_too_large', message: 'Request exceeds the maximum allowed number of bytes.' },
  429: {
    type: 'rate_limit_error',
    message: 'This request would exceed the rate limit for your organization of 50 requests per minute.',
  },
  500: { type: 'api_error', message: 'Internal server error' },
  529: { type: 'overloaded_error', message: 'Overloaded' },
}

export async function startFakeAnthropic(options: FakeAnthropicOptions): Promise<FakeAnthropic> {
  const queue = [...options.answers]
  const requests: RecordedAnthropicRequest[] = []
  const prefix = options.pathPrefix ?? ''
  let served = 0

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const requestId = `req_fake${String(++served).padStart(6, '0')}`
      const path = request.url ?? ''
      let body: Record<string, unknown> = {}
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>
      } catch {
        requests.push({ method: request.method ?? '', path, headers: request.headers, body, receivedAtMs: Date.now() })
        return sendError(response, requestId, 400, 'invalid_request_error', 'There was an issue with the request body: not JSON.')
      }
      requests.push({ method: request.method ?? '', path, headers: request.headers, body, receivedAtMs: Date.now() })

      if (request.method !== 'POST' || path !== `${prefix}/v1/messages`) {
        return sendError(response, requestId, 404, 'not_found_error', 'Not Found')
      }
      // API version 2026-10-21 takes the key as `Authorization: Bearer` (what SDK 1.x sends) or `x-api-key`.
      const hasKey = Boolean(request.headers['x-api-key']) || /^Bearer \S/.test(request.headers.authorization ?? '')
      if (!hasKey) return sendError(response, requestId, 401, 'authentication_error', 'x-api-key header is required')
      if (!request.headers['anthropic-version']) {
        return sendError(response, requestId, 400, 'invalid_request_error', 'anthropic-version: header is required')
      }
      const refusal = findRefusedParameter(body)
      if (refusal) return sendError(response, requestId, 400, 'invalid_request_error', refusal)

      const answer = queue.shift()
      if (!answer) return sendError(response, requestId, 500, 'api_error', 'fake-anthropic: no answer queued')
      const respond = () => {
        if ('status' in answer) return sendAnswerError(response, requestId, answer, body)
        sendMessage(response, requestId, answer, body, { ...defaultUsage, ...options.usage, ...answer.usage }, served)
      }
      if (answer.delayMs) setTimeout(respond, answer.delayMs)
      else respond()
    })
  })

  const url = await new Promise<string>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`))
  })
  return {
    url,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        // Keep-alive sockets, and a delayed answer's socket, would hold close() open.
        server.closeAllConnections()
      }),
  }
}

/** The 400 a current Claude model gives, or undefined when the request is one it accepts. */
function findRefusedParameter(body: Record<string, unknown>): string | undefined {
  for (const name of ['temperature', 'top_p', 'top_k']) {
    if (name in body) return `${name}: sampling parameters are not supported on this model.`
  }
  if (typeof body.model !== 'string' || body.model === '') return 'model: Field required'
  if (typeof body.max_tokens !== 'number') return 'max_tokens: Field required'
  const toolChoice = body.tool_choice as { type?: string } | undefined
  if (toolChoice?.type === 'tool' || toolChoice?.type === 'any') {
    return 'tool_choice: forcing tool use is not supported on this model; use tool_choice "auto".'
  }
  const thinking = body.thinking as { type?: string; budget_tokens?: unknown } | undefined
  if (thinking && ('budget_tokens' in thinking || thinking.type === 'enabled')) {
    return 'thinking.budget_tokens: thinking budgets are not supported on this model; use output_config.effort.'
  }
  if (thinking?.type === 'disabled') return 'thinking.type: "disabled" is not supported on this model.'
  const messages = body.messages
  if (!Array.isArray(messages) || messages.length === 0) return 'messages: at least one message is required'
  if ((messages.at(-1) as { role?: string }).role !== 'user') {
    return 'This model does not support assistant message prefill. The conversation must end with a user message.'
  }
  const format = (body.output_config as { format?: { type?: string; schema?: unknown } } | undefined)?.format
  if (format) {
    if (format.type !== 'json_schema') return 'output_config.format.type: Input should be \'json_schema\''
    const problem = findNonStrictObject(format.schema, 'schema')
    if (problem) return `output_config.format.schema: ${problem}`
  }
  return undefined
}

/** Structured outputs need `additionalProperties: false` on every object. */
function findNonStrictObject(schema: unknown, at: string): string | undefined {
  if (typeof schema !== 'object' || schema === null) return undefined
  const node = schema as { type?: unknown; additionalProperties?: unknown; properties?: Record<string, unknown>; items?: unknown }
  if (node.type === 'object' && node.additionalProperties !== false) {
    return `${at}: For 'object' type, 'additionalProperties' must be explicitly set to false`
  }
  for (const [name, property] of Object.entries(node.properties ?? {})) {
    const problem = findNonStrictObject(property, `${at}.properties.${name}`)
    if (problem) return problem
  }
  return findNonStrictObject(node.items, `${at}.items`)
}

function sendMessage(
  response: http.ServerResponse,
  requestId: string,
  answer: FakeAnthropicMessage,
  body: Record<string, unknown>,
  usage: FakeAnthropicUsage,
  served: number,
): void {
  const text = 'json' in answer ? JSON.stringify(answer.json) : answer.text
  const content: unknown[] = []
  if (answer.thinking) content.push({ type: 'thinking', thinking: answer.thinking, signature: 'EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds' })
  content.push({ type: 'text', text })
  send(response, requestId, 200, {
    id: `msg_fake${String(served).padStart(20, '0')}`,
    type: 'message',
    role: 'assistant',
    model: body.model,
    content,
    stop_reason: answer.stopReason ?? 'end_turn',
    stop_sequence: null,
    usage: { ...usage, service_tier: 'standard' },
  })
}

function sendAnswerError(
  response: http.ServerResponse,
  requestId: string,
  answer: FakeAnthropicError,
  body: Record<string, unknown>,
): void {
  const defaults = errorDefaults[answer.status] ?? { type: 'api_error', message: 'Error' }
  // The API names the model it does not know: `model: claude-nonexistent`.
  const message = answer.message ?? (answer.status === 404 ? `model: ${String(body.model)}` : defaults.message)
  const headers: http.OutgoingHttpHeaders = {}
  if (answer.retryAfterSeconds !== undefined) headers['retry-after'] = String(answer.retryAfterSeconds)
  sendError(response, requestId, answer.status, answer.errorType ?? defaults.type, message, headers)
}

function sendError(
  response: http.ServerResponse,
  requestId: string,
  status: number,
  type: string,
  message: string,
  headers: http.OutgoingHttpHeaders = {},
): void {
  send(response, requestId, status, { type: 'error', error: { type, message }, request_id: requestId }, headers)
}

function send(
  response: http.ServerResponse,
  requestId: string,
  status: number,
  payload: unknown,
  headers: http.OutgoingHttpHeaders = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json', 'request-id': requestId, ...headers })
  response.end(JSON.stringify(payload))
}
