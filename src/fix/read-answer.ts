import type { z } from 'zod'
import { FixAnswer } from './fix-answer.js'

/**
 * The model's answer, checked against the submit_fix schema. A refusal reason is one short
 * sentence the model can act on in its one retry ("edits[1].old_text is missing").
 */
export type ReadAnswerResult = { ok: true; answer: FixAnswer } | { ok: false; reason: string }

type Issue = z.core.$ZodIssue

const shownIssues = 3

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the answer'
  return path.map((key, at) => (typeof key === 'number' ? `[${key}]` : at === 0 ? String(key) : `.${String(key)}`)).join('')
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data)
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  const kind = typeof value
  return kind === 'object' ? 'an object' : `a ${kind}`
}

const articles: Record<string, string> = { string: 'a string', array: 'an array', object: 'an object', number: 'a number', boolean: 'a boolean' }

function describeIssue(issue: Issue, data: unknown): string {
  const where = describePath(issue.path)
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(data, issue.path)
      if (value === undefined && issue.path.length > 0) return `${where} is missing`
      return `${where} must be ${articles[issue.expected] ?? issue.expected}, not ${kindOf(value)}`
    }
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1 ? `${where} must not be empty` : `${where} is too short (at least ${issue.minimum})`
    case 'too_big':
      return issue.origin === 'array' ? `${where} has too many items (at most ${issue.maximum})` : `${where} is too long (at most ${issue.maximum} characters)`
    case 'unrecognized_keys':
      return `${where} has unknown ${issue.keys.length === 1 ? 'field' : 'fields'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`
    default:
      return `${where}: ${issue.message}`
  }
}

/** Some clients hand over the answer as text, sometimes fenced as a ```json block. */
function parseText(text: string): { ok: true; data: unknown } | { ok: false } {
  const unfenced = text.trim().replace(/^```[\w-]*\s*\n([\s\S]*?)\n?```$/, '$1')
  try {
    return { ok: true, data: JSON.parse(unfenced) as unknown }
  } catch {
    return { ok: false }
  }
}

export function readAnswer(answer: unknown): ReadAnswerResult {
  if (answer === undefined || answer === '') return { ok: false, reason: 'the answer is empty; call submit_fix with a summary and edits' }
  let data: unknown = answer
  if (typeof answer === 'string') {
    const parsed = parseText(answer)
    if (!parsed.ok) return { ok: false, reason: 'the answer is not JSON; answer with the submit_fix object only' }
    data = parsed.data
  }
  const result = FixAnswer.safeParse(data)
  if (result.success) return { ok: true, answer: result.data }
  const issues = result.error.issues
  const described = issues.slice(0, shownIssues).map((issue) => describeIssue(issue, data))
  const more = issues.length > shownIssues ? ` (and ${issues.length - shownIssues} more problems)` : ''
  return { ok: false, reason: `${described.join('; ')}${more}` }
}
