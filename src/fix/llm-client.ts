import type { Provider } from '../config/models.js'
import { AutohealError } from '../errors.js'

/** All the fix stage knows of a provider. */
export interface LlmClient {
  readonly provider: Provider
  complete(request: CompletionRequest): Promise<Completion>
}

export interface CompletionRequest {
  model: string
  /** The policy and the answer's rules (templates/system.md, rendered). */
  system: string
  /** The rendered fix prompt: template, failure context and file excerpts, fenced as data. */
  prompt: string
  /** Caps the answer, thinking included (cost_control.yaml `max_output_tokens_per_fix`). */
  maxOutputTokens: number
  /** Earlier turns of this fix: the rejected answer and why, for the one retry. */
  history?: readonly ConversationTurn[]
}

export interface ConversationTurn {
  role: 'assistant' | 'user'
  text: string
}

export interface TokenUsage {
  /** Prompt tokens as the API billed them (cache reads and writes included). */
  inputTokens: number
  /** Answer tokens as the API billed them, thinking included. */
  outputTokens: number
}

export interface Completion {
  /** The structured answer as the API returned it, not yet validated (the fix stage does that). */
  answer: unknown
  /** The answer's raw text (JSON), for the audit trail and the retry. */
  rawText: string
  usage: TokenUsage
  /** The model that answered, as the API names it. */
  model: string
  /** Why the model stopped: end_turn, max_tokens, refusal, length, … */
  stopReason: string
}

export type ProviderErrorKind =
  | 'authentication'
  | 'permission'
  | 'unknown-model'
  | 'invalid-request'
  | 'context-too-long'
  | 'rate-limited'
  | 'credit-exhausted'
  | 'overloaded'
  | 'server'
  | 'network'
  | 'timeout'
  | 'no-answer'

/** A provider call that failed; `kind` and `status` decide what the user is told to do. */
export class ProviderError extends AutohealError {
  override name = 'ProviderError'
  constructor(
    message: string,
    remedy: string,
    readonly kind: ProviderErrorKind,
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, remedy, options)
  }
}
