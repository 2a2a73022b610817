import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkEditPolicy, countChangedLines, wholeAnswer } from '../../../src/fix/check-edit-policy.js'
import { pathSyntaxProblem } from '../../../src/fix/check-path-syntax.js'
import type { FileEdit } from '../../../src/fix/fix-answer.js'
import { readWorkspaceSnapshot, textFilesOf, type WorkspaceSnapshot } from '../../../src/fix/read-workspace-snapshot.js'

/**
 * A real workspace on disk, with protected files, a binary file, a link to a file inside and a
 * link to a folder outside it: the snapshot is read from it as the fix stage reads it.
 */
const appPy = ['import os', '', '', 'def helper():', '    return 1', '', '', 'def other():', '    return 1', ''].join('\n')
const workspaceFiles: Record<string, string | Buffer> = {
  '.github/workflows/ci.yml': 'on: push\n',
  '.env': 'TOKEN=x\n',
  '.env.production': 'TOKEN=y\n',
  'ci/cost_control.yaml': 'limits: {}\n',
  'ci/fix_templates/warning_fix.md': '# warning\n',
  CODEOWNERS: '* @team\n',
  'certs/server.pem': '-----BEGIN CERTIFICATE-----\n',
  'src/app.py': appPy,
  'src/util.py': 'VALUE = 1\n',
  'src/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
  'tests/test_app.py': 'from src.app import helper\n\n\ndef test_helper():\n    assert helper() == 1\n',
  'docs/guide/intro.md': '# Intro\n',
}

let root: string
let workspace: string

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'autoheal-policy-'))
  workspace = path.join(root, 'workspace')
  const outside = path.join(root, 'outside')
  await mkdir(outside)
  await writeFile(path.join(outside, 'x.py'), 'SECRET = 1\n')
  for (const [filePath, content] of Object.entries(workspaceFiles)) {
    await mkdir(path.dirname(path.join(workspace, filePath)), { recursive: true })
    await writeFile(path.join(workspace, filePath), content)
  }
  await mkdir(path.join(workspace, 'empty'))
  await symlink(outside, path.join(workspace, 'linked'))
  await symlink('src/app.py', path.join(workspace, 'alias.py'))
  await symlink(path.join(workspace, 'src'), path.join(workspace, 'source'))
  await symlink('/nonexistent/autoheal-target', path.join(workspace, 'dangling.py'))
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

async function check(edits: FileEdit[], settings: Parameters<typeof checkEditPolicy>[2] = {}) {
  const snapshot = await readWorkspaceSnapshot(workspace, edits.map((edit) => edit.path))
  return checkEditPolicy(edits, snapshot, settings)
}

const replace = (filePath: string, oldText = 'x', newText = 'y'): FileEdit => ({ path: filePath, old_text: oldText, new_text: newText })
const create = (filePath: string, newText = 'VALUE = 2\n'): FileEdit => ({ path: filePath, old_text: '', new_text: newText })
const lines = (count: number, word: string) => Array.from({ length: count }, (_, index) => `${word}_${index} = ${index}\n`).join('')

