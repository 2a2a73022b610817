import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it, onTestFinished } from 'vitest'
import { applyEdits } from '../../../src/fix/apply-edits.js'
import { checkEditPolicy } from '../../../src/fix/check-edit-policy.js'
import { checkTestWeakening } from '../../../src/fix/check-test-weakening.js'
import { makePatch } from '../../../src/fix/make-patch.js'
import { readWorkspaceSnapshot, textFilesOf } from '../../../src/fix/read-workspace-snapshot.js'
import { corpusCases } from '../../support/corpus.js'
import { patchFileToAnswer, patchToAnswer } from '../../support/patch-to-edits.js'

const execFileAsync = promisify(execFile)

/** git with no user or system configuration and fixed dates, so runs repeat exactly. */
const gitEnvironment = {
  PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_DATE: '2025-01-02T03:04:05Z',
  GIT_COMMITTER_DATE: '2025-01-02T03:04:05Z',
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await execFileAsync('git', args, { cwd, env: gitEnvironment })
  return stdout
}

async function makeTempDir(label: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `autoheal-${label}-`))
  onTestFinished(() => rm(dir, { recursive: true, force: true }))
  return dir
}

/** A copy of a tree in its own git repository, so git apply patches it and nothing around it. */
async function copyOf(tree: string): Promise<string> {
  const dir = path.join(await makeTempDir('tree'), 'repo')
  await cp(tree, dir, { recursive: true })
  await git(dir, 'init', '--quiet')
  return dir
}

async function writeTree(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  for (const [filePath, content] of files) {
    await mkdir(path.dirname(path.join(dir, filePath)), { recursive: true })
    await writeFile(path.join(dir, filePath), content)
  }
}

async function readTree(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files: Record<string, string> = {}
  for (const entry of entries) {
    const full = path.join(entry.parentPath, entry.name)
    const relative = path.relative(dir, full).split(path.sep).join('/')
    if (entry.isFile() && !relative.startsWith('.git/')) files[relative] = await readFile(full, 'utf8')
  }
  return files
}

async function applyWithGit(tree: string, patch: string, ...flags: string[]): Promise<void> {
  const patchFile = path.join(await makeTempDir('patch'), 'fix.patch')
  await writeFile(patchFile, patch)
  await git(tree, 'apply', ...flags, patchFile)
}

const fixableCases = corpusCases.filter((corpusCase) => corpusCase.label.can_auto_fix && existsSync(path.join(corpusCase.dir, 'fix.patch')))

describe('the corpus reference fixes, as a model would answer them', () => {
  it('has cases to check', () => {
    expect(fixableCases.length).toBeGreaterThan(10)
  })

  it.each(fixableCases)('$name: passes the policy, applies like git apply, and makes a patch git accepts', async (corpusCase) => {
    const patchFile = path.join(corpusCase.dir, 'fix.patch')
    const answer = patchFileToAnswer(patchFile, corpusCase.repoDir)
    expect(answer.edits.length).toBeGreaterThan(0)

    const snapshot = await readWorkspaceSnapshot(corpusCase.repoDir, answer.edits.map((edit) => edit.path))
    expect(checkEditPolicy(answer.edits, snapshot)).toEqual({ ok: true })
    expect(checkTestWeakening(answer.edits)).toEqual({ ok: true })

    const original = textFilesOf(snapshot)
    const changed = applyEdits(original, answer.edits)
    expect([...changed.keys()].sort()).toEqual([...corpusCase.label.affected_files].sort())

    const reference = await copyOf(corpusCase.repoDir)
    await git(reference, 'apply', patchFile)
    const ours = await copyOf(corpusCase.repoDir)
    await writeTree(ours, changed)
    const referenceTree = await readTree(reference)
    expect(await readTree(ours)).toEqual(referenceTree)

    const patch = makePatch(original, changed)
    const fresh = await copyOf(corpusCase.repoDir)
    await applyWithGit(fresh, patch, '--check')
    await applyWithGit(fresh, patch)
    expect(await readTree(fresh)).toEqual(referenceTree)
  })
})

