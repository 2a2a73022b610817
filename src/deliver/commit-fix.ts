import { mkdir, realpath } from 'node:fs/promises'
import path from 'node:path'
import type { FixType } from '../analyze/fix-types.js'
import { AutohealError, getErrorMessage } from '../errors.js'
import { pathSyntaxProblem } from '../fix/check-path-syntax.js'
import { redactSecrets } from '../fix/redact-secrets.js'
import type { Git } from '../github/git.js'
import { writeFileNoFollow } from '../fix/write-file-no-follow.js'

/**
 * The fix as a commit on a new branch, pushed to `origin` (DESIGN, "Lifecycle", "Attribution").
 * The workspace is the failing commit's checkout, and it also holds whatever the failed job and
 * the verify command left there (build output, caches, reports): only the edited paths are added,
 * and the index is checked before the commit (STYLE §8). The push creates the branch or fails:
 * an empty lease makes git refuse when the branch already exists.
 */
export interface Person {
  name: string
  email: string
}

export const defaultCommitAuthor = 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>'

const badAuthorRemedy = 'Set the `commit-author` input as `Name <email>`, e.g. `github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>`.'
const autohealBug = 'The edits passed the policy, so this is a bug in Autoheal: please report it with this message.'

/** `Name <email>` as the `commit-author` input takes it. */
export function parsePerson(text: string): Person {
  const match = /^\s*([^<>\r\n]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text)
  if (!match) throw new AutohealError(`commit-author ${JSON.stringify(text)} is not \`Name <email>\``, badAuthorRemedy)
  return { name: match[1]!, email: match[2]! }
}

/** Apps and GitHub's own web-flow committer: never credited as co-authors nor asked for review. */
export function isBot(person: Person): boolean {
  return /\[bot\]$/i.test(person.name) || /\[bot\]@users\.noreply\.github\.com$/i.test(person.email) || person.email.toLowerCase() === 'noreply@github.com'
}

// A trailer is one line; `<` or `>` in a name would end the address early.
function trailerPart(text: string): string {
  return text.replace(/[<>\r\n]+/g, ' ').trim()
}

function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim()
}

const maxFilesInSubject = 3

function describeFiles(paths: readonly string[]): string {
  const named = paths.slice(0, maxFilesInSubject).map(oneLine).join(', ')
  const rest = paths.length - maxFilesInSubject
  return rest > 0 ? `${named} and ${rest} more` : named
}

export interface CommitMessageInput {
  fixType: FixType
  paths: readonly string[]
  /** The model's summary: redacted here, since a commit is public and lasts. */
  summary: string
  /** The failing commit's committer; no trailer for a bot or the author itself. */
  coAuthor?: Person
  author?: Person
}

export function commitMessage(input: CommitMessageInput): string {
  const subject = `fix(autoheal): ${input.fixType} in ${describeFiles(input.paths)}`
  const body = redactSecrets(input.summary).trim()
  const { coAuthor, author } = input
  const credit = coAuthor && !isBot(coAuthor) && coAuthor.email.toLowerCase() !== author?.email.toLowerCase()
  const trailer = credit ? `Co-authored-by: ${trailerPart(coAuthor.name)} <${trailerPart(coAuthor.email)}>` : ''
  return [subject, body, trailer].filter((part) => part !== '').join('\n\n') + '\n'
}

/** Writes a file, refusing to follow a link planted where it goes (which would write elsewhere). */

/** Where a repo-relative path lands in the workspace, checked again although the policy passed it. */
async function workspaceDestination(root: string, filePath: string): Promise<string> {
  const problem = pathSyntaxProblem(filePath)
  if (problem !== undefined) throw new AutohealError(`refusing to write ${JSON.stringify(filePath)}: ${problem}`, autohealBug)
  const destination = path.resolve(root, ...filePath.split('/'))
  if (!destination.startsWith(root + path.sep)) throw new AutohealError(`${filePath} would land outside the workspace`, autohealBug)
  await mkdir(path.dirname(destination), { recursive: true })
  const realFolder = await realpath(path.dirname(destination))
  if (realFolder !== root && !realFolder.startsWith(root + path.sep)) {
    throw new AutohealError(`${filePath} would land outside the workspace (through a symbolic link)`, autohealBug)
  }
  return path.join(realFolder, path.basename(destination))
}

