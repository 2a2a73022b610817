import { lstat, readFile, readdir, readlink, realpath } from 'node:fs/promises'
import path from 'node:path'
import { pathSyntaxProblem } from './check-path-syntax.js'

/**
 * What the edit policy may know of the workspace: for each path an answer names, and every folder
 * on the way to it, what is there. A path absent from the snapshot does not exist. The policy is
 * pure over this; `readWorkspaceSnapshot` is the one place that looks at the disk.
 */
export type WorkspaceEntry =
  | { kind: 'file'; text: string }
  | { kind: 'binary-file' }
  | { kind: 'large-file'; bytes: number }
  | { kind: 'directory'; hasFiles: boolean }
  | { kind: 'symlink'; pointsOutside: boolean }
  /** A FIFO, socket or device. */
  | { kind: 'other' }
  /** Resolves outside the workspace by a route lstat did not show (a bind mount, a race). */
  | { kind: 'outside' }

/** Repo-relative paths with `/`; the root is `''`. */
export type WorkspaceSnapshot = ReadonlyMap<string, WorkspaceEntry>

/** Files above this are not read: no fix needs to rewrite one, and reading it could exhaust memory. */
export const maxEditableFileBytes = 4 * 1024 * 1024

// git's test: a NUL byte in the first 8000 bytes makes a file binary.
const binarySniffBytes = 8000
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** The text of every readable text file in the snapshot, by path: what applyEdits works on. */
export function textFilesOf(snapshot: WorkspaceSnapshot): Map<string, string> {
  const files = new Map<string, string>()
  for (const [filePath, entry] of snapshot) if (entry.kind === 'file') files.set(filePath, entry.text)
  return files
}

function isInside(root: string, target: string): boolean {
  return target === root || target.startsWith(root + path.sep)
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code
  return code === 'ENOENT' || code === 'ENOTDIR'
}

function decodeText(bytes: Buffer): string | undefined {
  if (bytes.subarray(0, binarySniffBytes).includes(0)) return undefined
  try {
    return utf8.decode(bytes)
  } catch {
    return undefined // not UTF-8: treated as binary, since an edit would re-encode it
  }
}

async function readEntry(root: string, relativePath: string): Promise<WorkspaceEntry | undefined> {
  const fullPath = path.join(root, ...relativePath.split('/'))
  let stats
  try {
    stats = await lstat(fullPath)
  } catch (error) {
    if (isMissing(error)) return undefined
    throw error
  }
  if (stats.isSymbolicLink()) {
    // A dangling link has no real path; its target, resolved by hand, still says where it points.
    const target = await realpath(fullPath).catch(async () => path.resolve(path.dirname(fullPath), await readlink(fullPath)))
    return { kind: 'symlink', pointsOutside: !isInside(root, target) }
  }
  // The walk from the root saw no link, so this holds unless the tree changed under us or a
  // mount joins it elsewhere: checked with realpath all the same.
  if (!isInside(root, await realpath(fullPath))) return { kind: 'outside' }
  if (stats.isDirectory()) {
    const children = await readdir(fullPath, { withFileTypes: true })
    return { kind: 'directory', hasFiles: children.some((child) => child.isFile()) }
  }
  if (!stats.isFile()) return { kind: 'other' }
  if (stats.size > maxEditableFileBytes) return { kind: 'large-file', bytes: stats.size }
  const text = decodeText(await readFile(fullPath))
  return text === undefined ? { kind: 'binary-file' } : { kind: 'file', text }
}

/**
 * Looks at each path (and each folder leading to it) with lstat, never following a link, so a
 * link, or a folder that is one, is seen as such. Paths that are not plain repo-relative paths
 * are not looked at: the policy refuses them from their spelling alone.
 */
export async function readWorkspaceSnapshot(root: string, paths: Iterable<string>): Promise<WorkspaceSnapshot> {
  const realRoot = await realpath(root)
  const rootChildren = await readdir(realRoot, { withFileTypes: true })
  const entries = new Map<string, WorkspaceEntry>([['', { kind: 'directory', hasFiles: rootChildren.some((child) => child.isFile()) }]])
  for (const wanted of new Set(paths)) {
    if (pathSyntaxProblem(wanted) !== undefined) continue
    const segments = wanted.split('/')
    for (let depth = 1; depth <= segments.length; depth += 1) {
      const prefix = segments.slice(0, depth).join('/')
      const entry = entries.get(prefix) ?? (await readEntry(realRoot, prefix))
      if (entry === undefined) break // missing, and so is everything below it
      entries.set(prefix, entry)
      if (entry.kind !== 'directory') break
    }
  }
  return entries
}
