import { providers, type Provider } from './models.js'
import { ConfigError } from '../errors.js'

/**
 * The action's inputs as one typed object (checkout's input-helper idea): every input is read
 * and checked here, once; nothing later reads an input. `getInput` is the runner's reader
 * (core.getInput in main.ts), so this stays testable without a runner.
 */
export const modes = ['heal', 'analyze', 'remind', 'metrics'] as const
export type Mode = (typeof modes)[number]

export interface ActionSettings {
  githubToken: string
  pushToken?: string
  provider: Provider
  apiKey?: string
  model?: string
  costControlPath: string
  templatesDir: string
  verifyCommand?: string
  mode: Mode
  dryRun: boolean
  allowForks: boolean
  protectedBranches: string[]
  healProtectedBranches: boolean
  requireVerified: boolean
  labels: string[]
  closeFailedFixes: boolean
  workingDirectory: string
  commitAuthor: { name: string; email: string }
}

type GetInput = (name: string) => string

function readBoolean(getInput: GetInput, name: string, fallback: boolean): boolean {
  const value = getInput(name).trim().toLowerCase()
  if (value === '') return fallback
  if (value === 'true') return true
  if (value === 'false') return false
  throw new ConfigError(`Input '${name}' is '${value}', not true or false.`, `Set ${name}: true or ${name}: false.`)
}

function readList(value: string): string[] {
  return value
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean)
}

function readAuthor(value: string): { name: string; email: string } {
  const match = /^(.+?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(value.trim())
  if (!match) throw new ConfigError(`Input 'commit-author' is '${value}', not 'Name <email>'.`, 'Write it as: commit-author: Your Bot <bot@example.com>')
  return { name: match[1]!, email: match[2]! }
}

export function readActionSettings(getInput: GetInput): ActionSettings {
  const provider = getInput('provider').trim() || 'anthropic'
  if (!(providers as readonly string[]).includes(provider)) {
    throw new ConfigError(`Input 'provider' is '${provider}'.`, `Use one of: ${providers.join(', ')}.`)
  }
  const mode = getInput('mode').trim() || 'heal'
  if (!(modes as readonly string[]).includes(mode)) throw new ConfigError(`Input 'mode' is '${mode}'.`, `Use one of: ${modes.join(', ')}.`)
  const keyInput = provider === 'anthropic' ? 'anthropic-api-key' : 'openai-api-key'
  const optional = (name: string) => getInput(name).trim() || undefined
  const githubToken = getInput('github-token').trim()
  if (!githubToken) throw new ConfigError("Input 'github-token' is empty.", 'Leave it at its default, ${{ github.token }}, or pass a token with actions: read.')
  const settings: ActionSettings = {
    githubToken,
    provider: provider as Provider,
    costControlPath: optional('cost-control') ?? 'ci/cost_control.yaml',
    templatesDir: optional('templates-dir') ?? 'ci/fix_templates',
    mode: mode as Mode,
    dryRun: readBoolean(getInput, 'dry-run', false),
    allowForks: readBoolean(getInput, 'allow-forks', false),
    protectedBranches: readList(getInput('protected-branches') || 'main,master'),
    healProtectedBranches: readBoolean(getInput, 'heal-protected-branches', false),
    requireVerified: readBoolean(getInput, 'require-verified', false),
    labels: readList(getInput('labels') || 'auto-fix,ci,review-required'),
    closeFailedFixes: readBoolean(getInput, 'close-failed-fixes', true),
    workingDirectory: optional('working-directory') ?? '.',
    commitAuthor: readAuthor(getInput('commit-author') || 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>'),
  }
  const pushToken = optional('push-token')
  const apiKey = optional(keyInput)
  const model = optional('model')
  const verifyCommand = optional('verify-command')
  return {
    ...settings,
    ...(pushToken ? { pushToken } : {}),
    ...(apiKey ? { apiKey } : {}),
    ...(model ? { model } : {}),
    ...(verifyCommand ? { verifyCommand } : {}),
  }
}
