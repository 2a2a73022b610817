import { normalizeLogLine } from './normalize-log-line.js'

/**
 * Reads a GitHub Actions job log as a stream of byte blocks and keeps only what the analysis
 * needs: the output of the steps that failed, bounded. Memory stays flat whatever the log's
 * size: each step keeps its head, its tail and windows around "interesting" lines, which a
 * byte-level prefilter finds (one regex over the raw block, decoded as latin1 so that byte
 * offsets and string offsets are the same), instead of splitting every line and running every
 * rule on it.
 */

export interface LogStep {
  /** The step's command (`pytest -q`) or action (`actions/checkout@v4`), as its `Run` line names it. */
  name: string
  failed: boolean
  cancelled: boolean
  exitCode?: number
  /** Normalized lines (no timestamps, no ANSI codes, repo-relative paths); `gapMarker` where bytes were skipped. */
  lines: string[]
  /** Bytes of the step that were not kept. */
  omittedBytes: number
}

export interface JobLog {
  job: string
  /** The failing steps only, in log order. */
  steps: LogStep[]
  /** `##[error]` annotations other than the runner's "Process completed with exit code N". */
  annotations: string[]
  /** The log stops without the runner's end of job (cut off, or a download cap). */
  truncated: boolean
  cancelled: boolean
  /** The log had the runner's step framing; a raw tool output has none and counts as one failing step. */
  framed: boolean
  bytes: number
}

export const gapMarker = '⋯'

export interface ScanLimits {
  headBytes: number
  tailBytes: number
  windowBytesPerStep: number
  linesBeforeHit: number
  linesAfterHit: number
}

export const defaultScanLimits: ScanLimits = {
  headBytes: 64 * 1024,
  tailBytes: 1024 * 1024,
  windowBytesPerStep: 2 * 1024 * 1024,
  linesBeforeHit: 8,
  linesAfterHit: 40,
}

// The strings that mark a line worth keeping, as latin1 so multi-byte markers match raw UTF-8:
// ✕ ✖ ✘ (jest, eslint, node:test), × (vitest), ● (jest's failure heading).
const triggerPattern =
  /##\[|rror|RROR|FAIL|Fail|arning|Traceback|would reformat|not ok|Timeout|timed out|Segmentation fault|Killed|Post job cleanup\.|Cleaning up orphan processes|\u00e2\u009c[\u0095\u0096\u0098]|\u00c3\u0097|\u00e2\u0097\u008f/g

const newline = 0x0a

interface Region {
  start: number
  bytes: Buffer
}

class StepCollector {
  readonly regions: Region[] = []
  private headUsed = 0
  private tail: Region[] = []
  private tailUsed = 0
  private windowUsed = 0
  private windowEnd = -1
  failed = false
  cancelled = false
  exitCode: number | undefined
  bytes = 0

  constructor(
    readonly name: string,
    readonly start: number,
    private readonly limits: ScanLimits,
  ) {}

  /** Feeds the bytes [from, to) of a block whose first byte is at global offset `base`. */
  feed(block: Buffer, base: number, from: number, to: number): void {
    if (to <= from) return
    this.bytes += to - from
    if (this.headUsed < this.limits.headBytes) {
      const end = Math.min(to, from + this.limits.headBytes - this.headUsed)
      this.regions.push({ start: base + from, bytes: Buffer.from(block.subarray(from, end)) })
      this.headUsed += end - from
    }
    const tailFrom = Math.max(from, to - this.limits.tailBytes)
    this.tail.push({ start: base + tailFrom, bytes: Buffer.from(block.subarray(tailFrom, to)) })
    this.tailUsed += to - tailFrom
    while (this.tail.length > 1 && this.tailUsed - this.tail[0]!.bytes.length >= this.limits.tailBytes) {
      this.tailUsed -= this.tail.shift()!.bytes.length
    }
  }

  /** Keeps the lines around a hit at `index` of the block, unless a window already covers it. */
  keepWindow(block: Buffer, base: number, index: number, blockEnd: number): void {
    if (base + index < this.windowEnd || this.windowUsed >= this.limits.windowBytesPerStep) return
    let start = index
    for (let n = 0; n <= this.limits.linesBeforeHit && start > 0; n++) start = block.lastIndexOf(newline, start - 1)
    start = start <= 0 ? 0 : start + 1
    let end = index
    for (let n = 0; n < this.limits.linesAfterHit && end !== -1 && end < blockEnd; n++) end = block.indexOf(newline, end + 1)
    // A newline at blockEnd or past it is not the block's (stale bytes of a reused buffer).
    end = end === -1 || end >= blockEnd ? blockEnd : end + 1
    this.regions.push({ start: base + start, bytes: Buffer.from(block.subarray(start, end)) })
    this.windowUsed += end - start
    this.windowEnd = base + end
  }

  /** `end`: the global offset where the next step begins; windows may reach past it. */
  finish(end: number): LogStep {
    const all = [...this.regions, ...this.tail].sort((a, b) => a.start - b.start)
    const lines: string[] = []
    let covered = this.start
    let kept = 0
    for (const region of all) {
      const regionEnd = Math.min(region.start + region.bytes.length, end)
      if (regionEnd <= covered) continue
      const fresh = region.bytes.subarray(Math.max(0, covered - region.start), regionEnd - region.start)
      if (region.start > covered) lines.push(gapMarker)
      kept += fresh.length
      // A region that starts mid-line (a clipped tail) loses its partial first line.
      const text = fresh.toString('utf8')
      const parts = text.split('\n')
      if (region.start > covered && region.start !== this.start && parts.length > 1) parts.shift()
      if (parts.at(-1) === '') parts.pop()
      for (const part of parts) lines.push(normalizeLogLine(part))
      covered = regionEnd
    }
    dropCommandHeader(lines)
    const step: LogStep = {
      name: this.name,
      failed: this.failed,
      cancelled: this.cancelled,
      lines,
      omittedBytes: Math.max(0, this.bytes - kept),
    }
    if (this.exitCode !== undefined) step.exitCode = this.exitCode
    return step
  }
}

