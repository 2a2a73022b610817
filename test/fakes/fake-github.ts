import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import yazl from 'yazl'
import { createFakeGitRepository, type FakeGitRepository } from './fake-git-repository.js'
import { FakeRepoState, type FakeRepoOptions } from './fake-github-repo.js'
import { handleRepoRequest } from './fake-github-repo-routes.js'
import { serveGitHttpBackend } from './git-http-backend.js'
import { checkAgainstOpenApi, type OpenApiViolation } from './openapi-validator.js'

export type { FakeItemSeed, FakeRepoOptions } from './fake-github-repo.js'
export type { OpenApiViolation } from './openapi-validator.js'

/** The token the fake expects unless told otherwise (API: any bearer token is accepted; git: exactly this one). */
export const fakeGitHubToken = 'ghs_fakeTokenForTests0000000000000000'

/**
 * A local GitHub for the run endpoints `collect` uses, serving one corpus case
 * (`logs/<job>.txt`, `artifacts/<name>/…`, `meta.json`) in GitHub's wire format. Downloads answer
 * 302 to a second server standing for GitHub's blob storage (another origin, as in production),
 * which refuses requests that carry an Authorization header, as signed-URL storage does.
 *
 * It is also the repository: `GET /repos/{o}/{r}`, contents, branches, commits, the Git Data API,
 * issues, pull requests, labels, comments and `/search/issues`. Branches and commits live in a real
 * bare repository (seeded from the case's `repo/` on `main` with fixed dates, so SHAs repeat),
 * served over git's smart HTTP at `<url>/<owner>/<name>.git` for the token `x-access-token:<token>`.
 * Every API request is checked against GitHub's OpenAPI description; mismatches land in
 * `openApiViolations` (an unknown operation also answers 404, a bad body 422).
 */
export interface FakeGitHubOptions {
  caseDir: string
  /** Successful jobs listed before the failed ones, so the failed ones sit on later pages. */
  passingJobs?: number
  /** More failed jobs, or a job's log replaced: job name → log text. */
  extraLogs?: Record<string, string | Buffer>
  /** Job names whose log answers 410 Gone. */
  expiredLogs?: string[]
  /** Job names whose log answers 404. */
  missingLogs?: string[]
  /** The artifacts list and downloads answer 403, as for a token without `actions: read`. */
  forbiddenArtifacts?: boolean
  /** Artifact names listed with `expired: true`; their zip answers 410. */
  expiredArtifacts?: string[]
  /** Adds the artifact `hostile-report` with a zip-slip, an absolute, a backslash and a symlink entry, and one big entry. */
  hostileArtifact?: boolean | HostileZipOptions
  /** Adds the artifact `corrupt-report`, whose zip is not a zip. */
  corruptArtifact?: boolean
  /** When set, the API accepts only this token (git always requires it; default fakeGitHubToken). */
  token?: string
  /** The repository's state and the refusals to play. */
  repo?: FakeRepoOptions
}

export interface HostileZipOptions {
  /** The absolute path an entry is named after (must not exist). */
  absolutePath?: string
  /** Bytes of the big entry (zeros, so it compresses to almost nothing). */
  oversizedEntryBytes?: number
}

export interface RecordedRequest {
  server: 'api' | 'storage'
  method: string
  /** Path and query as sent. */
  path: string
  headers: http.IncomingHttpHeaders
  /** The parsed JSON body, when there was one. */
  body?: unknown
}

export interface FakeGitHub {
  /** The API base URL, as GITHUB_API_URL would give it. */
  url: string
  storageUrl: string
  repository: string
  runId: number
  /** The names of the hostile zip's entries, by kind. */
  hostileEntryNames: typeof hostileEntryNames
  requests: RecordedRequest[]
  /** `git clone` / `git push` URL of the repository (credentials not included). */
  gitUrl: string
  /** The token git must present as `x-access-token:<token>`. */
  token: string
  /** Issues, pull requests and labels in memory, and the bare repository. */
  state: FakeRepoState
  git: FakeGitRepository
  /** Requests that GitHub's OpenAPI description does not allow; tests expect it empty. */
  openApiViolations: OpenApiViolation[]
  close(): Promise<void>
}

