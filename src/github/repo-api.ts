import { RequestError } from '@octokit/request-error'
import { createCommitOnNewBranch, toRepoWriteError, type NewBranchCommit } from './git-data-commit.js'
import { toGitHubApiError } from './github-api-error.js'
import type { Octokit } from './octokit.js'
import { toCreatePullRequestError } from './pull-request-errors.js'
import { splitRepository } from './split-repository.js'

export { BranchExistsError, type CommitAuthor, type FileContent, type NewBranchCommit } from './git-data-commit.js'
export { DraftsUnavailableError, PullRequestsNotAllowedError } from './pull-request-errors.js'

export interface RepositoryInfo {
  defaultBranch: string
  isPrivate: boolean
  fullName: string
}

export interface BranchInfo {
  name: string
  headSha: string
  isProtected: boolean
}

export interface WorkflowRunInfo {
  workflowId: number
  createdAt: string
}

export interface CommitInfo {
  sha: string
  message: string
  authorName: string
  authorEmail: string
  /** The GitHub account the author email belongs to, when GitHub knows one. */
  authorLogin?: string
  authorIsBot: boolean
}

export interface SearchResult {
  number: number
  isPullRequest: boolean
  state: 'open' | 'closed'
  title: string
  body: string
  labels: string[]
  url: string
  createdAt: string
  closedAt?: string
  mergedAt?: string
  /** How many comments it has (search reports it), so a caller reads comments only where there are some. */
  commentCount?: number
}

export interface OpenPullRequest {
  number: number
  url: string
  headBranch: string
  baseBranch: string
  body: string
  labels: string[]
  draft: boolean
  createdAt: string
  requestedReviewers: string[]
  /** Slugs of the teams whose review is requested. */
  requestedTeams: string[]
}

export interface IssueComment {
  id: number
  body: string
  createdAt: string
  author: string
}

export interface Created {
  number: number
  url: string
}

/** What `gate`, `decide` and `deliver` need from GitHub about the repository, its issues and pull requests. */
export interface RepoApi {
  getRepository(): Promise<RepositoryInfo>
  /** A file's text at `ref`; undefined when there is none (404) or the path is a folder. */
  readFile(path: string, ref: string): Promise<string | undefined>
  getBranch(name: string): Promise<BranchInfo | undefined>
  getCommit(sha: string): Promise<CommitInfo>
  /** A workflow run's workflow and start; undefined when the run is gone. */
  getWorkflowRun(runId: number): Promise<WorkflowRunInfo | undefined>
  /**
   * Issues and pull requests matching `query` (GitHub search syntax, built by the caller). GitHub's
   * search index is eventually consistent: something created seconds ago may be missing, so a
   * dedupe that must not miss its own last write also checks what it just created.
   */
  searchIssuesAndPulls(query: string): Promise<SearchResult[]>
  listOpenPullRequests(filter?: { head?: string; base?: string }): Promise<OpenPullRequest[]>
  createIssue(issue: { title: string; body: string; labels: readonly string[] }): Promise<Created>
  updateIssueBody(number: number, body: string): Promise<void>
  addComment(number: number, body: string): Promise<{ id: number; url: string }>
  listComments(number: number): Promise<IssueComment[]>
  /** Closes an issue or a pull request (the Issues API treats both alike). */
  closeIssueOrPull(number: number): Promise<void>
  /** Adds labels, creating any the repository lacks. */
  addLabels(number: number, labels: readonly string[]): Promise<void>
  requestReviewers(number: number, logins: readonly string[]): Promise<void>
  /** Throws PullRequestsNotAllowedError (403) or DraftsUnavailableError (422) for those settings. */
  createDraftPullRequest(pullRequest: { head: string; base: string; title: string; body: string }): Promise<Created>
  /** Deletes a branch; one already gone is fine. */
  deleteBranch(name: string): Promise<void>
  /** Writes one commit on a new branch through the Git Data API; BranchExistsError if the name is taken. */
  createCommitOnNewBranch(change: NewBranchCommit): Promise<{ commitSha: string }>
}

