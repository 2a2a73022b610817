import type { CompletionRequest, ConversationTurn } from '../llm-client.js'

/**
 * The turns to send: the prompt as the first user turn, then the history (the rejected answer and
 * why). Neighbouring turns of one role are joined, so the roles alternate as both APIs expect, and
 * the conversation must end with a user turn: a final assistant turn is a prefill, which current
 * Claude models refuse with a 400 and which would make any model continue our text.
 */
export function conversationTurns(request: CompletionRequest): ConversationTurn[] {
  const turns: ConversationTurn[] = []
  for (const turn of [{ role: 'user', text: request.prompt } as const, ...(request.history ?? [])]) {
    const previous = turns.at(-1)
    if (previous?.role === turn.role) previous.text = `${previous.text}\n\n${turn.text}`
    else turns.push({ role: turn.role, text: turn.text })
  }
  if (turns.at(-1)?.role !== 'user') {
    throw new Error('A completion request must end with a user turn: the history ends with an assistant answer.')
  }
  return turns
}

/** The answer as JSON, or undefined when the text is not JSON (cut short, or prose): the caller rejects and retries. */
export function parseAnswerText(text: string): unknown {
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    // Not JSON is a normal outcome here (a max_tokens cut, a refusal in prose): the caller decides.
    return undefined
  }
}
