import type { FailureContext } from '../analyze/failure-context.js'
import type { Workspace } from '../analyze/workspace.js'
import { buildPromptContext } from './build-prompt-context.js'
import type { CountTokens } from './count-tokens.js'
import { fixAnswerJsonSchema } from './fix-answer.js'
import type { ProtectedPathSettings } from './protected-paths.js'
import { renderPrompt, type PromptPart, type RenderPromptInput } from './render-prompt.js'

/**
 * The whole prompt within `max_tokens_per_fix`: the cap is on everything the provider bills as
 * input (DESIGN, cost_control.yaml), so the system prompt and the `submit_fix` schema count too.
 * Over the cap even at its narrowest, the result says so and the caller opens an over-budget ticket.
 */

export const defaultMaxPromptTokens = 4000

export interface BuildFixPromptInput {
  context: FailureContext
  workspace: Workspace
  system: string
  template: string
  secondaryTemplates?: RenderPromptInput['secondaryTemplates']
  /** cost_control.yaml `limits.max_tokens_per_fix`. */
  maxPromptTokens?: number
  countTokens: CountTokens
  protectedPaths?: ProtectedPathSettings
}

export type FixPromptResult =
  | {
      fits: true
      system: string
      prompt: string
      /** Input tokens as counted (margin included): system, prompt and the answer's schema. */
      tokens: number
      parts: PromptPart[]
      /** Parts left out or narrowed to fit, in words: for the summary and the audit trail. */
      omitted: string[]
      narrowed: string[]
    }
  | { fits: false; tokens: number; maxPromptTokens: number; reason: string }

const answerSchemaText = JSON.stringify(fixAnswerJsonSchema)

export function buildFixPrompt(input: BuildFixPromptInput): FixPromptResult {
  const maxPromptTokens = input.maxPromptTokens ?? defaultMaxPromptTokens
  const { countTokens } = input
  const render = (parts: readonly PromptPart[]) =>
    renderPrompt({ template: input.template, system: input.system, context: input.context, parts, secondaryTemplates: input.secondaryTemplates })
  const tokensOf = (rendered: { system: string; prompt: string }) => countTokens(rendered.system) + countTokens(rendered.prompt) + countTokens(answerSchemaText)
  const overheadTokens = tokensOf(render([]))
  let budgetTokens = maxPromptTokens - overheadTokens
  // Counted apart, the parts can tokenize a little differently from the joined prompt: re-fit by the excess.
  for (let attempt = 0; attempt < 3; attempt++) {
    const fitted = buildPromptContext({ ...input, budgetTokens })
    if (!fitted.fits) {
      const tokens = overheadTokens + fitted.minimumTokens
      return {
        fits: false,
        tokens,
        maxPromptTokens,
        reason: `The smallest prompt that still shows the failure needs about ${tokens} tokens, over max_tokens_per_fix (${maxPromptTokens}).`,
      }
    }
    const rendered = render(fitted.parts)
    const tokens = tokensOf(rendered)
    if (tokens <= maxPromptTokens) return { fits: true, ...rendered, tokens, parts: fitted.parts, omitted: fitted.omitted, narrowed: fitted.narrowed }
    budgetTokens -= tokens - maxPromptTokens + 8
  }
  return { fits: false, tokens: maxPromptTokens + 1, maxPromptTokens, reason: `The prompt could not be fitted under max_tokens_per_fix (${maxPromptTokens}).` }
}