export interface RepoApiSettings {
  octokit: Octokit
  /** `owner/name` */
  repository: string
  /** Page size of the lists; GitHub allows at most 100. */
  perPage?: number
}

// Labels Autoheal creates get one colour: GitHub's default grey would hide them among a repository's own.
const newLabelColour = '0e8a16'

export function createRepoApi(settings: RepoApiSettings): RepoApi {
  const { octokit } = settings
  const [owner, repo] = splitRepository(settings.repository)
  const perPage = settings.perPage ?? 100

  /** Sends one request; any failure becomes a GitHubApiError naming `action`. */
  const call = async <T>(action: string, send: () => Promise<T>): Promise<T> => {
    try {
      return await send()
    } catch (error) {
      throw toRepoWriteError(error, action)
    }
  }

  /** 404 → undefined; everything else as `call`. */
  const callOrMissing = async <T>(action: string, send: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await send()
    } catch (error) {
      if (error instanceof RequestError && error.status === 404) return undefined
      throw toRepoWriteError(error, action)
    }
  }

  const ensureLabels = async (labels: readonly string[]) => {
    for (const name of labels) {
      const existing = await callOrMissing(`read label ${name}`, () => octokit.rest.issues.getLabel({ owner, repo, name }))
      if (existing) continue
      try {
        await octokit.rest.issues.createLabel({ owner, repo, name, color: newLabelColour })
      } catch (error) {
        // Another run created it between our look and our create: that is what we wanted.
        if (error instanceof RequestError && error.status === 422 && isAlreadyExists(error)) continue
        throw toRepoWriteError(error, `create label ${name}`)
      }
    }
  }

  return {
    async getRepository() {
      const { data } = await call('read the repository', () => octokit.rest.repos.get({ owner, repo }))
      return { defaultBranch: data.default_branch, isPrivate: data.private, fullName: data.full_name }
    },

    async readFile(path, ref) {
      const answer = await callOrMissing(`read ${path} at ${ref}`, () =>
        octokit.rest.repos.getContent({ owner, repo, path, ref }),
      )
      const data = answer?.data
      // A folder answers a list; a symlink or submodule has no content to read as text.
      if (data === undefined || Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined
      return Buffer.from(data.content, 'base64').toString('utf8')
    },

    async getBranch(name) {
      const answer = await callOrMissing(`read branch ${name}`, () => octokit.rest.repos.getBranch({ owner, repo, branch: name }))
      if (!answer) return undefined
      return { name: answer.data.name, headSha: answer.data.commit.sha, isProtected: answer.data.protected }
    },

    async getCommit(sha) {
      const { data } = await call(`read commit ${sha}`, () => octokit.rest.repos.getCommit({ owner, repo, ref: sha }))
      const login = data.author && 'login' in data.author ? data.author.login : undefined
      const type = data.author && 'type' in data.author ? data.author.type : undefined
      return {
        sha: data.sha,
        message: data.commit.message,
        authorName: data.commit.author?.name ?? '',
        authorEmail: data.commit.author?.email ?? '',
        ...(login ? { authorLogin: login } : {}),
        authorIsBot: type === 'Bot' || (login?.endsWith('[bot]') ?? false),
      }
    },

    async getWorkflowRun(runId) {
      const answer = await callOrMissing(`read run ${runId}`, () => octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId }))
      return answer ? { workflowId: answer.data.workflow_id, createdAt: answer.data.created_at } : undefined
    },

    async searchIssuesAndPulls(query) {
      const items = await call(`search issues and pull requests for ${query}`, () =>
        octokit.paginate(octokit.rest.search.issuesAndPullRequests, { q: query, per_page: perPage }),
      )
      return items.map((item) => ({
        number: item.number,
        isPullRequest: item.pull_request !== undefined,
        state: item.state === 'closed' ? 'closed' : 'open',
        title: item.title,
        body: item.body ?? '',
        labels: item.labels.map((label) => label.name ?? '').filter((name) => name !== ''),
        url: item.html_url,
        createdAt: item.created_at,
        ...(item.closed_at ? { closedAt: item.closed_at } : {}),
        ...(item.pull_request?.merged_at ? { mergedAt: item.pull_request.merged_at } : {}),
        commentCount: item.comments,
      }))
    },

    async listOpenPullRequests(filter = {}) {
      const pulls = await call('list open pull requests', () =>
        octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: 'open', per_page: perPage, ...filter }),
      )
      return pulls.map((pull) => ({
        number: pull.number,
        url: pull.html_url,
        headBranch: pull.head.ref,
        baseBranch: pull.base.ref,
        body: pull.body ?? '',
        labels: pull.labels.map((label) => label.name),
        draft: pull.draft ?? false,
        createdAt: pull.created_at,
        requestedReviewers: (pull.requested_reviewers ?? []).map((user) => user.login),
        requestedTeams: (pull.requested_teams ?? []).map((team) => team.slug),
      }))
    },

    async createIssue({ title, body, labels }) {
      await ensureLabels(labels)
      const { data } = await call('open an issue', () =>
        octokit.rest.issues.create({ owner, repo, title, body, labels: [...labels] }),
      )
      return { number: data.number, url: data.html_url }
    },

    async updateIssueBody(number, body) {
      await call(`update the body of #${number}`, () => octokit.rest.issues.update({ owner, repo, issue_number: number, body }))
    },

    async addComment(number, body) {
      const { data } = await call(`comment on #${number}`, () =>
        octokit.rest.issues.createComment({ owner, repo, issue_number: number, body }),
      )
      return { id: data.id, url: data.html_url }
    },

    async listComments(number) {
      const comments = await call(`list the comments of #${number}`, () =>
        octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: perPage }),
      )
      return comments.map((comment) => ({
        id: comment.id,
        body: comment.body ?? '',
        createdAt: comment.created_at,
        author: comment.user?.login ?? '',
      }))
    },

    async closeIssueOrPull(number) {
      await call(`close #${number}`, () => octokit.rest.issues.update({ owner, repo, issue_number: number, state: 'closed' }))
    },

    async addLabels(number, labels) {
      if (labels.length === 0) return
      await ensureLabels(labels)
      await call(`label #${number}`, () => octokit.rest.issues.addLabels({ owner, repo, issue_number: number, labels: [...labels] }))
    },

    async requestReviewers(number, logins) {
      if (logins.length === 0) return
      await call(`request reviews on #${number}`, () =>
        octokit.rest.pulls.requestReviewers({ owner, repo, pull_number: number, reviewers: [...logins] }),
      )
    },

    async createDraftPullRequest({ head, base, title, body }) {
      try {
        const { data } = await octokit.rest.pulls.create({ owner, repo, head, base, title, body, draft: true })
        return { number: data.number, url: data.html_url }
      } catch (error) {
        throw toCreatePullRequestError(error, `open a draft pull request from ${head} into ${base}`)
      }
    },

    async deleteBranch(name) {
      try {
        await octokit.rest.git.deleteRef({ owner, repo, ref: `heads/${name}` })
      } catch (error) {
        // Gone already (404, or GitHub's 422 "Reference does not exist"): the end state we wanted.
        if (error instanceof RequestError && (error.status === 404 || error.status === 422)) return
        throw toGitHubApiError(error, `delete branch ${name}`)
      }
    },

    createCommitOnNewBranch(change) {
      return createCommitOnNewBranch(octokit, owner, repo, change)
    },
  }
}

function isAlreadyExists(error: RequestError): boolean {
  const data = error.response?.data as { errors?: { code?: string }[] } | undefined
  return data?.errors?.some((entry) => entry.code === 'already_exists') ?? false
}