export const hostileEntryNames = {
  harmless: 'ok.txt',
  zipSlip: '../../../../evil-zip-slip.txt',
  backslashSlip: '..\\..\\..\\..\\evil-backslash.txt',
  symlink: 'link-to-passwd',
  oversized: 'big.bin',
} as const

interface FakeJob {
  id: number
  name: string
  conclusion: 'success' | 'failure'
  stepNames: string[]
  failedStepIndex: number
  log?: Buffer
}

interface FakeArtifact {
  id: number
  name: string
  zip: Buffer
  expired: boolean
}

const repositoryId = 812_345_678
const githubMaxPerPage = 100
const githubDefaultPerPage = 30

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const meta = JSON.parse(await readFile(path.join(options.caseDir, 'meta.json'), 'utf8')) as {
    repository: string
    workflow_run_id: number
    head_branch: string
    head_sha: string
  }
  const runId = meta.workflow_run_id
  const jobs = await loadJobs(options, runId)
  const artifacts = await loadArtifacts(options)
  const requests: RecordedRequest[] = []
  const issuedSignatures = new Set<string>()

  const storage = http.createServer((request, response) => {
    requests.push(record('storage', request))
    const url = new URL(request.url ?? '/', 'http://storage')
    if (request.headers.authorization !== undefined) {
      // Signed-URL storage (Azure blobs, S3) rejects a second credential: the token must not travel here.
      return sendText(response, 400, 'An Authorization header is not allowed on a signed URL.')
    }
    if (!issuedSignatures.has(url.searchParams.get('sig') ?? '')) return sendText(response, 403, 'Signature did not match.')
    const logMatch = /^\/logs\/(\d+)$/.exec(url.pathname)
    const log = logMatch ? jobs.find((job) => job.id === Number(logMatch[1]))?.log : undefined
    if (log) return sendBody(response, 'text/plain', log)
    const zipMatch = /^\/artifacts\/(\d+)\.zip$/.exec(url.pathname)
    const artifact = zipMatch ? artifacts.find((candidate) => candidate.id === Number(zipMatch[1])) : undefined
    if (artifact) return sendBody(response, 'application/zip', artifact.zip)
    sendText(response, 404, 'The specified blob does not exist.')
  })
  const storageUrl = await listen(storage)

  const signedStorageUrl = (pathname: string) => {
    const signature = randomBytes(12).toString('hex')
    issuedSignatures.add(signature)
    return `${storageUrl}${pathname}?sig=${signature}&se=2099-01-01T00%3A00%3A00Z`
  }

  const token = options.token ?? fakeGitHubToken
  const defaultBranch = 'main'
  const seedDir = path.join(options.caseDir, 'repo')
  const git = await createFakeGitRepository({
    repository: meta.repository,
    defaultBranch,
    seedDir: existsSync(seedDir) ? seedDir : await emptyFolder(),
    protectedBranches: options.repo?.protectedBranches ?? [],
  })
  const seedSha = await git.git(['rev-parse', `refs/heads/${defaultBranch}`])
  for (const branch of options.repo?.branches ?? []) await git.git(['update-ref', `refs/heads/${branch}`, seedSha])
  for (const branch of options.repo?.movedBranches ?? []) {
    if (!(await git.git(['branch', '--list', branch]))) await git.git(['update-ref', `refs/heads/${branch}`, seedSha])
    await git.commitFiles(branch, 'A newer commit', { 'MOVED.md': `${branch} moved on\n` })
  }
  const state = new FakeRepoState(meta.repository, defaultBranch, options.repo ?? {}, git)
  const openApiViolations: OpenApiViolation[] = []
  const gitPrefix = `/${meta.repository}.git`

  const handleApi = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const recorded = record('api', request)
    requests.push(recorded)
    const url = new URL(request.url ?? '/', apiUrl)
    if (url.pathname.toLowerCase().startsWith(`${gitPrefix.toLowerCase()}/`)) {
      // git sends no credential until asked: the 401 challenge makes it send the one in the URL.
      // The scheme is case-insensitive (RFC 7235): actions/checkout sends `basic`, git's prompt `Basic`.
      const [scheme, credential] = (request.headers.authorization ?? '').split(' ')
      if (scheme?.toLowerCase() !== 'basic' || credential !== Buffer.from(`x-access-token:${token}`).toString('base64')) {
        response.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"', 'content-type': 'text/plain' })
        return response.end('Invalid username or token.')
      }
      return serveGitHttpBackend(request, response, {
        projectRoot: git.projectRoot,
        pathInfo: `/${meta.repository}.git${url.pathname.slice(gitPrefix.length)}`,
        query: url.search.slice(1),
        user: 'x-access-token',
      })
    }
    const bearer = /^(?:token|Bearer) (\S+)$/.exec(request.headers.authorization ?? '')
    if (!bearer || (options.token !== undefined && bearer[1] !== options.token)) {
      return sendError(response, 401, options.token !== undefined && bearer ? 'Bad credentials' : 'Requires authentication')
    }
    const text = await readRequestText(request)
    let body: unknown
    if (text !== '') {
      try {
        body = JSON.parse(text)
      } catch {
        return sendError(response, 400, 'Problems parsing JSON')
      }
      recorded.body = body
    }
    // GitHub's Link headers name a repository by id (/repositories/:id/…); requests name it by owner/name.
    const byId = `/repositories/${repositoryId}`
    const pathname = url.pathname.startsWith(`${byId}/`) ? `/repos/${meta.repository}${url.pathname.slice(byId.length)}` : url.pathname
    const check = checkAgainstOpenApi(request.method ?? 'GET', pathname, url.searchParams, body)
    if ('violation' in check) {
      openApiViolations.push(check.violation)
      return check.status === 404 ? sendError(response, 404, 'Not Found') : sendJson(response, 422, { message: `Invalid request.\n\n${check.violation.reason}`, documentation_url: 'https://docs.github.com/rest' })
    }
    const route = stripRepositoryPrefix(url.pathname, meta.repository)
    if (request.method === 'GET' && route !== undefined) {
      if (answerRunRoute(route, url, response)) return
    }
    const decodedPath = decodeURIComponent(url.pathname)
    const repositoryPath = `/repos/${meta.repository}`.toLowerCase()
    const isRepositoryRoute = decodedPath.toLowerCase() === repositoryPath || decodedPath.toLowerCase().startsWith(`${repositoryPath}/`)
    const handled = await handleRepoRequest(
      state,
      {
        method: request.method ?? 'GET',
        route: isRepositoryRoute ? decodedPath.slice(repositoryPath.length) : decodedPath,
        isRepositoryRoute,
        url,
        body: (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>,
        apiUrl,
      },
      (status, answer, headers = {}) => {
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value)
        if (answer === undefined) {
          response.writeHead(status)
          response.end()
        } else sendJson(response, status, answer)
      },
    )
    if (!handled) sendError(response, 404, 'Not Found')
  }

  /** The run endpoints `collect` uses; true when it answered. */
  const answerRunRoute = (route: string, url: URL, response: http.ServerResponse): boolean => {
    const jobsRoute = /^\/actions\/runs\/(\d+)\/jobs$/.exec(route)
    if (jobsRoute && Number(jobsRoute[1]) === runId) {
      const page = paginate(url, jobs.length)
      response.setHeader('Link', page.link)
      const items = jobs.slice(page.start, page.end).map((job) => toJobJson(job, meta, runId, apiUrl))
      sendJson(response, 200, { total_count: jobs.length, jobs: items })
      return true
    }

    const runRoute = /^\/actions\/runs\/(\d+)$/.exec(route)
    if (runRoute) {
      if (Number(runRoute[1]) === runId) sendJson(response, 200, toRunJson(meta, runId, apiUrl))
      else sendError(response, 404, 'Not Found')
      return true
    }

    const logRoute = /^\/actions\/jobs\/(\d+)\/logs$/.exec(route)
    if (logRoute) {
      const job = jobs.find((candidate) => candidate.id === Number(logRoute[1]))
      if (!job || options.missingLogs?.includes(job.name) || !job.log) sendError(response, 404, 'Not Found')
      else if (options.expiredLogs?.includes(job.name)) sendError(response, 410, 'Gone')
      else redirect(response, signedStorageUrl(`/logs/${job.id}`))
      return true
    }

    const artifactsRoute = /^\/actions\/runs\/(\d+)\/artifacts$/.exec(route)
    if (artifactsRoute && Number(artifactsRoute[1]) === runId) {
      if (options.forbiddenArtifacts) {
        sendError(response, 403, 'Resource not accessible by integration')
        return true
      }
      const page = paginate(url, artifacts.length)
      response.setHeader('Link', page.link)
      const items = artifacts.slice(page.start, page.end).map((artifact) => toArtifactJson(artifact, meta, runId, apiUrl))
      sendJson(response, 200, { total_count: artifacts.length, artifacts: items })
      return true
    }

    const zipRoute = /^\/actions\/artifacts\/(\d+)\/zip$/.exec(route)
    if (zipRoute) {
      const artifact = artifacts.find((candidate) => candidate.id === Number(zipRoute[1]))
      if (options.forbiddenArtifacts) sendError(response, 403, 'Resource not accessible by integration')
      else if (!artifact) sendError(response, 404, 'Not Found')
      else if (artifact.expired) sendError(response, 410, 'Artifact has expired')
      else redirect(response, signedStorageUrl(`/artifacts/${artifact.id}.zip`))
      return true
    }
    return false
  }

  const api = http.createServer((request, response) => {
    handleApi(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendError(response, 500, `The fake failed: ${String(error)}`)
      else response.end()
    })
  })
  const apiUrl = await listen(api)

  return {
    url: apiUrl,
    storageUrl,
    repository: meta.repository,
    runId,
    hostileEntryNames,
    requests,
    gitUrl: `${apiUrl}${gitPrefix}`,
    token,
    state,
    git,
    openApiViolations,
    close: async () => {
      await Promise.all([stop(api), stop(storage)])
      await git.remove()
    },
  }
}

