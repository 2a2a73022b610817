import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import {
  basicCredential,
  commitAndPushFix,
  commitFix,
  commitMessage,
  deleteRemoteBranch,
  listRemoteBranches,
  pushNewBranch,
} from '../../src/deliver/commit-fix.js'
import { createGit, GitError, type Git } from '../../src/github/git.js'

const fixedDate = '2025-01-02T03:04:05Z'
const token = 'ghs_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'

/** An environment built from scratch: no developer config, token or identity leaks in. */
function gitEnv(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(home, 'gitconfig'),
    GIT_AUTHOR_DATE: fixedDate,
    GIT_COMMITTER_DATE: fixedDate,
    LANG: 'C',
  }
}

interface Fixture {
  root: string
  workspace: string
  origin: string
  git: Git
  /** git in the bare origin, to read what arrived. */
  originGit: Git
}

async function makeFixture(): Promise<Fixture> {
  const root = await mkdtemp(path.join(tmpdir(), 'autoheal-deliver-'))
  onTestFinished(() => rm(root, { recursive: true, force: true }))
  const env = gitEnv(root)
  await writeFile(path.join(root, 'gitconfig'), '[init]\n\tdefaultBranch = main\n')
  const origin = path.join(root, 'origin.git')
  const workspace = path.join(root, 'workspace')
  await mkdir(workspace)
  const originGit = createGit({ cwd: root, env })
  await originGit.run(['init', '--bare', '--quiet', origin])
  const git = createGit({ cwd: workspace, env })
  await git.run(['init', '--quiet'])
  await mkdir(path.join(workspace, 'src'))
  await writeFile(path.join(workspace, 'src/app.py'), 'import os\n\nprint(os.getcwd())\n')
  await writeFile(path.join(workspace, 'README.md'), '# app\n')
  await writeFile(path.join(workspace, '.gitignore'), '')
  await git.run(['add', '--', 'src/app.py', 'README.md', '.gitignore'])
  await git.run(['-c', 'user.name=Ada Lovelace', '-c', 'user.email=ada@example.com', 'commit', '--quiet', '-m', 'initial'])
  await git.run(['remote', 'add', 'origin', origin])
  await git.run(['push', '--quiet', 'origin', 'HEAD:refs/heads/main'])
  // The runner checks out the failing commit detached, as actions/checkout does with `ref: head_sha`.
  await git.run(['checkout', '--quiet', '--detach', 'HEAD'])
  return { root, workspace, origin, git, originGit: createGit({ cwd: origin, env }) }
}

const fix = {
  fixType: 'import_error' as const,
  summary: 'Import `sys`, which src/app.py uses without importing.',
  original: new Map([['src/app.py', 'import os\n\nprint(os.getcwd())\n']]),
  changed: new Map([
    ['src/app.py', 'import os\nimport sys\n\nprint(os.getcwd(), sys.argv)\n'],
    ['src/new_helper.py', 'VALUE = 1\n'],
  ]),
  coAuthor: { name: 'Ada Lovelace', email: 'ada@example.com' },
}