describe('checkEditPolicy: hostile answers, each refused with its reason', () => {
  it.each([
    { name: 'a workflow', edit: replace('.github/workflows/ci.yml', 'on: push'), reason: /^the path is protected: workflows and repository settings \(\.github\/\)/ },
    { name: 'a workflow, in other case', edit: create('.GitHub/workflows/x.yml'), reason: /^the path is protected: workflows/ },
    { name: 'git internals', edit: create('.git/hooks/pre-commit'), reason: /^the path is protected: version control internals/ },
    { name: '../x', edit: replace('../x'), reason: /^the path climbs out of its folder \(\.\.\)/ },
    { name: '/etc/passwd', edit: replace('/etc/passwd', 'root'), reason: /^the path is absolute/ },
    { name: 'src/../../x', edit: replace('src/../../x'), reason: /^the path climbs out of its folder/ },
    { name: 'C:\\x', edit: replace('C:\\x'), reason: /^the path is absolute/ },
    { name: 'a backslash path', edit: replace('src\\app.py'), reason: /^the path contains a backslash/ },
    { name: 'a NUL in the path', edit: replace('src/app.py\0.txt'), reason: /^the path contains a NUL or control character/ },
    { name: 'a newline in the path', edit: replace('src/app.py\n.github/x'), reason: /^the path contains a NUL or control character/ },
    { name: 'a right-to-left override in the path', edit: replace('src/\u202eyp.ppa'), reason: /^the path contains a NUL or control character/ },
    { name: 'a ./ path', edit: replace('./src/app.py', 'import os'), reason: /empty or "\." segment/ },
    { name: 'a file through a symlinked folder pointing outside', edit: replace('linked/x.py', 'SECRET = 1'), reason: /^the folder linked is a symbolic link pointing outside the workspace/ },
    { name: 'a new file through a symlinked folder pointing outside', edit: create('linked/new.py'), reason: /^the folder linked is a symbolic link pointing outside/ },
    { name: 'the symlinked folder itself', edit: replace('linked'), reason: /^the path is a symbolic link pointing outside the workspace/ },
    { name: 'a file through a symlinked folder inside', edit: replace('source/app.py', 'import os'), reason: /^the folder source is a symbolic link; give the path of the folder it points to/ },
    { name: 'a symlink to a file', edit: replace('alias.py', 'import os'), reason: /^the path is a symbolic link; edit the file it points to/ },
    { name: 'a dangling symlink', edit: replace('dangling.py'), reason: /^the path is a symbolic link pointing outside/ },
    { name: '.env', edit: replace('.env', 'TOKEN=x'), reason: /^the path is protected: \.env files hold secrets/ },
    { name: '.env.production', edit: replace('.env.production', 'TOKEN=y'), reason: /^the path is protected: \.env files hold secrets/ },
    { name: 'the cost-control file', edit: replace('ci/cost_control.yaml', 'limits'), reason: /^the path is protected: the cost-control file sets the budget/ },
    { name: 'a fix template', edit: replace('ci/fix_templates/warning_fix.md', '# warning'), reason: /^the path is protected: the fix templates write the prompt/ },
    { name: 'CODEOWNERS', edit: replace('CODEOWNERS', '@team'), reason: /^the path is protected: CODEOWNERS/ },
    { name: 'a certificate', edit: replace('certs/server.pem', 'BEGIN'), reason: /^the path is protected: keys and certificates/ },
    { name: 'a new file among the workflows', edit: create('.github/workflows/new.yml'), reason: /^the path is protected/ },
    { name: 'a binary file', edit: replace('src/logo.png', 'PNG'), reason: /^the file is binary/ },
    { name: 'a folder', edit: replace('src', 'x'), reason: /^the path is a folder, not a file/ },
    { name: 'a path below a file', edit: create('src/app.py/x.py'), reason: /^src\/app\.py is not a folder/ },
    { name: 'an old_text that appears twice', edit: replace('src/app.py', '    return 1\n', '    return 2\n'), reason: /^old_text of edits\[0\] occurs 2 times in the file; include more surrounding lines/ },
    { name: 'an old_text that does not appear', edit: replace('src/app.py', 'def helper(x):'), reason: /^old_text of edits\[0\] does not occur in the file; copy it exactly/ },
    { name: 'an old_text that differs in indentation', edit: replace('src/app.py', 'def helper():\n  return 1'), reason: /^old_text of edits\[0\] does not occur/ },
    { name: 'a new file that exists', edit: create('src/util.py'), reason: /^the file already exists; to change it, quote the text to replace in old_text/ },
    { name: 'a new file in a new deep folder', edit: create('src/deep/er/new.py'), reason: /^the folder src\/deep\/er does not exist; a new file goes into an existing folder/ },
    { name: 'a new file in a new folder beside no file', edit: create('docs/other/new.md'), reason: /^the folder docs\/other does not exist/ },
    { name: 'an edit of a missing file', edit: replace('src/missing.py', 'x'), reason: /^the file does not exist; to create it, give one edit with an empty old_text/ },
    { name: 'a new binary file', edit: create('src/blob.py', 'a\0b'), reason: /^the new file would be binary/ },
  ])('$name', async ({ edit, reason }) => {
    const result = await check([edit])
    expect(result).toEqual({ ok: false, violations: [{ path: edit.path, reason: expect.stringMatching(reason) }] })
  })

  it('overlapping edits in one file', async () => {
    const result = await check([replace('src/app.py', 'def helper():\n    return 1'), replace('src/app.py', 'return 1\n\n\ndef other')])
    expect(result).toEqual({ ok: false, violations: [{ path: 'src/app.py', reason: 'edits[0] and edits[1] change overlapping text; merge them into one edit' }] })
  })

  it('the same edit twice', async () => {
    const edit = replace('src/util.py', 'VALUE = 1', 'VALUE = 2')
    const result = await check([edit, edit])
    expect(result).toEqual({ ok: false, violations: [{ path: 'src/util.py', reason: expect.stringMatching(/overlapping/) }] })
  })

  it('a new file created by two edits, or created and edited', async () => {
    expect(await check([create('src/new.py'), replace('src/new.py', 'VALUE')])).toEqual({
      ok: false,
      violations: [{ path: 'src/new.py', reason: 'a new file is created by one edit that holds its whole content' }],
    })
  })

  it('11 files', async () => {
    const edits = Array.from({ length: 11 }, (_, index) => create(`src/module_${index}.py`))
    const result = await check(edits)
    expect(result).toEqual({ ok: false, violations: [{ path: wholeAnswer, reason: 'the answer changes 11 files; at most 10 may change in one fix' }] })
    expect(await check(edits.slice(0, 10))).toEqual({ ok: true })
  })

  it('500 changed lines', async () => {
    const result = await check([create('src/generated.py', lines(500, 'value'))])
    expect(result).toEqual({
      ok: false,
      violations: [{ path: wholeAnswer, reason: expect.stringMatching(/^the answer changes 500 lines \(added plus removed\); at most 400 may change in one fix/) }],
    })
  })

  it('takes its limits from the settings', async () => {
    const edits = [replace('src/util.py', 'VALUE = 1', 'VALUE = 2'), create('src/new.py')]
    expect(await check(edits, { maxFiles: 1 })).toMatchObject({ ok: false, violations: [{ path: wholeAnswer }] })
    expect(await check(edits, { maxChangedLines: 2 })).toMatchObject({ ok: false, violations: [{ path: wholeAnswer }] })
    expect(await check(edits, { maxChangedLines: 3 })).toEqual({ ok: true })
  })

  it('reports every refused path of an answer, not only the first', async () => {
    const result = await check([replace('.env', 'TOKEN=x'), replace('src/util.py', 'VALUE = 1', 'VALUE = 2'), replace('../x')])
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.violations.map((violation) => violation.path)).toEqual(['.env', '../x'])
  })

  it('honours configured protected paths', async () => {
    const result = await check([replace('src/util.py', 'VALUE = 1', 'VALUE = 2')], { protectedPaths: { costControlPath: 'src/util.py', templatesDir: 'ci/fix_templates' } })
    expect(result).toMatchObject({ ok: false, violations: [{ path: 'src/util.py', reason: expect.stringMatching(/cost-control/) }] })
  })
})