/** Jobs as GitHub lists them: the passing ones first, then one failed job per log, by name. */
async function loadJobs(options: FakeGitHubOptions, runId: number): Promise<FakeJob[]> {
  const logs = new Map<string, Buffer>()
  const logsDir = path.join(options.caseDir, 'logs')
  for (const fileName of await listFiles(logsDir)) {
    logs.set(fileName.replace(/\.txt$/, ''), await readFile(path.join(logsDir, fileName)))
  }
  for (const [name, text] of Object.entries(options.extraLogs ?? {})) logs.set(name, Buffer.from(text))
  const passing: FakeJob[] = Array.from({ length: options.passingJobs ?? 0 }, (_, index) => ({
    id: 0,
    name: `shard ${index + 1}`,
    conclusion: 'success',
    stepNames: ['Set up job', 'Run actions/checkout@v4', 'Run npm test', 'Complete job'],
    failedStepIndex: -1,
  }))
  const failed: FakeJob[] = [...logs.entries()]
    .sort(([left], [right]) => left.localeCompare(right))
    .map(([name, log]) => ({ id: 0, name, conclusion: 'failure', log, ...readSteps(log.toString('utf8')) }))
  // Ids in GitHub's range (11 digits), derived from the run so two fakes never share one.
  return [...passing, ...failed].map((job, index) => ({ ...job, id: (runId % 1_000_000) * 100_000 + 30_000_000_000 + index + 1 }))
}

