import type { BigIntStats } from 'node:fs'
import { lstat, readdir } from 'node:fs/promises'
import path from 'node:path'
import { AutohealError } from '../errors.js'

/**
 * What each path of the tree looks like to lstat, to see afterwards which files a formatter
 * created, changed or removed besides the ones it was given. ctime is in the key because no
 * process can set it back: a tool that rewrites a file and restores its mtime still shows.
 * The job's installed dependencies (linked into the scratch copy) and the caches the tools
 * themselves write are not watched: they never reach a fix.
 */
export type TreeState = ReadonlyMap<string, string>

const unwatchedFolders = new Set(['.git', 'node_modules', '.venv', 'venv', '.tox', '.nox', '.ruff_cache', '__pycache__', '.pytest_cache', '.mypy_cache'])
export const maxWatchedPaths = 200_000

function keyOf(stats: BigIntStats): string {
  const kind = stats.isSymbolicLink() ? 'link' : stats.isDirectory() ? 'dir' : stats.isFile() ? 'file' : 'other'
  // A folder's times move when a file inside it is created or removed: the file itself shows that.
  if (kind === 'dir') return `dir:${stats.mode}`
  return `${kind}:${stats.ino}:${stats.size}:${stats.mode}:${stats.mtimeNs}:${stats.ctimeNs}`
}

/** The state of every path under root, `/`-separated and relative to it. Throws past maxWatchedPaths. */
export async function readTreeState(root: string): Promise<TreeState> {
  const state = new Map<string, string>()
  const walk = async (relative: string): Promise<void> => {
    for (const entry of await readdir(path.join(root, relative), { withFileTypes: true })) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`
      if (entry.isDirectory() && unwatchedFolders.has(entry.name)) continue
      if (entry.isSymbolicLink() && unwatchedFolders.has(entry.name)) continue
      const stats = await lstat(path.join(root, child), { bigint: true })
      state.set(child, keyOf(stats))
      if (state.size > maxWatchedPaths) throw new AutohealError(`More than ${maxWatchedPaths} files to watch under ${root} while the formatters run.`, 'Set working-directory to the project inside the monorepo.')
      if (stats.isDirectory()) await walk(child)
    }
  }
  await walk('')
  return state
}

/** Paths created, changed or removed between two states, except `expected` ones; sorted. */
export function unexpectedChanges(before: TreeState, after: TreeState, expected: ReadonlySet<string>): string[] {
  const changed = new Set<string>()
  for (const [file, key] of after) if (before.get(file) !== key) changed.add(file)
  for (const file of before.keys()) if (!after.has(file)) changed.add(file)
  return [...changed].filter((file) => !expected.has(file)).sort()
}
