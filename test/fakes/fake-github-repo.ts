import type { FakeGitRepository } from './fake-git-repository.js'
import { fixedGitDate, zeroSha } from './fake-git-repository.js'

/** What a repository fake starts with, and which of GitHub's refusals it plays. */
export interface FakeRepoOptions {
  /** Default false. */
  isPrivate?: boolean
  /** Branches GitHub reports `protected: true` for; pushes to them are refused. */
  protectedBranches?: string[]
  /** POST /pulls answers 403 as when "Allow GitHub Actions to create and approve pull requests" is off. */
  pullRequestsForbidden?: boolean
  /** A draft POST /pulls answers 422 as in a private repository on GitHub Free. */
  draftsUnavailable?: boolean
  /** More branches, at the first commit. */
  branches?: string[]
  /** Branches that get one more commit after the first (a run's head_sha is then stale). */
  movedBranches?: string[]
  /** Labels the repository has from the start. */
  labels?: string[]
  /** Labels another run creates between our look (404) and our create (then 422 already_exists). */
  labelsCreatedConcurrently?: string[]
  /** Issues and pull requests that exist before the test (for dedupe and ledger tests). */
  items?: FakeItemSeed[]
  /** Author email → GitHub login, for the `author` of commits (noreply emails are known without it). */
  users?: Record<string, string>
  /** Every write (POST, PATCH, PUT, DELETE) answers 403, as for a read-only GITHUB_TOKEN. */
  readOnlyToken?: boolean
}

export interface FakeItemSeed {
  title: string
  body?: string
  isPullRequest?: boolean
  state?: 'open' | 'closed'
  labels?: string[]
  /** Pull requests: the head branch (need not exist) and base. */
  head?: string
  base?: string
  draft?: boolean
  createdAt?: string
  closedAt?: string
  mergedAt?: string
  requestedReviewers?: string[]
  /** Team slugs whose review is requested. */
  requestedTeams?: string[]
  reviews?: FakeReviewSeed[]
  comments?: { body: string; author?: string; createdAt?: string }[]
}

export interface FakeReviewSeed {
  author: string
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'PENDING'
  submittedAt?: string
}

export interface FakeComment {
  id: number
  body: string
  createdAt: string
  author: string
}

export interface FakeItem {
  number: number
  title: string
  body: string
  state: 'open' | 'closed'
  labels: string[]
  isPullRequest: boolean
  createdAt: string
  closedAt?: string
  mergedAt?: string
  head?: string
  base?: string
  draft: boolean
  requestedReviewers: string[]
  requestedTeams: string[]
  reviews: FakeReviewSeed[]
  comments: FakeComment[]
  author: string
}

interface FakeLabel {
  id: number
  name: string
  color: string
}

export interface Reply {
  (status: number, body?: unknown, headers?: Record<string, string>): void
}

/** The login that GITHUB_TOKEN writes as. */
export const fakeActorLogin = 'github-actions[bot]'

const validationFailed = (errors: object[]) => ({ message: 'Validation Failed', errors, documentation_url: 'https://docs.github.com/rest' })
const notFound = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }

/** Issues, pull requests, labels and comments in memory; branches, commits and refs in the bare repository. */
export class FakeRepoState {
  readonly items: FakeItem[] = []
  readonly labels = new Map<string, FakeLabel>()
  private nextCommentId = 2_000_000_001
  private nextLabelId = 7_000_000_001

