import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { inspect } from 'node:util'
import { describe, expect, it, onTestFinished } from 'vitest'
import { fixAnswerJsonSchema } from '../../../src/fix/fix-answer.js'
import { ProviderError, type CompletionRequest } from '../../../src/fix/llm-client.js'
import { createAnthropicClient } from '../../../src/fix/providers/anthropic.js'
import type { ProviderClientOptions } from '../../../src/fix/providers/client-options.js'
import { startFakeAnthropic, type FakeAnthropicOptions } from '../../fakes/fake-anthropic.js'

const apiKey = 'sk-ant-api03-testKeyForFakes0000000000000000000000000000000000'
const answer = {
  summary: 'Import the renamed helper.',
  edits: [{ path: 'src/app.py', old_text: 'from utils import parse', new_text: 'from utils import parse_args' }],
}
const request: CompletionRequest = {
  model: 'claude-sonnet-5-5',
  system: 'You fix CI failures. Answer with submit_fix.',
  prompt: 'The test failed with ImportError: cannot import name parse.',
  maxOutputTokens: 2000,
}

async function clientWithFake(fakeOptions: FakeAnthropicOptions, clientOptions: Partial<ProviderClientOptions> = {}) {
  const fake = await startFakeAnthropic(fakeOptions)
  onTestFinished(() => fake.close())
  const client = createAnthropicClient({ apiKey, baseUrl: fake.url, maxRetries: 0, ...clientOptions })
  return { fake, client }
}

async function providerErrorOf(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  expect(error).toBeInstanceOf(ProviderError)
  return error as ProviderError
}