// The failing branch's code is untrusted: no hook of its checkout runs with our token in reach,
// and a path is a path, never pathspec magic such as `:(glob)**`.
const safeGit = ['--literal-pathspecs', '-c', 'core.hooksPath=/dev/null'] as const

export interface CommitFixInput {
  git: Git
  /** The checkout of the failing commit (GITHUB_WORKSPACE); `git` runs there. */
  workspaceDir: string
  branch: string
  fixType: FixType
  summary: string
  /** The files as they were (absent: created by the fix); a file equal to its original is skipped. */
  original: ReadonlyMap<string, string>
  changed: ReadonlyMap<string, string>
  /** The `commit-author` input, `Name <email>`. */
  commitAuthor?: string
  coAuthor?: Person
}

export interface FixCommit {
  branch: string
  sha: string
  paths: string[]
}

export async function commitFix(input: CommitFixInput): Promise<FixCommit> {
  const author = parsePerson(input.commitAuthor ?? defaultCommitAuthor)
  const paths = [...input.changed.keys()].filter((filePath) => input.original.get(filePath) !== input.changed.get(filePath)).sort()
  if (paths.length === 0) throw new AutohealError('the fix changes no file, so there is nothing to commit', autohealBug)
  const root = await realpath(input.workspaceDir)
  // Every destination is checked before the first write, so a refusal leaves the workspace as it was.
  const destinations = new Map<string, string>()
  for (const filePath of paths) destinations.set(filePath, await workspaceDestination(root, filePath))

  await input.git.run(['checkout', '-b', input.branch])
  for (const filePath of paths) await writeFileNoFollow(destinations.get(filePath)!, input.changed.get(filePath)!, autohealBug)
  await input.git.run([...safeGit, 'add', '--', ...paths])
  const staged = (await input.git.run([...safeGit, 'diff', '--cached', '--name-only', '-z'])).split('\0').filter(Boolean).sort()
  if (staged.length !== paths.length || staged.some((filePath, index) => filePath !== paths[index])) {
    throw new AutohealError(
      `the index holds ${JSON.stringify(staged)}, not exactly the fixed files ${JSON.stringify(paths)}`,
      'Something staged other files in the workspace before Autoheal ran (a step between checkout and Autoheal?): run Autoheal on a clean checkout of the failing commit.',
    )
  }
  const message = commitMessage({ fixType: input.fixType, paths, summary: input.summary, author, ...(input.coAuthor ? { coAuthor: input.coAuthor } : {}) })
  await input.git.run([
    ...safeGit,
    '-c', `user.name=${author.name}`,
    '-c', `user.email=${author.email}`,
    '-c', 'commit.gpgsign=false',
    'commit', '--no-verify', '--cleanup=whitespace', '--message', message,
  ])
  const sha = (await input.git.run(['rev-parse', 'HEAD'])).trim()
  return { branch: input.branch, sha, paths }
}

/** The header value git sends: the runner masks only the raw token, so the caller masks this too (STYLE §5). */
export function basicCredential(token: string): string {
  return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')
}

export interface RemoteAuth {
  git: Git
  /** A push-token or the github-token; undefined: the credentials the checkout left. */
  token?: string
}

/**
 * `-c` options that authenticate to origin's server for one command, never written to .git/config.
 * actions/checkout persists `http.https://github.com/.extraheader`; git prefers a URL-specific key
 * over a bare `http.extraheader`, so ours names the same URL, resets the list (empty value) and adds
 * our header, which then replaces checkout's rather than being sent beside it.
 */
