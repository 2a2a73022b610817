/** Longest name kept, well under the 255 bytes most file systems allow, with room for a suffix. */
const maxNameLength = 120

// Names Windows reserves whatever the extension: a self-hosted Windows runner could not write `con.txt`.
const windowsReservedName = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i

/**
 * A job or artifact name as a single file-system name that stays readable: `test (3.12)` is kept
 * as is, while `/`, `\`, control characters and the characters Windows forbids become `_`.
 */
export function sanitizeFileName(name: string): string {
  const replaced = name
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    // Leading dots would hide the file or make it `.` or `..`; trailing dots and spaces vanish on Windows.
    .replace(/^\.+/, '_')
    .replace(/[. ]+$/, '')
  const shortened = Array.from(replaced).slice(0, maxNameLength).join('').trim()
  if (shortened === '') return '_'
  return windowsReservedName.test(shortened) ? `_${shortened}` : shortened
}

/** `name`, or `name-2`, `name-3`, … when `taken` already has it (compared case-insensitively, as macOS and Windows do). */
export function chooseUniqueName(name: string, taken: Set<string>): string {
  let candidate = name
  for (let suffix = 2; taken.has(candidate.toLowerCase()); suffix += 1) candidate = `${name}-${suffix}`
  taken.add(candidate.toLowerCase())
  return candidate
}
