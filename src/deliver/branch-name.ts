/**
 * The fix branch: `fix/auto-YYYYMMDD-HHMMSS` in UTC (DESIGN, "Branch names"), then `-2`, `-3`, …
 * while the name is taken. Pure: the caller passes the clock and what the remote already holds.
 */
export const fixBranchPrefix = 'fix/auto-'

// Two heals in one second are rare; a run of hundreds is a bug in `taken`, not a busy repository.
const maxSuffix = 1000

function twoDigits(value: number): string {
  return String(value).padStart(2, '0')
}

export function fixBranchName(now: Date, taken: (name: string) => boolean): string {
  if (Number.isNaN(now.getTime())) throw new RangeError('fixBranchName needs a valid date')
  const date = `${now.getUTCFullYear()}${twoDigits(now.getUTCMonth() + 1)}${twoDigits(now.getUTCDate())}`
  const time = `${twoDigits(now.getUTCHours())}${twoDigits(now.getUTCMinutes())}${twoDigits(now.getUTCSeconds())}`
  const base = `${fixBranchPrefix}${date}-${time}`
  if (!taken(base)) return base
  for (let suffix = 2; suffix <= maxSuffix; suffix += 1) {
    const name = `${base}-${suffix}`
    if (!taken(name)) return name
  }
  throw new RangeError(`every name from ${base} to ${base}-${maxSuffix} is taken`)
}