/**
 * A `Run` step's log opens with the command, `shell:` and `env:` lines up to `##[endgroup]`:
 * the workflow's text, not the tool's output (the step's name keeps the command).
 */
function dropCommandHeader(lines: string[]): void {
  const end = lines.indexOf('##[endgroup]')
  if (end !== -1 && end < 200) lines.splice(0, end + 1)
}

/** Where a line's text starts: after the runner's timestamp (`2026-11-25T13:10:52.3953351Z `), if any. */
function contentStart(block: Buffer, lineStart: number): number {
  // "YYYY-MM-DDTHH:MM:SS" then fraction digits then "Z ": checked on bytes, no decoding.
  if (block[lineStart + 4] === 0x2d && block[lineStart + 10] === 0x54) {
    const z = block.indexOf(0x5a, lineStart + 19) // 'Z'
    if (z !== -1 && z < lineStart + 40 && block[z + 1] === 0x20) return z + 2
  }
  return lineStart
}

function startsWith(block: Buffer, at: number, prefix: string): boolean {
  return block.toString('latin1', at, at + prefix.length) === prefix
}

export class JobLogScanner {
  private current: StepCollector
  private readonly steps: LogStep[] = []
  private readonly annotations: string[] = []
  private framed = false
  private finishedNormally = false
  private cancelled = false
  private bytes = 0
  private lastByte = newline

  constructor(
    private readonly job: string,
    private readonly limits: ScanLimits = defaultScanLimits,
  ) {
    this.current = new StepCollector('(before the first step)', 0, limits)
  }

  /**
   * Scans a block of whole lines (the caller carries a partial last line over to the next
   * block; a single line longer than a block is cut). The block may be reused after return.
   */
  scan(block: Buffer, length = block.length): void {
    const base = this.bytes
    const text = block.toString('latin1', 0, length)
    let segmentStart = 0
    triggerPattern.lastIndex = 0
    for (let match = triggerPattern.exec(text); match !== null; match = triggerPattern.exec(text)) {
      const index = match.index
      // Not lastIndexOf(…, -1): a negative offset counts from the buffer's end.
      const lineStart = index === 0 ? 0 : block.lastIndexOf(newline, index - 1) + 1
      const lineEndRaw = block.indexOf(newline, index)
      const lineEnd = lineEndRaw === -1 || lineEndRaw >= length ? length : lineEndRaw
      const at = contentStart(block, lineStart)
      triggerPattern.lastIndex = lineEnd
      if (at === index && match[0] === '##[') {
        if (startsWith(block, at, '##[group]Run ')) {
          this.framed = true
          this.current.feed(block, base, segmentStart, lineStart)
          segmentStart = lineStart
          this.startStep(block.toString('utf8', at + 13, lineEnd).trim(), base + lineStart)
          continue
        }
        if (startsWith(block, at, '##[error]')) {
          this.recordError(block.toString('utf8', at + 9, lineEnd).trim())
        }
      } else if (at === index && match[0] === 'Cleaning up orphan processes') {
        this.finishedNormally = true
      } else if (at === index && match[0] === 'Post job cleanup.') {
        this.framed = true
        this.finishedNormally = true
        this.current.feed(block, base, segmentStart, lineStart)
        segmentStart = lineStart
        this.startStep('(post job cleanup)', base + lineStart)
        continue
      }
      this.current.keepWindow(block, base, lineStart, length)
    }
    this.current.feed(block, base, segmentStart, length)
    this.bytes += length
    if (length > 0) this.lastByte = block[length - 1]!
  }

  private recordError(message: string): void {
    this.current.failed = true
    const exit = /^Process completed with exit code (\d+)\.?$/.exec(message)
    if (exit) {
      this.current.exitCode = Number(exit[1])
      return
    }
    if (/^The operation was canceled\.?$/.test(message)) {
      this.current.cancelled = true
      this.cancelled = true
      return
    }
    if (this.annotations.length < 50) this.annotations.push(normalizeLogLine(message))
  }

  private startStep(name: string, start: number): void {
    this.closeStep(start)
    this.current = new StepCollector(name, start, this.limits)
  }

  private closeStep(end: number): void {
    if (this.current.failed) this.steps.push(this.current.finish(end))
  }

  finish(): JobLog {
    const truncated = this.lastByte !== newline || (this.framed && !this.finishedNormally && !this.cancelled)
    const last = this.current
    // A log cut off inside a step, or raw tool output without framing: that step is what failed.
    if (!last.failed && (truncated || !this.framed) && (this.steps.length === 0 || !this.framed)) {
      if (this.bytes > 0) last.failed = true
    }
    this.closeStep(this.bytes)
    return {
      job: this.job,
      steps: this.steps,
      annotations: this.annotations,
      truncated: this.bytes > 0 && truncated,
      cancelled: this.cancelled,
      framed: this.framed,
      bytes: this.bytes,
    }
  }
}
