import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it, onTestFinished } from 'vitest'
import { prepareRelease, ReleaseError } from '../../scripts/prepare-release.js'
import { gitEnvironment } from '../fakes/fake-git-repository.js'

const run = promisify(execFile)
const env = gitEnvironment()

async function git(cwd: string, ...args: string[]): Promise<string> {
  return (await run('git', args, { cwd, env })).stdout.trim()
}

/** A repository like ours: package.json and its lock at 1.1.0, a committed dist/, tagged v1.1.0 with v1 on it. */
async function makeRepository(): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), 'autoheal-release-'))
  onTestFinished(() => rm(cwd, { recursive: true, force: true }))
  await git(cwd, 'init', '--quiet', '--initial-branch=main')
  await writeFile(join(cwd, 'package.json'), `${JSON.stringify({ name: 'autoheal', version: '1.1.0', private: true }, null, 2)}\n`)
  const lock = { name: 'autoheal', version: '1.1.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'autoheal', version: '1.1.0' } } }
  await writeFile(join(cwd, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`)
  await mkdir(join(cwd, 'dist'))
  await writeFile(join(cwd, 'dist/index.js'), 'export const built = 1\n')
  await git(cwd, 'add', '.')
  await git(cwd, 'commit', '--quiet', '-m', 'First')
  await git(cwd, 'tag', '--annotate', 'v1.1.0', '--message', 'v1.1.0')
  await git(cwd, 'tag', '--annotate', 'v1', '--message', 'v1')
  return cwd
}

const unchangedBuild = async () => {}

async function releaseError(promise: Promise<unknown>): Promise<ReleaseError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (error instanceof ReleaseError) return error
  throw new Error(`expected a ReleaseError, got ${String(error)}`)
}

describe('prepareRelease', () => {
  it('bumps package.json and its lock, commits, tags v1.2.0 and moves v1 to it', async () => {
    const cwd = await makeRepository()
    const before = await git(cwd, 'rev-parse', 'v1^{commit}')
    const release = await prepareRelease({ cwd, version: '1.2.0', build: unchangedBuild, env })

    expect(release.tag).toBe('v1.2.0')
    expect(release.majorTag).toBe('v1')
    expect(JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8')).version).toBe('1.2.0')
    const lock = JSON.parse(await readFile(join(cwd, 'package-lock.json'), 'utf8'))
    expect([lock.version, lock.packages[''].version]).toEqual(['1.2.0', '1.2.0'])
    const head = await git(cwd, 'rev-parse', 'HEAD')
    expect(head).not.toBe(before)
    expect(await git(cwd, 'rev-parse', 'v1.2.0^{commit}')).toBe(head)
    expect(await git(cwd, 'rev-parse', 'v1^{commit}')).toBe(head)
    expect(await git(cwd, 'rev-parse', 'v1.1.0^{commit}')).toBe(before)
    expect(await git(cwd, 'log', '-1', '--format=%s')).toBe('Release v1.2.0')
    expect(await git(cwd, 'status', '--porcelain')).toBe('')
    expect(release.lines).toContain('  git push origin main v1.2.0')
  })

  it('accepts a leading v', async () => {
    const cwd = await makeRepository()
    expect((await prepareRelease({ cwd, version: 'v1.1.1', build: unchangedBuild, env })).tag).toBe('v1.1.1')
  })

  it.each([
    { version: '1.2', problem: /not a version/ },
    { version: '1.2.0-rc.1', problem: /not a version/ },
    { version: '1.1.0', problem: /exists already/ },
    { version: '1.0.9', problem: /not newer than package.json's 1\.1\.0/ },
  ])('refuses $version', async ({ version, problem }) => {
    const cwd = await makeRepository()
    const error = await releaseError(prepareRelease({ cwd, version, build: unchangedBuild, env }))
    expect(error.message).toMatch(problem)
    expect(await git(cwd, 'rev-parse', 'v1^{commit}')).toBe(await git(cwd, 'rev-parse', 'v1.1.0^{commit}'))
  })

  it('refuses a tree with uncommitted changes, before building', async () => {
    const cwd = await makeRepository()
    await writeFile(join(cwd, 'notes.txt'), 'draft\n')
    let built = false
    const error = await releaseError(prepareRelease({ cwd, version: '1.2.0', build: async () => void (built = true), env }))
    expect(error.message).toMatch(/commit or stash/)
    expect(error.message).toContain('notes.txt')
    expect(built).toBe(false)
  })

  it('refuses a stale dist/ and leaves version and tags alone', async () => {
    const cwd = await makeRepository()
    const rebuild = () => writeFile(join(cwd, 'dist/index.js'), 'export const built = 2\n')
    const error = await releaseError(prepareRelease({ cwd, version: '1.2.0', build: rebuild, env }))
    expect(error.message).toMatch(/dist\/ is stale/)
    expect(error.message).toContain('dist/index.js')
    expect(JSON.parse(await readFile(join(cwd, 'package.json'), 'utf8')).version).toBe('1.1.0')
    expect(await git(cwd, 'tag', '--list')).toBe('v1\nv1.1.0')
  })

  it('counts a file the build adds to dist/ as stale too', async () => {
    const cwd = await makeRepository()
    const rebuild = () => writeFile(join(cwd, 'dist/168.index.js'), 'chunk\n')
    const error = await releaseError(prepareRelease({ cwd, version: '1.2.0', build: rebuild, env }))
    expect(error.message).toContain('dist/168.index.js')
  })
})
