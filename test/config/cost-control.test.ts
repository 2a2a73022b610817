import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import {
  configuredModelWarnings,
  defaultCostControl,
  loadCostControlFile,
  parseCostControl,
} from '../../src/config/cost-control.js'
import { priceOf } from '../../src/config/models.js'
import { ConfigError } from '../../src/errors.js'

const shippedPath = new URL('../../ci/cost_control.yaml', import.meta.url)
const fileName = 'ci/cost_control.yaml'

/** The spec's "Budget Configuration" block, verbatim: retired and never-served model ids included. */
const specYaml = `limits:
  max_fixes_per_day: 10        # Max auto-fixes per day
  max_fixes_per_pr: 3          # Max fixes per PR
  max_tokens_per_fix: 4000     # Token limit per fix

providers:
  anthropic:
    model: "claude-sonnet-4-5-20241022"
    max_cost_per_month_usd: 50

  openai:
    model: "gpt-4o-mini"
    max_cost_per_month_usd: 20

alert_thresholds:
  daily_fixes: 5               # Alert if > 5 fixes/day
  monthly_cost_usd: 30         # Alert if approaching budget

exclude_fix_types:
  - manual                     # Never auto-fix
  - unknown                    # Require investigation
`

function configErrorOf(text: string): ConfigError {
  try {
    parseCostControl(text, fileName)
  } catch (error) {
    if (error instanceof ConfigError) return error
    throw error
  }
  throw new Error('expected a ConfigError')
}

