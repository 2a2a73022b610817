import { boundDetails, type Failure } from '../failure.js'
import { toRepoRelative } from '../runner-paths.js'
import { isTestFile } from '../test-files.js'
import type { Frame } from '../failure.js'
import { readPythonTraceback } from '../reports/python-traceback.js'
import { isRepoPath } from '../runner-paths.js'

/**
 * pytest's console output: the FAILURES and ERRORS sections (one block per test, headed
 * `____ test_name ____`), the short test summary (`FAILED id - message`, `ERROR id`), and in
 * `-v` mode the progress lines (`tests/x.py::test_y PASSED`), which name a test that crashed
 * the interpreter or never finished.
 */
const sectionHeading = /^={3,} ?(.*?) ?={3,}$/
const blockHeading = /^_{3,} (.+?) _{3,}$/
// A node id is a path (`tests/test_x.py`, `tests/test_x.py::test_y[1]`), never unittest's `FAILED (errors=1)`.
const summaryLine = /^(FAILED|ERROR) ([^\s(][^\s]*?\.py(?:::\S+)?|[^\s(]\S*::\S+)(?: - (.*))?$/
const verboseLine = /^(\S+\.py(?:::\S+)+)(?: (PASSED|FAILED|ERROR|SKIPPED|XFAIL|XPASS)\b.*| (.+))?\s*$/
const crashMarkers = /Fatal Python error: (.+)|^(Segmentation fault|Bus error|Killed)\b/

interface Block {
  title: string
  lines: string[]
}

function readBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = []
  let inSection = false
  let current: Block | undefined
  for (const line of lines) {
    const section = sectionHeading.exec(line)
    if (section) {
      inSection = /^(?:FAILURES|ERRORS)$/.test(section[1]!)
      current = undefined
      continue
    }
    if (!inSection) continue
    const heading = blockHeading.exec(line)
    if (heading) {
      current = { title: heading[1]!, lines: [] }
      blocks.push(current)
    } else if (current && !/^-{3,} .* -{3,}$/.test(line)) {
      current.lines.push(line)
    }
  }
  return blocks
}

/** `test_y`, `TestX.test_y` or `ERROR collecting tests/x.py` → how the summary ends the node id. */
function blockMatchesNodeid(title: string, nodeid: string): boolean {
  const collecting = /^ERROR collecting (\S+)/.exec(title)
  if (collecting) return nodeid === collecting[1]
  const suffix = title.replace(/^ERROR at (?:setup|teardown) of /, '').replaceAll('.', '::')
  return nodeid.endsWith(`::${suffix}`) || nodeid === suffix
}

function nodeidFromBlock(block: Block, frames: readonly Frame[]): string {
  const collecting = /^ERROR collecting (\S+)/.exec(block.title)
  if (collecting) return collecting[1]!
  const title = block.title.replace(/^ERROR at (?:setup|teardown) of /, '').replaceAll('.', '::')
  const testFile = frames.find((frame) => isRepoPath(frame.file) && isTestFile(frame.file))
  return testFile ? `${testFile.file}::${title}` : title
}

function failureFromBlock(nodeid: string, outcome: 'failed' | 'error', block: Block | undefined, summaryMessage?: string): Failure {
  const lines = block?.lines ?? []
  const traceback = readPythonTraceback(lines)
  const { frames, errorType } = traceback
  const message = traceback.message ?? summaryMessage ?? errorType ?? `${nodeid} ${outcome}`
  const failure: Failure = {
    kind: 'test',
    tool: 'pytest',
    nodeid,
    outcome,
    message,
    details: boundDetails(lines),
    frames,
  }
  if (errorType) failure.errorType = errorType
  const file = traceback.file ?? toRepoRelative(nodeid.split('::')[0]!)
  if (file) failure.file = file
  if (traceback.file && traceback.line !== undefined) failure.line = traceback.line
  return failure
}

/** A test that took the interpreter down (segfault) or never finished (a hang until the run was cancelled). */
function unfinishedTest(lines: readonly string[]): Failure | undefined {
  let lastStarted: { nodeid: string; index: number; rest?: string } | undefined
  for (let index = 0; index < lines.length; index++) {
    const match = verboseLine.exec(lines[index]!)
    if (!match) continue
    lastStarted = match[2] ? undefined : { nodeid: match[1]!, index, ...(match[3] ? { rest: match[3] } : {}) }
  }
  if (!lastStarted) return undefined
  const after = lines.slice(lastStarted.index + 1)
  const crash = [lastStarted.rest ?? '', ...after].map((line) => crashMarkers.exec(line)).find(Boolean)
  const errorType = crash ? (crash[1] ?? crash[2])!.trim() : 'Unfinished'
  const message = crash ? `Fatal: ${errorType}` : 'The test started but never finished (the job ended while it ran).'
  // faulthandler prints the most recent call first; frames run outermost first.
  const { frames: printed } = readPythonTraceback(after)
  const frames = after.some((line) => line.includes('most recent call first')) ? printed.reverse() : printed
  const deepest = [...frames].reverse().find((frame) => isRepoPath(frame.file) && !isTestFile(frame.file))
  const failure: Failure = {
    kind: 'test',
    tool: 'pytest',
    nodeid: lastStarted.nodeid,
    outcome: 'failed',
    message,
    errorType,
    details: boundDetails([lines[lastStarted.index]!, ...after]),
    frames,
  }
  const file = deepest?.file ?? toRepoRelative(lastStarted.nodeid.split('::')[0]!)
  if (file) failure.file = file
  if (deepest?.line !== undefined) failure.line = deepest.line
  return failure
}

export function looksLikePytest(lines: readonly string[]): boolean {
  return lines.some(
    (line) =>
      /^={3,} (?:test session starts|FAILURES|ERRORS|short test summary info) ={3,}$/.test(line) ||
      summaryLine.test(line) ||
      /^\d+ (?:failed|passed|errors?)\b.* in [\d.]+s\b/.test(line.replace(/^=+ | =+$/g, '')),
  )
}

export function parsePytestOutput(lines: readonly string[]): Failure[] {
  const blocks = readBlocks(lines)
  const failures: Failure[] = []
  const usedBlocks = new Set<Block>()
  for (const line of lines) {
    const summary = summaryLine.exec(line)
    if (!summary) continue
    const nodeid = summary[2]!
    if (failures.some((failure) => failure.nodeid === nodeid)) continue
    const block = blocks.find((candidate) => !usedBlocks.has(candidate) && blockMatchesNodeid(candidate.title, nodeid))
    if (block) usedBlocks.add(block)
    failures.push(failureFromBlock(nodeid, summary[1] === 'ERROR' ? 'error' : 'failed', block, summary[3]))
  }
  // A log cut off before the summary still has its blocks.
  for (const block of blocks) {
    if (usedBlocks.has(block)) continue
    const { frames } = readPythonTraceback(block.lines)
    const outcome = block.title.startsWith('ERROR ') ? 'error' : 'failed'
    failures.push(failureFromBlock(nodeidFromBlock(block, frames), outcome, block))
  }
  if (failures.length === 0) {
    const unfinished = unfinishedTest(lines)
    if (unfinished) failures.push(unfinished)
  }
  return failures
}