async function authArgs(auth: RemoteAuth): Promise<{ args: string[]; secrets: string[] }> {
  if (!auth.token) return { args: [], secrets: [] }
  const credential = basicCredential(auth.token)
  const secrets = [auth.token, credential]
  const remoteUrl = (await auth.git.run(['remote', 'get-url', 'origin'])).trim()
  let server: string
  try {
    const url = new URL(remoteUrl)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return { args: [], secrets }
    server = `${url.protocol}//${url.host}/`
  } catch {
    // Not a URL (a path or scp-like ssh address): that transport takes no HTTP header.
    return { args: [], secrets }
  }
  const key = `http.${server}.extraheader`
  return { args: ['-c', `${key}=`, '-c', `${key}=AUTHORIZATION: basic ${credential}`], secrets }
}

export interface BranchTarget extends RemoteAuth {
  branch: string
}

/** Pushes HEAD as a new branch; git refuses (and this throws) when the branch exists on origin. */
export async function pushNewBranch(target: BranchTarget): Promise<void> {
  const { args, secrets } = await authArgs(target)
  const ref = `refs/heads/${target.branch}`
  await target.git.run([...args, '-c', 'core.hooksPath=/dev/null', 'push', '--no-verify', `--force-with-lease=${ref}:`, 'origin', `HEAD:${ref}`], { secrets })
}

/** Deletes the branch on origin; with `expectedSha`, only while it still points at our commit. */
export async function deleteRemoteBranch(target: BranchTarget & { expectedSha?: string }): Promise<void> {
  const { args, secrets } = await authArgs(target)
  const ref = `refs/heads/${target.branch}`
  const lease = target.expectedSha ? [`--force-with-lease=${ref}:${target.expectedSha}`] : []
  await target.git.run([...args, '-c', 'core.hooksPath=/dev/null', 'push', '--no-verify', ...lease, 'origin', `:${ref}`], { secrets })
}

/** Branch names on origin under a prefix (`fix/auto-`), for `fixBranchName`'s `taken`. */
export async function listRemoteBranches(auth: RemoteAuth, prefix: string): Promise<Set<string>> {
  const { args, secrets } = await authArgs(auth)
  const output = await auth.git.run([...args, 'ls-remote', '--heads', 'origin', `refs/heads/${prefix}*`], { secrets })
  const names = output
    .split('\n')
    .map((line) => line.split('\t')[1]?.trim())
    .filter((ref): ref is string => ref !== undefined && ref.startsWith('refs/heads/'))
    .map((ref) => ref.slice('refs/heads/'.length))
  return new Set(names)
}

/**
 * Push, then `afterPush` (open the PR, label it…). When `afterPush` throws, the branch is deleted,
 * so a failure leaves no half-made branch (DESIGN, "Rules"); the original error is rethrown, and a
 * failed cleanup is named in it so the person knows which branch to delete.
 */
export async function pushThen<T>(target: BranchTarget & { sha: string }, afterPush: () => Promise<T>): Promise<T> {
  await pushNewBranch(target)
  try {
    return await afterPush()
  } catch (error) {
    try {
      await deleteRemoteBranch({ ...target, expectedSha: target.sha })
    } catch (cleanupError) {
      throw new AutohealError(
        `${getErrorMessage(error)}; then deleting the branch ${target.branch} failed too: ${getErrorMessage(cleanupError)}`,
        `Delete the branch ${target.branch} by hand.`,
        { cause: error },
      )
    }
    throw error
  }
}

/** The whole delivery of a fix branch: commit, push, `afterPush`, and no branch left on failure. */
export async function commitAndPushFix<T>(
  input: CommitFixInput & { token?: string },
  afterPush: (commit: FixCommit) => Promise<T>,
): Promise<{ commit: FixCommit; result: T }> {
  const commit = await commitFix(input)
  const target = { git: input.git, branch: commit.branch, sha: commit.sha, ...(input.token ? { token: input.token } : {}) }
  const result = await pushThen(target, () => afterPush(commit))
  return { commit, result }
}
