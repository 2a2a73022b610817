import { describe, expect, it } from 'vitest'
import { costUsd, defaultModels, findModel, models, modelWarning, priceOf } from '../../src/config/models.js'

const on = (isoDate: string): Date => new Date(`${isoDate}T12:00:00Z`)

describe('models', () => {
  it('lists each id once, with a replacement the table itself knows as current', () => {
    expect(new Set(models.map((model) => model.id)).size).toBe(models.length)
    for (const model of models.filter((row) => row.replacement)) {
      const replacement = findModel(model.replacement ?? '')
      expect(replacement, model.id).toMatchObject({ provider: model.provider })
      expect(replacement?.retiresOn ?? replacement?.neverServed, model.id).toBeUndefined()
    }
    expect(modelWarning(defaultModels.anthropic, on('2030-01-01'))).toBeUndefined()
    expect(modelWarning(defaultModels.openai, on('2030-01-01'))).toBeUndefined()
  })
})

describe('modelWarning', () => {
  it.each([
    { model: 'claude-sonnet-4-5-20241022', today: '2026-01-01', warning: 'claude-sonnet-4-5-20241022 was never a model id Anthropic served: use claude-sonnet-5-5 instead.' },
    { model: 'claude-sonnet-4-5', today: '2026-11-30', warning: 'claude-sonnet-4-5 was retired on 2026-11-30 and its requests fail: use claude-sonnet-5-5 instead.' },
    { model: 'claude-sonnet-4-5-20250929', today: '2026-11-29', warning: 'claude-sonnet-4-5-20250929 retires on 2026-11-30 (in 1 day): use claude-sonnet-5-5 instead.' },
    { model: 'claude-sonnet-4-5', today: '2026-10-01', warning: 'claude-sonnet-4-5 retires on 2026-11-30 (in 60 days): use claude-sonnet-5-5 instead.' },
    { model: 'claude-sonnet-4-5', today: '2026-09-30', warning: undefined },
    { model: 'gpt-4o-mini', today: '2026-12-15', warning: 'gpt-4o-mini retires on 2027-01-14 (in 30 days): use gpt-6-luna instead.' },
    { model: 'gpt-5-mini', today: '2027-03-01', warning: 'gpt-5-mini was retired on 2026-12-11 and its requests fail: use gpt-6-luna instead.' },
    { model: 'claude-sonnet-5-5', today: '2026-12-01', warning: undefined },
    { model: 'some-private-model', today: '2026-12-01', warning: undefined },
  ])('$model on $today', ({ model, today, warning }) => {
    expect(modelWarning(model, on(today))).toBe(warning)
  })
})

describe('priceOf', () => {
  it.each([
    { provider: 'anthropic', model: 'claude-sonnet-5-5', price: { input_per_mtok: 2, output_per_mtok: 10 } },
    { provider: 'anthropic', model: 'claude-sonnet-4-5-20250929', price: { input_per_mtok: 3, output_per_mtok: 15 } },
    { provider: 'openai', model: 'gpt-6-luna', price: { input_per_mtok: 0.1, output_per_mtok: 0.5 } },
    { provider: 'openai', model: 'gpt-4o-mini', price: { input_per_mtok: 0.15, output_per_mtok: 0.6 } },
    { provider: 'openai', model: 'gpt-5-mini', price: { input_per_mtok: 0.25, output_per_mtok: 2 } },
    { provider: 'openai', model: 'claude-sonnet-5-5', price: undefined },
    { provider: 'anthropic', model: 'claude-unknown', price: undefined },
  ] as const)('$provider $model', ({ provider, model, price }) => {
    expect(priceOf(provider, model)).toEqual(price)
  })

  it('prefers an override, even for a model the table knows', () => {
    const overrides = { 'gpt-6-luna': { input_per_mtok: 0.2, output_per_mtok: 1 } }
    expect(priceOf('openai', 'gpt-6-luna', overrides)).toEqual({ input_per_mtok: 0.2, output_per_mtok: 1 })
    expect(priceOf('openai', 'gpt-4o-mini', overrides)).toEqual({ input_per_mtok: 0.15, output_per_mtok: 0.6 })
  })
})

describe('costUsd', () => {
  it("reproduces the spec's per-fix estimate for Sonnet 4.5 (4K in, 2K out)", () => {
    expect(costUsd({ input_per_mtok: 3, output_per_mtok: 15 }, 4000, 2000)).toBeCloseTo(0.042, 10)
  })
})
