import { describe, expect, it } from 'vitest'
import { readActionSettings } from '../../src/config/action-settings.js'

const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('readActionSettings', () => {
  it('fills DESIGN defaults for inputs left empty', () => {
    const settings = readActionSettings(inputs({ 'github-token': 'ghs_x' }))
    expect(settings).toMatchObject({
      provider: 'anthropic',
      mode: 'heal',
      dryRun: false,
      allowForks: false,
      protectedBranches: ['main', 'master'],
      labels: ['auto-fix', 'ci', 'review-required'],
      closeFailedFixes: true,
      costControlPath: 'ci/cost_control.yaml',
      templatesDir: 'ci/fix_templates',
      workingDirectory: '.',
      commitAuthor: { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' },
    })
    expect(settings.apiKey).toBeUndefined()
  })

  it("takes the chosen provider's key only", () => {
    const settings = readActionSettings(inputs({ 'github-token': 'ghs_x', provider: 'openai', 'anthropic-api-key': 'a', 'openai-api-key': 'o' }))
    expect(settings.apiKey).toBe('o')
  })

  it.each([
    [{ 'dry-run': 'yes' }, "Input 'dry-run' is 'yes', not true or false."],
    [{ provider: 'gemini' }, "Input 'provider' is 'gemini'."],
    [{ mode: 'fix' }, "Input 'mode' is 'fix'."],
    [{ 'commit-author': 'bot' }, "Input 'commit-author' is 'bot', not 'Name <email>'."],
    [{ 'github-token': '' }, "Input 'github-token' is empty."],
  ])('refuses %j with a message naming the input', (values, message) => {
    expect(() => readActionSettings(inputs({ 'github-token': 'ghs_x', ...values }))).toThrow(message)
  })
})
