/**
 * Branch names against the `protected-branches` input: exact names or GitHub-style globs
 * (`release/*`: `*` stays within one path segment, `**` crosses them, `?` is one character).
 */
const regexSpecials = /[.+^${}()|[\]\\]/g

function patternToRegExp(pattern: string): RegExp {
  let source = ''
  for (let index = 0; index < pattern.length; index += 1) {
    const character = pattern[index] ?? ''
    if (character === '*' && pattern[index + 1] === '*') {
      source += '.*'
      index += 1
    } else if (character === '*') source += '[^/]*'
    else if (character === '?') source += '[^/]'
    else source += character.replace(regexSpecials, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

export function matchesBranchPattern(branch: string, pattern: string): boolean {
  const trimmed = pattern.trim()
  return trimmed !== '' && patternToRegExp(trimmed).test(branch)
}

/** The input's comma- or newline-separated list, blanks dropped. */
export function parseBranchList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((name) => name.trim())
    .filter(Boolean)
}
