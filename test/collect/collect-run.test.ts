import { lstat, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { collectRun } from '../../src/collect/collect-run.js'
import { GitHubApiError } from '../../src/github/github-api-error.js'
import { createOctokit } from '../../src/github/octokit.js'
import { createRunApi, type RunApiSettings } from '../../src/github/run-api.js'
import { startFakeGitHub, type FakeGitHubOptions } from '../fakes/fake-github.js'
import { casesDir } from '../support/corpus.js'

const twoFailedJobsCase = path.join(casesDir, 'mixed-isort-and-missing-module-reports')
const artifactCase = path.join(casesDir, 'py-utcnow-deprecated-session-tokens')
const token = 'ghs_fakeTokenForTests0000000000000000'

interface Setup {
  fakeOptions: FakeGitHubOptions
  apiSettings?: Partial<Omit<RunApiSettings, 'octokit' | 'repository'>>
  zipLimits?: Parameters<typeof collectRun>[0]['zipLimits']
}

/** Starts the fake, collects its run through the real Octokit, and cleans up after the test. */
async function collectFromFake({ fakeOptions, apiSettings, zipLimits }: Setup) {
  const fake = await startFakeGitHub(fakeOptions)
  onTestFinished(() => fake.close())
  const root = await mkdtemp(path.join(tmpdir(), 'autoheal-collect-'))
  onTestFinished(() => rm(root, { recursive: true, force: true }))
  const workDir = path.join(root, 'run', 'work')
  const api = createRunApi({ octokit: createOctokit({ token, baseUrl: fake.url }), repository: fake.repository, ...apiSettings })
  const messages = { info: [] as string[], warning: [] as string[] }
  const log = { info: (message: string) => messages.info.push(message), warning: (message: string) => messages.warning.push(message) }
  const collected = await collectRun({ api, runId: fake.runId, workDir, log, ...(zipLimits ? { zipLimits } : {}) })
  return { fake, root, workDir, collected, messages }
}

/** Every file and link under `folder`, relative, sorted. */
async function listTree(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort()
}

describe('collectRun against the fake GitHub', () => {
  it('writes each failed job log byte for byte, named after the job', async () => {
    const { collected, fake } = await collectFromFake({ fakeOptions: { caseDir: twoFailedJobsCase } })

    expect(await readdir(collected.logsDir)).toEqual(['lint.txt', 'test (3.11).txt'])
    for (const name of ['lint.txt', 'test (3.11).txt']) {
      const received = await readFile(path.join(collected.logsDir, name))
      expect(received.equals(await readFile(path.join(twoFailedJobsCase, 'logs', name)))).toBe(true)
    }
    expect(collected.jobs.map(({ name, conclusion, failedStep }) => ({ name, conclusion, failedStep }))).toEqual([
      { name: 'lint', conclusion: 'failure', failedStep: 'Run isort --check-only --diff .' },
      { name: 'test (3.11)', conclusion: 'failure', failedStep: 'Run python3 -m pytest -q' },
    ])
    expect(collected.jobs[0]?.htmlUrl).toMatch(/^https:\/\/github\.com\/kestrel-analytics\/kpi-reports\/actions\/runs\/\d+\/job\/\d+$/)
    expect(collected.diagnostics).toEqual([])
    expect(await readdir(collected.artifactsDir)).toEqual([])

    // Only reads were sent; the token went to the API and never to the storage host.
    expect(fake.requests.every((request) => request.method === 'GET')).toBe(true)
    const apiRequests = fake.requests.filter((request) => request.server === 'api')
    const storageRequests = fake.requests.filter((request) => request.server === 'storage')
    expect(apiRequests.every((request) => request.headers.authorization === `token ${token}`)).toBe(true)
    expect(storageRequests).toHaveLength(2)
    expect(storageRequests.every((request) => request.headers.authorization === undefined)).toBe(true)
    expect(apiRequests[0]?.path).toBe(`/repos/kestrel-analytics/kpi-reports/actions/runs/${fake.runId}/jobs?filter=latest&per_page=100`)
  })

  it('extracts the run artifacts into a folder per artifact', async () => {
    const { collected } = await collectFromFake({ fakeOptions: { caseDir: artifactCase } })

    const junit = path.join('pytest-results-3.12', 'junit.xml')
    expect(await listTree(collected.artifactsDir)).toEqual([junit])
    const received = await readFile(path.join(collected.artifactsDir, junit))
    expect(received.equals(await readFile(path.join(artifactCase, 'artifacts', junit)))).toBe(true)
    expect(await readdir(collected.logsDir)).toEqual(['test (3.12).txt'])
    expect(collected.diagnostics).toEqual([])
    // The zip waited outside artifacts/ and is gone.
    expect(await readdir(path.dirname(collected.artifactsDir))).toEqual(['artifacts', 'logs'])
  })

  it('follows the Link headers through every page of jobs', async () => {
    const { collected, fake } = await collectFromFake({
      fakeOptions: { caseDir: twoFailedJobsCase, passingJobs: 5 },
      apiSettings: { perPage: 2 },
    })

    expect(collected.jobs.map((job) => job.name)).toEqual(['lint', 'test (3.11)'])
    const jobPages = fake.requests.filter((request) => request.path.includes('/jobs?'))
    expect(jobPages).toHaveLength(4)
    expect(jobPages.slice(1).map((request) => new URL(request.path, fake.url).searchParams.get('page'))).toEqual(['2', '3', '4'])
  })

  it('turns an expired and a missing log into diagnostics and keeps the other jobs', async () => {
    const { collected } = await collectFromFake({
      fakeOptions: { caseDir: twoFailedJobsCase, extraLogs: { build: 'x\n' }, expiredLogs: ['lint'], missingLogs: ['build'] },
    })

    expect(await readdir(collected.logsDir)).toEqual(['test (3.11).txt'])
    expect(collected.jobs.map((job) => [job.name, job.logFile !== undefined])).toEqual([
      ['build', false],
      ['lint', false],
      ['test (3.11)', true],
    ])
    expect(collected.diagnostics).toEqual([
      expect.stringMatching(/^The log of job "build" was not found \(GitHub answered 404\).*Re-run the failed jobs/),
      expect.stringMatching(/^The log of job "lint" has expired \(GitHub answered 410 Gone\).*Re-run the failed jobs/),
    ])
  })

  it('goes on from the logs when the token may not read artifacts (403)', async () => {
    const { collected, messages } = await collectFromFake({ fakeOptions: { caseDir: artifactCase, forbiddenArtifacts: true } })

    expect(await readdir(collected.logsDir)).toEqual(['test (3.12).txt'])
    expect(await readdir(collected.artifactsDir)).toEqual([])
    expect(collected.diagnostics).toHaveLength(1)
    expect(collected.diagnostics[0]).toMatch(/^Autoheal may not read the artifacts of run \d+ \(GitHub answered 403\)/)
    expect(collected.diagnostics[0]).toContain('actions: read')
    expect(messages.warning).toEqual(collected.diagnostics)
  })

  it('says so when an artifact has expired', async () => {
    const { collected, fake } = await collectFromFake({ fakeOptions: { caseDir: artifactCase, expiredArtifacts: ['pytest-results-3.12'] } })

    expect(await readdir(collected.artifactsDir)).toEqual([])
    expect(collected.diagnostics).toEqual([expect.stringMatching(/^Artifact "pytest-results-3.12" has expired/)])
    expect(fake.requests.some((request) => request.path.endsWith('/zip'))).toBe(false)
  })

  it('skips each hostile zip entry with its reason and writes nothing outside the artifact folder', async () => {
    const absolutePath = path.join(tmpdir(), `autoheal-absolute-${process.pid}-${Date.now()}.txt`)
    const { collected, root, fake } = await collectFromFake({
      fakeOptions: { caseDir: twoFailedJobsCase, hostileArtifact: { absolutePath } },
      zipLimits: { maxEntryBytes: 1024 * 1024 },
    })
    const names = fake.hostileEntryNames

    expect(collected.diagnostics).toEqual([
      `Artifact "hostile-report": entry "${names.zipSlip}" was not extracted: its path climbs out of the destination folder (..).`,
      `Artifact "hostile-report": entry "${names.backslashSlip}" was not extracted: its path climbs out of the destination folder (..).`,
      `Artifact "hostile-report": entry "${absolutePath}" was not extracted: its path is absolute.`,
      `Artifact "hostile-report": entry "${names.symlink}" was not extracted: it is a symbolic link (links are never created).`,
      `Artifact "hostile-report": entry "${names.oversized}" was not extracted: it is larger than maxEntryBytes (1048576 bytes).`,
    ])
    // The whole temporary tree holds the two logs and the one harmless file, and no link.
    expect(await listTree(root)).toEqual([
      path.join('run', 'work', 'artifacts', 'hostile-report', 'ok.txt'),
      path.join('run', 'work', 'logs', 'lint.txt'),
      path.join('run', 'work', 'logs', 'test (3.11).txt'),
    ])
    await expect(stat(absolutePath)).rejects.toMatchObject({ code: 'ENOENT' })
    expect((await lstat(path.join(collected.artifactsDir, 'hostile-report', 'ok.txt'))).isFile()).toBe(true)
  })

  it('reports a corrupt zip as a diagnostic and leaves no half folder', async () => {
    const { collected } = await collectFromFake({ fakeOptions: { caseDir: artifactCase, corruptArtifact: true } })

    expect(await readdir(collected.artifactsDir)).toEqual(['pytest-results-3.12'])
    expect(collected.diagnostics).toEqual([
      expect.stringMatching(/^Artifact "corrupt-report" could not be read: artifact-\d+\.zip is not a readable zip archive \(.+\)\. Upload the artifact again/),
    ])
  })

  it('keeps the beginning and the end of a log over maxLogBytes and says so', async () => {
    const maxLogBytes = 4096
    const { collected } = await collectFromFake({ fakeOptions: { caseDir: twoFailedJobsCase }, apiSettings: { maxLogBytes } })

    const original = await readFile(path.join(twoFailedJobsCase, 'logs', 'lint.txt'), 'utf8')
    const saved = await readFile(path.join(collected.logsDir, 'lint.txt'), 'utf8')
    expect(Buffer.byteLength(saved)).toBeLessThanOrEqual(maxLogBytes)
    const { head, note, tail } = splitAtNote(saved)
    // Both parts are whole lines of the original.
    expect(head.endsWith('\n') && original.startsWith(head)).toBe(true)
    expect(original.endsWith(`\n${tail}`)).toBe(true)
    // The failing step's error is near the end, so it survives the cut.
    expect(tail).toContain('##[error]Process completed with exit code 1.')
    expect(note).toMatch(/^\[autoheal\] \d+ bytes of this \d+-byte log were left out here/)
    expect(collected.diagnostics).toEqual(
      expect.arrayContaining([expect.stringMatching(/^The log of job "lint" is 10651 bytes, more than maxLogBytes allows/)]),
    )
  })

  it('streams a long log through the real client and keeps its end', async () => {
    const lines = Array.from({ length: 400_000 }, (_, index) => `2026-11-25T13:15:27.5087373Z step output ${index + 1}\n`)
    const hugeLog = `${lines.join('')}2026-11-25T13:15:28.0000000Z ##[error]Process completed with exit code 1.\n`
    const maxLogBytes = 1024 * 1024
    const { collected } = await collectFromFake({
      fakeOptions: { caseDir: artifactCase, extraLogs: { huge: hugeLog } },
      apiSettings: { maxLogBytes },
    })

    const saved = await readFile(path.join(collected.logsDir, 'huge.txt'), 'utf8')
    expect(Buffer.byteLength(saved)).toBeLessThanOrEqual(maxLogBytes)
    expect(saved.startsWith(lines[0] ?? '')).toBe(true)
    expect(saved.endsWith('##[error]Process completed with exit code 1.\n')).toBe(true)
    expect(collected.diagnostics).toEqual([
      expect.stringMatching(new RegExp(`^The log of job "huge" is ${Buffer.byteLength(hugeLog)} bytes, more than maxLogBytes allows`)),
    ])
  })

  it('refuses an artifact zip over maxArtifactZipBytes', async () => {
    const { collected } = await collectFromFake({ fakeOptions: { caseDir: artifactCase }, apiSettings: { maxArtifactZipBytes: 200 } })

    expect(await readdir(collected.artifactsDir)).toEqual([])
    expect(collected.diagnostics).toEqual([
      expect.stringMatching(/^Could not download artifact \d+: its zip is larger than 200 bytes \(artifact "pytest-results-3.12"\)\. Upload the test reports/),
    ])
  })

  it('names log files after jobs with unsafe characters replaced and clashes resolved', async () => {
    const { collected } = await collectFromFake({
      fakeOptions: { caseDir: artifactCase, extraLogs: { 'build / linux: x86*': 'a\n', 'build _ linux_ x86_': 'b\n', '../escape': 'c\n' } },
    })

    expect((await readdir(collected.logsDir)).sort()).toEqual(
      ['__escape.txt', 'build _ linux_ x86_-2.txt', 'build _ linux_ x86_.txt', 'test (3.12).txt'].sort(),
    )
    const byJob = Object.fromEntries(collected.jobs.map((job) => [job.name, job.logFile && path.basename(job.logFile)]))
    // Whichever is listed first keeps the plain name; neither overwrites the other.
    expect([byJob['build / linux: x86*'], byJob['build _ linux_ x86_']].sort()).toEqual(['build _ linux_ x86_-2.txt', 'build _ linux_ x86_.txt'])
    expect(await readFile(path.join(collected.logsDir, byJob['build / linux: x86*'] ?? ''), 'utf8')).toBe('a\n')
  })

  it('throws a GitHubApiError with the status when the jobs cannot be listed', async () => {
    const fake = await startFakeGitHub({ caseDir: twoFailedJobsCase })
    onTestFinished(() => fake.close())
    const root = await mkdtemp(path.join(tmpdir(), 'autoheal-collect-'))
    onTestFinished(() => rm(root, { recursive: true, force: true }))
    const api = createRunApi({ octokit: createOctokit({ token, baseUrl: fake.url }), repository: 'someone/else' })
    const log = { info: () => undefined, warning: () => undefined }

    const collecting = collectRun({ api, runId: fake.runId, workDir: root, log })
    await expect(collecting).rejects.toBeInstanceOf(GitHubApiError)
    await expect(collecting).rejects.toMatchObject({ status: 404, message: expect.stringMatching(/^Could not list the jobs of run \d+/) })
  })

  it('says GitHub could not be reached when nothing answers', async () => {
    const fake = await startFakeGitHub({ caseDir: twoFailedJobsCase })
    await fake.close()
    const api = createRunApi({ octokit: createOctokit({ token, baseUrl: fake.url }), repository: fake.repository })

    await expect(api.listRunJobs(fake.runId)).rejects.toMatchObject({
      name: 'GitHubApiError',
      status: undefined,
      message: expect.stringMatching(/^Could not list the jobs of run \d+: GitHub could not be reached/),
    })
  })
})

function splitAtNote(saved: string): { head: string; note: string; tail: string } {
  const lines = saved.split(/(?<=\n)/)
  const noteIndex = lines.findIndex((line) => line.startsWith('[autoheal] '))
  expect(noteIndex).toBeGreaterThan(0)
  return { head: lines.slice(0, noteIndex).join(''), note: lines[noteIndex] ?? '', tail: lines.slice(noteIndex + 1).join('') }
}