/** Step names the way GitHub shows them, read from the log's `##[group]Run …` lines. */
function readSteps(log: string): { stepNames: string[]; failedStepIndex: number } {
  const stepNames = ['Set up job']
  let failedStepIndex = -1
  for (const line of log.split('\n')) {
    const text = line.replace(/^\d{4}-\d\d-\d\dT[\d:.]+Z /, '')
    const group = /^##\[group\](Run .+)$/.exec(text)
    if (group?.[1]) stepNames.push(group[1].trim())
    if (failedStepIndex === -1 && text.startsWith('##[error]')) failedStepIndex = stepNames.length - 1
  }
  stepNames.push('Complete job')
  return { stepNames, failedStepIndex: failedStepIndex > 0 ? failedStepIndex : stepNames.length - 2 }
}

async function loadArtifacts(options: FakeGitHubOptions): Promise<FakeArtifact[]> {
  const artifactsDir = path.join(options.caseDir, 'artifacts')
  const artifacts: Omit<FakeArtifact, 'id'>[] = []
  for (const name of (await listEntries(artifactsDir)).sort()) {
    const files = await listFilesRecursively(path.join(artifactsDir, name))
    const entries = await Promise.all(
      files.map(async (file) => ({ name: file, data: await readFile(path.join(artifactsDir, name, file)) })),
    )
    artifacts.push({ name, zip: await buildZip(entries), expired: options.expiredArtifacts?.includes(name) ?? false })
  }
  if (options.hostileArtifact) {
    const hostile = options.hostileArtifact === true ? {} : options.hostileArtifact
    artifacts.push({ name: 'hostile-report', zip: await buildHostileZip(hostile), expired: false })
  }
  if (options.corruptArtifact) {
    artifacts.push({ name: 'corrupt-report', zip: Buffer.from('PK\u0003\u0004 this was cut off in transit'), expired: false })
  }
  return artifacts.map((artifact, index) => ({ ...artifact, id: 2_100_000_000 + index + 1 }))
}