describe('createAnthropicClient', () => {
  it('returns the structured answer, the billed usage and the model', async () => {
    const { fake, client } = await clientWithFake({
      answers: [
        {
          json: answer,
          thinking: 'The helper was renamed to parse_args.',
          usage: { input_tokens: 900, cache_creation_input_tokens: 2000, cache_read_input_tokens: 300, output_tokens: 512 },
        },
      ],
    })

    const completion = await client.complete(request)

    expect(client.provider).toBe('anthropic')
    expect(completion).toEqual({
      answer,
      rawText: JSON.stringify(answer),
      usage: { inputTokens: 3200, outputTokens: 512 },
      model: 'claude-sonnet-5-5',
      stopReason: 'end_turn',
    })
    expect(fake.requests).toHaveLength(1)
  })

  it('asks with structured outputs, the budget and the system prompt, and nothing a current model refuses', async () => {
    const { fake, client } = await clientWithFake({ answers: [{ json: answer }] })

    await client.complete(request)

    const [sent] = fake.requests
    expect(sent?.method).toBe('POST')
    expect(sent?.path).toBe('/v1/messages')
    expect(sent?.body).toMatchObject({
      model: 'claude-sonnet-5-5',
      max_tokens: 2000,
      system: request.system,
      messages: [{ role: 'user', content: request.prompt }],
      output_config: { format: { type: 'json_schema', schema: fixAnswerJsonSchema } },
    })
    expect(['low', 'medium']).toContain((sent?.body.output_config as { effort?: string }).effort)
    for (const refused of ['temperature', 'top_p', 'top_k', 'tool_choice', 'thinking']) {
      expect(sent?.body).not.toHaveProperty(refused)
    }
  })

  // @anthropic-ai/sdk 1.x speaks API version 2026-10-21 and sends the key as a bearer token, no
  // longer as x-api-key (src/client.ts `apiKeyAuth`): a gateway that reads X-Api-Key must follow.
  it('sends the key as a bearer token with anthropic-version 2026-10-21', async () => {
    const { fake, client } = await clientWithFake({ answers: [{ json: answer }] })

    await client.complete(request)

    const headers = fake.requests[0]?.headers
    expect(headers?.authorization).toBe(`Bearer ${apiKey}`)
    expect(headers?.['anthropic-version']).toBe('2026-10-21')
    expect(headers?.['x-api-key']).toBeUndefined()
  })

  it('sends a retry as alternating turns that end with the user', async () => {
    const { fake, client } = await clientWithFake({ answers: [{ json: answer }] })
    const rejected = '{"summary":"x","edits":[{"path":"src/app.py","old_text":"nope","new_text":"y"}]}'

    await client.complete({
      ...request,
      history: [
        { role: 'assistant', text: rejected },
        { role: 'user', text: 'Rejected: old_text "nope" does not occur in src/app.py.' },
      ],
    })

    expect(fake.requests[0]?.body.messages).toEqual([
      { role: 'user', content: request.prompt },
      { role: 'assistant', content: rejected },
      { role: 'user', content: 'Rejected: old_text "nope" does not occur in src/app.py.' },
    ])
  })

  it('refuses a history that would end with an assistant turn (a prefill) before calling', async () => {
    const { fake, client } = await clientWithFake({ answers: [{ json: answer }] })

    await expect(client.complete({ ...request, history: [{ role: 'assistant', text: '{' }] })).rejects.toThrow(/user turn/)
    expect(fake.requests).toHaveLength(0)
  })

  it('honours the base URL, gateway path included', async () => {
    const { fake, client } = await clientWithFake({ answers: [{ json: answer }], pathPrefix: '/gateway/anthropic' })

    await client.complete(request)

    expect(fake.url).toMatch(/\/gateway\/anthropic$/)
    expect(fake.requests[0]?.path).toBe('/gateway/anthropic/v1/messages')
  })

  it('returns malformed JSON as raw text with no answer, for the caller to reject', async () => {
    const { client } = await clientWithFake({ answers: [{ text: '{"summary": "Import the renamed' }] })

    const completion = await client.complete(request)

    expect(completion.answer).toBeUndefined()
    expect(completion.rawText).toBe('{"summary": "Import the renamed')
  })

  it('returns an answer cut by max_tokens, and a refusal, with their stop reasons', async () => {
    const { client } = await clientWithFake({
      answers: [
        { stopReason: 'max_tokens', text: '{"summary": "Import the', usage: { output_tokens: 2000 } },
        { stopReason: 'refusal', text: '' },
      ],
    })

    const cut = await client.complete(request)
    const refused = await client.complete(request)

    expect(cut).toMatchObject({ answer: undefined, stopReason: 'max_tokens', usage: { outputTokens: 2000 } })
    expect(refused).toMatchObject({ answer: undefined, rawText: '', stopReason: 'refusal' })
  })

  it('waits for retry-after on a 429, then succeeds', async () => {
    const { fake, client } = await clientWithFake(
      { answers: [{ status: 429, retryAfterSeconds: 1 }, { json: answer }] },
      { maxRetries: 1 },
    )

    const completion = await client.complete(request)

    expect(completion.answer).toEqual(answer)
    expect(fake.requests).toHaveLength(2)
    // The SDK's own first backoff is at most 0.5 s: a gap of a second is the header's.
    const [first, second] = fake.requests
    expect((second?.receivedAtMs ?? 0) - (first?.receivedAtMs ?? 0)).toBeGreaterThanOrEqual(950)
  })

  it('gives up after its retries on repeated 500s, as a server error', async () => {
    const { fake, client } = await clientWithFake({ answers: [{ status: 500 }, { status: 500 }] }, { maxRetries: 1 })

    const error = await providerErrorOf(client.complete(request))

    expect(error.kind).toBe('server')
    expect(error.status).toBe(500)
    expect(fake.requests).toHaveLength(2)
  })

  it('reports a refused key as authentication, naming the secret and never the key', async () => {
    const { fake, client } = await clientWithFake({ answers: [{ status: 401 }] })

    const error = await providerErrorOf(client.complete(request))

    expect(error.kind).toBe('authentication')
    expect(error.status).toBe(401)
    expect(error.remedy).toContain('anthropic-api-key')
    expect(error.message).toMatch(/request req_fake/)
    expect(fake.requests).toHaveLength(1)
    for (const text of [error.message, error.remedy, inspect(error, { depth: 10 })]) expect(text).not.toContain(apiKey)
  })

  it('reports an unknown model, naming it and where it is configured', async () => {
    const { client } = await clientWithFake({ answers: [{ status: 404 }] })

    const error = await providerErrorOf(client.complete({ ...request, model: 'claude-sonnet-4-5-20241022' }))

    expect(error.kind).toBe('unknown-model')
    expect(error.message).toContain('claude-sonnet-4-5-20241022')
    expect(error.remedy).toContain('model claude-sonnet-4-5-20241022 is not served; see ci/cost_control.yaml providers.anthropic.model')
  })

  it.each([
    {
      name: 'a spent prepaid balance (a 400)',
      answer: {
        status: 400,
        errorType: 'invalid_request_error',
        message: 'Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits.',
      },
      kind: 'credit-exhausted',
    },
    { name: 'a billing error (a 402)', answer: { status: 402 }, kind: 'credit-exhausted' },
    {
      name: 'a prompt longer than the context',
      answer: { status: 400, errorType: 'invalid_request_error', message: 'prompt is too long: 215432 tokens > 200000 maximum' },
      kind: 'context-too-long',
    },
    {
      name: 'any other 400',
      answer: { status: 400, errorType: 'invalid_request_error', message: 'messages.0.content: Field required' },
      kind: 'invalid-request',
    },
    { name: 'a 403', answer: { status: 403 }, kind: 'permission' },
    { name: 'a 429 past the retries', answer: { status: 429, retryAfterSeconds: 0 }, kind: 'rate-limited' },
    { name: 'a 529', answer: { status: 529 }, kind: 'overloaded' },
    { name: 'a 503', answer: { status: 503, errorType: 'api_error', message: 'Service unavailable' }, kind: 'overloaded' },
    { name: 'a 502', answer: { status: 502, errorType: 'api_error', message: 'Bad gateway' }, kind: 'server' },
  ] as const)('maps $name to $kind', async ({ answer: failing, kind }) => {
    const { client } = await clientWithFake({ answers: [failing] })

    const error = await providerErrorOf(client.complete(request))

    expect(error.kind).toBe(kind)
    expect(error.status).toBe(failing.status)
    expect(error.remedy).not.toBe('')
  })

  it('says the API message of an invalid request, for the bug report', async () => {
    const { client } = await clientWithFake({
      answers: [{ status: 400, errorType: 'invalid_request_error', message: 'messages.0.content: Field required' }],
    })

    const error = await providerErrorOf(client.complete(request))

    expect(error.message).toContain('messages.0.content: Field required')
  })

  it('reports an answer slower than the timeout as a timeout', async () => {
    const { client } = await clientWithFake({ answers: [{ json: answer, delayMs: 2_000 }] }, { timeoutMs: 200 })

    const error = await providerErrorOf(client.complete(request))

    expect(error.kind).toBe('timeout')
  })

  it('reports an unreachable base URL as a network error', async () => {
    const closed = http.createServer()
    const port = await new Promise<number>((resolve) => closed.listen(0, '127.0.0.1', () => resolve((closed.address() as AddressInfo).port)))
    await new Promise((resolve) => closed.close(resolve))
    const client = createAnthropicClient({ apiKey, baseUrl: `http://127.0.0.1:${port}`, maxRetries: 0 })

    const error = await providerErrorOf(client.complete(request))

    expect(error.kind).toBe('network')
    expect(error.message).toContain(`127.0.0.1:${port}`)
    expect(error.message).not.toContain(apiKey)
  })
})

