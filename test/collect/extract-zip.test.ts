import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { extractZip } from '../../src/collect/extract-zip.js'
import { InputError } from '../../src/errors.js'
import { buildHostileZip, buildZip, hostileEntryNames, renameInZip, type ZipEntrySpec } from '../fakes/fake-github.js'

/** A temporary folder with the zip written in it; the destination is `<root>/a/b/dest`, deep enough for `../../` to land inside root. */
async function prepare(zip: Buffer) {
  const root = await mkdtemp(path.join(tmpdir(), 'autoheal-zip-'))
  onTestFinished(() => rm(root, { recursive: true, force: true }))
  const zipFile = path.join(root, 'artifact.zip')
  await writeFile(zipFile, zip)
  return { root, zipFile, destination: path.join(root, 'a', 'b', 'dest') }
}

async function listTree(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort()
}

function textEntries(...names: string[]): ZipEntrySpec[] {
  return names.map((name) => ({ name, data: Buffer.from(`content of ${name}\n`) }))
}

/** Makes the central directory claim a smaller size than the entry inflates to. */
function understateUncompressedSize(zip: Buffer, claimedBytes: number): void {
  const centralHeader = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
  if (centralHeader === -1) throw new Error('no central directory header')
  zip.writeUInt32LE(claimedBytes, centralHeader + 24)
}

describe('extractZip', () => {
  it('extracts nested files, folders and non-ASCII names as they are', async () => {
    const zip = await buildZip([...textEntries('reports/junit.xml', 'résumé/über.json', 'top.txt')])
    const { zipFile, destination } = await prepare(zip)

    const result = await extractZip(zipFile, destination)

    expect(result.skipped).toEqual([])
    expect(result.files.sort()).toEqual(['reports/junit.xml', 'résumé/über.json', 'top.txt'])
    expect(await readFile(path.join(destination, 'résumé', 'über.json'), 'utf8')).toBe('content of résumé/über.json\n')
    expect(result.totalBytes).toBe(textEntries('reports/junit.xml', 'résumé/über.json', 'top.txt').reduce((sum, entry) => sum + entry.data.length, 0))
  })

  it('skips every hostile entry with its reason, keeps the harmless one, and writes nothing outside', async () => {
    const absolutePath = path.join(tmpdir(), `autoheal-zip-absolute-${process.pid}-${Date.now()}.txt`)
    const { root, zipFile, destination } = await prepare(await buildHostileZip({ absolutePath, oversizedEntryBytes: 5000 }))

    const result = await extractZip(zipFile, destination, { maxEntryBytes: 4096 })

    expect(result.files).toEqual([hostileEntryNames.harmless])
    expect(result.skipped).toEqual([
      { name: hostileEntryNames.zipSlip, reason: 'its path climbs out of the destination folder (..)' },
      { name: hostileEntryNames.backslashSlip, reason: 'its path climbs out of the destination folder (..)' },
      { name: absolutePath, reason: 'its path is absolute' },
      { name: hostileEntryNames.symlink, reason: 'it is a symbolic link (links are never created)' },
      { name: hostileEntryNames.oversized, reason: 'it is larger than maxEntryBytes (4096 bytes)' },
    ])
    expect(await listTree(root)).toEqual(['a/b/dest/ok.txt', 'artifact.zip'].map((file) => path.join(...file.split('/'))))
    await expect(readFile(absolutePath)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('reads a backslash as a separator when it stays inside', async () => {
    const zip = await buildZip(textEntries('reports_junit.xml'))
    renameInZip(zip, 'reports_junit.xml', 'reports\\junit.xml')
    const { zipFile, destination } = await prepare(zip)

    const result = await extractZip(zipFile, destination)

    expect(result.files).toEqual(['reports/junit.xml'])
    expect(await readFile(path.join(destination, 'reports', 'junit.xml'), 'utf8')).toBe('content of reports_junit.xml\n')
  })

  it('counts inflated bytes instead of trusting the size in the header', async () => {
    const zip = await buildZip([{ name: 'bomb.bin', data: Buffer.alloc(2 * 1024 * 1024) }, ...textEntries('after.txt')])
    understateUncompressedSize(zip, 100)
    const { zipFile, destination } = await prepare(zip)

    const result = await extractZip(zipFile, destination)

    expect(result.skipped).toEqual([{ name: 'bomb.bin', reason: expect.stringMatching(/^it could not be read \(too many bytes in the stream/) }])
    // The entry was stopped early and its partial file removed; the next entry still came out.
    expect(await readdir(destination)).toEqual(['after.txt'])
    expect(result.files).toEqual(['after.txt'])
  })

  it('stops at maxTotalBytes over all entries', async () => {
    const entries = ['one', 'two', 'three'].map((name) => ({ name: `${name}.bin`, data: Buffer.alloc(400 * 1024, 1) }))
    const { zipFile, destination } = await prepare(await buildZip(entries))

    const result = await extractZip(zipFile, destination, { maxEntryBytes: 1024 * 1024, maxTotalBytes: 1024 * 1024 })

    expect(result.files).toEqual(['one.bin', 'two.bin'])
    expect(result.totalBytes).toBe(800 * 1024)
    expect(result.skipped).toEqual([
      { name: 'three.bin', reason: "the archive's files together exceed maxTotalBytes (1048576 bytes)" },
    ])
  })

  it('reads only the first maxEntries entries', async () => {
    const { zipFile, destination } = await prepare(await buildZip(textEntries('1.txt', '2.txt', '3.txt', '4.txt', '5.txt')))

    const result = await extractZip(zipFile, destination, { maxEntries: 3 })

    expect(result.files).toEqual(['1.txt', '2.txt', '3.txt'])
    expect(result.skipped).toEqual([
      { name: '(2 more entries)', reason: 'the archive has 5 entries and only the first 3 are read' },
    ])
  })

  it('keeps the first of two entries with the same path', async () => {
    const zip = await buildZip([
      { name: 'report.xml', data: Buffer.from('first') },
      { name: 'report_xml', data: Buffer.from('second') },
    ])
    renameInZip(zip, 'report_xml', 'report.xml')
    const { zipFile, destination } = await prepare(zip)

    const result = await extractZip(zipFile, destination)

    expect(result.files).toEqual(['report.xml'])
    expect(result.skipped).toEqual([{ name: 'report.xml', reason: 'an earlier entry has the same path' }])
    expect(await readFile(path.join(destination, 'report.xml'), 'utf8')).toBe('first')
  })

  it.each([
    ['bytes that are no zip', Buffer.from('<html>Bad gateway</html>')],
    ['an empty file', Buffer.alloc(0)],
  ])('rejects %s with an InputError', async (_, bytes) => {
    const { zipFile, destination } = await prepare(bytes)

    await expect(extractZip(zipFile, destination)).rejects.toBeInstanceOf(InputError)
    await expect(extractZip(zipFile, destination)).rejects.toThrow(/^artifact\.zip is not a readable zip archive \(/)
  })

  it('rejects a zip cut short with an InputError', async () => {
    const zip = await buildZip(textEntries('a.txt', 'b.txt'))
    const { zipFile, destination } = await prepare(zip.subarray(0, zip.length - 30))

    await expect(extractZip(zipFile, destination)).rejects.toBeInstanceOf(InputError)
  })
})
