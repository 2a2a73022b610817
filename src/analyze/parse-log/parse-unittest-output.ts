import { boundDetails, type Failure } from '../failure.js'
import { readPythonTraceback } from '../reports/python-traceback.js'

/**
 * `python -m unittest` (and Django's test runner, which prints the same): one block per failing
 * test between `=====` rules, headed `FAIL: test_x (pkg.tests.TestX.test_x)` or `ERROR: …`, then
 * a `-----` rule and the traceback. A module that failed to import is an ERROR of
 * `unittest.loader._FailedTest`.
 */
const heading = /^(FAIL|ERROR): (\S+) \(([\w.]+)\)\s*$/
const doubleRule = /^={20,}$/
const singleRule = /^-{20,}$/

export function looksLikeUnittest(lines: readonly string[]): boolean {
  return lines.some((line) => heading.test(line)) && lines.some((line) => /^Ran \d+ tests? in [\d.]+s$/.test(line))
}

function nodeidOf(name: string, qualified: string): string {
  // The loader names a module it could not import as `unittest.loader._FailedTest.<module>`.
  const failedImport = /^unittest\.loader\._Failed\w*\.(.+)$/.exec(qualified)
  if (failedImport) return failedImport[1]!
  return qualified.endsWith(`.${name}`) ? qualified : `${qualified}.${name}`
}

export function parseUnittestOutput(lines: readonly string[]): Failure[] {
  const failures: Failure[] = []
  for (let index = 0; index < lines.length; index++) {
    const match = heading.exec(lines[index]!)
    if (!match || !doubleRule.test(lines[index - 1] ?? '')) continue
    const body: string[] = []
    let at = index + 1
    if (singleRule.test(lines[at] ?? '')) at++
    for (; at < lines.length && !doubleRule.test(lines[at]!) && !(singleRule.test(lines[at]!) && /^Ran \d+/.test(lines[at + 1] ?? '')); at++) body.push(lines[at]!)
    const traceback = readPythonTraceback(body)
    const failure: Failure = {
      kind: 'test',
      tool: 'unittest',
      nodeid: nodeidOf(match[2]!, match[3]!),
      outcome: match[1] === 'FAIL' ? 'failed' : 'error',
      message: traceback.message ?? `${match[1]}: ${match[2]}`,
      details: boundDetails(body),
      frames: traceback.frames,
    }
    if (traceback.errorType) failure.errorType = traceback.errorType
    if (traceback.file) failure.file = traceback.file
    if (traceback.file && traceback.line !== undefined) failure.line = traceback.line
    failures.push(failure)
  }
  return failures
}
