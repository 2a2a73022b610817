/**
 * What a command printed, kept within a bound: its first bytes and its last, with how much was cut
 * between them. A runaway test that prints gigabytes costs no more memory than a quiet one, and the
 * end (where test runners put their summary) always survives.
 */
export interface BoundedOutput {
  append(chunk: Buffer): void
  /** The text kept, with a line saying how many bytes were left out when any were. */
  text(): string
  totalBytes(): number
}

export function boundedOutput(headBytes: number, tailBytes: number): BoundedOutput {
  const head: Buffer[] = []
  let headLength = 0
  let tail: Buffer = Buffer.alloc(0)
  let total = 0
  return {
    append(chunk) {
      total += chunk.length
      if (headLength < headBytes) {
        const taken = chunk.subarray(0, headBytes - headLength)
        head.push(taken)
        headLength += taken.length
        chunk = chunk.subarray(taken.length)
      }
      if (chunk.length === 0) return
      tail = Buffer.concat([tail, chunk])
      if (tail.length > tailBytes) tail = tail.subarray(tail.length - tailBytes)
    },
    text() {
      const omitted = total - headLength - tail.length
      const headText = Buffer.concat(head).toString('utf8')
      if (omitted === 0) return headText + tail.toString('utf8')
      return `${headText}\n… ${omitted} bytes of output left out …\n${tail.toString('utf8')}`
    },
    totalBytes: () => total,
  }
}
