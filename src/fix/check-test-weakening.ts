import { isTestFile } from '../analyze/test-files.js'
import type { PolicyViolation } from './check-edit-policy.js'
import type { FileEdit } from './fix-answer.js'

/**
 * "Never weaken, skip, delete or xfail a test; flaky tests get explicit waits or deterministic
 * seeds, never a longer sleep" (the spec's fix rules), and never silence the checker that failed:
 * code enforces what the prompt asks. Each rule compares what a file's edits remove (old_text)
 * with what they add (new_text), so a rewrite that keeps every assertion passes while one that
 * drops one does not. Rules are meant narrow: the corpus's reference fixes must all pass them.
 */
export interface FileChange {
  path: string
  /** The old_text of every edit of the file, joined (empty for a new file). */
  oldText: string
  /** The new_text of every edit of the file, joined. */
  newText: string
}

/** test-files: tests by pytest/jest/vitest/mocha conventions; test-setup adds the runners' config files. */
export type RuleScope = 'test-files' | 'test-setup' | 'any-file'

export interface WeakeningRule {
  id: string
  /** What the rule forbids and what to do instead, for the model's retry. */
  description: string
  scope: RuleScope
  /** What the change does against the rule ("adds @pytest.mark.skip"), or undefined. */
  detect(change: FileChange): string | undefined
}

export interface WeakeningViolation extends PolicyViolation {
  ruleId: string
}

export type WeakeningResult = { ok: true } | { ok: false; violations: WeakeningViolation[] }

const testSetupFile =
  /(?:^|\/)(?:(?:jest|vitest|vite|playwright|karma|cypress)\.config\.[cm]?[jt]s|\.mocharc\.\w+|pytest\.ini|tox\.ini|setup\.cfg|pyproject\.toml|package\.json|conftest\.py)$/

const scopes: Record<RuleScope, (path: string) => boolean> = {
  'test-files': isTestFile,
  'test-setup': (path) => isTestFile(path) || testSetupFile.test(path),
  'any-file': () => true,
}

function matchesOf(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((match) => match[0].trim())
}

/** The rule breaks when the new text holds more matches than the old one. */
function adds(pattern: RegExp) {
  return ({ oldText, newText }: FileChange): string | undefined => {
    const before = matchesOf(pattern, oldText)
    const after = matchesOf(pattern, newText)
    if (after.length <= before.length) return undefined
    const added = after.find((match) => after.filter((other) => other === match).length > before.filter((other) => other === match).length)
    return `adds \`${added ?? after[0]}\``
  }
}

/** The rule breaks when the new text holds fewer matches than the old one. */
function removes(pattern: RegExp, what: string) {
  return ({ oldText, newText }: FileChange): string | undefined => {
    const missing = matchesOf(pattern, oldText).length - matchesOf(pattern, newText).length
    return missing > 0 ? `removes ${missing} ${what}` : undefined
  }
}

// A number as code writes it (5000, 5_000, 0.5, 1e3), optionally times a factor (5 * 1000).
const numberSource = String.raw`(\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?)(?:\s*\*\s*(\d[\d_]*(?:\.\d+)?))?`

function numbersOf(pattern: RegExp, text: string): number[] {
  return [...text.matchAll(pattern)]
    .map((match) => {
      const groups = match.slice(1).filter((group): group is string => group !== undefined)
      const [value, factor] = groups.map((group) => Number(group.replaceAll('_', '')))
      return (value ?? Number.NaN) * (factor ?? 1)
    })
    .filter((value) => Number.isFinite(value))
    .sort((left, right) => left - right)
}

/** The first value that grew: pairwise when the edit keeps their number, else largest against largest. */
function firstGrowth(before: readonly number[], after: readonly number[]): { from: number; to: number } | undefined {
  if (before.length === after.length) {
    const at = after.findIndex((value, index) => value > before[index]!)
    return at === -1 ? undefined : { from: before[at]!, to: after[at]! }
  }
  const [from, to] = [before.at(-1)!, after.at(-1)!]
  return to > from ? { from, to } : undefined
}