describe('makePatch', () => {
  /** A small repository with an LF file, a CRLF file, a file without a final newline and a non-ASCII name. */
  async function sampleTree(): Promise<{ dir: string; original: Map<string, string> }> {
    const original = new Map([
      ['src/app.py', 'import os\n\n\ndef helper():\n    return 1\n'],
      ['win/notes.txt', 'one\r\ntwo\r\nthree\r\n'],
      ['no-newline.txt', 'alpha\nbeta'],
      ['docs/résumé notes.md', '# Title\n\nText.\n'],
    ])
    const dir = path.join(await makeTempDir('sample'), 'repo')
    await writeTree(dir, original)
    await git(dir, 'init', '--quiet')
    return { dir, original }
  }

  it('writes a git-style diff with a/ and b/ prefixes and /dev/null for a new file', () => {
    const patch = makePatch(new Map([['a.py', 'x = 1\n']]), new Map([['a.py', 'x = 2\n'], ['pkg/new.py', 'VALUE = 1\n']]))
    expect(patch).toBe(
      [
        'diff --git a/a.py b/a.py',
        '--- a/a.py',
        '+++ b/a.py',
        '@@ -1,1 +1,1 @@',
        '-x = 1',
        '+x = 2',
        'diff --git a/pkg/new.py b/pkg/new.py',
        'new file mode 100644',
        '--- /dev/null',
        '+++ b/pkg/new.py',
        '@@ -0,0 +1,1 @@',
        '+VALUE = 1',
        '',
      ].join('\n'),
    )
  })

  it('is empty when nothing changed, and leaves unchanged files out', () => {
    expect(makePatch(new Map([['a.py', 'x\n']]), new Map([['a.py', 'x\n']]))).toBe('')
  })

  it('makes patches git apply accepts: CRLF, no final newline, non-ASCII names, new and empty files', async () => {
    const { dir, original } = await sampleTree()
    const changed = applyEdits(original, [
      { path: 'src/app.py', old_text: '    return 1\n', new_text: '    return 2\n' },
      { path: 'win/notes.txt', old_text: 'two\n', new_text: 'TWO\nand a half\n' },
      { path: 'no-newline.txt', old_text: 'beta', new_text: 'gamma' },
      { path: 'docs/résumé notes.md', old_text: 'Text.', new_text: 'Better text.' },
      { path: 'src/new_module.py', old_text: '', new_text: 'VALUE = 1\n' },
      { path: 'src/__init__.py', old_text: '', new_text: '' },
      { path: 'src/unterminated.py', old_text: '', new_text: 'VALUE = 2' },
    ])
    const patch = makePatch(original, changed)
    await applyWithGit(dir, patch, '--check')
    await applyWithGit(dir, patch)
    const tree = await readTree(dir)
    expect(tree).toEqual({ ...Object.fromEntries(original), ...Object.fromEntries(changed) })
    expect(tree['win/notes.txt']).toBe('one\r\nTWO\r\nand a half\r\nthree\r\n')
    // git sees exactly these changes, and reads its own diff the same way.
    await git(dir, 'add', '--all')
    expect((await git(dir, 'diff', '--cached', '--name-only', '-z')).split('\0').filter(Boolean).sort()).toEqual([...Object.keys(tree)].sort())
  })
})

describe('patchToAnswer', () => {
  it('widens a hunk whose lines are not unique in the file until they are', () => {
    const content = 'a = 1\nb = 1\nc = 1\nb = 1\nd = 1\n'
    const patch = ['--- a/x.py', '+++ b/x.py', '@@ -4,1 +4,1 @@', '-b = 1', '+b = 2', ''].join('\n')
    const answer = patchToAnswer(patch, () => content)
    expect(answer.edits).toEqual([{ path: 'x.py', old_text: 'c = 1\nb = 1\nd = 1\n', new_text: 'c = 1\nb = 2\nd = 1\n' }])
    expect(applyEdits(new Map([['x.py', content]]), answer.edits).get('x.py')).toBe('a = 1\nb = 1\nc = 1\nb = 2\nd = 1\n')
  })

  it('keeps a missing final newline', () => {
    const patch = ['--- a/x.txt', '+++ b/x.txt', '@@ -1,2 +1,2 @@', ' alpha', '-beta', '\\ No newline at end of file', '+gamma', '\\ No newline at end of file', ''].join('\n')
    expect(patchToAnswer(patch, () => 'alpha\nbeta').edits).toEqual([{ path: 'x.txt', old_text: 'alpha\nbeta', new_text: 'alpha\ngamma' }])
  })

  it('turns a new file into an edit with an empty old_text', () => {
    const patch = makePatch(new Map(), new Map([['pkg/new.py', 'VALUE = 1\n']]))
    expect(patchToAnswer(patch, () => '').edits).toEqual([{ path: 'pkg/new.py', old_text: '', new_text: 'VALUE = 1\n' }])
  })
})
