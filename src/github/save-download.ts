import { open, rm } from 'node:fs/promises'

export class DownloadTooLargeError extends Error {
  override name = 'DownloadTooLargeError'
  constructor(readonly maxBytes: number) {
    super(`the download is larger than ${maxBytes} bytes`)
  }
}

/**
 * Writes a body to a file as it arrives, never holding more than one chunk. Past `maxBytes` the
 * partial file is removed and DownloadTooLargeError thrown: a cut archive is useless.
 */
export async function saveDownload(
  body: AsyncIterable<Uint8Array>,
  destinationFile: string,
  maxBytes: number,
): Promise<{ bytesWritten: number }> {
  const handle = await open(destinationFile, 'w')
  let bytesWritten = 0
  try {
    for await (const chunk of body) {
      bytesWritten += chunk.length
      // Checked on the bytes that arrive: a Content-Length or a listed size can lie.
      if (bytesWritten > maxBytes) throw new DownloadTooLargeError(maxBytes)
      await handle.write(chunk)
    }
  } catch (error) {
    await handle.close()
    await rm(destinationFile, { force: true })
    throw error
  }
  await handle.close()
  return { bytesWritten }
}

export interface SavedLog {
  /** Bytes in the file, the omission note included. */
  bytesWritten: number
  /** Bytes the body had. */
  totalBytes: number
  /** Bytes of the body left out of the file (0: the whole log is there). */
  omittedBytes: number
}

/** The share of a capped log given to its beginning; the rest goes to its end. */
const headShare = 0.25
/** Room kept for the note that replaces the omitted middle. */
const noteReserveBytes = 256

/**
 * Saves a log whole when it fits in `maxBytes`; otherwise its first quarter and its last three
 * quarters, cut at line ends, with a note where the middle was. The end matters most: the failing
 * step and its `##[error]` come last, after the setup noise. Memory stays within about
 * `maxBytes` however long the log is.
 */
export async function saveLogHeadAndTail(
  body: AsyncIterable<Uint8Array>,
  destinationFile: string,
  maxBytes: number,
): Promise<SavedLog> {
  const headLimit = Math.floor(maxBytes * headShare)
  const tailLimit = Math.max(0, maxBytes - headLimit - noteReserveBytes)
  // Until the log proves too long, keep everything after the head so a log that fits is saved whole.
  const tailBufferLimit = maxBytes - headLimit
  const handle = await open(destinationFile, 'w')
  try {
    let headBytes = 0
    let headEndOfLastLine = 0
    let totalBytes = 0
    const tailChunks: Buffer[] = []
    let tailBytes = 0
    for await (const chunk of body) {
      totalBytes += chunk.length
      let rest = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
      if (headBytes < headLimit) {
        const part = rest.subarray(0, headLimit - headBytes)
        await handle.write(part)
        const lastNewline = part.lastIndexOf(0x0a)
        if (lastNewline !== -1) headEndOfLastLine = headBytes + lastNewline + 1
        headBytes += part.length
        rest = rest.subarray(part.length)
      }
      if (rest.length === 0) continue
      // Copied: the stream may reuse its chunk's memory once we ask for the next one.
      tailChunks.push(Buffer.from(rest))
      tailBytes += rest.length
      const limit = totalBytes > maxBytes ? tailLimit : tailBufferLimit
      while (tailChunks.length > 1 && tailBytes - (tailChunks[0]?.length ?? 0) >= limit) {
        tailBytes -= tailChunks.shift()?.length ?? 0
      }
    }
    if (totalBytes <= maxBytes) {
      for (const chunk of tailChunks) await handle.write(chunk)
      return { bytesWritten: totalBytes, totalBytes, omittedBytes: 0 }
    }
    const keptHeadBytes = headEndOfLastLine > 0 ? headEndOfLastLine : headBytes
    await handle.truncate(keptHeadBytes)
    const tail = takeWholeLinesFromEnd(Buffer.concat(tailChunks), tailLimit)
    const omittedBytes = totalBytes - keptHeadBytes - tail.length
    const note = Buffer.from(
      `[autoheal] ${omittedBytes} bytes of this ${totalBytes}-byte log were left out here to stay under maxLogBytes (${maxBytes}).\n`,
    )
    await handle.write(note, 0, note.length, keptHeadBytes)
    await handle.write(tail, 0, tail.length, keptHeadBytes + note.length)
    return { bytesWritten: keptHeadBytes + note.length + tail.length, totalBytes, omittedBytes }
  } finally {
    await handle.close()
  }
}

/** The last `maxBytes` of `text`, without a partial first line (unless no line ends in it at all). */
function takeWholeLinesFromEnd(text: Buffer, maxBytes: number): Buffer {
  const start = Math.max(0, text.length - maxBytes)
  const tail = text.subarray(start)
  if (start > 0 && text[start - 1] === 0x0a) return tail
  const firstNewline = tail.indexOf(0x0a)
  return firstNewline === -1 || firstNewline === tail.length - 1 ? tail : tail.subarray(firstNewline + 1)
}
