import { toRepoRelative } from '../runner-paths.js'

/**
 * A path as a report prints it → the form ids use: repo-relative when it is inside the checkout,
 * otherwise as printed (forward slashes), so a report made outside a runner still gets stable ids.
 */
export function toReportPath(path: string): string {
  const printed = stripFileUrl(path.trim())
  return toRepoRelative(printed) ?? printed.replaceAll('\\', '/')
}

/** `file:///home/runner/…` (SARIF, vitest and ESM stack frames) → `/home/runner/…`. */
export function stripFileUrl(path: string): string {
  if (!path.startsWith('file://')) return path
  const withoutScheme = path.slice('file://'.length)
  // `file:///D:/a/…` carries a slash before the drive letter that a Windows path does not.
  const local = /^\/[A-Za-z]:\//.test(withoutScheme) ? withoutScheme.slice(1) : withoutScheme
  try {
    return decodeURIComponent(local)
  } catch {
    // A stray `%` that is no escape: the path as written is the best we have.
    return local
  }
}

/** Absolute paths (POSIX, Windows, file URLs): node:test names a test file this way. */
export function isAbsolutePath(text: string): boolean {
  return text.startsWith('/') || text.startsWith('file://') || /^[A-Za-z]:[\\/]/.test(text)
}
