import type { Provider } from '../config/models.js'

/** Tokens a text will cost as model input, margin included. Pure once loaded. */
export type CountTokens = (text: string) => number

/**
 * No tokenizer that runs offline matches Claude's: Anthropic publishes none for current models
 * (its count_tokens endpoint is a network call, made before every fix). We count with OpenAI's
 * `o200k_base` (exact for current GPT models) and add a margin where it is only an estimate.
 * Claude's tokenizer splits the same text into more pieces: published comparisons of Claude 3.5
 * Sonnet with GPT-4o found about 16% more tokens on English and 30% more on code. A prompt here is
 * roughly half prose and half code and logs, so Anthropic counts get 25%: a cap checked before the
 * call should not be passed by the bill after it. OpenAI's 5% covers the framing each message adds.
 */
export const tokenMargins: Readonly<Record<Provider, number>> = { anthropic: 1.25, openai: 1.05 }

interface Encoder {
  encode(text: string, allowedSpecial?: string[] | 'all', disallowedSpecial?: string[] | 'all'): number[]
}

let encoder: Promise<Encoder> | undefined

/**
 * The ranks file is 2 MB of JavaScript: imported only when a prompt is counted, so `autoheal
 * analyze` and the action's gate never load it. The specifiers are literals, so ncc still bundles
 * both (as a chunk of their own) and nothing is downloaded at run time.
 */
async function loadEncoder(): Promise<Encoder> {
  const [{ Tiktoken }, ranks] = await Promise.all([import('js-tiktoken/lite'), import('js-tiktoken/ranks/o200k_base')])
  return new Tiktoken(ranks.default)
}

/** The raw o200k count, without a margin: for tests and for reports that show both. */
export async function loadRawTokenCounter(): Promise<CountTokens> {
  encoder ??= loadEncoder()
  const loaded = await encoder
  // No special tokens: a log that prints `<|endoftext|>` is text like any other (the default throws on it).
  return (text) => (text === '' ? 0 : loaded.encode(text, [], []).length)
}

export async function loadTokenCounter(provider: Provider): Promise<CountTokens> {
  const countRaw = await loadRawTokenCounter()
  const margin = tokenMargins[provider]
  return (text) => Math.ceil(countRaw(text) * margin)
}
