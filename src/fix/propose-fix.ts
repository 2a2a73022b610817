import type { FailureContext } from '../analyze/failure-context.js'
import { costUsd, type ModelPrice } from '../config/models.js'
import { applyEdits } from './apply-edits.js'
import { checkEditPolicy, type EditPolicySettings } from './check-edit-policy.js'
import { checkTestWeakening } from './check-test-weakening.js'
import type { FixAnswer } from './fix-answer.js'
import type { ConversationTurn, LlmClient, TokenUsage } from './llm-client.js'
import { makePatch } from './make-patch.js'
import { readAnswer } from './read-answer.js'
import { readWorkspaceSnapshot, textFilesOf, type WorkspaceSnapshot } from './read-workspace-snapshot.js'
import { redactSecrets } from './redact-secrets.js'

/**
 * One model call, and at most one more: the prompt goes to the model; its answer is read,
 * checked against the path policy and the test-weakening rules, and applied in memory. A rejected
 * answer is sent back once with the reason; a second rejection ends the fix. Nothing is written
 * here: the caller writes fix files (CLI) or commits (action).
 */
export interface ProposeFixInput {
  context: FailureContext
  /** The checkout the edits apply to. */
  workspaceDir: string
  client: LlmClient
  model: string
  system: string
  prompt: string
  maxOutputTokens: number
  /** The model's price, for the cost; undefined when the table does not know the model. */
  price: ModelPrice | undefined
  policy?: Partial<EditPolicySettings>
  /** Turns before this ask (the verify loop's retry starts from the first answer and its failure). */
  history?: readonly ConversationTurn[]
  /** Calls allowed: 2 (an answer and one retry after a rejection) unless said otherwise. */
  maxCalls?: number
}

export interface ModelSpend {
  usage: TokenUsage
  costUsd: number
  /** Model calls made: 1, or 2 after a retry. */
  calls: number
  /** Each answer as the model gave it, secrets redacted: the audit trail. */
  rawAnswers: string[]
  model: string
}

export type ProposedFix =
  | (ModelSpend & {
      outcome: 'fixed'
      answer: FixAnswer
      /** The touched files as they are in the workspace (absent: created by the fix). */
      original: Map<string, string>
      changed: Map<string, string>
      patch: string
    })
  | (ModelSpend & { outcome: 'no-safe-fix'; summary: string })
  | (ModelSpend & { outcome: 'rejected'; reasons: string[] })

const defaultMaxCalls = 2

function retryInstruction(reasons: readonly string[]): string {
  return [
    'Your answer was rejected, and nothing was changed:',
    ...reasons.map((reason) => `- ${reason}`),
    '',
    'Answer again through submit_fix, fixing these problems. Copy old_text exactly from the files shown, so that it occurs exactly once. If no safe fix exists, answer with an empty edits list and say why in the summary.',
  ].join('\n')
}

export async function proposeFix(input: ProposeFixInput): Promise<ProposedFix> {
  const history: ConversationTurn[] = [...(input.history ?? [])]
  const maxCalls = input.maxCalls ?? defaultMaxCalls
  const spend: ModelSpend = { usage: { inputTokens: 0, outputTokens: 0 }, costUsd: 0, calls: 0, rawAnswers: [], model: input.model }
  let reasons: string[] = []
  while (spend.calls < maxCalls) {
    const completion = await input.client.complete({
      model: input.model,
      system: input.system,
      prompt: input.prompt,
      maxOutputTokens: input.maxOutputTokens,
      history,
    })
    spend.calls += 1
    spend.model = completion.model
    spend.usage = {
      inputTokens: spend.usage.inputTokens + completion.usage.inputTokens,
      outputTokens: spend.usage.outputTokens + completion.usage.outputTokens,
    }
    spend.costUsd = input.price ? costUsd(input.price, spend.usage.inputTokens, spend.usage.outputTokens) : 0
    spend.rawAnswers.push(redactSecrets(completion.rawText))

    const checked = await checkAnswer(completion.answer ?? completion.rawText, completion.stopReason, input)
    if (checked.ok) {
      const { answer, snapshot } = checked
      if (answer.edits.length === 0) return { ...spend, outcome: 'no-safe-fix', summary: answer.summary }
      const original = textFilesOf(snapshot)
      const changed = applyEdits(original, answer.edits)
      const touched = new Map([...original].filter(([path]) => changed.has(path)))
      return { ...spend, outcome: 'fixed', answer, original: touched, changed, patch: makePatch(touched, changed) }
    }
    reasons = checked.reasons
    history.push({ role: 'assistant', text: completion.rawText || '(no answer)' }, { role: 'user', text: retryInstruction(reasons) })
  }
  return { ...spend, outcome: 'rejected', reasons }
}

type CheckedAnswer = { ok: true; answer: FixAnswer; snapshot: WorkspaceSnapshot } | { ok: false; reasons: string[] }

/** The answer, read and checked; else why it cannot be used, in sentences the model can act on. */
async function checkAnswer(answer: unknown, stopReason: string, input: ProposeFixInput): Promise<CheckedAnswer> {
  const read = readAnswer(answer)
  if (!read.ok) {
    const cutOff = stopReason === 'max_tokens' || stopReason === 'length'
    return { ok: false, reasons: [cutOff ? `the answer was cut off at ${input.maxOutputTokens} tokens: give a shorter answer (smaller edits, a shorter summary)` : read.reason] }
  }
  const snapshot = await readWorkspaceSnapshot(input.workspaceDir, read.answer.edits.map((edit) => edit.path))
  const policy = checkEditPolicy(read.answer.edits, snapshot, input.policy)
  const weakening = checkTestWeakening(read.answer.edits)
  const reasons = [
    ...(policy.ok ? [] : policy.violations.map((violation) => `${violation.path}: ${violation.reason}`)),
    ...(weakening.ok ? [] : weakening.violations.map((violation) => `${violation.path}: ${violation.reason}`)),
  ]
  return reasons.length === 0 ? { ok: true, answer: read.answer, snapshot } : { ok: false, reasons }
}