  constructor(
    readonly repository: string,
    readonly defaultBranch: string,
    readonly options: FakeRepoOptions,
    readonly git: FakeGitRepository,
  ) {
    for (const name of options.labels ?? []) this.createLabel(name)
    for (const seed of options.items ?? []) {
      for (const label of seed.labels ?? []) if (!this.findLabel(label)) this.createLabel(label)
      this.items.push({
        number: this.items.length + 1,
        title: seed.title,
        body: seed.body ?? '',
        state: seed.state ?? 'open',
        labels: seed.labels ?? [],
        isPullRequest: seed.isPullRequest ?? seed.head !== undefined,
        createdAt: seed.createdAt ?? '2025-01-01T00:00:00Z',
        ...(seed.closedAt ? { closedAt: seed.closedAt } : {}),
        ...(seed.mergedAt ? { mergedAt: seed.mergedAt } : {}),
        ...(seed.head ? { head: seed.head, base: seed.base ?? defaultBranch } : {}),
        draft: seed.draft ?? false,
        requestedReviewers: seed.requestedReviewers ?? [],
        requestedTeams: seed.requestedTeams ?? [],
        reviews: seed.reviews ?? [],
        comments: (seed.comments ?? []).map((comment) => ({
          id: this.nextCommentId++,
          body: comment.body,
          createdAt: comment.createdAt ?? seed.createdAt ?? '2025-01-01T00:00:00Z',
          author: comment.author ?? fakeActorLogin,
        })),
        author: fakeActorLogin,
      })
    }
  }

  get htmlUrl(): string {
    return `https://github.com/${this.repository}`
  }

  addItem(fields: Pick<FakeItem, 'title' | 'body'> & Partial<FakeItem>): FakeItem {
    const item: FakeItem = {
      number: this.items.length + 1,
      state: 'open',
      labels: [],
      isPullRequest: false,
      createdAt: new Date().toISOString(),
      draft: false,
      requestedReviewers: [],
      requestedTeams: [],
      reviews: [],
      comments: [],
      author: fakeActorLogin,
      ...fields,
    }
    this.items.push(item)
    return item
  }

  createLabel(name: string): FakeLabel {
    const label = { id: this.nextLabelId++, name, color: 'ededed' }
    this.labels.set(name.toLowerCase(), label)
    return label
  }

  findLabel(name: string): FakeLabel | undefined {
    return this.labels.get(name.toLowerCase())
  }

  async branchHead(name: string): Promise<string | undefined> {
    try {
      return await this.git.git(['rev-parse', '--verify', '--quiet', `refs/heads/${name}^{commit}`])
    } catch {
      return undefined // --quiet: a missing branch is an exit status, not an error worth a message
    }
  }

  async resolveCommit(ref: string): Promise<string | undefined> {
    if (!/^[\w./-]+$/.test(ref) || ref.startsWith('-')) return undefined
    try {
      return await this.git.git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
    } catch {
      return undefined
    }
  }

