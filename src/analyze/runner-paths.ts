/**
 * Runner paths to repo-relative ones. A hosted runner checks out `owner/repo` at
 * `/home/runner/work/repo/repo` (Linux), `/Users/runner/work/repo/repo` (macOS),
 * `D:\a\repo\repo` (Windows), `/__w/repo/repo` (container jobs) and `…/_work/repo/repo` on
 * self-hosted runners: always a work folder, then the repository's name twice.
 */
const checkoutPath =
  /(?:[A-Za-z]:)?(?:[\\/][\w.@+-]+)*?[\\/](?:work|_work|__w|a)[\\/]([\w.@+-]+)[\\/]\1(?![\w.@+-])(?:[\\/]([^\s'"():,\]]*))?/g

/** Rewrites every runner checkout path inside a line of text to a repo-relative one (`.` for the root). */
export function stripRunnerPaths(text: string): string {
  // Cheap guard: the regex below only runs on lines that can hold a checkout path.
  if (!text.includes('work') && !text.includes('__w') && !text.includes(':\\a\\')) return text
  return text.replace(checkoutPath, (_match, _repo: string, rest: string | undefined) =>
    rest ? rest.replaceAll('\\', '/') : '.',
  )
}

/**
 * One path as the tool printed it → repo-relative, forward slashes, no `./`.
 * Returns undefined for paths outside the checkout (site-packages, node_modules of the runner,
 * the Python standard library), which are never files the fix may change.
 */
export function toRepoRelative(path: string): string | undefined {
  let candidate = stripRunnerPaths(path.trim()).replaceAll('\\', '/')
  if (candidate === '.' || candidate === '') return undefined
  while (candidate.startsWith('./')) candidate = candidate.slice(2)
  if (candidate.startsWith('/') || /^[A-Za-z]:\//.test(candidate) || candidate.startsWith('<')) return undefined
  if (candidate.split('/').includes('..')) return undefined
  if (/(?:^|\/)(?:site-packages|dist-packages|node_modules)\//.test(candidate)) return undefined
  return candidate
}

/** A path of the project's own files (not the standard library, site-packages or node_modules). */
export function isRepoPath(path: string): boolean {
  return toRepoRelative(path) === path
}