describe('checkEditPolicy: good edits pass', () => {
  it.each([
    { name: 'a unique old_text', edits: [replace('src/app.py', 'def helper():\n    return 1', 'def helper():\n    return 2')] },
    { name: 'two edits of one file, side by side', edits: [replace('src/app.py', 'import os\n', 'import sys\n'), replace('src/app.py', 'def other():', 'def another():')] },
    { name: 'edits of two files', edits: [replace('src/util.py', 'VALUE = 1', 'VALUE = 2'), replace('tests/test_app.py', 'from src.app import helper', 'from src.app import helper, other')] },
    { name: 'a new file in an existing folder', edits: [create('src/new_module.py')] },
    { name: 'a new file at the root', edits: [create('conftest.py')] },
    { name: 'a new file in an existing empty folder', edits: [create('empty/new.py')] },
    { name: 'a new file in a new folder beside existing files', edits: [create('tests/fixtures/data.json', '{}\n')] },
    { name: 'an empty new file (a package marker)', edits: [create('src/__init__.py', '')] },
    { name: 'no edits at all ("no safe fix")', edits: [] },
  ])('$name', async ({ edits }) => {
    expect(await check(edits)).toEqual({ ok: true })
  })

  it('matches an old_text written with \\n in a CRLF file', () => {
    const snapshot: WorkspaceSnapshot = new Map([
      ['', { kind: 'directory', hasFiles: true }],
      ['app.py', { kind: 'file', text: 'def helper():\r\n    return 1\r\n' }],
    ])
    expect(checkEditPolicy([replace('app.py', 'def helper():\n    return 1\n', 'def helper():\n    return 2\n')], snapshot)).toEqual({ ok: true })
  })
})

