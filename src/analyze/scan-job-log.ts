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

// The strings that mark a line worth keeping, searched in the raw bytes decoded as latin1. Few
// alternatives keep the regex near grep's speed; the rarer markers of a failure (✕, ●, Timeout,
// Segmentation fault) sit next to one of these or at the end of the step, which its tail keeps.
const triggerPattern = /##\[|rror|RROR|FAIL|Fail|arning|Traceback|would reformat|Post job cleanup\./g
// Strings of up to 64 KiB decode and search fastest; slices overlap so no marker straddles two.
const sliceBytes = 64 * 1024
const sliceOverlap = 32

const newline = 0x0a

interface Region {
  start: number
  bytes: Buffer
}

/**
 * The last bytes of the current step, in one buffer reused from step to step: the scanner copies
 * every block into it (the caller reuses its block) without allocating.
 */
class TailRing {
  private readonly ring: Buffer
  private written = 0
  private end = 0

  constructor(readonly capacity: number) {
    this.ring = Buffer.allocUnsafe(capacity)
  }

  reset(start: number): void {
    this.written = 0
    this.end = start
  }

  write(block: Buffer, from: number, to: number, globalEnd: number): void {
    const kept = block.subarray(Math.max(from, to - this.capacity), to)
    let position = this.written % this.capacity
    let offset = 0
    while (offset < kept.length) {
      const copied = kept.copy(this.ring, position, offset, Math.min(kept.length, offset + this.capacity - position))
      offset += copied
      position = (position + copied) % this.capacity
    }
    this.written += to - from
    this.end = globalEnd
  }

  /** The last complete line written, without timestamp. */
  lastLine(): string {
    const { bytes } = this.region()
    const text = bytes.subarray(Math.max(0, bytes.length - 200)).toString('utf8').trimEnd()
    return normalizeLogLine(text.slice(text.lastIndexOf('\n') + 1))
  }

  region(): Region {
    const size = Math.min(this.written, this.capacity)
    const position = this.written % this.capacity
    const bytes = this.written <= this.capacity ? Buffer.from(this.ring.subarray(0, size)) : Buffer.concat([this.ring.subarray(position), this.ring.subarray(0, position)])
    return { start: this.end - size, bytes }
  }
}

class StepCollector {
  readonly regions: Region[] = []
  private headUsed = 0
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
    private readonly tail: TailRing,
  ) {
    tail.reset(start)
  }

  /** Feeds the bytes [from, to) of a block whose first byte is at global offset `base`. */
  feed(block: Buffer, base: number, from: number, to: number): void {
    if (to <= from) return
    this.bytes += to - from
    if (this.headUsed < this.limits.headBytes) {
      const end = Math.min(to, from + this.limits.headBytes - this.headUsed)
      this.regions.push({ start: base + from, bytes: Buffer.from(block.subarray(from, end)) })
      this.headUsed += end - from
    }
    this.tail.write(block, from, to, base + to)
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
    const all = [...this.regions, this.tail.region()].sort((a, b) => a.start - b.start)
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
  private readonly tail: TailRing

  constructor(
    private readonly job: string,
    private readonly limits: ScanLimits = defaultScanLimits,
  ) {
    this.tail = new TailRing(limits.tailBytes)
    this.current = new StepCollector('(before the first step)', 0, limits, this.tail)
  }

  /**
   * Scans a block of whole lines (the caller carries a partial last line over to the next
   * block; a single line longer than a block is cut). The block may be reused after return.
   */
  scan(block: Buffer, length = block.length): void {
    const base = this.bytes
    let segmentStart = 0
    let resumeAt = 0
    for (let sliceStart = 0; sliceStart < length; sliceStart += sliceBytes) {
      const sliceEnd = Math.min(length, sliceStart + sliceBytes + sliceOverlap)
      const text = block.toString('latin1', sliceStart, sliceEnd)
      triggerPattern.lastIndex = Math.max(0, resumeAt - sliceStart)
      for (let match = triggerPattern.exec(text); match !== null; match = triggerPattern.exec(text)) {
        const index = sliceStart + match.index
        // A match in the overlap belongs to the next slice, which finds it again.
        if (index >= sliceStart + sliceBytes) break
        const lineEnd = this.handleHit(block, base, length, index, match[0], segmentStart)
        if (lineEnd.segmentStart !== undefined) segmentStart = lineEnd.segmentStart
        resumeAt = lineEnd.end
        triggerPattern.lastIndex = resumeAt - sliceStart
        if (triggerPattern.lastIndex >= text.length) break
      }
    }
    this.current.feed(block, base, segmentStart, length)
    this.bytes += length
    if (length > 0) this.lastByte = block[length - 1]!
  }

  /** One trigger hit: a step boundary, an error annotation, or a line to keep with its neighbours. */
  private handleHit(block: Buffer, base: number, length: number, index: number, marker: string, segmentStart: number): { end: number; segmentStart?: number } {
    // Not lastIndexOf(…, -1): a negative offset counts from the buffer's end.
    const lineStart = index === 0 ? 0 : block.lastIndexOf(newline, index - 1) + 1
    const lineEndRaw = block.indexOf(newline, index)
    const lineEnd = lineEndRaw === -1 || lineEndRaw >= length ? length : lineEndRaw
    const at = contentStart(block, lineStart)
    const startsStep = at === index && (marker === 'Post job cleanup.' || (marker === '##[' && startsWith(block, at, '##[group]Run ')))
    if (startsStep) {
      this.framed = true
      if (marker === 'Post job cleanup.') this.finishedNormally = true
      this.current.feed(block, base, segmentStart, lineStart)
      const name = marker === '##[' ? block.toString('utf8', at + 13, lineEnd).trim() : '(post job cleanup)'
      this.startStep(name, base + lineStart)
      return { end: lineEnd, segmentStart: lineStart }
    }
    if (at === index && marker === '##[' && startsWith(block, at, '##[error]')) {
      this.recordError(block.toString('utf8', at + 9, lineEnd).trim())
    }
    this.current.keepWindow(block, base, lineStart, length)
    return { end: lineEnd }
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
    this.current = new StepCollector(name, start, this.limits, this.tail)
  }

  private closeStep(end: number): void {
    if (this.current.failed) this.steps.push(this.current.finish(end))
  }

  finish(): JobLog {
    // A job without post steps ends with the runner's last line instead of "Post job cleanup.".
    if (this.tail.lastLine() === 'Cleaning up orphan processes') this.finishedNormally = true
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