  async readCommit(sha: string) {
    const format = ['%H', '%T', '%P', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x00')
    const [hash = '', tree = '', parents = '', authorName = '', authorEmail = '', authorDate = '', committerName = '', committerEmail = '', committerDate = '', message = ''] =
      (await this.git.git(['log', '-1', `--format=${format}`, sha])).split('\0')
    return {
      sha: hash,
      tree,
      parents: parents.split(' ').filter((parent) => parent !== ''),
      author: { name: authorName, email: authorEmail, date: authorDate },
      committer: { name: committerName, email: committerEmail, date: committerDate },
      message: message.replace(/\n+$/, ''),
    }
  }

  loginForEmail(email: string): string | undefined {
    const noreply = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/.exec(email)
    return this.options.users?.[email] ?? noreply?.[1]
  }

  labelJson(name: string) {
    const label = this.findLabel(name) ?? { id: 0, name, color: 'ededed' }
    return { id: label.id, node_id: `LA_${label.id}`, url: `${this.htmlUrl}/labels/${encodeURIComponent(label.name)}`, name: label.name, color: label.color, default: false, description: null }
  }

  userJson(login: string) {
    return { login, id: 41898282, node_id: 'MDM6Qm90NDE4OTgyODI=', type: login.endsWith('[bot]') ? 'Bot' : 'User', site_admin: false }
  }

  issueJson(item: FakeItem, apiUrl: string) {
    const kind = item.isPullRequest ? 'pull' : 'issues'
    return {
      id: 3_000_000_000 + item.number,
      node_id: `I_${item.number}`,
      url: `${apiUrl}/repos/${this.repository}/issues/${item.number}`,
      html_url: `${this.htmlUrl}/${kind}/${item.number}`,
      number: item.number,
      state: item.state,
      title: item.title,
      body: item.body,
      user: this.userJson(item.author),
      labels: item.labels.map((name) => this.labelJson(name)),
      comments: item.comments.length,
      created_at: item.createdAt,
      updated_at: item.createdAt,
      closed_at: item.closedAt ?? null,
      draft: item.isPullRequest ? item.draft : undefined,
      ...(item.isPullRequest
        ? { pull_request: { url: `${apiUrl}/repos/${this.repository}/pulls/${item.number}`, html_url: `${this.htmlUrl}/pull/${item.number}`, merged_at: item.mergedAt ?? null } }
        : {}),
    }
  }

  async pullJson(item: FakeItem, apiUrl: string) {
    const owner = this.repository.split('/')[0] ?? ''
    const side = async (ref: string) => ({ label: `${owner}:${ref}`, ref, sha: (await this.branchHead(ref)) ?? zeroSha, repo: { full_name: this.repository } })
    return {
      ...this.issueJson(item, apiUrl),
      url: `${apiUrl}/repos/${this.repository}/pulls/${item.number}`,
      html_url: `${this.htmlUrl}/pull/${item.number}`,
      draft: item.draft,
      merged_at: item.mergedAt ?? null,
      head: await side(item.head ?? ''),
      base: await side(item.base ?? this.defaultBranch),
      requested_reviewers: item.requestedReviewers.map((login) => this.userJson(login)),
      requested_teams: item.requestedTeams.map((slug, index) => ({ id: 9_000_001 + index, node_id: `T_${slug}`, slug, name: slug })),
    }
  }

  addComment(item: FakeItem, body: string): FakeComment {
    const comment = { id: this.nextCommentId++, body, createdAt: new Date().toISOString(), author: fakeActorLogin }
    item.comments.push(comment)
    return comment
  }

  /** `/search/issues` with the qualifiers Autoheal uses; free text matches as a case-insensitive substring. */
  search(query: string): FakeItem[] | { error: string } {
    const tokens = query.match(/\S+:"[^"]*"|"[^"]*"|\S+/g) ?? []
    const terms: string[] = []
    let scope: 'all' | 'body' | 'title' = 'all'
    const filters: ((item: FakeItem) => boolean)[] = []
    for (const token of tokens) {
      const qualifier = /^(is|state|repo|in|label|type):(.+)$/.exec(token)
      const value = qualifier?.[2]?.replace(/^"|"$/g, '').toLowerCase() ?? ''
      if (!qualifier) terms.push(token.replace(/^"|"$/g, '').toLowerCase())
      else if (qualifier[1] === 'repo') filters.push(() => value === this.repository.toLowerCase())
      else if (qualifier[1] === 'in') scope = value === 'body' ? 'body' : value === 'title' ? 'title' : 'all'
      else if (qualifier[1] === 'label') filters.push((item) => item.labels.some((label) => label.toLowerCase() === value))
      else if (value === 'pr' || value === 'issue') filters.push((item) => item.isPullRequest === (value === 'pr'))
      else if (value === 'open' || value === 'closed') filters.push((item) => item.state === value)
      else if (value === 'merged') filters.push((item) => item.mergedAt !== undefined)
      else return { error: `The qualifier ${token} is not supported by this fake` }
    }
    const text = (item: FakeItem) => (scope === 'body' ? item.body : scope === 'title' ? item.title : `${item.title}\n${item.body}`).toLowerCase()
    return this.items
      .filter((item) => filters.every((filter) => filter(item)) && terms.every((term) => text(item).includes(term)))
      .sort((left, right) => right.number - left.number)
  }
}

export { fixedGitDate, notFound, validationFailed }
