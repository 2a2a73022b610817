import { formatPatch, structuredPatch } from 'diff'

/**
 * The whole change as one git-style unified diff (`a/` and `b/` prefixes, `/dev/null` and
 * `new file mode` for a created file) that `git apply` accepts: the fix.patch of the CLI, the
 * audit trail and fork comments. Files come in path order so the patch is the same every time;
 * a file whose content did not change is left out. Pure.
 */
export function makePatch(original: ReadonlyMap<string, string>, changed: ReadonlyMap<string, string>): string {
  return [...changed.keys()]
    .sort()
    .flatMap((filePath) => {
      const before = original.get(filePath)
      const after = changed.get(filePath)!
      if (before === after) return []
      const patch = structuredPatch(before === undefined ? '/dev/null' : `a/${filePath}`, `b/${filePath}`, before ?? '', after, undefined, undefined, { context: 3 })
      // isGit makes formatPatch write `diff --git` and the extended headers, as git diff does.
      return [before === undefined ? { ...patch, isGit: true, isCreate: true, newMode: '100644' } : { ...patch, isGit: true }]
    })
    .map((patch) => formatPatch(patch)) // one at a time: formatPatch puts a blank line between files, git diff does not
    .join('')
}