export interface ZipEntrySpec {
  name: string
  data: Buffer
  /** Unix mode, type bits included (0o120777 for a symlink). */
  mode?: number
}

/** A zip as upload-artifact makes one (deflated, Unix modes). */
export function buildZip(entries: readonly ZipEntrySpec[]): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const entry of entries) {
    zip.addBuffer(entry.data, entry.name, { mtime: new Date('2025-01-02T03:04:05Z'), ...(entry.mode ? { mode: entry.mode } : {}) })
  }
  zip.end()
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk))
    zip.outputStream.on('error', reject)
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)))
  })
}

/**
 * yazl refuses to write names that climb or are absolute, as a good zip writer should; an
 * attacker's writer does not. Each hostile name goes in as a harmless stand-in of the same length,
 * then is written over in both headers that carry it.
 */
export async function buildHostileZip(options: HostileZipOptions = {}): Promise<Buffer> {
  const absolutePath = options.absolutePath ?? '/tmp/autoheal-fake-github-absolute.txt'
  const renames: [string, string][] = [
    [hostileEntryNames.zipSlip.replace(/\./g, '_'), hostileEntryNames.zipSlip],
    [hostileEntryNames.backslashSlip.replace(/[.\\]/g, '_'), hostileEntryNames.backslashSlip],
    [`_${absolutePath.slice(1)}`, absolutePath],
  ]
  const zip = await buildZip([
    { name: hostileEntryNames.harmless, data: Buffer.from('a harmless report\n') },
    ...renames.map(([standIn]) => ({ name: standIn, data: Buffer.from('written outside the destination\n') })),
    { name: hostileEntryNames.symlink, data: Buffer.from('/etc/passwd'), mode: 0o120777 },
    { name: hostileEntryNames.oversized, data: Buffer.alloc(options.oversizedEntryBytes ?? 2 * 1024 * 1024 + 1) },
  ])
  for (const [standIn, hostileName] of renames) renameInZip(zip, standIn, hostileName)
  return zip
}