/** The rule breaks when a value grows. With none before, `whenNew` says whether adding one breaks it. */
function raises(pattern: RegExp, what: string, whenNew: 'allowed' | 'refused') {
  return ({ oldText, newText }: FileChange): string | undefined => {
    const before = numbersOf(pattern, oldText)
    const after = numbersOf(pattern, newText)
    if (after.length === 0) return undefined
    if (before.length === 0) return whenNew === 'refused' ? `adds ${what} ${after.at(-1)}` : undefined
    const growth = firstGrowth(before, after)
    return growth === undefined ? undefined : `raises ${what} from ${growth.from} to ${growth.to}`
  }
}

// Bounded repeats ({0,80}) that start only where a name starts keep every pattern linear and
// fast on a hostile 200,000-character new_text.
const testDefinition = /^[ \t]*(?:async[ \t]+)?def[ \t]+test\w*[ \t]*\(|^[ \t]*class[ \t]+Test\w*|(?<![\w.$])(?:it|test|describe)[ \t]*\(/gm
const assertion =
  /(?<![\w.$])assert\b|\bassert[A-Z_]\w*\s*\(|(?<![\w.$])expect\s*\(|\bt\.(?:equal|not|deepEqual|notDeepEqual|strictEqual|notStrictEqual|same|notSame|ok|notOk|true|false|is|truthy|falsy|throws|throwsAsync|rejects|doesNotThrow|match|snapshot|assert|plan)\s*\(|\bpytest\.(?:raises|warns|approx|fail)\b|\.should\b/g
const skip = /(?<![\w.@])@?[\w.]{0,80}\.skip(?:if|If|Unless|Test)?\b|@skip(?:If|Unless)?\b|(?<![\w.])[\w.]{0,80}\bSkipTest\b|(?<![\w.$])x(?:it|test|describe|context)\s*\(|(?<![\w.])[\w.]{0,80}\.todo\b|\{\s*(?:skip|todo)\s*:/g
const focus = /(?<![\w.])[\w.]{0,80}\.only\b|(?<![\w.$])f(?:it|describe)\s*\(|\{\s*only\s*:\s*true/g
const expectedFailure = /(?<![\w.@])@?[\w.]{0,80}\bxfail\b|(?<![\w.@])@?[\w.]{0,80}\bexpectedFailure\b|(?<![\w.])[\w.]{0,80}\.(?:fails|failing)\b/g
const rerun = /\bpytest\.mark\.flaky\b|--reruns\b|\breruns\s*=|\b(?:jest\.)?retryTimes\s*\(|\bthis\.retries\s*\(|\bretry\s*:\s*[1-9]/g
const deselection = /--deselect\b|--ignore(?:-glob)?[= ]|\s-k\s+["']?not\b|\btestPathIgnorePatterns\b|\bcollect_ignore(?:_glob)?\b/g
const typeCheckerSilencer = /#\s*type:\s*ignore\b|@ts-(?:ignore|expect-error|nocheck)\b|#\s*pyright:\s*ignore\b|#\s*mypy:\s*ignore-errors\b|\bignore_errors\s*=\s*true\b/gi
const linterSilencer = /\beslint-disable\b|#\s*noqa\b|#\s*(?:pylint|ruff):\s*disable\b|\bbiome-ignore\b|^[ \t]*(?:extend-)?ignore[ \t]*=|\bper-file-ignores\b/gim
const formatterSilencer = /#\s*fmt:\s*(?:off|skip)\b|\bprettier-ignore\b|#\s*isort:\s*skip\b/g
const failureIgnored = /\|\|\s*(?:true|exit\s+0|:)(?![\w-])|--exit-zero\b|\bcontinue-on-error:\s*true\b/g
const warningsAsErrors = /["']error["']|-W\s*error\b|-Werror\b|--throw-deprecation\b/g
// The last alternative is jest's and mocha's third argument, `test('…', async () => { … }, 10000)`:
// three digits or more, so a small number after an object literal in test data is left alone.
const timeoutValue = new RegExp(
  String.raw`\b\w{0,40}timeout\w{0,20}\s*[=:]\s*${numberSource}|(?:\.setTimeout|\.timeout|\bpytest\.mark\.timeout)\(\s*${numberSource}|\}\s*,\s*(\d{3,}[\d_]*)\s*\)`,
  'gi',
)
const frameworkTimeout = /\b(?:jest|vi)\.setTimeout\s*\(|\bthis\.timeout\s*\(|\bpytest\.mark\.timeout\b|\b(?:test|hook)Timeout\b/g
const sleepValue = new RegExp(String.raw`\b(?:sleep|delay|waitForTimeout)\s*\(\s*${numberSource}|\bsetTimeout\s*\([^,()]*,\s*${numberSource}`, 'g')

export const weakeningRules: readonly WeakeningRule[] = [
  { id: 'deletes-test', scope: 'test-files', description: 'a fix must not delete a test; fix the code it tests', detect: removes(testDefinition, 'test definition(s)') },
  { id: 'deletes-assertion', scope: 'test-files', description: 'a fix must not delete an assertion; fix the code so the assertion holds', detect: removes(assertion, 'assertion(s)') },
  { id: 'skips-test', scope: 'test-files', description: 'a fix must not skip a test; fix the cause of the failure', detect: adds(skip) },
  { id: 'focuses-test', scope: 'test-files', description: 'a fix must not focus tests with .only (the others would stop running)', detect: adds(focus) },
  { id: 'expects-failure', scope: 'test-files', description: 'a fix must not mark a test as expected to fail (xfail); fix the cause', detect: adds(expectedFailure) },
  { id: 'reruns-test', scope: 'test-setup', description: 'a flaky test gets an explicit wait or a deterministic seed, not reruns', detect: adds(rerun) },
  { id: 'deselects-test', scope: 'any-file', description: 'a fix must not leave tests out of the run', detect: adds(deselection) },
  { id: 'silences-type-checker', scope: 'any-file', description: 'a fix must not silence the type checker; correct the types', detect: adds(typeCheckerSilencer) },
  { id: 'silences-linter', scope: 'any-file', description: 'a fix must not silence the linter; change the code the rule points at', detect: adds(linterSilencer) },
  { id: 'silences-formatter', scope: 'any-file', description: 'a fix must not switch the formatter off; format the code as it asks', detect: adds(formatterSilencer) },
  { id: 'ignores-failure', scope: 'any-file', description: 'a fix must not ignore a failing exit status', detect: adds(failureIgnored) },
  { id: 'stops-warnings-failing', scope: 'any-file', description: 'a fix must not stop warnings from failing the run; fix the code that warns, or ignore that one warning by its message', detect: removes(warningsAsErrors, 'warnings-as-errors setting(s)') },
  { id: 'raises-timeout', scope: 'test-setup', description: 'a test must not get a longer timeout; make it wait for its condition or run deterministically', detect: raises(timeoutValue, 'a timeout', 'allowed') },
  { id: 'adds-test-timeout', scope: 'test-setup', description: 'a test must not get a longer timeout; make it wait for its condition or run deterministically', detect: adds(frameworkTimeout) },
  { id: 'lengthens-sleep', scope: 'test-files', description: 'a flaky test gets an explicit wait or a deterministic seed, never a longer sleep', detect: raises(sleepValue, 'a sleep', 'refused') },
]

/** Every edit of a file, as one change: an assertion moved from one edit to another is kept. */
export function changesOf(edits: readonly FileEdit[]): FileChange[] {
  const byPath = new Map<string, FileChange>()
  for (const edit of edits) {
    const change = byPath.get(edit.path)
    byPath.set(
      edit.path,
      change === undefined
        ? { path: edit.path, oldText: edit.old_text, newText: edit.new_text }
        : { path: edit.path, oldText: `${change.oldText}\n${edit.old_text}`, newText: `${change.newText}\n${edit.new_text}` },
    )
  }
  return [...byPath.values()]
}

export function checkTestWeakening(edits: readonly FileEdit[], rules: readonly WeakeningRule[] = weakeningRules): WeakeningResult {
  const violations: WeakeningViolation[] = []
  for (const change of changesOf(edits)) {
    for (const rule of rules) {
      if (!scopes[rule.scope](change.path)) continue
      const finding = rule.detect(change)
      if (finding !== undefined) violations.push({ path: change.path, ruleId: rule.id, reason: `${finding}: ${rule.description}` })
    }
  }
  return violations.length === 0 ? { ok: true } : { ok: false, violations }
}
