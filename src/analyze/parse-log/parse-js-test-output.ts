import { boundDetails, type Failure, type Frame } from '../failure.js'
import { readJsStackTrace } from '../reports/js-stack-trace.js'
import { toRepoRelative } from '../runner-paths.js'

/**
 * The console output of JavaScript test runners: jest (`FAIL file`, `● A › B` blocks), vitest
 * (` FAIL  file > A > B` blocks, ` ❯ file:line:col` frames), node:test's spec reporter
 * (`✖ failing tests:`) and TAP (`not ok 1 - name`, node:test's default outside a terminal).
 */

const errorLine = /^\s*(?:thrown: "?)?((?:[A-Z]\w*)?(?:Error|Exception|Warning))(?: \[\w+\])?: (.*)$/

/**
 * node:test's TAP reporter puts the error in the test's YAML block: `error: 'message'` or
 * `error: |-` with the message on the next line, and the class as `name: 'AssertionError'`.
 */
function tapYamlError(content: readonly string[]): string | undefined {
  const name = content.map((line) => /^name: '?(\w*(?:Error|Exception|Warning))'?$/.exec(line)?.[1]).find(Boolean)
  const at = content.findIndex((line) => line.startsWith('error: '))
  if (!name || at === -1) return undefined
  const inline = content[at]!.slice('error: '.length)
  const message = /^[|>][-+]?$/.test(inline) ? content[at + 1] : inline.replace(/^'(.*)'$/, '$1').replaceAll("''", "'")
  return message ? `${name}: ${message}` : undefined
}

function makeTestFailure(tool: string, nodeid: string, lines: readonly string[], testFile?: string): Failure {
  const content = lines.map((line) => line.trim()).filter(Boolean)
  // node:test reports an error raised after a test ended as `… created the error "X: message" …`.
  const created = content.map((line) => /created the error "([^"]+)"/.exec(line)?.[1]).find(Boolean)
  const errorMatch = [created ?? '', tapYamlError(content) ?? '', ...content].map((line) => errorLine.exec(line)).find(Boolean)
  const message = errorMatch ? `${errorMatch[1]}: ${errorMatch[2]}` : (content[0] ?? `${nodeid} failed`)
  const { frames } = readJsStackTrace(lines)
  const inRepo = frames.filter((frame) => !frame.file.startsWith('/') && !frame.file.includes('node_modules/'))
  const failure: Failure = {
    kind: 'test',
    tool,
    nodeid,
    outcome: 'failed',
    message: message.replace(/"$/, ''),
    details: boundDetails(lines),
    frames,
  }
  if (errorMatch) failure.errorType = errorMatch[1]!
  const location = inRepo.at(-1)
  if (location) {
    failure.file = location.file
    if (location.line !== undefined) failure.line = location.line
  } else if (testFile) {
    failure.file = testFile
  }
  return failure
}

// ---- jest

const jestFileStatus = /^\s*(FAIL|PASS) (\S+\.[cm]?[jt]sx?)(?: \(.*\))?$/
const jestBlockHeading = /^\s*● (.+)$/
const jestTreeTest = /^(\s*)([✓✕○✎]) (.+?)(?: \(\d+(?:\.\d+)? ?m?s\))?$/
const jestEnd = /^(?:Test Suites:|Tests:|Snapshots:|Time:|Ran all test suites)/

export function parseJestOutput(lines: readonly string[]): Failure[] {
  const failures: Failure[] = []
  let file: string | undefined
  let block: { title: string; lines: string[]; file: string | undefined } | undefined
  const tree: { indent: number; name: string }[] = []
  const closeBlock = () => {
    if (!block) return
    const title = block.title.split(' › ')
    const suiteFailed = block.title === 'Test suite failed to run'
    const nodeid = suiteFailed || !block.file ? (block.file ?? block.title) : [block.file, ...title].join(' > ')
    if (!failures.some((failure) => failure.nodeid === nodeid)) failures.push(makeTestFailure('jest', nodeid, block.lines, block.file))
    block = undefined
  }
  const treeFailures: Failure[] = []
  for (const line of lines) {
    const status = jestFileStatus.exec(line)
    if (status) {
      closeBlock()
      file = toRepoRelative(status[2]!) ?? status[2]!
      tree.length = 0
      continue
    }
    const heading = jestBlockHeading.exec(line)
    if (heading && !/^Console$/.test(heading[1]!)) {
      closeBlock()
      block = { title: heading[1]!, lines: [], file }
      continue
    }
    if (jestEnd.test(line.trim())) {
      closeBlock()
      continue
    }
    if (block) {
      block.lines.push(line)
      continue
    }
    // The result tree under `FAIL file`: describe names, then tests marked ✓ or ✕.
    if (!file || line.trim() === '') continue
    const indent = line.length - line.trimStart().length
    while (tree.length > 0 && tree.at(-1)!.indent >= indent) tree.pop()
    const test = jestTreeTest.exec(line)
    if (!test) {
      tree.push({ indent, name: line.trim() })
    } else if (test[2] === '✕') {
      const nodeid = [file, ...tree.map((entry) => entry.name), test[3]!].join(' > ')
      treeFailures.push(makeTestFailure('jest', nodeid, [line], file))
    }
  }
  closeBlock()
  // A log cut off before the ● blocks still names the failed tests in its tree.
  for (const failure of treeFailures) {
    if (!failures.some((known) => known.nodeid === failure.nodeid)) failures.push(failure)
  }
  return failures
}

// ---- vitest

const vitestHeading = /^\s*FAIL {2}(\S+\.[cm]?[jt]sx?)(?: \[ (.+?) \]| > (.+))?\s*$/
const vitestSeparator = /^\s*⎯{3,}/
const vitestEnd = /^\s*(?:Test Files|Tests|Start at|Duration)\s/

export function parseVitestOutput(lines: readonly string[]): Failure[] {
  const failures: Failure[] = []
  let block: { nodeid: string; file: string; lines: string[] } | undefined
  const closeBlock = () => {
    if (block && !failures.some((failure) => failure.nodeid === block!.nodeid)) {
      failures.push(makeTestFailure('vitest', block.nodeid, block.lines, block.file))
    }
    block = undefined
  }
  for (const line of lines) {
    const heading = vitestHeading.exec(line)
    if (heading) {
      closeBlock()
      const file = toRepoRelative(heading[1]!) ?? heading[1]!
      block = { nodeid: heading[3] ? `${file} > ${heading[3]}` : file, file, lines: [] }
      continue
    }
    if (vitestSeparator.test(line) || vitestEnd.test(line)) {
      closeBlock()
      continue
    }
    block?.lines.push(line)
  }
  closeBlock()
  return failures
}

// ---- node:test (spec reporter and TAP)

const nodeFailingSection = /^✖ failing tests:$/
const nodeFailedTest = /^(\s*)✖ (.+?) \([\d.]+m?s\)$/
const nodeDiagnosticError = /^ℹ (?:Error: )?(.*(?:Error|Warning)\b.*)$/
const tapNotOk = /^(\s*)not ok \d+ - (.+?)(?: # .*)?$/

export function parseNodeTestOutput(lines: readonly string[]): Failure[] {
  const failures: Failure[] = []
  // Errors the runner reports outside any test (asynchronous activity after a test ended, …).
  const diagnostics = lines.filter((line) => nodeDiagnosticError.test(line))
  const sectionStart = lines.findIndex((line) => nodeFailingSection.test(line))
  const body = sectionStart === -1 ? lines : lines.slice(sectionStart + 1)
  let current: { name: string; indent: number; lines: string[]; location?: string } | undefined
  let pendingLocation: string | undefined
  const close = () => {
    if (!current) return
    const name = toRepoRelative(current.name) ?? current.name
    const file = current.location ?? (/\.[cm]?[jt]sx?$/.test(name) ? name : undefined)
    if (!failures.some((failure) => failure.nodeid === name)) {
      failures.push(makeTestFailure('node-test', name, [...current.lines, ...diagnostics], file))
    }
    current = undefined
  }
  for (const line of body) {
    const location = /^test at (\S+?):\d+:\d+$/.exec(line.trim())
    if (location) {
      close()
      pendingLocation = toRepoRelative(location[1]!) ?? location[1]!
      continue
    }
    const failed = nodeFailedTest.exec(line) ?? tapNotOk.exec(line)
    if (failed) {
      close()
      current = { name: failed[2]!, indent: failed[1]!.length, lines: [] }
      if (pendingLocation) current.location = pendingLocation
      pendingLocation = undefined
      continue
    }
    if (current && (line.trim() === '' || line.length - line.trimStart().length > current.indent)) {
      current.lines.push(line)
    } else {
      close()
    }
  }
  close()
  return failures
}

export function looksLikeJest(lines: readonly string[]): boolean {
  return lines.some((line) => jestFileStatus.test(line)) && !lines.some((line) => /^\s*RUN\s+v\d/.test(line))
}

export function looksLikeVitest(lines: readonly string[]): boolean {
  return lines.some((line) => /^\s*RUN\s+v\d/.test(line) || /^\s*Test Files\s+\d/.test(line) || vitestHeading.test(line))
}

export function looksLikeNodeTest(lines: readonly string[]): boolean {
  return lines.some((line) => nodeFailingSection.test(line) || /^ℹ (?:tests|fail) \d+$/.test(line) || /^# (?:tests|fail) \d+$/.test(line))
}
