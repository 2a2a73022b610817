import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it, onTestFinished } from 'vitest'
import { GitHubApiError } from '../../src/github/github-api-error.js'
import { createOctokit } from '../../src/github/octokit.js'
import {
  BranchExistsError,
  createRepoApi,
  DraftsUnavailableError,
  PullRequestsNotAllowedError,
} from '../../src/github/repo-api.js'
import { fakeGitHubToken, startFakeGitHub, type FakeGitHubOptions } from '../fakes/fake-github.js'
import { gitEnvironment } from '../fakes/fake-git-repository.js'
import { casesDir } from '../support/corpus.js'

const execFileAsync = promisify(execFile)
const caseDir = path.join(casesDir, 'mixed-isort-and-missing-module-reports')
const marker = (fingerprint: string) => `<!-- autoheal: {"v":1,"kind":"pr","fingerprint":"${fingerprint}"} -->`
const author = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' }

async function startRepo(repo: FakeGitHubOptions['repo'] = {}, extra: Partial<FakeGitHubOptions> = {}) {
  const fake = await startFakeGitHub({ caseDir, repo, ...extra })
  onTestFinished(() => fake.close())
  const api = createRepoApi({ octokit: createOctokit({ token: fakeGitHubToken, baseUrl: fake.url }), repository: fake.repository })
  const mainSha = await fake.git.git(['rev-parse', 'refs/heads/main'])
  return { fake, api, mainSha }
}

async function expectRejection<T extends Error>(promise: Promise<unknown>, type: new (...args: never[]) => T): Promise<T> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught)
  expect(error).toBeInstanceOf(type)
  return error as T
}

/** A clone of the fake's repository in a temporary folder; `git` runs there with a scrubbed environment. */
async function cloneFake(url: string) {
  const root = await mkdtemp(path.join(tmpdir(), 'autoheal-clone-'))
  onTestFinished(() => rm(root, { recursive: true, force: true }))
  const run = (args: string[], cwd = root) => execFileAsync('git', args, { cwd, env: gitEnvironment() })
  await run(['clone', '--quiet', url, 'work'])
  const work = path.join(root, 'work')
  return { work, git: (args: string[]) => run(args, work) }
}

const withToken = (gitUrl: string, token: string) => gitUrl.replace('http://', `http://x-access-token:${token}@`)

