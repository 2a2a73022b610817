import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { lintTools } from '../../src/lintfix/lint-tools.js'
import { describeSearch, locateTool, toolSearchDirs } from '../../src/lintfix/locate-tool.js'

const tool = (id: string) => lintTools.find((row) => row.id === id)!

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'autoheal-locate-'))
  onTestFinished(() => rm(dir, { recursive: true, force: true }))
  return dir
}

async function putFile(file: string, mode: number): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, '#!/bin/sh\n', { mode })
}

describe('toolSearchDirs', () => {
  const search = { projectDir: '/w/repo/packages/web', checkoutDir: '/w/repo', environment: { PATH: '/usr/local/bin:.:node_modules/.bin:/usr/bin' } }

  it('looks for node tools in node_modules/.bin from the project up to the checkout root, then on PATH (absolute entries only)', () => {
    expect(toolSearchDirs('node', search)).toEqual([
      '/w/repo/packages/web/node_modules/.bin',
      '/w/repo/packages/node_modules/.bin',
      '/w/repo/node_modules/.bin',
      '/usr/local/bin',
      '/usr/bin',
    ])
  })

  it('looks for python tools in the project\'s and the checkout\'s virtualenvs, then on PATH', () => {
    expect(toolSearchDirs('python', search)).toEqual([
      '/w/repo/packages/web/.venv/bin',
      '/w/repo/packages/web/venv/bin',
      '/w/repo/.venv/bin',
      '/w/repo/venv/bin',
      '/usr/local/bin',
      '/usr/bin',
    ])
  })

  it('never climbs above a checkout the project is not inside of', () => {
    expect(toolSearchDirs('node', { projectDir: '/elsewhere/app', checkoutDir: '/w/repo', environment: {} })).toEqual(['/elsewhere/app/node_modules/.bin'])
  })
})

describe('locateTool', () => {
  it('prefers the project\'s own executable to one on PATH, and skips what cannot run', async () => {
    const checkout = await tempDir()
    const project = path.join(checkout, 'web')
    const onPath = path.join(checkout, 'path-bin')
    await putFile(path.join(onPath, 'prettier'), 0o755)
    await putFile(path.join(project, 'node_modules', '.bin', 'prettier'), 0o644) // not executable
    await mkdir(path.join(checkout, 'node_modules', '.bin', 'prettier'), { recursive: true }) // a folder
    const search = { projectDir: project, checkoutDir: checkout, environment: { PATH: onPath } }
    expect(await locateTool(tool('prettier'), search)).toEqual({ isFound: true, file: path.join(onPath, 'prettier') })
    await putFile(path.join(checkout, 'node_modules', '.bin', 'eslint'), 0o755)
    expect(await locateTool(tool('eslint'), search)).toEqual({ isFound: true, file: path.join(checkout, 'node_modules', '.bin', 'eslint') })
  })

  it('says where it looked when the tool is not there', async () => {
    const project = await tempDir()
    const search = { projectDir: project, checkoutDir: project, environment: { PATH: '/nonexistent-a:/nonexistent-b' } }
    const location = await locateTool(tool('black'), search)
    expect(location.isFound).toBe(false)
    if (location.isFound) return
    expect(location.searched).toEqual([path.join(project, '.venv/bin'), path.join(project, 'venv/bin'), '/nonexistent-a', '/nonexistent-b'])
    expect(describeSearch(location.searched, search)).toBe('.venv/bin, venv/bin, the 2 folders of PATH')
  })
})
