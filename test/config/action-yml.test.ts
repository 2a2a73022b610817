import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { z } from 'zod'

// Copied from DESIGN.md, "The action's interface (action.yml)".
const designInputs = [
  'github-token',
  'push-token',
  'provider',
  'anthropic-api-key',
  'openai-api-key',
  'model',
  'cost-control',
  'templates-dir',
  'verify-command',
  'mode',
  'dry-run',
  'allow-forks',
  'protected-branches',
  'heal-protected-branches',
  'require-verified',
  'labels',
  'close-failed-fixes',
  'working-directory',
  'commit-author',
]
const designDefaults: Record<string, string | undefined> = {
  'github-token': '${{ github.token }}',
  'push-token': undefined,
  provider: 'anthropic',
  'anthropic-api-key': undefined,
  'openai-api-key': undefined,
  model: undefined,
  'cost-control': 'ci/cost_control.yaml',
  'templates-dir': 'ci/fix_templates',
  'verify-command': undefined,
  mode: 'heal',
  'dry-run': 'false',
  'allow-forks': 'false',
  'protected-branches': 'main,master',
  'heal-protected-branches': 'false',
  'require-verified': 'false',
  labels: 'auto-fix,ci,review-required',
  'close-failed-fixes': 'true',
  'working-directory': '.',
  'commit-author': 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
}
const designOutputs = [
  'outcome',
  'reason',
  'fix-type',
  'confidence',
  'can-auto-fix',
  'pr-url',
  'pr-number',
  'issue-url',
  'input-tokens',
  'output-tokens',
  'cost-usd',
  'context-path',
]
const outcomes = ['pr', 'issue', 'comment', 'skipped', 'analyzed', 'error']
const reasons = [
  'not-a-failure',
  'fork',
  'opted-out',
  'loop-guard',
  'protected-branch',
  'stale',
  'excluded-type',
  'not-fixable',
  'low-confidence',
  'over-budget',
  'duplicate',
  'no-safe-fix',
  'policy-rejected',
  'unsafe-diff',
  'verify-failed',
  'provider-error',
  'github-error',
  'fixed',
]

// Input values reach the action as strings: a default of `false` rather than `'false'` would still work,
// but the schema keeps every default a string as GitHub documents.
const ActionYml = z.strictObject({
  name: z.literal('Autoheal'),
  description: z.string().min(1).refine((text) => !text.includes('\n'), 'one line'),
  author: z.string().optional(),
  branding: z.strictObject({ icon: z.string().min(1), color: z.string().min(1) }),
  inputs: z.record(
    z.string(),
    z.strictObject({ description: z.string().min(1), required: z.literal(false), default: z.string().optional() }),
  ),
  outputs: z.record(z.string(), z.strictObject({ description: z.string().min(1) })),
  runs: z.strictObject({ using: z.literal('node24'), main: z.literal('dist/index.js') }),
})

const actionYml = ActionYml.parse(parse(await readFile(new URL('../../action.yml', import.meta.url), 'utf8')))

describe('action.yml', () => {
  it("lists exactly DESIGN's inputs, with its defaults", () => {
    expect(Object.keys(actionYml.inputs)).toEqual(designInputs)
    expect(Object.fromEntries(designInputs.map((name) => [name, actionYml.inputs[name]?.default]))).toEqual(designDefaults)
  })

  it("lists exactly DESIGN's outputs", () => {
    expect(Object.keys(actionYml.outputs)).toEqual(designOutputs)
  })

  it.each([
    { output: 'outcome', codes: outcomes },
    { output: 'reason', codes: reasons },
  ])('describes every code of $output', ({ output, codes }) => {
    const described = [...(actionYml.outputs[output]?.description ?? '').matchAll(/`([a-z-]+)`/g)].map((match) => match[1])
    expect(described.filter((code) => codes.includes(code ?? ''))).toEqual(codes)
  })
})