describe('createRepoApi against the fake GitHub', () => {
  it('reads the repository, a branch, a commit and a file', async () => {
    const { api, mainSha, fake } = await startRepo({ isPrivate: true, protectedBranches: ['main'] })

    expect(await api.getRepository()).toEqual({ defaultBranch: 'main', isPrivate: true, fullName: fake.repository })
    expect(await api.getBranch('main')).toEqual({ name: 'main', headSha: mainSha, isProtected: true })
    expect(await api.getBranch('no-such-branch')).toBeUndefined()
    expect(await api.getCommit(mainSha)).toEqual({
      sha: mainSha, message: 'Initial commit', authorName: 'Fake Author', authorEmail: 'author@example.com', authorIsBot: false,
    })
    expect(await api.readFile('pyproject.toml', 'main')).toContain('[tool')
    expect(await api.readFile('ci/cost_control.yaml', 'main')).toBeUndefined()
    expect(await api.readFile('kpi', 'main')).toBeUndefined() // a folder
    expect(fake.openApiViolations).toEqual([])
  })

  it('reports a bot author and a moved branch head', async () => {
    const { api, fake, mainSha } = await startRepo({ movedBranches: ['feature'] })
    const headSha = await fake.git.git(['rev-parse', 'refs/heads/feature'])
    expect(headSha).not.toBe(mainSha)
    expect((await api.getBranch('feature'))?.headSha).toBe(headSha)

    const { commitSha } = await api.createCommitOnNewBranch({ branch: 'fix/auto-1', baseSha: mainSha, message: 'Fix', files: [{ path: 'a.txt', content: 'a\n' }], author })
    expect(await api.getCommit(commitSha)).toMatchObject({ authorLogin: 'github-actions[bot]', authorIsBot: true, message: 'Fix' })
  })

  it('turns an unknown commit into a GitHubApiError with its status and a remedy', async () => {
    const { api } = await startRepo()
    const error = await expectRejection(api.getCommit('f'.repeat(40)), GitHubApiError)
    expect(error.status).toBe(422)
    expect(error.remedy).not.toBe('')
  })

  it('fails with 401 on a wrong token, and never puts the token in the message', async () => {
    const fake = await startFakeGitHub({ caseDir, token: fakeGitHubToken })
    onTestFinished(() => fake.close())
    const api = createRepoApi({ octokit: createOctokit({ token: 'ghs_wrongTokenForTests00000000000000000', baseUrl: fake.url }), repository: fake.repository })
    const error = await expectRejection(api.getRepository(), GitHubApiError)
    expect(error.status).toBe(401)
    expect(`${error.message} ${error.remedy}`).not.toContain('ghs_')
  })

  it('writes a commit on a new branch through the Git Data API, and refuses an existing branch', async () => {
    const { api, fake, mainSha } = await startRepo()
    const change = {
      branch: 'fix/auto-20250102-030405',
      baseSha: mainSha,
      message: 'Fix the import\n\nCo-authored-by: Jo <jo@example.com>',
      files: [{ path: 'kpi/new_module.py', content: 'VALUE = 1\n' }, { path: 'README-fix.md', content: 'fixed\n' }],
      author,
    }
    const { commitSha } = await api.createCommitOnNewBranch(change)

    expect(await fake.git.git(['rev-parse', `refs/heads/${change.branch}`])).toBe(commitSha)
    expect(await fake.git.git(['log', '--format=%s|%an|%P', '-1', change.branch])).toBe(`Fix the import|github-actions[bot]|${mainSha}`)
    expect(await fake.git.git(['show', `${change.branch}:kpi/new_module.py`])).toBe('VALUE = 1')
    // The base tree is kept: the case's files are still there.
    expect(await fake.git.git(['diff', '--name-only', mainSha, change.branch])).toBe('README-fix.md\nkpi/new_module.py')

    const error = await expectRejection(api.createCommitOnNewBranch({ ...change, message: 'again' }), BranchExistsError)
    expect(error.status).toBe(422)
    expect(await fake.git.git(['rev-parse', `refs/heads/${change.branch}`])).toBe(commitSha)
    expect(fake.openApiViolations).toEqual([])
  })

  it('deletes a branch, and a branch already gone is fine', async () => {
    const { api, fake } = await startRepo({ branches: ['fix/auto-old'] })
    await api.deleteBranch('fix/auto-old')
    expect(await fake.git.git(['branch', '--list', 'fix/auto-old'])).toBe('')
    await expect(api.deleteBranch('fix/auto-old')).resolves.toBeUndefined()
  })

  it('opens a draft pull request, labels it (creating labels), requests a review and lists it', async () => {
    const { api, fake, mainSha } = await startRepo({ labels: ['ci'] })
    await api.createCommitOnNewBranch({ branch: 'fix/auto-1', baseSha: mainSha, message: 'Fix', files: [{ path: 'x.py', content: 'x = 1\n' }], author })

    const created = await api.createDraftPullRequest({ head: 'fix/auto-1', base: 'main', title: 'Fix CI', body: `Body\n${marker('abc')}` })
    expect(created.url).toBe(`https://github.com/${fake.repository}/pull/${created.number}`)
    await api.addLabels(created.number, ['auto-fix', 'ci'])
    await api.requestReviewers(created.number, ['octocat'])

    const open = await api.listOpenPullRequests({ head: `${fake.repository.split('/')[0]}:fix/auto-1` })
    expect(open).toEqual([expect.objectContaining({
      number: created.number, headBranch: 'fix/auto-1', baseBranch: 'main', draft: true, labels: ['auto-fix', 'ci'], requestedReviewers: ['octocat'],
    })])
    expect(await api.listOpenPullRequests({ base: 'develop' })).toEqual([])
    expect(fake.state.findLabel('auto-fix')?.color).toBe('0e8a16')
    expect(fake.openApiViolations).toEqual([])
  })

  it('refuses a pull request from a branch without commits, with the status kept', async () => {
    const { api } = await startRepo({ branches: ['empty'] })
    const error = await expectRejection(api.createDraftPullRequest({ head: 'empty', base: 'main', title: 't', body: 'b' }), GitHubApiError)
    expect(error.status).toBe(422)
    expect(error).not.toBeInstanceOf(DraftsUnavailableError)
  })

  it('tells "Actions may not create pull requests" (403) and "no drafts here" (422) apart', async () => {
    const forbidden = await startRepo({ pullRequestsForbidden: true, branches: ['x'] })
    const notAllowed = await expectRejection(forbidden.api.createDraftPullRequest({ head: 'x', base: 'main', title: 't', body: 'b' }), PullRequestsNotAllowedError)
    expect(notAllowed.status).toBe(403)
    expect(notAllowed).toBeInstanceOf(GitHubApiError)
    expect(notAllowed.remedy).toContain('Allow GitHub Actions to create and approve pull requests')

    const noDrafts = await startRepo({ draftsUnavailable: true, isPrivate: true, branches: ['x'] })
    const unavailable = await expectRejection(noDrafts.api.createDraftPullRequest({ head: 'x', base: 'main', title: 't', body: 'b' }), DraftsUnavailableError)
    expect(unavailable.status).toBe(422)
    expect(unavailable.remedy).toMatch(/public repository or a paid plan/)
  })

  it('tolerates a label created by another run between the look and the create', async () => {
    const { api, fake } = await startRepo({ labelsCreatedConcurrently: ['autoheal-alert'] })
    const issue = await api.createIssue({ title: 'Alert', body: 'spent', labels: ['autoheal-alert'] })
    expect(fake.state.items.find((item) => item.number === issue.number)?.labels).toEqual(['autoheal-alert'])
    const createLabelCalls = fake.requests.filter((request) => request.method === 'POST' && request.path.endsWith('/labels'))
    expect(createLabelCalls).toHaveLength(1)
  })

  it('creates, updates, comments on, lists and closes an issue', async () => {
    const { api, fake } = await startRepo()
    const issue = await api.createIssue({ title: 'Manual fix needed', body: marker('f1'), labels: ['needs-human'] })
    await api.updateIssueBody(issue.number, `${marker('f1')}\nupdated`)
    const comment = await api.addComment(issue.number, 'Seen again in run 42')
    expect(comment.url).toContain(`#issuecomment-${comment.id}`)
    expect(await api.listComments(issue.number)).toEqual([
      { id: comment.id, body: 'Seen again in run 42', createdAt: expect.any(String), author: 'github-actions[bot]' },
    ])
    await api.closeIssueOrPull(issue.number)
    const [found] = await api.searchIssuesAndPulls(`repo:${fake.repository} is:issue "f1" in:body`)
    expect(found).toMatchObject({ number: issue.number, isPullRequest: false, state: 'closed', body: `${marker('f1')}\nupdated`, labels: ['needs-human'] })
    expect(found?.closedAt).toBeDefined()

    const missing = await expectRejection(api.addComment(999, 'x'), GitHubApiError)
    expect(missing.status).toBe(404)
    expect(fake.openApiViolations).toEqual([])
  })

  it('finds issues and pull requests by a body marker, across pages', async () => {
    const items = [
      ...Array.from({ length: 5 }, (_, index) => ({ title: `PR ${index}`, body: marker('fp-dup-1234'), head: `fix/auto-${index}` })),
      { title: 'Other', body: marker('other') },
      { title: 'Closed', body: marker('fp-dup-1234'), state: 'closed' as const, mergedAt: '2025-01-03T00:00:00Z', head: 'fix/auto-old' },
    ]
    const { fake } = await startRepo({ items })
    const api = createRepoApi({ octokit: createOctokit({ token: fakeGitHubToken, baseUrl: fake.url }), repository: fake.repository, perPage: 2 })

    const open = await api.searchIssuesAndPulls(`repo:${fake.repository} is:pr is:open in:body fp-dup-1234`)
    expect(open.map((item) => item.title).sort()).toEqual(['PR 0', 'PR 1', 'PR 2', 'PR 3', 'PR 4'])
    const all = await api.searchIssuesAndPulls(`repo:${fake.repository} in:body fp-dup-1234`)
    expect(all.find((item) => item.title === 'Closed')).toMatchObject({ state: 'closed', mergedAt: '2025-01-03T00:00:00Z', isPullRequest: true })
    expect(await api.searchIssuesAndPulls(`repo:someone/else in:body fp-dup-1234`)).toEqual([])
    expect(fake.openApiViolations).toEqual([])
  })
})