describe('the Anthropic fake', () => {
  it.each([
    { name: 'temperature', extra: { temperature: 0 } },
    { name: 'top_p', extra: { top_p: 0.9 } },
    { name: 'top_k', extra: { top_k: 5 } },
    { name: 'a forced tool', extra: { tool_choice: { type: 'tool', name: 'submit_fix' } } },
    { name: 'any tool', extra: { tool_choice: { type: 'any' } } },
    { name: 'a thinking budget', extra: { thinking: { type: 'enabled', budget_tokens: 1024 } } },
    { name: 'thinking disabled', extra: { thinking: { type: 'disabled' } } },
    {
      name: 'an assistant prefill',
      extra: { messages: [{ role: 'user', content: 'fix it' }, { role: 'assistant', content: '{' }] },
    },
  ])('answers 400 to $name, as a current Claude model does', async ({ extra }) => {
    const fake = await startFakeAnthropic({ answers: [{ json: answer }] })
    onTestFinished(() => fake.close())

    const response = await fetch(`${fake.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': apiKey, 'anthropic-version': '2026-10-21' },
      body: JSON.stringify({ model: 'claude-sonnet-5-5', max_tokens: 100, messages: [{ role: 'user', content: 'fix it' }], ...extra }),
    })

    expect(response.status).toBe(400)
    expect(response.headers.get('request-id')).toMatch(/^req_/)
    expect(await response.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } })
  })
})
