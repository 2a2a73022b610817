import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { costUsd, priceOf } from '../../../src/config/models.js'
import { createLlmClient } from '../../../src/fix/providers/create-llm-client.js'
import { startFakeAnthropic } from '../../fakes/fake-anthropic.js'
import { startFakeOpenAi } from '../../fakes/fake-openai.js'

const answer = { summary: 'No safe fix: the failure is in a vendored file.', edits: [] }
const request = { system: 'Answer with submit_fix.', prompt: 'Fix it.', maxOutputTokens: 2000 }

describe('createLlmClient', () => {
  it('picks the Anthropic client and passes the base URL and key on', async () => {
    const fake = await startFakeAnthropic({ answers: [{ json: answer }] })
    onTestFinished(() => fake.close())

    const client = createLlmClient({ provider: 'anthropic', apiKey: 'sk-ant-api03-createTest000000', baseUrl: fake.url, maxRetries: 0 })
    const completion = await client.complete({ ...request, model: 'claude-sonnet-5-5' })

    expect(client.provider).toBe('anthropic')
    expect(completion.answer).toEqual(answer)
    expect(fake.requests[0]?.headers.authorization).toBe('Bearer sk-ant-api03-createTest000000')
  })

  it('picks the OpenAI client and passes the base URL and key on', async () => {
    const fake = await startFakeOpenAi({ answers: [{ json: answer }] })
    onTestFinished(() => fake.close())

    const client = createLlmClient({ provider: 'openai', apiKey: 'sk-proj-createTest0000000000', baseUrl: fake.url, maxRetries: 0 })
    const completion = await client.complete({ ...request, model: 'gpt-6-luna' })

    expect(client.provider).toBe('openai')
    expect(completion.answer).toEqual(answer)
    expect(fake.requests[0]?.headers.authorization).toBe('Bearer sk-proj-createTest0000000000')
  })
})

describe('the environment', () => {
  // main.ts and cli.ts read the environment into settings; the SDKs would read these on their own.
  it('reaches neither client: settings alone decide the key, the headers and the base URL', async () => {
    vi.stubEnv('ANTHROPIC_AUTH_TOKEN', 'sk-ant-oat-fromTheEnvironment')
    vi.stubEnv('OPENAI_ADMIN_KEY', 'sk-admin-fromTheEnvironment')
    vi.stubEnv('OPENAI_ORG_ID', 'org-fromTheEnvironment')
    vi.stubEnv('OPENAI_PROJECT_ID', 'proj_fromTheEnvironment')
    onTestFinished(() => {
      vi.unstubAllEnvs()
    })
    const anthropic = await startFakeAnthropic({ answers: [{ json: answer }] })
    const openai = await startFakeOpenAi({ answers: [{ json: answer }] })
    onTestFinished(() => anthropic.close())
    onTestFinished(() => openai.close())

    await createLlmClient({ provider: 'anthropic', apiKey: 'sk-ant-api03-settings00000', baseUrl: anthropic.url, maxRetries: 0 })
      .complete({ ...request, model: 'claude-sonnet-5-5' })
    await createLlmClient({ provider: 'openai', apiKey: 'sk-proj-settings000000000', baseUrl: openai.url, maxRetries: 0 })
      .complete({ ...request, model: 'gpt-6-luna' })

    expect(anthropic.requests[0]?.headers.authorization).toBe('Bearer sk-ant-api03-settings00000')
    expect(openai.requests[0]?.headers.authorization).toBe('Bearer sk-proj-settings000000000')
    expect(openai.requests[0]?.headers).not.toHaveProperty('openai-organization')
    expect(openai.requests[0]?.headers).not.toHaveProperty('openai-project')
  })
})

describe('the cost of a completion', () => {
  it.each([
    // 4,000 in at $2/Mtok + 1,500 out at $10/Mtok = $0.008 + $0.015
    { provider: 'anthropic', model: 'claude-sonnet-5-5', inputTokens: 4_000, outputTokens: 1_500, dollars: 0.023 },
    // 4,000 in at $0.10/Mtok + 2,000 out at $0.50/Mtok = $0.0004 + $0.001
    { provider: 'openai', model: 'gpt-6-luna', inputTokens: 4_000, outputTokens: 2_000, dollars: 0.0014 },
    { provider: 'anthropic', model: 'claude-sonnet-5-5', inputTokens: 1_000_000, outputTokens: 1_000_000, dollars: 12 },
  ] as const)('$model: $inputTokens in, $outputTokens out = $$dollars', ({ provider, model, inputTokens, outputTokens, dollars }) => {
    const price = priceOf(provider, model)

    expect(price).toBeDefined()
    expect(costUsd(price!, inputTokens, outputTokens)).toBeCloseTo(dollars, 10)
  })
})
