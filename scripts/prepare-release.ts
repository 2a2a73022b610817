// The local half of a release (docs/releasing.md): from a clean tree whose dist/ is what src/ builds,
// bump the version, commit, tag vX.Y.Z and move the major tag vX locally, then say what to push.
// Nothing leaves the machine: the push is the maintainer's, and the Release workflow checks the tag
// again before it moves vX on GitHub.
import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export class ReleaseError extends Error {
  override name = 'ReleaseError'
}

export interface ReleaseOptions {
  /** The repository's top folder. */
  cwd: string
  /** `1.2.3`, or `v1.2.3`. */
  version: string
  /** Rebuilds dist/ in `cwd` (npm run build); dist/ must not change. */
  build: () => Promise<void>
  /** The environment git runs with (tests pin author and dates). */
  env?: NodeJS.ProcessEnv
}

export interface PreparedRelease {
  tag: string
  majorTag: string
  commit: string
  /** Lines to print: what was done and the push commands. */
  lines: string[]
}

const semver = /^v?(\d+)\.(\d+)\.(\d+)$/

function parseVersion(text: string): [number, number, number] | undefined {
  const match = semver.exec(text.trim())
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined
}

function isNewer(next: readonly number[], current: readonly number[]): boolean {
  for (let index = 0; index < 3; index += 1) {
    if (next[index]! !== current[index]!) return next[index]! > current[index]!
  }
  return false
}

export async function prepareRelease(options: ReleaseOptions): Promise<PreparedRelease> {
  const git = async (...args: string[]): Promise<string> =>
    (await run('git', args, { cwd: options.cwd, env: options.env ?? process.env })).stdout.trim()

  const next = parseVersion(options.version)
  if (!next) throw new ReleaseError(`'${options.version}' is not a version: give MAJOR.MINOR.PATCH, e.g. npm run release -- 1.2.3`)
  const version = next.join('.')
  const tag = `v${version}`
  const majorTag = `v${next[0]}`

  const dirty = await git('status', '--porcelain')
  if (dirty) throw new ReleaseError(`The working tree has changes; commit or stash them first:\n${dirty}`)

  const existing = await git('tag', '--list', tag)
  if (existing) throw new ReleaseError(`The tag ${tag} exists already: pick the next version.`)

  const packagePath = join(options.cwd, 'package.json')
  const packageJson = JSON.parse(await readFile(packagePath, 'utf8')) as { version?: string }
  const current = parseVersion(packageJson.version ?? '0.0.0') ?? [0, 0, 0]
  if (!isNewer(next, current)) throw new ReleaseError(`${version} is not newer than package.json's ${current.join('.')}.`)

  // The tree was clean, so anything the build changes is a dist/ that does not match src/.
  await options.build()
  const stale = await git('status', '--porcelain', '--', 'dist/')
  if (stale) {
    throw new ReleaseError(`dist/ is stale: the build changed it. Commit the rebuilt dist/ whole, then run the release again:\n${stale}`)
  }

  packageJson.version = version
  await writeFile(packagePath, `${JSON.stringify(packageJson, null, 2)}\n`)
  const changed = ['package.json']
  const lockPath = join(options.cwd, 'package-lock.json')
  const lockText = await readFile(lockPath, 'utf8').catch(() => undefined)
  if (lockText !== undefined) {
    // npm keeps the version twice in the lock file: at the top and as the root package.
    const lock = JSON.parse(lockText) as { version?: string; packages?: Record<string, { version?: string }> }
    lock.version = version
    const root = lock.packages?.['']
    if (root) root.version = version
    await writeFile(lockPath, `${JSON.stringify(lock, null, 2)}\n`)
    changed.push('package-lock.json')
  }

  await git('commit', '--quiet', '-m', `Release ${tag}`, '--', ...changed)
  await git('tag', '--annotate', tag, '--message', tag)
  await git('tag', '--force', '--annotate', majorTag, '--message', `${majorTag}: ${tag}`)
  const commit = await git('rev-parse', 'HEAD')
  const branch = await git('rev-parse', '--abbrev-ref', 'HEAD')
  const target = branch === 'HEAD' ? 'HEAD:main' : branch

  return {
    tag,
    majorTag,
    commit,
    lines: [
      `Committed ${changed.join(' and ')} at ${version}, tagged ${tag} and moved ${majorTag} to ${commit.slice(0, 12)} (locally).`,
      'Push the commit and the tag; the Release workflow checks them, then moves the major tag on GitHub and publishes the release:',
      `  git push origin ${target} ${tag}`,
      `Without the workflow, move ${majorTag} yourself once the checks pass:`,
      `  git push --force origin ${majorTag}`,
    ],
  }
}