describe('parseCostControl', () => {
  it('reads the shipped ci/cost_control.yaml as exactly the built-in defaults', async () => {
    const text = await readFile(shippedPath, 'utf8')
    expect(parseCostControl(text, fileName)).toEqual(defaultCostControl)
  })

  it('has the spec limits and current models as defaults', () => {
    expect(defaultCostControl).toEqual({
      limits: { max_fixes_per_day: 10, max_fixes_per_pr: 3, max_tokens_per_fix: 4000, max_output_tokens_per_fix: 2000 },
      providers: {
        anthropic: { model: 'claude-sonnet-5-5', max_cost_per_month_usd: 50, prices: {} },
        openai: { model: 'gpt-6-luna', max_cost_per_month_usd: 20, prices: {} },
      },
      alert_thresholds: { daily_fixes: 5, monthly_cost_usd: 30 },
      exclude_fix_types: ['manual', 'unknown'],
    })
    expect(configuredModelWarnings(defaultCostControl, new Date('2026-11-01T00:00:00Z'))).toEqual([])
  })

  it("reads the spec's own file and fills our extension with its default", () => {
    const config = parseCostControl(specYaml, fileName)
    expect(config.providers.anthropic.model).toBe('claude-sonnet-4-5-20241022')
    expect(config.providers.openai.model).toBe('gpt-4o-mini')
    expect(config.limits.max_output_tokens_per_fix).toBe(2000)
  })

  it("warns about the spec's models, naming what to use instead", () => {
    const warnings = configuredModelWarnings(parseCostControl(specYaml, fileName), new Date('2026-12-01T00:00:00Z'))
    expect(warnings).toEqual([
      expect.stringMatching(/^providers\.anthropic\.model: claude-sonnet-4-5-20241022 was never .*use claude-sonnet-5-5/),
      expect.stringMatching(/^providers\.openai\.model: gpt-4o-mini retires on 2027-01-14 .*use gpt-6-luna/),
    ])
  })

  it('fills every default into a partial file', () => {
    const config = parseCostControl('limits:\n  max_fixes_per_day: 2\nproviders:\n  openai:\n    model: gpt-5-mini\n', fileName)
    expect(config.limits).toEqual({ ...defaultCostControl.limits, max_fixes_per_day: 2 })
    expect(config.providers.openai).toEqual({ ...defaultCostControl.providers.openai, model: 'gpt-5-mini' })
    expect(config.providers.anthropic).toEqual(defaultCostControl.providers.anthropic)
  })

  it.each(['', '# only a comment\n'])('reads an empty file (%j) as the defaults', (text) => {
    expect(parseCostControl(text, fileName)).toEqual(defaultCostControl)
  })

  it('names the key, the line and the likely spelling of a typo', () => {
    const text = specYaml.replace('max_fixes_per_pr:', 'max_fixes_per_dya:')
    const error = configErrorOf(text)
    expect(error.message).toBe(
      'ci/cost_control.yaml:3: limits.max_fixes_per_dya is not a known key (did you mean max_fixes_per_pr?)',
    )
    expect(error.remedy).toMatch(/default branch/)
  })

  it('suggests the key the mapping lacks', () => {
    const text = specYaml.replace('max_fixes_per_day:', 'max_fixes_per_dya:')
    expect(configErrorOf(text).message).toBe(
      'ci/cost_control.yaml:2: limits.max_fixes_per_dya is not a known key (did you mean max_fixes_per_day?)',
    )
  })

  it('lists the known keys when a key resembles none of them', () => {
    const error = configErrorOf('alert_thresholds:\n  daily_fixes: 5\n  colour: blue\n')
    expect(error.message).toBe(
      'ci/cost_control.yaml:3: alert_thresholds.colour is not a known key (known keys: daily_fixes, monthly_cost_usd)',
    )
  })

  it('rejects a misspelt provider and a misspelt top-level key', () => {
    const error = configErrorOf('limts:\n  max_fixes_per_day: 1\nproviders:\n  anthropc:\n    model: x\n')
    expect(error.message).toBe(
      [
        'ci/cost_control.yaml:1: limts is not a known key (did you mean limits?)',
        'ci/cost_control.yaml:4: providers.anthropc is not a known key (did you mean anthropic?)',
      ].join('\n'),
    )
  })

  it.each([
    {
      name: 'text for a count',
      text: specYaml.replace('max_fixes_per_day: 10', 'max_fixes_per_day: ten'),
      message: 'ci/cost_control.yaml:2: limits.max_fixes_per_day must be a whole number (got "ten")',
    },
    {
      name: 'a fraction for a count',
      text: specYaml.replace('daily_fixes: 5', 'daily_fixes: 2.5'),
      message: 'ci/cost_control.yaml:16: alert_thresholds.daily_fixes must be a whole number (got 2.5)',
    },
    {
      name: 'a negative budget',
      text: specYaml.replace('max_cost_per_month_usd: 20', 'max_cost_per_month_usd: -1'),
      message: 'ci/cost_control.yaml:13: providers.openai.max_cost_per_month_usd must be at least 0 (got -1)',
    },
    {
      name: 'a quoted number',
      text: specYaml.replace('monthly_cost_usd: 30', 'monthly_cost_usd: "30"'),
      message: 'ci/cost_control.yaml:17: alert_thresholds.monthly_cost_usd must be a number (got "30")',
    },
    {
      name: 'an empty value',
      text: specYaml.replace('max_tokens_per_fix: 4000', 'max_tokens_per_fix:'),
      message: 'ci/cost_control.yaml:4: limits.max_tokens_per_fix must be a whole number (got an empty value)',
    },
    {
      name: 'an unknown fix type',
      text: specYaml.replace('- unknown ', '- lnit    '),
      message:
        'ci/cost_control.yaml:21: exclude_fix_types[1] must be one of warning, import_error, type_error, ' +
        'flaky_test, lint, drift, unknown, manual (got "lnit")',
    },
    {
      name: 'a single value for a list',
      text: 'exclude_fix_types: manual\n',
      message: 'ci/cost_control.yaml:1: exclude_fix_types must be a list (got "manual")',
    },
    {
      name: 'a list for the whole file',
      text: '- limits\n',
      message: 'ci/cost_control.yaml:1: the file must be a mapping of keys (got a list)',
    },
  ])('names the key and line of $name', ({ text, message }) => {
    expect(configErrorOf(text).message).toBe(message)
  })

  it('names the line of a YAML syntax error', () => {
    const text = 'limits:\n  max_fixes_per_day: 10\n  max_fixes_per_pr: [3\nproviders: {}\n'
    expect(configErrorOf(text).message).toMatch(/^ci\/cost_control\.yaml:4: YAML syntax error: /)
    expect(configErrorOf('limits:\n  a: 1\n a: 2\n').message).toMatch(/^ci\/cost_control\.yaml:3: YAML syntax error: /)
  })

  it('rejects a key given twice', () => {
    expect(configErrorOf('limits:\n  max_fixes_per_day: 1\n  max_fixes_per_day: 2\n').message).toMatch(
      /^ci\/cost_control\.yaml:3: YAML syntax error: .*unique/i,
    )
  })
})

