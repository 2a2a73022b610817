import { describe, expect, it } from 'vitest'
import { readAnswer } from '../../../src/fix/read-answer.js'

const goodAnswer = { summary: 'Import json.', edits: [{ path: 'notifier/message.py', old_text: 'from datetime', new_text: 'import json\nfrom datetime' }] }

describe('readAnswer', () => {
  it('accepts a well-formed answer, as an object or as JSON text (fenced or not)', () => {
    expect(readAnswer(goodAnswer)).toEqual({ ok: true, answer: goodAnswer })
    expect(readAnswer(JSON.stringify(goodAnswer))).toEqual({ ok: true, answer: goodAnswer })
    expect(readAnswer(`\`\`\`json\n${JSON.stringify(goodAnswer)}\n\`\`\``)).toEqual({ ok: true, answer: goodAnswer })
  })

  it('accepts "no safe fix": a summary and no edits', () => {
    expect(readAnswer({ summary: 'The failure is in the network, not the code.', edits: [] }).ok).toBe(true)
  })

  it.each([
    { name: 'prose', answer: 'I think you should import json.', reason: 'the answer is not JSON; answer with the submit_fix object only' },
    { name: 'nothing', answer: undefined, reason: 'the answer is empty; call submit_fix with a summary and edits' },
    { name: 'null', answer: null, reason: 'the answer must be an object, not null' },
    { name: 'an array', answer: [goodAnswer], reason: 'the answer must be an object, not an array' },
    { name: 'a missing old_text', answer: { summary: 's', edits: [goodAnswer.edits[0], { path: 'a.py', new_text: 'x' }] }, reason: 'edits[1].old_text is missing' },
    { name: 'a number for a path', answer: { summary: 's', edits: [{ path: 7, old_text: 'a', new_text: 'b' }] }, reason: 'edits[0].path must be a string, not a number' },
    { name: 'edits as a string', answer: { summary: 's', edits: 'none' }, reason: 'edits must be an array, not a string' },
    { name: 'an empty summary', answer: { summary: '', edits: [] }, reason: 'summary must not be empty' },
    { name: 'an unknown field', answer: { ...goodAnswer, confidence: 'high' }, reason: 'the answer has unknown field "confidence"' },
    { name: 'an empty path', answer: { summary: 's', edits: [{ path: '', old_text: 'a', new_text: 'b' }] }, reason: 'edits[0].path must not be empty' },
    { name: 'too long a summary', answer: { summary: 'x'.repeat(4001), edits: [] }, reason: 'summary is too long (at most 4000 characters)' },
    { name: 'too many edits', answer: { summary: 's', edits: Array.from({ length: 51 }, () => goodAnswer.edits[0]) }, reason: 'edits has too many items (at most 50)' },
  ])('refuses $name with a reason the model can act on', ({ answer, reason }) => {
    expect(readAnswer(answer)).toEqual({ ok: false, reason })
  })

  it('names the first problems and counts the rest', () => {
    const result = readAnswer({ edits: [{}, {}] })
    expect(result).toEqual({ ok: false, reason: 'summary is missing; edits[0].path is missing; edits[0].old_text is missing (and 4 more problems)' })
  })
})