/** Overwrites every occurrence of an entry name (local header and central directory) in place. */
export function renameInZip(zip: Buffer, from: string, to: string): void {
  const fromBytes = Buffer.from(from)
  const toBytes = Buffer.from(to)
  if (fromBytes.length !== toBytes.length) throw new Error(`"${from}" and "${to}" differ in length`)
  let found = 0
  for (let at = zip.indexOf(fromBytes); at !== -1; at = zip.indexOf(fromBytes, at + 1)) {
    toBytes.copy(zip, at)
    found += 1
  }
  if (found === 0) throw new Error(`"${from}" is not in the zip`)
}

function paginate(url: URL, total: number): { start: number; end: number; link: string } {
  const perPage = Math.min(Number(url.searchParams.get('per_page') ?? githubDefaultPerPage) || githubDefaultPerPage, githubMaxPerPage)
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1)
  const lastPage = Math.max(1, Math.ceil(total / perPage))
  const pageUrl = (number: number) => {
    const target = new URL(url)
    target.pathname = target.pathname.replace(/^\/repos\/[^/]+\/[^/]+/, `/repositories/${repositoryId}`)
    target.searchParams.set('per_page', String(perPage))
    target.searchParams.set('page', String(number))
    return target.toString()
  }
  const links: string[] = []
  if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`)
  if (page < lastPage) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`)
  if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`)
  return { start: (page - 1) * perPage, end: page * perPage, link: links.join(', ') }
}

function stripRepositoryPrefix(pathname: string, repository: string): string | undefined {
  const byName = `/repos/${repository}`
  if (pathname.toLowerCase().startsWith(`${byName.toLowerCase()}/`)) return pathname.slice(byName.length)
  const byId = `/repositories/${repositoryId}`
  if (pathname.startsWith(`${byId}/`)) return pathname.slice(byId.length)
  return undefined
}

/** The failed run itself (GET /actions/runs/{id}): the fields Autoheal reads, in GitHub's shape. */
export const fakeWorkflowId = 71_034_552
function toRunJson(meta: { repository: string; head_branch: string; head_sha: string }, runId: number, apiUrl: string) {
  return {
    id: runId,
    name: 'CI',
    node_id: `WFR_kwLO${runId.toString(36).toUpperCase()}`,
    head_branch: meta.head_branch,
    head_sha: meta.head_sha,
    path: '.github/workflows/ci.yml',
    run_number: 412,
    run_attempt: 1,
    event: 'pull_request',
    status: 'completed',
    conclusion: 'failure',
    workflow_id: fakeWorkflowId,
    url: `${apiUrl}/repos/${meta.repository}/actions/runs/${runId}`,
    html_url: `https://github.com/${meta.repository}/actions/runs/${runId}`,
    created_at: '2026-11-25T13:15:10Z',
    updated_at: '2026-11-25T13:15:50Z',
    run_started_at: '2026-11-25T13:15:12Z',
  }
}

