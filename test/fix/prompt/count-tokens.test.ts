import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadRawTokenCounter, loadTokenCounter, tokenMargins } from '../../../src/fix/count-tokens.js'

describe('token counting', () => {
  it('counts offline with o200k_base and adds each provider margin', async () => {
    const [raw, anthropic, openai] = await Promise.all([loadRawTokenCounter(), loadTokenCounter('anthropic'), loadTokenCounter('openai')])
    const text = 'def issue(user_id: int) -> SessionToken:\n    return SessionToken(user_id, _dt.datetime.utcnow())\n'
    const rawCount = raw(text)
    expect(rawCount).toBeGreaterThan(10)
    expect(rawCount).toBeLessThan(text.length)
    expect(anthropic(text)).toBe(Math.ceil(rawCount * tokenMargins.anthropic))
    expect(openai(text)).toBe(Math.ceil(rawCount * tokenMargins.openai))
    expect(raw('')).toBe(0)
  })

  it('reads special-token text in a log as text instead of throwing', async () => {
    const raw = await loadRawTokenCounter()
    expect(raw('a log that prints <|endoftext|> and <|im_start|>')).toBeGreaterThan(5)
  })

  it('loads the tokenizer lazily: no static import of js-tiktoken, so `analyze` never loads it', () => {
    const source = readFileSync(new URL('../../../src/fix/count-tokens.ts', import.meta.url), 'utf8')
    expect(source).not.toMatch(/^import\s[^\n]*from\s*['"]js-tiktoken/m)
    expect(source).toContain("import('js-tiktoken/ranks/o200k_base')")
  })
})
