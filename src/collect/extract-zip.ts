import { mkdir, open, realpath, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import yauzl, { type Entry, type ZipFile } from 'yauzl'
import { InputError, getErrorMessage } from '../errors.js'

export interface ZipLimits {
  /** Uncompressed bytes of one entry, counted as they inflate. */
  maxEntryBytes: number
  /** Uncompressed bytes of the whole archive. */
  maxTotalBytes: number
  maxEntries: number
}

export const defaultZipLimits: ZipLimits = {
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  maxEntries: 10_000,
}

export interface SkippedEntry {
  /** The entry's name as the archive spells it. */
  name: string
  reason: string
}

export interface ExtractedZip {
  /** Paths of the files written, relative to the destination, with `/`. */
  files: string[]
  skipped: SkippedEntry[]
  totalBytes: number
}

// yauzl 3 exports it; @types/yauzl, written for yauzl 2, does not declare it.
const { getFileNameLowLevel } = yauzl as unknown as {
  getFileNameLowLevel(flags: number, name: Buffer, extraFields: Entry['extraFields'], strict: boolean): string
}

const fileTypeMask = 0o170000
const symbolicLinkType = 0o120000
const regularFileType = 0o100000
const directoryType = 0o040000

/**
 * Extracts an artifact, which a fork's pull request may have written: an entry that would land
 * outside `destinationDir`, a link, or one over a cap is skipped with its reason while the rest
 * is extracted. An archive that cannot be read at all is an InputError.
 */
export async function extractZip(
  zipFile: string,
  destinationDir: string,
  limits: Partial<ZipLimits> = {},
): Promise<ExtractedZip> {
  const { maxEntryBytes, maxTotalBytes, maxEntries } = { ...defaultZipLimits, ...limits }
  await mkdir(destinationDir, { recursive: true })
  // Compared with real paths, so a destination reached through a link still contains its entries.
  const root = await realpath(destinationDir)
  const zip = await openZip(zipFile)
  // yauzl may report a read failure between entries; an 'error' event nobody listens to would
  // crash the process, and a later readEntry() would wait forever. Keep it for readNextEntry.
  const failure: ZipFailure = {}
  zip.on('error', (error: Error) => {
    failure.error ??= error
  })
  const result: ExtractedZip = { files: [], skipped: [], totalBytes: 0 }
  try {
    for (let entryIndex = 0; ; entryIndex += 1) {
      const entry = await readNextEntry(zip, zipFile, failure)
      if (entry === undefined) break
      if (entryIndex >= maxEntries) {
        result.skipped.push({
          name: `(${zip.entryCount - maxEntries} more entries)`,
          reason: `the archive has ${zip.entryCount} entries and only the first ${maxEntries} are read`,
        })
        break
      }
      const name = decodeEntryName(entry)
      const relativePath = toRelativePath(name)
      const refusal = checkEntry(entry, name, relativePath)
      if (refusal !== undefined) {
        result.skipped.push({ name, reason: refusal })
        continue
      }
      // `./` names the destination itself: nothing to make.
      if (relativePath === '') continue
      const target = path.join(root, relativePath)
      if (!isInside(root, target)) {
        result.skipped.push({ name, reason: 'its path leads outside the destination folder' })
        continue
      }
      if (isDirectoryEntry(entry, name)) {
        const failure = await makeDirectory(target)
        if (failure !== undefined) result.skipped.push({ name, reason: failure })
        continue
      }
      const remainingBytes = maxTotalBytes - result.totalBytes
      const sizeLimit = Math.min(maxEntryBytes, remainingBytes)
      const sizeReason =
        remainingBytes < maxEntryBytes
          ? `the archive's files together exceed maxTotalBytes (${maxTotalBytes} bytes)`
          : `it is larger than maxEntryBytes (${maxEntryBytes} bytes)`
      // The header's size is only a hint for skipping early; the real check counts inflated bytes.
      if (entry.uncompressedSize > sizeLimit) {
        result.skipped.push({ name, reason: sizeReason })
        continue
      }
      const outcome = await extractEntry(zip, entry, target, sizeLimit, sizeReason)
      if ('reason' in outcome) {
        result.skipped.push({ name, reason: outcome.reason })
        continue
      }
      result.files.push(relativePath)
      result.totalBytes += outcome.bytes
    }
  } finally {
    zip.close()
  }
  return result
}

/** Why an entry must not be extracted, or undefined when it may be. */
function checkEntry(entry: Entry, name: string, relativePath: string): string | undefined {
  const fileType = (entry.externalFileAttributes >>> 16) & fileTypeMask
  if (fileType === symbolicLinkType) return 'it is a symbolic link (links are never created)'
  if (fileType !== 0 && fileType !== regularFileType && fileType !== directoryType) return 'it is not a regular file'
  if (entry.isEncrypted()) return 'it is encrypted'
  if (name.includes('\0')) return 'its name contains a NUL byte'
  const slashed = name.replace(/\\/g, '/')
  if (slashed.startsWith('/') || /^[a-zA-Z]:/.test(slashed)) return 'its path is absolute'
  // Backslashes count as separators here: Windows tools write them, and `..\` climbs there too.
  if (slashed.split('/').includes('..')) return 'its path climbs out of the destination folder (..)'
  if (relativePath === '' && !isDirectoryEntry(entry, name)) return 'its name is empty'
  return undefined
}

function decodeEntryName(entry: Entry): string {
  // With decodeStrings: false yauzl hands over raw bytes and leaves judging the name to us, so a
  // hostile name skips one entry instead of failing the whole archive.
  const raw = entry.fileName as unknown as Buffer
  return getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true)
}