function toJobJson(job: FakeJob, meta: { repository: string; head_branch: string; head_sha: string }, runId: number, apiUrl: string) {
  const startedAt = '2026-11-25T13:15:27Z'
  const completedAt = '2026-11-25T13:15:44Z'
  return {
    id: job.id,
    run_id: runId,
    workflow_name: 'CI',
    head_branch: meta.head_branch,
    run_url: `${apiUrl}/repos/${meta.repository}/actions/runs/${runId}`,
    run_attempt: 1,
    node_id: `CR_kwDO${job.id.toString(36).toUpperCase()}`,
    head_sha: meta.head_sha,
    url: `${apiUrl}/repos/${meta.repository}/actions/jobs/${job.id}`,
    html_url: `https://github.com/${meta.repository}/actions/runs/${runId}/job/${job.id}`,
    status: 'completed',
    conclusion: job.conclusion,
    created_at: '2026-11-25T13:15:20Z',
    started_at: startedAt,
    completed_at: completedAt,
    name: job.name,
    steps: job.stepNames.map((name, index) => ({
      name,
      status: 'completed',
      // Steps after the failed one ran only if they asked to (`if: always()`); the log shows those.
      conclusion: index === job.failedStepIndex ? 'failure' : 'success',
      number: index + 1,
      started_at: startedAt,
      completed_at: completedAt,
    })),
    check_run_url: `${apiUrl}/repos/${meta.repository}/check-runs/${job.id}`,
    labels: ['ubuntu-latest'],
    runner_id: 1000001,
    runner_name: 'GitHub Actions 1000001',
    runner_group_id: 0,
    runner_group_name: 'GitHub Actions',
  }
}

function toArtifactJson(artifact: FakeArtifact, meta: { repository: string; head_branch: string; head_sha: string }, runId: number, apiUrl: string) {
  return {
    id: artifact.id,
    node_id: `MDg6QXJ0aWZhY3Q${artifact.id}`,
    name: artifact.name,
    size_in_bytes: artifact.zip.length,
    url: `${apiUrl}/repos/${meta.repository}/actions/artifacts/${artifact.id}`,
    archive_download_url: `${apiUrl}/repos/${meta.repository}/actions/artifacts/${artifact.id}/zip`,
    expired: artifact.expired,
    created_at: '2026-11-25T13:15:43Z',
    updated_at: '2026-11-25T13:15:43Z',
    expires_at: artifact.expired ? '2026-11-26T13:15:43Z' : '2027-02-23T13:15:43Z',
    digest: `sha256:${'0'.repeat(64)}`,
    workflow_run: {
      id: runId,
      repository_id: repositoryId,
      head_repository_id: repositoryId,
      head_branch: meta.head_branch,
      head_sha: meta.head_sha,
    },
  }
}

function readRequestText(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

async function emptyFolder(): Promise<string> {
  const folder = path.join(tmpdir(), `autoheal-fake-empty-${process.pid}`)
  await mkdir(folder, { recursive: true })
  return folder
}

function record(server: RecordedRequest['server'], request: http.IncomingMessage): RecordedRequest {
  return { server, method: request.method ?? '', path: request.url ?? '', headers: request.headers }
}

function sendJson(response: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-github-api-version-selected': '2022-11-28',
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
  })
  response.end(text)
}

function sendError(response: http.ServerResponse, status: number, message: string): void {
  sendJson(response, status, { message, documentation_url: 'https://docs.github.com/rest', status: String(status) })
}

function sendText(response: http.ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  response.end(text)
}

function sendBody(response: http.ServerResponse, contentType: string, body: Buffer): void {
  response.writeHead(200, { 'content-type': contentType, 'content-length': body.length })
  response.end(body)
}

function redirect(response: http.ServerResponse, location: string): void {
  response.writeHead(302, { location, 'content-length': 0 })
  response.end()
}

function listen(server: http.Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))
  })
}

function stop(server: http.Server): Promise<void> {
  // Keep-alive sockets would hold close() open until they time out.
  server.closeAllConnections()
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
}

async function listEntries(folder: string): Promise<string[]> {
  try {
    return await readdir(folder)
  } catch (error) {
    // A case without logs/ or artifacts/ is a case without them (git keeps no empty folder).
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

async function listFiles(folder: string): Promise<string[]> {
  return (await listEntries(folder)).sort()
}

async function listFilesRecursively(folder: string, prefix = ''): Promise<string[]> {
  const files: string[] = []
  for (const entry of (await readdir(path.join(folder, prefix), { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) files.push(...(await listFilesRecursively(folder, relative)))
    else files.push(relative)
  }
  return files
}
