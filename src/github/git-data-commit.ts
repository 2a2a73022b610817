import { RequestError } from '@octokit/request-error'
import { GitHubApiError, toGitHubApiError } from './github-api-error.js'
import type { Octokit } from './octokit.js'

export interface FileContent {
  /** Repository-relative, forward slashes. */
  path: string
  content: string
}

export interface CommitAuthor {
  name: string
  email: string
}

export interface NewBranchCommit {
  branch: string
  /** The commit the new branch starts from (the failing run's head). */
  baseSha: string
  message: string
  files: readonly FileContent[]
  author: CommitAuthor
}

/** 422 on creating the ref: the branch already exists; the caller picks the next name (`-2`, `-3`, …). */
export class BranchExistsError extends GitHubApiError {
  override name = 'BranchExistsError'
}

/**
 * The Git Data API path to a branch, for when pushing with git is not possible: blobs, a tree on
 * top of the base commit's tree, a commit, then a ref. Creating the ref is the only step that is
 * visible; it fails when the branch exists, so an existing branch is never moved.
 */
export async function createCommitOnNewBranch(
  octokit: Octokit,
  owner: string,
  repo: string,
  change: NewBranchCommit,
): Promise<{ commitSha: string }> {
  const step = async <T>(action: string, send: () => Promise<{ data: T }>): Promise<T> => {
    try {
      return (await send()).data
    } catch (error) {
      throw toRepoWriteError(error, action)
    }
  }
  const base = await step(`read commit ${change.baseSha}`, () =>
    octokit.rest.git.getCommit({ owner, repo, commit_sha: change.baseSha }),
  )
  const tree: { path: string; mode: '100644'; type: 'blob'; sha: string }[] = []
  for (const file of change.files) {
    const blob = await step(`store ${file.path}`, () =>
      octokit.rest.git.createBlob({ owner, repo, content: Buffer.from(file.content).toString('base64'), encoding: 'base64' }),
    )
    tree.push({ path: file.path, mode: '100644', type: 'blob', sha: blob.sha })
  }
  const newTree = await step('create the tree of the fix commit', () =>
    octokit.rest.git.createTree({ owner, repo, base_tree: base.tree.sha, tree }),
  )
  const commit = await step('create the fix commit', () =>
    octokit.rest.git.createCommit({
      owner,
      repo,
      message: change.message,
      tree: newTree.sha,
      parents: [change.baseSha],
      author: { name: change.author.name, email: change.author.email },
    }),
  )
  try {
    await octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${change.branch}`, sha: commit.sha })
  } catch (error) {
    if (error instanceof RequestError && error.status === 422) {
      throw new BranchExistsError(
        `Could not create branch ${change.branch}: it already exists`,
        'Autoheal never moves an existing branch: it picks the next free name.',
        422,
        { cause: error },
      )
    }
    throw toRepoWriteError(error, `create branch ${change.branch}`)
  }
  return { commitSha: commit.sha }
}

/** A write refused with 403 needs write permissions, not the `actions: read` the run endpoints ask for. */
export function toRepoWriteError(error: unknown, action: string): GitHubApiError {
  const wrapped = toGitHubApiError(error, action)
  if (wrapped.status !== 403 || wrapped.remedy.includes('rate limit')) return wrapped
  return new GitHubApiError(
    wrapped.message,
    'The token may not write here: give the workflow `permissions: { contents: write, pull-requests: write, issues: write }` (or use a `push-token` that has them).',
    403,
    { cause: error },
  )
}