describe('commitFix', () => {
  it('commits only the edited paths, even with junk and a modified tracked file in the workspace', async () => {
    const { workspace, git } = await makeFixture()
    await writeFile(path.join(workspace, 'junk.log'), 'left by the failed job\n')
    await mkdir(path.join(workspace, 'node_modules'))
    await writeFile(path.join(workspace, 'node_modules/x.js'), 'x\n')
    await writeFile(path.join(workspace, 'README.md'), '# changed by the verify command\n')

    const commit = await commitFix({ git, workspaceDir: workspace, branch: 'fix/auto-20250102-030405', ...fix })

    expect(commit.paths).toEqual(['src/app.py', 'src/new_helper.py'])
    const files = await git.run(['show', '--name-only', '--format=', 'HEAD'])
    expect(files.trim().split('\n')).toEqual(['src/app.py', 'src/new_helper.py'])
    expect(await git.run(['rev-parse', '--abbrev-ref', 'HEAD'])).toBe('fix/auto-20250102-030405\n')
    expect(await git.run(['rev-parse', 'HEAD'])).toBe(`${commit.sha}\n`)
    // The junk is still there, untouched and uncommitted.
    expect(await git.run(['status', '--porcelain'])).toContain('?? junk.log')
  })

  it('commits as the commit-author with a Co-authored-by trailer for the original committer', async () => {
    const { workspace, git } = await makeFixture()
    await commitFix({ git, workspaceDir: workspace, branch: 'fix/auto-x', ...fix })
    const author = await git.run(['log', '-1', '--format=%an <%ae>|%cn <%ce>|%aI'])
    expect(author.trim()).toBe(
      'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|2025-01-02T03:04:05+00:00',
    )
    const message = await git.run(['log', '-1', '--format=%B'])
    expect(message).toBe(
      'fix(autoheal): import_error in src/app.py, src/new_helper.py\n\n' +
        'Import `sys`, which src/app.py uses without importing.\n\n' +
        'Co-authored-by: Ada Lovelace <ada@example.com>\n\n',
    )
    const trailers = await git.run(['log', '-1', '--format=%(trailers:key=Co-authored-by,valueonly)'])
    expect(trailers.trim()).toBe('Ada Lovelace <ada@example.com>')
  })

  it('refuses to commit when something else is already staged', async () => {
    const { workspace, git } = await makeFixture()
    await writeFile(path.join(workspace, 'README.md'), '# staged by someone else\n')
    await git.run(['add', '--', 'README.md'])
    await expect(commitFix({ git, workspaceDir: workspace, branch: 'fix/auto-x', ...fix })).rejects.toThrow(/not exactly the fixed files/)
  })
})

