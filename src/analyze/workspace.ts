import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/**
 * The checked-out project, as the analysis may look at it: which files exist and what small
 * text files say. The analysis stays pure by taking this interface; `readWorkspace` is the one
 * place that touches the disk.
 */
export interface Workspace {
  /** Repo-relative paths of the project's files (bounded; no .git, node_modules or virtualenvs). */
  readonly files: readonly string[]
  has(path: string): boolean
  read(path: string): string | undefined
}

const skippedDirectories = new Set(['.git', 'node_modules', '.venv', 'venv', '__pycache__', '.mypy_cache', '.pytest_cache', '.tox', 'dist', 'build', 'coverage', '.next'])
const maxFiles = 20_000
const maxReadBytes = 512 * 1024

export function readWorkspace(root: string): Workspace {
  const files: string[] = []
  const walk = (directory: string): void => {
    let entries
    try {
      entries = readdirSync(directory, { withFileTypes: true })
    } catch {
      return // an unreadable folder is as good as absent for the analysis
    }
    for (const entry of entries) {
      if (files.length >= maxFiles) return
      const path = join(directory, entry.name)
      if (entry.isDirectory()) {
        if (!skippedDirectories.has(entry.name)) walk(path)
      } else if (entry.isFile()) {
        files.push(relative(root, path).split(sep).join('/'))
      }
    }
  }
  walk(root)
  const known = new Set(files)
  const cache = new Map<string, string | undefined>()
  return {
    files,
    has: (path) => known.has(path),
    read: (path) => {
      if (!known.has(path)) return undefined
      if (!cache.has(path)) {
        try {
          const full = join(root, path)
          cache.set(path, statSync(full).size > maxReadBytes ? undefined : readFileSync(full, 'utf8'))
        } catch {
          cache.set(path, undefined)
        }
      }
      return cache.get(path)
    },
  }
}

/** A workspace held in memory: for tests, and for analyses without a checkout. */
export function workspaceFromFiles(contents: Record<string, string>): Workspace {
  const files = Object.keys(contents)
  return { files, has: (path) => Object.hasOwn(contents, path), read: (path) => (Object.hasOwn(contents, path) ? contents[path] : undefined) }
}