describe('readWorkspaceSnapshot', () => {
  it('records what each path and each folder on the way is, and reads text files only', async () => {
    const snapshot = await readWorkspaceSnapshot(workspace, ['src/app.py', 'src/logo.png', 'linked/x.py', 'alias.py', 'src/deep/new.py', '../x', '/etc/passwd'])
    expect(Object.fromEntries([...snapshot].map(([key, entry]) => [key, entry.kind]))).toEqual({
      '': 'directory',
      src: 'directory',
      'src/app.py': 'file',
      'src/logo.png': 'binary-file',
      linked: 'symlink',
      'alias.py': 'symlink',
    })
    expect(snapshot.get('linked')).toEqual({ kind: 'symlink', pointsOutside: true })
    expect(snapshot.get('alias.py')).toEqual({ kind: 'symlink', pointsOutside: false })
    expect(textFilesOf(snapshot)).toEqual(new Map([['src/app.py', appPy]]))
  })
})

describe('pathSyntaxProblem', () => {
  it.each(['src/app.py', 'a/b/c.d.ts', '.eslintrc.json', 'tests/__init__.py', 'weird name/ü.py', '...hidden'])('accepts %s', (filePath) => {
    expect(pathSyntaxProblem(filePath)).toBeUndefined()
  })
  it.each(['', '/x', '~/x', 'C:/x', 'c:x', '\\\\server\\share', 'a\\b', 'a/../b', '..', 'a//b', 'a/', './a', 'a/./b', 'a\tb', 'a\u200bb', 'a\u2028b'])('refuses %j', (filePath) => {
    expect(pathSyntaxProblem(filePath)).toBeDefined()
  })
})

describe('countChangedLines', () => {
  it.each([
    { edit: replace('a', 'x = 1\n', 'x = 2\n'), changed: 2 },
    { edit: replace('a', 'x = 1\ny = 1\n', 'x = 1\ny = 1\nz = 1\n'), changed: 1 },
    { edit: replace('a', 'x = 1\r\n', 'x = 1\n'), changed: 0 },
    { edit: create('a', lines(7, 'v')), changed: 7 },
  ])('$changed for $edit.old_text → $edit.new_text', ({ edit, changed }) => {
    expect(countChangedLines(edit)).toBe(changed)
  })

  it('stays fast on a hostile answer, counting every line once the diff passes its bound', () => {
    const started = performance.now()
    const hostile = replace('a', 'a\n'.repeat(100_000), 'b\n'.repeat(100_000))
    expect(countChangedLines(hostile, 400)).toBe(200_000)
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('says "more than" the limit when it stopped counting', async () => {
    const edits = [replace('src/app.py', 'import os\n', `import os\n${lines(300, 'a')}`), replace('src/util.py', 'VALUE = 1\n', lines(300, 'b'))]
    expect(await check(edits)).toEqual({
      ok: false,
      violations: [{ path: wholeAnswer, reason: expect.stringMatching(/^the answer changes more than 400 lines/) }],
    })
  })
})