describe('commitMessage', () => {
  it('credits no bot and redacts the summary', () => {
    const message = commitMessage({
      fixType: 'lint',
      paths: ['a.py', 'b.py', 'c.py', 'd.py', 'e.py'],
      summary: `Removed the token ${token} from a comment.`,
      coAuthor: { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' },
    })
    expect(message).toBe('fix(autoheal): lint in a.py, b.py, c.py and 2 more\n\nRemoved the token [REDACTED_GITHUB_TOKEN] from a comment.\n')
  })
})

describe('pushing the fix branch', () => {
  it('pushes a new branch and refuses a second push to the same branch', async () => {
    const { workspace, git, originGit } = await makeFixture()
    const commit = await commitFix({ git, workspaceDir: workspace, branch: 'fix/auto-20250102-030405', ...fix })
    await pushNewBranch({ git, branch: commit.branch })
    expect(await originGit.run(['rev-parse', 'refs/heads/fix/auto-20250102-030405'])).toBe(`${commit.sha}\n`)

    // Another commit, pushed to the same name: an empty lease means "must not exist", so git refuses.
    await git.run(['-c', 'user.name=x', '-c', 'user.email=x@example.com', 'commit', '--quiet', '--allow-empty', '-m', 'more'])
    const refused = pushNewBranch({ git, branch: commit.branch })
    await expect(refused).rejects.toBeInstanceOf(GitError)
    await expect(refused).rejects.toThrow(/stale info|rejected/)
    expect(await originGit.run(['rev-parse', 'refs/heads/fix/auto-20250102-030405'])).toBe(`${commit.sha}\n`)
    expect([...(await listRemoteBranches({ git }, 'fix/auto-'))]).toEqual(['fix/auto-20250102-030405'])
  })

  it('deletes the remote branch when afterPush throws, and rethrows', async () => {
    const { workspace, git, originGit } = await makeFixture()
    const failure = new Error('GitHub said 403')
    await expect(
      commitAndPushFix({ git, workspaceDir: workspace, branch: 'fix/auto-cleanup', ...fix }, async (commit) => {
        // The branch is on origin while the PR is being opened.
        expect(await originGit.run(['rev-parse', 'refs/heads/fix/auto-cleanup'])).toBe(`${commit.sha}\n`)
        throw failure
      }),
    ).rejects.toBe(failure)
    expect(await originGit.run(['for-each-ref', 'refs/heads/fix/'])).toBe('')
  })

  it('deletes only the commit it pushed', async () => {
    const { workspace, git, originGit } = await makeFixture()
    const commit = await commitFix({ git, workspaceDir: workspace, branch: 'fix/auto-lease', ...fix })
    await pushNewBranch({ git, branch: commit.branch })
    const main = (await originGit.run(['rev-parse', 'refs/heads/main'])).trim()
    await expect(deleteRemoteBranch({ git, branch: commit.branch, expectedSha: main })).rejects.toBeInstanceOf(GitError)
    await deleteRemoteBranch({ git, branch: commit.branch, expectedSha: commit.sha })
    expect(await originGit.run(['for-each-ref', 'refs/heads/fix/'])).toBe('')
  })
})

/**
 * origin over HTTP on 127.0.0.1, served by `git http-backend` (changesets/action's approach), which
 * answers 401 unless the request carries the token's basic header: the token must reach git as a
 * header, and never be written into the checkout's config.
 */
async function startGitHttpServer(projectRoot: string, env: NodeJS.ProcessEnv): Promise<{ url: string; requests: IncomingHttpHeaders[]; close: () => Promise<void> }> {
  const requests: IncomingHttpHeaders[] = []
  const expected = `basic ${basicCredential(token)}`
  const server = createServer((request, response) => {
    requests.push(request.headers)
    if (request.headers.authorization?.toLowerCase() !== expected.toLowerCase()) {
      response.writeHead(401, { 'WWW-Authenticate': 'Basic realm="test"' }).end()
      return
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const child = spawn('git', ['http-backend'], {
      env: {
        ...env,
        GIT_PROJECT_ROOT: projectRoot,
        GIT_HTTP_EXPORT_ALL: '1',
        REQUEST_METHOD: request.method ?? 'GET',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.slice(1),
        CONTENT_TYPE: request.headers['content-type'] ?? '',
        HTTP_CONTENT_ENCODING: request.headers['content-encoding'] ?? '',
        REMOTE_USER: 'x-access-token',
        REMOTE_ADDR: '127.0.0.1',
        GIT_HTTP_MAX_REQUEST_BUFFER: '100M',
      },
    })
    request.pipe(child.stdin)
    const chunks: Buffer[] = []
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    child.on('close', () => {
      const output = Buffer.concat(chunks)
      const end = output.indexOf('\r\n\r\n')
      const headerText = output.subarray(0, end).toString('latin1')
      const headers: Record<string, string> = {}
      let status = 200
      for (const line of headerText.split('\r\n')) {
        const colon = line.indexOf(':')
        const name = line.slice(0, colon).trim()
        const value = line.slice(colon + 1).trim()
        if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10)
        else if (name) headers[name] = value
      }
      response.writeHead(status, headers).end(output.subarray(end + 4))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

describe('the push token', () => {
  it('reaches origin as an http.extraheader and never lands in .git/config', async () => {
    const { root, workspace, git, origin } = await makeFixture()
    const server = await startGitHttpServer(root, gitEnv(root))
    onTestFinished(() => server.close())
    await git.run(['remote', 'set-url', 'origin', `${server.url}/${path.basename(origin)}`])
    // What actions/checkout persists: another credential for the same server, which ours must replace.
    await git.run(['config', `http.${server.url}/.extraheader`, 'AUTHORIZATION: basic c3RhbGU='])

    const { commit } = await commitAndPushFix({ git, workspaceDir: workspace, branch: 'fix/auto-http', token, ...fix }, async () => 'opened')
    const originGit = createGit({ cwd: origin, env: gitEnv(root) })
    expect(await originGit.run(['rev-parse', 'refs/heads/fix/auto-http'])).toBe(`${commit.sha}\n`)
    expect(server.requests.length).toBeGreaterThan(0)
    expect(server.requests.every((headers) => headers.authorization === `basic ${basicCredential(token)}`)).toBe(true)

    const config = await readFile(path.join(workspace, '.git/config'), 'utf8')
    expect(config).not.toContain(token)
    expect(config).not.toContain(basicCredential(token))
  })

  it('keeps the token out of error messages', async () => {
    const { root, workspace, git } = await makeFixture()
    const server = await startGitHttpServer(root, gitEnv(root))
    onTestFinished(() => server.close())
    await git.run(['remote', 'set-url', 'origin', `${server.url}/missing.git`])
    const error = await pushNewBranch({ git, branch: 'fix/auto-x', token }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(GitError)
    const text = `${(error as GitError).message}\n${(error as GitError).command}\n${(error as GitError).stderr}`
    expect(text).toContain('git -c http.')
    expect(text).not.toContain(token)
    expect(text).not.toContain(basicCredential(token))
    void workspace
  })
})
