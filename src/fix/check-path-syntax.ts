/**
 * What is wrong with the spelling of a path a model asked to edit, before any file system sees
 * it. A path must be repo-relative, with `/` between plain segments: anything else could name a
 * file outside the workspace, or a different file on another operating system.
 */
interface PathSyntaxRule {
  isBroken(path: string): boolean
  reason: string
}

// Control characters (NUL, newlines, escapes), invisible format characters (bidi overrides,
// zero-width spaces) and line separators: a path that shows one thing and names another.
const hiddenCharacters = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u

export const pathSyntaxRules: readonly PathSyntaxRule[] = [
  { isBroken: (path) => hiddenCharacters.test(path), reason: 'the path contains a NUL or control character' },
  // A drive letter (C:, C:\, C:/) or a leading / or ~ names a place outside the repository.
  { isBroken: (path) => /^(?:[\\/~]|[A-Za-z]:)/.test(path), reason: 'the path is absolute; give it relative to the repository root, like src/app.py' },
  { isBroken: (path) => path.includes('\\'), reason: 'the path contains a backslash; separate folders with /' },
  { isBroken: (path) => path.split('/').includes('..'), reason: 'the path climbs out of its folder (..); give it relative to the repository root' },
  { isBroken: (path) => path.split('/').some((segment) => segment === '' || segment === '.'), reason: 'the path has an empty or "." segment; write it as folder/file from the repository root' },
]

/** Why the path is not a plain repo-relative path, or undefined when it is one. */
export function pathSyntaxProblem(path: string): string | undefined {
  if (path.length === 0) return 'the path is empty'
  return pathSyntaxRules.find((rule) => rule.isBroken(path))?.reason
}
