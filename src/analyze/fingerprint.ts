import { createHash } from 'node:crypto'
import type { FixType } from './failure-context.js'
import type { Failure } from './failure.js'

/**
 * The same failure in another run (other timestamps, run ids, durations, temp paths, order of
 * jobs) gives the same fingerprint; a different failure gives another. It hashes the fix type
 * and each failure's signature: the test id and exception type, a finding's file and rule, or
 * a step's message with its variable parts masked. Line numbers are left out: an unrelated edit
 * above a finding moves it without making it a new failure.
 */
export function maskVariableParts(text: string): string {
  return text
    .replace(/\b\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d+)?Z?\b/g, '<time>')
    .replace(/\b0x[0-9a-fA-F]+\b/g, '<addr>')
    .replace(/\b[0-9a-f]{7,40}\b/g, '<hex>')
    .replace(/(?:\/tmp|\/var\/folders|[A-Za-z]:\\Users\\[^\\]+\\AppData\\Local\\Temp)[^\s'"]*/g, '<tmp>')
    .replace(/\d+(?:\.\d+)?/g, '<n>')
    .replace(/\s+/g, ' ')
    .trim()
}

export function signatureOf(failure: Failure): string {
  switch (failure.kind) {
    case 'test':
      return `test|${failure.nodeid}|${failure.errorType ?? ''}`
    case 'finding':
      return `finding|${failure.file ?? ''}|${failure.rule ?? ''}`
    case 'step':
      return `step|${maskVariableParts(failure.message)}`
  }
}

export function fingerprintOf(fixType: FixType, failures: readonly Failure[]): string {
  const signatures = [...new Set(failures.map(signatureOf))].sort()
  return createHash('sha256').update([fixType, ...signatures].join('\n')).digest('hex').slice(0, 16)
}
