import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { inspect } from 'node:util'
import { describe, expect, it, onTestFinished } from 'vitest'
import { answerToolName, fixAnswerJsonSchema } from '../../../src/fix/fix-answer.js'
import { ProviderError, type CompletionRequest } from '../../../src/fix/llm-client.js'
import type { ProviderClientOptions } from '../../../src/fix/providers/client-options.js'
import { createOpenAiClient } from '../../../src/fix/providers/openai.js'
import { startFakeOpenAi, type FakeOpenAiOptions } from '../../fakes/fake-openai.js'

const apiKey = 'sk-proj-testKeyForFakes000000000000000000000000000000000000000000'
const answer = {
  summary: 'Import the renamed helper.',
  edits: [{ path: 'src/app.ts', old_text: "import { parse } from './utils.js'", new_text: "import { parseArgs } from './utils.js'" }],
}
const request: CompletionRequest = {
  model: 'gpt-6-luna',
  system: 'You fix CI failures. Answer with submit_fix.',
  prompt: "The test failed with SyntaxError: The requested module './utils.js' does not provide an export named 'parse'.",
  maxOutputTokens: 2000,
}

async function clientWithFake(fakeOptions: FakeOpenAiOptions, clientOptions: Partial<ProviderClientOptions> = {}) {
  const fake = await startFakeOpenAi(fakeOptions)
  onTestFinished(() => fake.close())
  const client = createOpenAiClient({ apiKey, baseUrl: fake.url, maxRetries: 0, ...clientOptions })
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

describe('createOpenAiClient', () => {
  it('returns the tool call as the answer, with the billed usage and the model', async () => {
    const { client } = await clientWithFake({
      answers: [{ json: answer, usage: { prompt_tokens: 3100, completion_tokens: 900, reasoning_tokens: 640, cached_tokens: 1024 } }],
    })

    const completion = await client.complete(request)

    expect(client.provider).toBe('openai')
    expect(completion).toEqual({
      answer,
      rawText: JSON.stringify(answer),
      // Cached prompt tokens are inside prompt_tokens, reasoning tokens inside completion_tokens.
      usage: { inputTokens: 3100, outputTokens: 900 },
      model: 'gpt-6-luna',
      stopReason: 'stop',
    })
  })

  it('asks for the strict submit_fix tool by name, with the budget and the system prompt, and no temperature', async () => {
    const { fake, client } = await clientWithFake({ answers: [{ json: answer }] })

    await client.complete(request)

    const [sent] = fake.requests
    expect(sent?.method).toBe('POST')
    expect(sent?.path).toBe('/v1/chat/completions')
    expect(sent?.body).toMatchObject({
      model: 'gpt-6-luna',
      max_completion_tokens: 2000,
      messages: [
        { role: 'system', content: request.system },
        { role: 'user', content: request.prompt },
      ],
      tools: [{ type: 'function', function: { name: answerToolName, strict: true, parameters: fixAnswerJsonSchema } }],
      tool_choice: { type: 'function', function: { name: answerToolName } },
    })
    for (const refused of ['temperature', 'top_p', 'max_tokens', 'reasoning_effort']) {
      expect(sent?.body).not.toHaveProperty(refused)
    }
  })

  it('sends the key as a bearer token, and no organization or project from the environment', async () => {
    const { fake, client } = await clientWithFake({ answers: [{ json: answer }] })

    await client.complete(request)

    const headers = fake.requests[0]?.headers
    expect(headers?.authorization).toBe(`Bearer ${apiKey}`)
    expect(headers?.['openai-organization']).toBeUndefined()
    expect(headers?.['openai-project']).toBeUndefined()
  })

  it('sends a retry as alternating turns that end with the user', async () => {
    const { fake, client } = await clientWithFake({ answers: [{ json: answer }] })
    const rejected = '{"summary":"x","edits":[{"path":"src/app.ts","old_text":"nope","new_text":"y"}]}'

    await client.complete({
      ...request,
      history: [
        { role: 'assistant', text: rejected },
        { role: 'user', text: 'Rejected: old_text "nope" does not occur in src/app.ts.' },
      ],
    })

    expect(fake.requests[0]?.body.messages).toEqual([
      { role: 'system', content: request.system },
      { role: 'user', content: request.prompt },
      { role: 'assistant', content: rejected },
      { role: 'user', content: 'Rejected: old_text "nope" does not occur in src/app.ts.' },
    ])
  })

  it('honours the base URL, gateway path included', async () => {
    const { fake, client } = await clientWithFake({ answers: [{ json: answer }], pathPrefix: '/gateway/openai' })

    await client.complete(request)

    expect(fake.url).toMatch(/\/gateway\/openai\/v1$/)
    expect(fake.requests[0]?.path).toBe('/gateway/openai/v1/chat/completions')
  })

  it('returns malformed JSON arguments as raw text with no answer', async () => {
    const { client } = await clientWithFake({ answers: [{ text: '{"summary": "Import the renamed' }] })

    const completion = await client.complete(request)

    expect(completion.answer).toBeUndefined()
    expect(completion.rawText).toBe('{"summary": "Import the renamed')
  })

  it('returns an answer cut by the token cap, and a refusal, with their stop reasons', async () => {
    const { client } = await clientWithFake({
      answers: [
        { stopReason: 'length', text: '{"summary": "Import the', usage: { completion_tokens: 2000 } },
        { refusal: "I'm sorry, I can't help with that." },
      ],
    })

    const cut = await client.complete(request)
    const refused = await client.complete(request)

    expect(cut).toMatchObject({ answer: undefined, stopReason: 'length', usage: { outputTokens: 2000 } })
    expect(refused).toMatchObject({ answer: undefined, rawText: "I'm sorry, I can't help with that.", stopReason: 'refusal' })
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
    const { client } = await clientWithFake({ answers: [{ status: 401 }] })

    const error = await providerErrorOf(client.complete(request))

    expect(error.kind).toBe('authentication')
    expect(error.remedy).toContain('openai-api-key')
    // The API quotes the key's first and last characters; our message leaves its sentence out.
    expect(error.message).not.toContain('Incorrect API key provided')
    for (const text of [error.message, error.remedy, inspect(error, { depth: 10 })]) expect(text).not.toContain(apiKey)
  })

  it('reports an unknown model, naming it and where it is configured', async () => {
    const { client } = await clientWithFake({ answers: [{ status: 404 }] })

    const error = await providerErrorOf(client.complete({ ...request, model: 'gpt-4o-mini-2099' }))

    expect(error.kind).toBe('unknown-model')
    expect(error.message).toContain('gpt-4o-mini-2099')
    expect(error.remedy).toContain('model gpt-4o-mini-2099 is not served; see ci/cost_control.yaml providers.openai.model')
  })

  it.each([
    {
      name: 'a spent quota (a 429 that is not a rate limit)',
      answer: {
        status: 429,
        errorType: 'insufficient_quota',
        code: 'insufficient_quota',
        message: 'You exceeded your current quota, please check your plan and billing details.',
      },
      kind: 'credit-exhausted',
    },
    {
      name: 'a prompt longer than the context',
      answer: {
        status: 400,
        errorType: 'invalid_request_error',
        code: 'context_length_exceeded',
        message: "This model's maximum context length is 128000 tokens. However, your messages resulted in 131072 tokens.",
      },
      kind: 'context-too-long',
    },
    { name: 'any other 400', answer: { status: 400 }, kind: 'invalid-request' },
    { name: 'a 403', answer: { status: 403 }, kind: 'permission' },
    { name: 'a rate limit past the retries', answer: { status: 429 }, kind: 'rate-limited' },
    { name: 'a 503', answer: { status: 503 }, kind: 'overloaded' },
    { name: 'a 502', answer: { status: 502 }, kind: 'server' },
  ] as const)('maps $name to $kind', async ({ answer: failing, kind }) => {
    const { client } = await clientWithFake({ answers: [failing] })

    const error = await providerErrorOf(client.complete(request))

    expect(error.kind).toBe(kind)
    expect(error.status).toBe(failing.status)
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
    const client = createOpenAiClient({ apiKey, baseUrl: `http://127.0.0.1:${port}/v1`, maxRetries: 0 })

    const error = await providerErrorOf(client.complete(request))

    expect(error.kind).toBe('network')
    expect(error.message).not.toContain(apiKey)
  })
})

describe('the OpenAI fake', () => {
  it.each([
    { name: 'a temperature', extra: { temperature: 0.2 } },
    { name: 'max_tokens', extra: { max_tokens: 100 } },
    {
      name: 'a strict tool whose schema strict mode cannot take',
      extra: {
        tools: [{ type: 'function', function: { name: 'f', strict: true, parameters: { type: 'object', properties: { a: { type: 'string' } } } } }],
      },
    },
  ])('answers 400 to $name, as a reasoning model does', async ({ extra }) => {
    const fake = await startFakeOpenAi({ answers: [{ json: answer }] })
    onTestFinished(() => fake.close())

    const response = await fetch(`${fake.url}/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ model: 'gpt-6-luna', messages: [{ role: 'user', content: 'fix it' }], ...extra }),
    })

    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: { type: 'invalid_request_error' } })
  })
})