describe('the fake GitHub itself', () => {
  it('takes a real git push over smart HTTP with the token, and refuses one without it', async () => {
    const { fake } = await startRepo({ protectedBranches: ['main'] })
    const clone = await cloneFake(withToken(fake.gitUrl, fake.token))
    await writeFile(path.join(clone.work, 'fixed.txt'), 'fixed\n')
    await clone.git(['add', 'fixed.txt'])
    await clone.git(['commit', '--quiet', '-m', 'Fix'])
    await clone.git(['push', '--quiet', 'origin', 'HEAD:refs/heads/fix/auto-2'])
    const pushed = (await clone.git(['rev-parse', 'HEAD'])).stdout.trim()
    expect(await fake.git.git(['rev-parse', 'refs/heads/fix/auto-2'])).toBe(pushed)

    // A protected branch refuses a direct push.
    await expect(clone.git(['push', '--quiet', 'origin', 'HEAD:refs/heads/main'])).rejects.toThrow(/Protected branch/)

    await clone.git(['remote', 'set-url', 'origin', fake.gitUrl])
    await expect(clone.git(['push', '--quiet', 'origin', 'HEAD:refs/heads/fix/auto-3'])).rejects.toThrow()
    await clone.git(['remote', 'set-url', 'origin', withToken(fake.gitUrl, 'ghs_wrong')])
    await expect(clone.git(['push', '--quiet', 'origin', 'HEAD:refs/heads/fix/auto-3'])).rejects.toThrow()
    expect(await fake.git.git(['branch', '--list', 'fix/auto-3'])).toBe('')
  })

  it('records a request GitHub would not accept as an OpenAPI violation', async () => {
    const { fake } = await startRepo()
    const octokit = createOctokit({ token: fakeGitHubToken, baseUrl: fake.url })
    const [owner = '', repo = ''] = fake.repository.split('/')

    await expect(octokit.request('POST /repos/{owner}/{repo}/pulls', { owner, repo, base: 'main', title: 't' } as unknown as { owner: string; repo: string; head: string; base: string })).rejects.toMatchObject({ status: 422 })
    await expect(octokit.request('GET /repos/{owner}/{repo}/no-such-endpoint', { owner, repo })).rejects.toMatchObject({ status: 404 })
    await expect(octokit.request('POST /repos/{owner}/{repo}/issues', { owner, repo, title: 't', labels: 'bug' as unknown as string[] })).rejects.toMatchObject({ status: 422 })

    expect(fake.openApiViolations).toEqual([
      { method: 'POST', path: `/repos/${fake.repository}/pulls`, reason: 'pulls/create: "head" wasn\'t supplied' },
      expect.objectContaining({ method: 'GET', path: `/repos/${fake.repository}/no-such-endpoint` }),
      expect.objectContaining({ method: 'POST', reason: expect.stringContaining('"labels" is not a') }),
    ])
  })
})
