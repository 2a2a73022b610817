import type { Confidence, FixType } from './failure-context.js'
import type { Failure } from './failure.js'

/**
 * How a failure becomes a fix type: rows tried in order, the first that matches wins. A row
 * looks at the failure's exception type, its message and its own lines (never at file or
 * project names): the kinds of error each tool prints.
 */
export interface ClassifierRule {
  fixType: FixType
  confidence: Confidence
  /** What the row recognises, in words (shown in the analysis' reason). */
  because: string
  matches: (failure: Failure, text: string) => boolean
}

const typeCheckers = new Set(['mypy', 'tsc', 'pyright'])
// Checker codes that mean "this import does not resolve", not a type mismatch.
const importCodes = new Set([
  ...['TS2307', 'TS2305', 'TS2306', 'TS2614', 'TS2724', 'TS2792'],
  ...['import', 'import-not-found', 'import-untyped'], // mypy
  ...['reportMissingImports', 'reportMissingModuleSource'], // pyright
])

const test = (pattern: RegExp) => (_failure: Failure, text: string) => pattern.test(text)

export const classifierRules: readonly ClassifierRule[] = [
  {
    fixType: 'import_error',
    confidence: 'high',
    because: 'a type checker reports an import that does not resolve',
    matches: (failure) => failure.kind === 'finding' && typeCheckers.has(failure.tool) && importCodes.has(failure.rule ?? ''),
  },
  {
    fixType: 'type_error',
    confidence: 'high',
    because: 'a type checker reports type errors',
    matches: (failure) => failure.kind === 'finding' && typeCheckers.has(failure.tool),
  },
  {
    fixType: 'lint',
    confidence: 'high',
    because: 'a linter or formatter reports findings',
    matches: (failure) => failure.kind === 'finding',
  },
  {
    fixType: 'drift',
    confidence: 'low',
    because: 'a performance or memory budget was exceeded',
    matches: test(
      /\b(?:perf(?:ormance)?|latency|throughput|memory|benchmark|bench|timing|runtime|speed|duration|elapsed|p9[059]|ops\/sec|bundle size|size limit)\b[^\n]{0,120}\b(?:budget|baseline|regress\w*|threshold|exceed\w*|slower|SLO)\b|\bslower than (?:the )?baseline\b|\b(?:budget|SLO)\b[^\n]{0,40}\bexceed|\bexceed\w* (?:the )?(?:\w+ )?(?:perf(?:ormance)?|time|memory|latency) budget|Performance has regressed|size limit has exceeded/i,
    ),
  },
  {
    fixType: 'warning',
    confidence: 'high',
    because: 'a deprecation warning is raised as an error',
    matches: test(/\b(?:Deprecation|PendingDeprecation|Future)Warning\b|\w+DeprecatedSince\d+|\[DEP\d{4}\]|\bDEP\d{4}\b/),
  },
  {
    fixType: 'warning',
    confidence: 'medium',
    because: 'a warning is raised as an error',
    matches: (failure) => /^(?:\w+\.)*\w*Warning$/.test(failure.errorType ?? ''),
  },
  {
    fixType: 'import_error',
    confidence: 'high',
    because: 'a module or name cannot be imported',
    matches: test(
      /\b(?:ModuleNotFoundError|ImportError)\b|No module named|cannot import name|Cannot find module|ERR_MODULE_NOT_FOUND|Failed to resolve import|Failed to load url|does not provide an export named|is not exported by|Module not found: |Cannot find package/,
    ),
  },
  {
    fixType: 'import_error',
    confidence: 'medium',
    because: 'a name is used without being defined or imported',
    matches: test(/\bNameError: name '\w+' is not defined|\bReferenceError: \w+ is not defined/),
  },
  {
    fixType: 'flaky_test',
    confidence: 'medium',
    because: 'a test ran past its timeout',
    matches: test(
      /Failed: Timeout >|Exceeded timeout of \d+ ?ms|Test timed out in \d+ ?ms|Timeout of \d+ms exceeded|test timed out after \d+ms|\bTimed out after \d+|pytest-timeout/,
    ),
  },
  {
    fixType: 'flaky_test',
    confidence: 'medium',
    because: 'the compared values hold the same items in another order (nondeterministic ordering)',
    matches: (failure, text) => failure.kind === 'test' && isOrderOnlyDifference(text),
  },
  {
    fixType: 'flaky_test',
    confidence: 'low',
    because: 'the runner reports the test as flaky or passing on retry',
    matches: test(/\bflaky\b|\bRERUN\b|passed on retry|\brace condition\b/i),
  },
  {
    fixType: 'type_error',
    confidence: 'medium',
    because: 'a call does not match the signature it calls',
    matches: test(
      /\bTypeError\b[^\n]*(?:missing \d+ required (?:positional |keyword-only )?arguments?|takes (?:from )?\d+ (?:to \d+ )?positional arguments? but \d+ (?:was|were) given|got an unexpected keyword argument|got multiple values for (?:keyword )?argument|takes no (?:keyword )?arguments)/,
    ),
  },
  {
    fixType: 'unknown',
    confidence: 'none',
    because: 'the process crashed, hung or was cancelled',
    matches: (failure, text) =>
      /^(?:Segmentation fault|Bus error|Aborted|Killed|Cancelled|Unfinished)$/.test(failure.errorType ?? '') ||
      /Fatal Python error|Segmentation fault|core dumped|out of memory|JavaScript heap out of memory|The operation was canceled/.test(text),
  },
  {
    fixType: 'type_error',
    confidence: 'low',
    because: 'a value of the wrong type reached an operation',
    matches: (failure) => /^(?:\w+\.)*TypeError$/.test(failure.errorType ?? '') && failure.tool !== 'jest' && failure.tool !== 'vitest',
  },
  {
    fixType: 'import_error',
    confidence: 'medium',
    because: 'a module has no attribute of that name (renamed or moved)',
    matches: test(/\bAttributeError: module '[\w.]+' has no attribute '\w+'/),
  },
]

/**
 * A failed equality whose two sides hold the same items in another order: pytest's and jest's
 * diffs print the removed items with `-` and the added ones with `+`.
 */
export function isOrderOnlyDifference(text: string): boolean {
  const removed: string[] = []
  const added: string[] = []
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^E\s/, '').trim()
    const match = /^([-+])\s+(.+?),?$/.exec(line)
    if (!match || /^[-+]\s*(?:Expected|Received)\b/.test(line)) continue
    const item = match[2]!.trim()
    if (item === '[' || item === ']' || item === '{' || item === '}') continue
    ;(match[1] === '-' ? removed : added).push(item)
  }
  if (removed.length < 1 || removed.length !== added.length) return false
  return JSON.stringify([...removed].sort()) === JSON.stringify([...added].sort())
}
