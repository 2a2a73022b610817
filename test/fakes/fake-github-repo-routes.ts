import { fakeActorLogin, fixedGitDate, notFound, validationFailed, type FakeRepoState, type Reply } from './fake-github-repo.js'
import { zeroSha } from './fake-git-repository.js'

export interface RepoRequest {
  method: string
  /** For `/repos/{owner}/{repo}/…`: the decoded rest ('' for the repository itself); otherwise the path. */
  route: string
  isRepositoryRoute: boolean
  url: URL
  body: Record<string, unknown>
  apiUrl: string
}

type Handler = (state: FakeRepoState, request: RepoRequest, match: RegExpExecArray, reply: Reply) => Promise<void> | void

const routes: [string, RegExp, Handler][] = [
  ['GET', /^$/, (state, _request, _match, reply) =>
    reply(200, {
      id: 812_345_678,
      name: state.repository.split('/')[1],
      full_name: state.repository,
      private: state.options.isPrivate ?? false,
      default_branch: state.defaultBranch,
      owner: state.userJson(state.repository.split('/')[0] ?? ''),
      html_url: state.htmlUrl,
      visibility: state.options.isPrivate ? 'private' : 'public',
    })],
  ['GET', /^\/contents\/(.+)$/, async (state, request, match, reply) => {
    const commit = await state.resolveCommit(request.url.searchParams.get('ref') ?? state.defaultBranch)
    const filePath = (match[1] ?? '').replace(/^\/+|\/+$/g, '')
    if (!commit) return reply(404, { message: 'No commit found for the ref', documentation_url: 'https://docs.github.com/rest' })
    let type: string
    try {
      type = await state.git.git(['cat-file', '-t', `${commit}:${filePath}`])
    } catch {
      return reply(404, notFound) // no such path at that commit
    }
    if (type === 'tree') {
      const listing = await state.git.git(['ls-tree', `${commit}:${filePath}`])
      return reply(200, listing.split('\n').filter(Boolean).map((line) => {
        const [info = '', name = ''] = line.split('\t')
        const [, kind = '', sha = ''] = info.split(' ')
        return { type: kind === 'tree' ? 'dir' : 'file', name, path: `${filePath}/${name}`, sha }
      }))
    }
    const sha = await state.git.git(['rev-parse', `${commit}:${filePath}`])
    const content = await state.git.gitBytes(['cat-file', 'blob', sha])
    const size = content.length
    reply(200, {
      type: 'file', encoding: 'base64', size, name: filePath.split('/').pop(), path: filePath, sha,
      content: content.toString('base64'),
      html_url: `${state.htmlUrl}/blob/${commit}/${filePath}`,
    })
  }],
  ['GET', /^\/branches\/(.+)$/, async (state, _request, match, reply) => {
    const name = match[1] ?? ''
    const head = await state.branchHead(name)
    if (!head) return reply(404, { message: 'Branch not found', documentation_url: 'https://docs.github.com/rest' })
    reply(200, { name, commit: { sha: head, url: '' }, protected: state.options.protectedBranches?.includes(name) ?? false })
  }],
  ['GET', /^\/commits\/(.+)$/, async (state, request, match, reply) => {
    const sha = await state.resolveCommit(match[1] ?? '')
    if (!sha) return reply(422, { message: `No commit found for SHA: ${match[1]}`, documentation_url: 'https://docs.github.com/rest' })
    const commit = await state.readCommit(sha)
    const login = state.loginForEmail(commit.author.email)
    reply(200, {
      sha, url: `${request.apiUrl}/repos/${state.repository}/commits/${sha}`, html_url: `${state.htmlUrl}/commit/${sha}`,
      commit: { message: commit.message, author: commit.author, committer: commit.committer, tree: { sha: commit.tree } },
      author: login ? state.userJson(login) : null,
      parents: commit.parents.map((parent) => ({ sha: parent })),
    })
  }],
  ['GET', /^\/git\/commits\/([0-9a-f]{40})$/, async (state, _request, match, reply) => {
    const sha = await state.resolveCommit(match[1] ?? '')
    if (!sha) return reply(404, notFound)
    const commit = await state.readCommit(sha)
    reply(200, { ...commit, tree: { sha: commit.tree }, parents: commit.parents.map((parent) => ({ sha: parent })) })
  }],
  ['POST', /^\/git\/blobs$/, async (state, { body }, _match, reply) => {
    const content = Buffer.from(String(body.content), body.encoding === 'base64' ? 'base64' : 'utf8')
    const sha = await state.git.git(['hash-object', '-w', '--stdin'], { input: content })
    reply(201, { sha, url: '' })
  }],
  ['POST', /^\/git\/trees$/, async (state, { body }, _match, reply) => {
    const entries = new Map<string, { mode: string; type: string; sha: string }>()
    if (typeof body.base_tree === 'string') {
      const listing = await state.git.git(['ls-tree', '-r', '-z', body.base_tree]).catch(() => undefined)
      if (listing === undefined) return reply(422, validationFailed([{ resource: 'Tree', field: 'base_tree', code: 'invalid' }]))
      for (const line of listing.split('\0').filter(Boolean)) {
        const [info = '', filePath = ''] = line.split('\t')
        const [mode = '', type = '', sha = ''] = info.split(' ')
        entries.set(filePath, { mode, type, sha })
      }
    }
    for (const entry of (body.tree ?? []) as { path: string; mode: string; type: string; sha?: string | null; content?: string }[]) {
      if (entry.sha === null) entries.delete(entry.path)
      else if (entry.content !== undefined) {
        entries.set(entry.path, { mode: entry.mode, type: 'blob', sha: await state.git.git(['hash-object', '-w', '--stdin'], { input: entry.content }) })
      } else entries.set(entry.path, { mode: entry.mode, type: entry.type, sha: entry.sha ?? '' })
    }
    const sha = await writeTree(state, entries, '')
    reply(201, { sha, url: '', tree: [], truncated: false })
  }],
  ['POST', /^\/git\/commits$/, async (state, { body }, _match, reply) => {
    const author = (body.author ?? {}) as { name?: string; email?: string; date?: string }
    const parents = ((body.parents ?? []) as string[]).flatMap((parent) => ['-p', parent])
    let sha: string
    try {
      sha = await state.git.git(['commit-tree', String(body.tree), ...parents, '-F', '-'], {
        input: String(body.message),
        env: {
          GIT_AUTHOR_NAME: author.name ?? fakeActorLogin,
          GIT_AUTHOR_EMAIL: author.email ?? '41898282+github-actions[bot]@users.noreply.github.com',
          GIT_AUTHOR_DATE: author.date ?? fixedGitDate,
          GIT_COMMITTER_NAME: 'GitHub',
          GIT_COMMITTER_EMAIL: 'noreply@github.com',
        },
      })
    } catch {
      return reply(422, validationFailed([{ resource: 'Commit', code: 'invalid', field: 'tree' }]))
    }
    const commit = await state.readCommit(sha)
    reply(201, { ...commit, tree: { sha: commit.tree }, parents: commit.parents.map((parent) => ({ sha: parent })) })
  }],
  ['POST', /^\/git\/refs$/, async (state, { body }, _match, reply) => {
    const ref = String(body.ref)
    if (!/^refs\/[^/]+\/.+/.test(ref)) return reply(422, { message: 'Reference name is invalid', documentation_url: '' })
    try {
      await state.git.git(['cat-file', '-e', `${String(body.sha)}^{commit}`])
    } catch {
      return reply(422, { message: 'Object does not exist', documentation_url: '' })
    }
    try {
      // The zeros: create only; an existing ref is refused, never moved.
      await state.git.git(['update-ref', ref, String(body.sha), zeroSha])
    } catch {
      return reply(422, { message: 'Reference already exists', documentation_url: 'https://docs.github.com/rest/git/refs#create-a-reference' })
    }
    reply(201, { ref, node_id: 'REF_1', url: '', object: { sha: body.sha, type: 'commit', url: '' } })
  }],
  ['DELETE', /^\/git\/refs\/(.+)$/, async (state, _request, match, reply) => {
    const ref = `refs/${match[1]}`
    const sha = await state.git.git(['rev-parse', '--verify', '--quiet', ref]).catch(() => undefined)
    if (!sha) return reply(422, { message: 'Reference does not exist', documentation_url: 'https://docs.github.com/rest/git/refs#delete-a-reference' })
    await state.git.git(['update-ref', '-d', ref, sha])
    reply(204)
  }],
  ['GET', /^\/labels\/(.+)$/, (state, _request, match, reply) => {
    const name = match[1] ?? ''
    if (state.options.labelsCreatedConcurrently?.includes(name)) return reply(404, notFound)
    return state.findLabel(name) ? reply(200, state.labelJson(name)) : reply(404, notFound)
  }],
  ['POST', /^\/labels$/, (state, { body }, _match, reply) => {
    const name = String(body.name)
    if (state.options.labelsCreatedConcurrently?.includes(name) && !state.findLabel(name)) state.createLabel(name)
    if (state.findLabel(name)) return reply(422, validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]))
    const label = state.createLabel(name)
    label.color = String(body.color ?? 'ededed')
    reply(201, state.labelJson(name))
  }],
  ['GET', /^\/pulls$/, async (state, request, _match, reply) => {
    const query = request.url.searchParams
    const wantedState = query.get('state') ?? 'open'
    const owner = state.repository.split('/')[0]
    const head = query.get('head')
    const pulls = state.items.filter((item) =>
      item.isPullRequest &&
      (wantedState === 'all' || item.state === wantedState) &&
      (!head || `${owner}:${item.head}` === head) &&
      (!query.get('base') || item.base === query.get('base')))
    reply(200, await Promise.all(pulls.map((item) => state.pullJson(item, request.apiUrl))))
  }],
  ['POST', /^\/pulls$/, async (state, request, _match, reply) => {
    const { body } = request
    if (state.options.pullRequestsForbidden) {
      return reply(403, { message: 'GitHub Actions is not permitted to create or approve pull requests.', documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request', status: '403' })
    }
    if (body.draft === true && state.options.draftsUnavailable) {
      return reply(422, { message: 'Draft pull requests are not supported in this repository.', documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request', status: '422' })
    }
    const head = String(body.head).replace(/^[^:]+:/, '')
    const base = String(body.base)
    const [headSha, baseSha] = [await state.branchHead(head), await state.branchHead(base)]
    if (!headSha) return reply(422, validationFailed([{ resource: 'PullRequest', field: 'head', code: 'invalid' }]))
    if (!baseSha) return reply(422, validationFailed([{ resource: 'PullRequest', field: 'base', code: 'invalid' }]))
    if (state.items.some((item) => item.isPullRequest && item.state === 'open' && item.head === head && item.base === base)) {
      return reply(422, validationFailed([{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${state.repository.split('/')[0]}:${head}.` }]))
    }
    if ((await state.git.git(['rev-list', '--count', `${baseSha}..${headSha}`])) === '0') {
      return reply(422, validationFailed([{ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${head}` }]))
    }
    const item = state.addItem({ title: String(body.title ?? ''), body: String(body.body ?? ''), isPullRequest: true, head, base, draft: body.draft === true })
    reply(201, await state.pullJson(item, request.apiUrl))
  }],
  ['POST', /^\/pulls\/(\d+)\/requested_reviewers$/, async (state, request, match, reply) => {
    const item = state.items.find((candidate) => candidate.isPullRequest && candidate.number === Number(match[1]))
    if (!item) return reply(404, notFound)
    const reviewers = (request.body.reviewers ?? []) as string[]
    if (reviewers.includes(item.author)) return reply(422, { message: 'Review cannot be requested from pull request author.', documentation_url: '' })
    item.requestedReviewers.push(...reviewers.filter((login) => !item.requestedReviewers.includes(login)))
    reply(201, await state.pullJson(item, request.apiUrl))
  }],
  ['GET', /^\/pulls\/(\d+)\/reviews$/, (state, request, match, reply) => {
    const item = state.items.find((candidate) => candidate.isPullRequest && candidate.number === Number(match[1]))
    if (!item) return reply(404, notFound)
    reply(200, item.reviews.map((review, index) => ({
      id: 80_000_001 + index,
      node_id: `PRR_${item.number}_${index}`,
      user: state.userJson(review.author),
      body: '',
      state: review.state,
      html_url: `${state.htmlUrl}/pull/${item.number}#pullrequestreview-${80_000_001 + index}`,
      pull_request_url: `${request.apiUrl}/repos/${state.repository}/pulls/${item.number}`,
      author_association: 'COLLABORATOR',
      // GitHub gives a pending (unsubmitted) review no submission time.
      ...(review.state === 'PENDING' ? {} : { submitted_at: review.submittedAt ?? item.createdAt }),
      commit_id: zeroSha,
      _links: { html: { href: '' }, pull_request: { href: '' } },
    })))
  }],
  ['POST', /^\/issues$/, (state, request, _match, reply) => {
    const labels = (request.body.labels ?? []) as string[]
    const missing = labels.find((name) => !state.findLabel(name))
    if (missing) return reply(422, validationFailed([{ resource: 'Label', field: 'name', code: 'invalid', value: missing }]))
    const item = state.addItem({ title: String(request.body.title), body: String(request.body.body ?? ''), labels })
    reply(201, state.issueJson(item, request.apiUrl))
  }],
  ['PATCH', /^\/issues\/(\d+)$/, (state, request, match, reply) => {
    const item = state.items.find((candidate) => candidate.number === Number(match[1]))
    if (!item) return reply(404, notFound)
    if (typeof request.body.body === 'string') item.body = request.body.body
    if (typeof request.body.title === 'string') item.title = request.body.title
    if (request.body.state === 'closed' && item.state === 'open') Object.assign(item, { state: 'closed', closedAt: new Date().toISOString() })
    if (request.body.state === 'open') Object.assign(item, { state: 'open', closedAt: undefined })
    reply(200, state.issueJson(item, request.apiUrl))
  }],
  ['GET', /^\/issues\/(\d+)\/comments$/, (state, request, match, reply) => {
    const item = state.items.find((candidate) => candidate.number === Number(match[1]))
    if (!item) return reply(404, notFound)
    reply(200, item.comments.map((comment) => commentJson(state, comment, item.number)))
  }],
  ['POST', /^\/issues\/(\d+)\/comments$/, (state, request, match, reply) => {
    const item = state.items.find((candidate) => candidate.number === Number(match[1]))
    if (!item) return reply(404, notFound)
    reply(201, commentJson(state, state.addComment(item, String(request.body.body)), item.number))
  }],
  ['POST', /^\/issues\/(\d+)\/labels$/, (state, request, match, reply) => {
    const item = state.items.find((candidate) => candidate.number === Number(match[1]))
    if (!item) return reply(404, notFound)
    const labels = (request.body.labels ?? []) as string[]
    const missing = labels.find((name) => !state.findLabel(name))
    if (missing) return reply(422, validationFailed([{ resource: 'Label', field: 'name', code: 'invalid', value: missing }]))
    for (const name of labels) if (!item.labels.some((label) => label.toLowerCase() === name.toLowerCase())) item.labels.push(name)
    reply(200, item.labels.map((name) => state.labelJson(name)))
  }],
]

function commentJson(state: FakeRepoState, comment: { id: number; body: string; createdAt: string; author: string }, number: number) {
  return {
    id: comment.id,
    body: comment.body,
    created_at: comment.createdAt,
    updated_at: comment.createdAt,
    user: state.userJson(comment.author),
    html_url: `${state.htmlUrl}/issues/${number}#issuecomment-${comment.id}`,
  }
}

/** Builds nested trees bottom-up from a flat path → entry map with `git mktree`. */
async function writeTree(state: FakeRepoState, entries: Map<string, { mode: string; type: string; sha: string }>, prefix: string): Promise<string> {
  const here = new Map<string, string>()
  const folders = new Set<string>()
  for (const [filePath, entry] of entries) {
    if (!filePath.startsWith(prefix)) continue
    const rest = filePath.slice(prefix.length)
    const slash = rest.indexOf('/')
    if (slash === -1) here.set(rest, `${entry.mode} ${entry.type} ${entry.sha}\t${rest}`)
    else folders.add(rest.slice(0, slash))
  }
  for (const folder of folders) {
    here.set(folder, `040000 tree ${await writeTree(state, entries, `${prefix}${folder}/`)}\t${folder}`)
  }
  return state.git.git(['mktree', '-z'], { input: [...here.values()].map((line) => `${line}\0`).join('') })
}

/** Answers a repository or search request; false when no route of this fake matches. */
export async function handleRepoRequest(state: FakeRepoState, request: RepoRequest, reply: Reply): Promise<boolean> {
  if (!request.isRepositoryRoute) {
    if (request.method !== 'GET' || request.route !== '/search/issues') return false
    const found = state.search(request.url.searchParams.get('q') ?? '')
    if ('error' in found) return reply(422, validationFailed([{ resource: 'Search', field: 'q', code: 'invalid', message: found.error }])), true
    const perPage = Math.min(Number(request.url.searchParams.get('per_page') ?? 30) || 30, 100)
    const page = Math.max(1, Number(request.url.searchParams.get('page') ?? 1) || 1)
    const items = found.slice((page - 1) * perPage, page * perPage).map((item) => ({ ...state.issueJson(item, request.apiUrl), score: 1 }))
    const headers: Record<string, string> = {}
    if (page * perPage < found.length) {
      const next = new URL(request.url)
      next.searchParams.set('page', String(page + 1))
      next.searchParams.set('per_page', String(perPage))
      headers.link = `<${next.toString()}>; rel="next"`
    }
    reply(200, { total_count: found.length, incomplete_results: false, items }, headers)
    return true
  }
  if (state.options.readOnlyToken && request.method !== 'GET') {
    reply(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' })
    return true
  }
  for (const [method, pattern, handler] of routes) {
    const match = pattern.exec(request.route)
    if (method === request.method && match) {
      await handler(state, request, match, reply)
      return true
    }
  }
  return false
}
