import { describe, expect, it } from 'vitest'
import type { FailureContext } from '../../../src/analyze/failure-context.js'
import { compactLogLines } from '../../../src/fix/compact-log-lines.js'
import { analyzeCase, corpusCases } from '../../support/corpus.js'

// The analysis's real excerpts of real tool output, as the prompt receives them.
async function compacted(caseName: string): Promise<{ context: FailureContext; lines: string[] }> {
  const context = await analyzeCase(corpusCases.find((corpusCase) => corpusCase.name === caseName)!)
  return { context, lines: compactLogLines(context.relevant_logs, context.failures.map((failure) => failure.message)) }
}

describe('compactLogLines', () => {
  it("drops jest's frames inside node_modules and keeps the test's own frame", async () => {
    const { context, lines } = await compacted('jest-timeout-retry-backoff')
    expect(context.relevant_logs.some((line) => line.includes('node_modules/jest-circus'))).toBe(true)
    expect(lines.some((line) => line.includes('node_modules/'))).toBe(false)
    expect(lines).toContain('    at test (test/retry.test.js:23:3)')
    expect(lines.some((line) => /⋯ \d+ frames in node_modules or node internals/.test(line))).toBe(true)
  })

  it("says each mypy finding once, though the analysis's headline and mypy's own line both carry it", async () => {
    const { context, lines } = await compacted('py-mypy-incompatible-types-inventory')
    const findings = context.failures.filter((failure) => failure.kind === 'finding')
    expect(lines.filter((line) => /^stockroom\/inventory\.py:\d+: /.test(line))).toHaveLength(findings.length)
  })

  it('says a long message in full once, and keeps every test and location around it', async () => {
    const { context, lines } = await compacted('py-utcnow-deprecated-session-tokens')
    const message = context.failures[0]!.message
    expect(lines.filter((line) => line.includes(message))).toHaveLength(1)
    expect(lines).toContain('tests/test_tokens.py::test_negative_ttl_is_expired: (the same message as above)')
    expect(lines).toContain('tokenstore/tokens.py:27: DeprecationWarning')
    expect(lines.some((line) => /^\s*\^+\s*$/.test(line))).toBe(false)
  })

  it('keeps a frame outside the repository to its location and its > and E lines', async () => {
    const { lines } = await compacted('py-pydantic-dict-deprecated-invoice')
    const location = lines.findIndex((line) => /site-packages\/pydantic\/main\.py:\d+: PydanticDeprecatedSince20$/.test(line))
    expect(location).toBeGreaterThan(0)
    expect(lines.some((line) => /^⋯ \d+ lines of source outside the repository$/.test(line))).toBe(true)
    expect(lines.some((line) => line.includes('exclude_defaults: bool = False'))).toBe(false)
    expect(lines).toContain('    data = inv.dict(exclude={"currency"})')
    expect(lines[location - 1]).toMatch(/^E\s/)
  })
})
