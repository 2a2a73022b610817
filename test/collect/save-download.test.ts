import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { DownloadTooLargeError, saveDownload, saveLogHeadAndTail } from '../../src/github/save-download.js'

async function makeTempDir(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'autoheal-save-'))
  onTestFinished(() => rm(folder, { recursive: true, force: true }))
  return folder
}

/** The bytes in chunks of uneven sizes, as a network delivers them. */
async function* inChunks(bytes: Buffer, sizes = [7, 1000, 3, 65536, 17]): AsyncGenerator<Uint8Array> {
  let at = 0
  for (let index = 0; at < bytes.length; index += 1) {
    const size = sizes[index % sizes.length] ?? 1
    yield new Uint8Array(bytes.subarray(at, at + size))
    at += size
  }
}

function numberedLines(count: number): Buffer {
  return Buffer.from(Array.from({ length: count }, (_, index) => `2026-11-25T13:15:27.5087373Z line ${index + 1}\n`).join(''))
}

describe('saveLogHeadAndTail', () => {
  it.each([
    ['smaller than the cap', 1000],
    ['exactly the cap', 0],
  ])('saves a log %s whole', async (_, spareBytes) => {
    const file = path.join(await makeTempDir(), 'job.txt')
    const log = numberedLines(100)

    const saved = await saveLogHeadAndTail(inChunks(log), file, log.length + spareBytes)

    expect(saved).toEqual({ bytesWritten: log.length, totalBytes: log.length, omittedBytes: 0 })
    expect((await readFile(file)).equals(log)).toBe(true)
  })

  it('keeps whole lines from the beginning and the end of a longer log, and a note between them', async () => {
    const file = path.join(await makeTempDir(), 'job.txt')
    const log = numberedLines(200_000) // about 9 MB
    const maxBytes = 64 * 1024

    const saved = await saveLogHeadAndTail(inChunks(log), file, maxBytes)

    const text = await readFile(file, 'utf8')
    expect(saved.bytesWritten).toBe(Buffer.byteLength(text))
    expect(saved.bytesWritten).toBeLessThanOrEqual(maxBytes)
    expect(saved.totalBytes).toBe(log.length)
    const lines = text.split('\n')
    const noteIndex = lines.findIndex((line) => line.startsWith('[autoheal] '))
    const head = lines.slice(0, noteIndex)
    const tail = lines.slice(noteIndex + 1, -1)
    expect(head[0]).toMatch(/ line 1$/)
    expect(tail.at(-1)).toMatch(/ line 200000$/)
    // Every kept line is whole and in order; what is missing is one stretch in the middle.
    const numbers = [...head, ...tail].map((line) => Number(/ line (\d+)$/.exec(line)?.[1]))
    expect(numbers.every((number, index) => index === 0 || number > (numbers[index - 1] ?? 0))).toBe(true)
    expect(lines[noteIndex]).toBe(
      `[autoheal] ${saved.omittedBytes} bytes of this ${log.length}-byte log were left out here to stay under maxLogBytes (${maxBytes}).`,
    )
    const keptBytes = [...head, ...tail].reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0)
    expect(saved.omittedBytes).toBe(log.length - keptBytes)
    // A quarter of the room goes to the beginning, the rest to the end, where the error is.
    expect(head.length).toBeGreaterThan(100)
    expect(tail.length).toBeGreaterThan(2 * head.length)
  })

  it('keeps a log without line ends as raw bytes from both sides', async () => {
    const file = path.join(await makeTempDir(), 'job.txt')
    const log = Buffer.alloc(10_000, 'x')

    const saved = await saveLogHeadAndTail(inChunks(log), file, 2048)

    expect(saved.bytesWritten).toBeLessThanOrEqual(2048)
    expect(saved.omittedBytes).toBeGreaterThan(0)
    expect((await readFile(file, 'utf8')).startsWith('x'.repeat(512))).toBe(true)
  })
})

describe('saveDownload', () => {
  it('writes the body as it comes', async () => {
    const file = path.join(await makeTempDir(), 'artifact.zip')
    const body = numberedLines(5000)

    expect(await saveDownload(inChunks(body), file, body.length)).toEqual({ bytesWritten: body.length })
    expect((await readFile(file)).equals(body)).toBe(true)
  })

  it('refuses a body over the cap, counting what arrives, and leaves no partial file', async () => {
    const file = path.join(await makeTempDir(), 'artifact.zip')
    let chunksRead = 0
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        chunksRead += 1
        yield new Uint8Array(1024)
      }
    }

    await expect(saveDownload(endless(), file, 10_000)).rejects.toBeInstanceOf(DownloadTooLargeError)
    expect(chunksRead).toBe(10)
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