function toRelativePath(name: string): string {
  return name
    .replace(/\\/g, '/')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/')
}

function isDirectoryEntry(entry: Entry, name: string): boolean {
  return /[/\\]$/.test(name) || ((entry.externalFileAttributes >>> 16) & fileTypeMask) === directoryType
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target)
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative)
}

async function makeDirectory(target: string): Promise<string | undefined> {
  try {
    await mkdir(target, { recursive: true })
    return undefined
  } catch (error) {
    return describeClash(error)
  }
}

async function extractEntry(
  zip: ZipFile,
  entry: Entry,
  target: string,
  sizeLimit: number,
  sizeReason: string,
): Promise<{ bytes: number } | { reason: string }> {
  let stream: Readable
  try {
    stream = await openReadStream(zip, entry)
  } catch (error) {
    return { reason: `it could not be read (${getErrorMessage(error)})` }
  }
  let handle
  try {
    await mkdir(path.dirname(target), { recursive: true })
    // 'wx': never write through something already there (a second entry of the same name).
    handle = await open(target, 'wx')
  } catch (error) {
    stream.destroy()
    return { reason: describeClash(error) }
  }
  let bytes = 0
  let reason: string | undefined
  try {
    const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>
    while (reason === undefined) {
      let next: IteratorResult<Buffer>
      try {
        next = await chunks.next()
      } catch (error) {
        reason = `it could not be read (${getErrorMessage(error)})`
        break
      }
      if (next.done) break
      bytes += next.value.length
      if (bytes > sizeLimit) reason = sizeReason
      else await handle.write(next.value)
    }
  } finally {
    await handle.close()
    stream.destroy()
  }
  if (reason === undefined) return { bytes }
  await rm(target, { force: true })
  return { reason }
}

/** Entry-level file-system clashes become a skip reason; anything else (a full disk) is thrown. */
function describeClash(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EEXIST') return 'an earlier entry has the same path'
  if (code === 'ENOTDIR' || code === 'EISDIR') return 'its path clashes with a file or folder of an earlier entry'
  throw error
}

function openZip(zipFile: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    const options = { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false }
    yauzl.open(zipFile, options, (error, zip) => {
      if (error) reject(toCorruptZipError(zipFile, error))
      else resolve(zip)
    })
  })
}

interface ZipFailure {
  error?: Error
}

function readNextEntry(zip: ZipFile, zipFile: string, failure: ZipFailure): Promise<Entry | undefined> {
  return new Promise((resolve, reject) => {
    if (failure.error) {
      reject(toCorruptZipError(zipFile, failure.error))
      return
    }
    const onEntry = (entry: Entry) => finish(() => resolve(entry))
    const onEnd = () => finish(() => resolve(undefined))
    const onError = (error: Error) => finish(() => reject(toCorruptZipError(zipFile, error)))
    const finish = (settle: () => void) => {
      zip.off('entry', onEntry).off('end', onEnd).off('error', onError)
      settle()
    }
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError)
    zip.readEntry()
  })
}

function openReadStream(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error)
      // Inflating starts at once, before anyone reads: a size check can fail while we are still
      // opening the target file, and an 'error' nobody listens to would crash the process. The
      // stream keeps the error and our read loop meets it.
      stream.on('error', () => undefined)
      resolve(stream)
    })
  })
}

function toCorruptZipError(zipFile: string, error: Error): InputError {
  return new InputError(
    `${path.basename(zipFile)} is not a readable zip archive (${error.message})`,
    'Upload the artifact again; if it keeps failing, check the step that makes it.',
    { cause: error },
  )
}