describe('price overrides', () => {
  const text = `providers:
  anthropic:
    prices:
      claude-sonnet-5-5: { input_per_mtok: 1.5, output_per_mtok: 7.5 }
      claude-private-1: { input_per_mtok: 4, output_per_mtok: 20 }
`
  it('win over the table, price unknown models and leave the rest alone', () => {
    const { prices } = parseCostControl(text, fileName).providers.anthropic
    expect(priceOf('anthropic', 'claude-sonnet-5-5', prices)).toEqual({ input_per_mtok: 1.5, output_per_mtok: 7.5 })
    expect(priceOf('anthropic', 'claude-private-1', prices)).toEqual({ input_per_mtok: 4, output_per_mtok: 20 })
    expect(priceOf('anthropic', 'claude-sonnet-4-5', prices)).toEqual({ input_per_mtok: 3, output_per_mtok: 15 })
  })

  it('need both prices, under their exact names', () => {
    const error = configErrorOf(
      'providers:\n  openai:\n    prices:\n      gpt-4.1: { input_per_mtok: 2, output_per_mtk: 8 }\n',
    )
    expect(error.message).toBe(
      [
        'ci/cost_control.yaml:4: providers.openai.prices["gpt-4.1"].output_per_mtok is missing (it must be a number)',
        'ci/cost_control.yaml:4: providers.openai.prices["gpt-4.1"].output_per_mtk is not a known key (did you mean output_per_mtok?)',
      ].join('\n'),
    )
  })
})

describe('loadCostControlFile', () => {
  async function temporaryDirectory(): Promise<string> {
    const directory = await mkdtemp(join(tmpdir(), 'autoheal-config-'))
    onTestFinished(() => rm(directory, { recursive: true, force: true }))
    return directory
  }

  it('reads and validates a file', async () => {
    const path = join(await temporaryDirectory(), 'cost_control.yaml')
    await writeFile(path, 'limits:\n  max_fixes_per_pr: 1\n')
    const loaded = await loadCostControlFile(path)
    expect(loaded.config.limits.max_fixes_per_pr).toBe(1)
    expect(loaded.notice).toBeUndefined()
  })

  it('names the path it was given in errors', async () => {
    const path = join(await temporaryDirectory(), 'budget.yaml')
    await writeFile(path, 'limits:\n  max_fixes: 1\n')
    await expect(loadCostControlFile(path)).rejects.toThrow(`${path}:2: limits.max_fixes is not a known key`)
  })

  it('falls back to the defaults with a notice when the file is absent', async () => {
    const path = join(await temporaryDirectory(), 'missing.yaml')
    const loaded = await loadCostControlFile(path)
    expect(loaded.config).toEqual(defaultCostControl)
    expect(loaded.notice).toBe(
      `${path} not found: using the built-in limits (10 fixes a day, 3 per branch, 4000 prompt tokens and ` +
        '2000 answer tokens per fix) and models (anthropic claude-sonnet-5-5, openai gpt-6-luna).',
    )
  })

  it('reports a path it cannot read as a configuration error', async () => {
    const directory = await temporaryDirectory()
    await expect(loadCostControlFile(directory)).rejects.toBeInstanceOf(ConfigError)
  })
})
