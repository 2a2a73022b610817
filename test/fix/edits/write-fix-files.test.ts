import { mkdir, mkdtemp, readFile, readdir, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { AutohealError } from '../../../src/errors.js'
import { addTargetLine, commentSyntaxOf } from '../../../src/fix/add-target-line.js'
import { makePatch } from '../../../src/fix/make-patch.js'
import { writeFixFiles, type FixFilesInput } from '../../../src/fix/write-fix-files.js'

async function makeTempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'autoheal-fixfiles-'))
  onTestFinished(() => rm(dir, { recursive: true, force: true }))
  return dir
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort()
}

describe('addTargetLine', () => {
  it.each([
    { path: 'src/app.py', syntax: 'python', line: '# TARGET: src/app.py' },
    { path: 'ci/config.yml', syntax: 'hash', line: '# TARGET: ci/config.yml' },
    { path: 'config.yaml', syntax: 'hash', line: '# TARGET: config.yaml' },
    { path: 'pyproject.toml', syntax: 'hash', line: '# TARGET: pyproject.toml' },
    { path: 'scripts/run.sh', syntax: 'hash', line: '# TARGET: scripts/run.sh' },
    { path: 'requirements.txt', syntax: 'hash', line: '# TARGET: requirements.txt' },
    { path: 'requirements-dev.txt', syntax: 'hash', line: '# TARGET: requirements-dev.txt' },
    { path: 'setup.cfg', syntax: 'hash', line: '# TARGET: setup.cfg' },
    { path: 'tox.ini', syntax: 'hash', line: '# TARGET: tox.ini' },
    { path: 'Dockerfile', syntax: 'dockerfile', line: '# TARGET: Dockerfile' },
    { path: 'docker/Dockerfile.dev', syntax: 'dockerfile', line: '# TARGET: docker/Dockerfile.dev' },
    { path: 'Makefile', syntax: 'hash', line: '# TARGET: Makefile' },
    ...['js', 'mjs', 'cjs', 'ts', 'tsx', 'jsx', 'mts', 'cts'].map((extension) => ({ path: `src/a.${extension}`, syntax: 'slashes', line: `// TARGET: src/a.${extension}` })),
    { path: 'main.go', syntax: 'slashes', line: '// TARGET: main.go' },
    { path: 'src/lib.rs', syntax: 'slashes', line: '// TARGET: src/lib.rs' },
    { path: 'App.java', syntax: 'slashes', line: '// TARGET: App.java' },
    { path: 'x.c', syntax: 'slashes', line: '// TARGET: x.c' },
    { path: 'style.css', syntax: 'block', line: '/* TARGET: style.css */' },
    { path: 'README.md', syntax: 'markup', line: '<!-- TARGET: README.md -->' },
    { path: 'site/index.html', syntax: 'markup', line: '<!-- TARGET: site/index.html -->' },
    { path: 'pom.xml', syntax: 'markup', line: '<!-- TARGET: pom.xml -->' },
  ])('$path: $line', ({ path: filePath, syntax, line }) => {
    expect(commentSyntaxOf(filePath)?.name).toBe(syntax)
    expect(addTargetLine(filePath, 'content\n')).toEqual({ content: `${line}\ncontent\n`, hasTargetLine: true })
  })

  it.each(['package.json', 'tsconfig.json', 'data/fixture.json', 'notebook.ipynb', 'poetry.lock', 'notes.txt', 'LICENSE'])('%s gets no line', (filePath) => {
    expect(addTargetLine(filePath, '{}\n')).toEqual({ content: '{}\n', hasTargetLine: false })
  })

  it.each([
    { name: 'a shebang', path: 'bin/tool.py', content: '#!/usr/bin/env python3\nprint(1)\n', expected: '#!/usr/bin/env python3\n# TARGET: bin/tool.py\nprint(1)\n' },
    { name: 'a shell shebang', path: 'run.sh', content: '#!/bin/sh\nset -e\n', expected: '#!/bin/sh\n# TARGET: run.sh\nset -e\n' },
    { name: 'a node shebang', path: 'bin/cli.mjs', content: '#!/usr/bin/env node\nmain()\n', expected: '#!/usr/bin/env node\n// TARGET: bin/cli.mjs\nmain()\n' },
    {
      name: 'a shebang and an encoding cookie',
      path: 'a.py',
      content: '#!/usr/bin/python\n# -*- coding: latin-1 -*-\nx = 1\n',
      expected: '#!/usr/bin/python\n# -*- coding: latin-1 -*-\n# TARGET: a.py\nx = 1\n',
    },
    { name: 'an XML declaration', path: 'pom.xml', content: '<?xml version="1.0"?>\n<project/>\n', expected: '<?xml version="1.0"?>\n<!-- TARGET: pom.xml -->\n<project/>\n' },
    { name: 'a Dockerfile syntax directive', path: 'Dockerfile', content: '# syntax=docker/dockerfile:1\nFROM node:20\n', expected: '# syntax=docker/dockerfile:1\n# TARGET: Dockerfile\nFROM node:20\n' },
    { name: 'a byte-order mark', path: 'a.ts', content: '\uFEFFexport {}\n', expected: '\uFEFF// TARGET: a.ts\nexport {}\n' },
    { name: 'CRLF endings', path: 'a.py', content: '#!/usr/bin/env python\r\nx = 1\r\n', expected: '#!/usr/bin/env python\r\n# TARGET: a.py\r\nx = 1\r\n' },
    { name: 'an empty file', path: 'pkg/__init__.py', content: '', expected: '# TARGET: pkg/__init__.py\n' },
  ])('keeps first what must stay first: $name', ({ path: filePath, content, expected }) => {
    expect(addTargetLine(filePath, content).content).toBe(expected)
  })
})

describe('writeFixFiles', () => {
  const original = new Map([
    ['src/utils.py', 'def f():\n    return 1\n'],
    ['tests/utils.py', 'X = 1\n'],
    ['package.json', '{\n  "name": "x"\n}\n'],
    ['bin/run.sh', '#!/bin/sh\necho hi\n'],
    ['README.md', '# Readme\n'],
    ['src/untouched.py', 'Y = 1\n'],
  ])
  const changed = new Map([
    ['src/utils.py', 'def f():\n    return 2\n'],
    ['tests/utils.py', 'X = 2\n'],
    ['package.json', '{\n  "name": "y"\n}\n'],
    ['bin/run.sh', '#!/bin/sh\necho hello\n'],
    ['README.md', '# Read me\n'],
    ['src/untouched.py', 'Y = 1\n'],
    ['src/new_module.ts', 'export const a = 1\n'],
  ])
  const input: FixFilesInput = { summary: 'Return 2.', original, changed, patch: makePatch(original, changed) }

  it('mirrors the repository under files/, with the TARGET line, an index of every target and the patch', async () => {
    const outputDir = path.join(await makeTempDir(), 'fixes')
    const index = await writeFixFiles(outputDir, input)

    expect(await listFiles(outputDir)).toEqual([
      'files/README.md',
      'files/bin/run.sh',
      'files/package.json',
      'files/src/new_module.ts',
      'files/src/utils.py',
      'files/tests/utils.py',
      'fix.patch',
      'index.json',
    ])
    const read = (relative: string) => readFile(path.join(outputDir, relative), 'utf8')
    expect(await read('files/src/utils.py')).toBe('# TARGET: src/utils.py\ndef f():\n    return 2\n')
    expect(await read('files/tests/utils.py')).toBe('# TARGET: tests/utils.py\nX = 2\n')
    expect(await read('files/package.json')).toBe('{\n  "name": "y"\n}\n')
    expect(await read('files/bin/run.sh')).toBe('#!/bin/sh\n# TARGET: bin/run.sh\necho hello\n')
    expect(await read('files/README.md')).toBe('<!-- TARGET: README.md -->\n# Read me\n')
    expect(await read('files/src/new_module.ts')).toBe('// TARGET: src/new_module.ts\nexport const a = 1\n')
    expect(await read('fix.patch')).toBe(input.patch)

    expect(JSON.parse(await read('index.json'))).toEqual(index)
    expect(index).toEqual({
      summary: 'Return 2.',
      patch: 'fix.patch',
      counts: { files: 6, created: 1, modified: 5 },
      targets: [
        { path: 'README.md', fixFile: 'files/README.md', hasTargetLine: true, created: false },
        { path: 'bin/run.sh', fixFile: 'files/bin/run.sh', hasTargetLine: true, created: false },
        { path: 'package.json', fixFile: 'files/package.json', hasTargetLine: false, created: false },
        { path: 'src/new_module.ts', fixFile: 'files/src/new_module.ts', hasTargetLine: true, created: true },
        { path: 'src/utils.py', fixFile: 'files/src/utils.py', hasTargetLine: true, created: false },
        { path: 'tests/utils.py', fixFile: 'files/tests/utils.py', hasTargetLine: true, created: false },
      ],
    })
  })

  it.each(['../escape.py', '/tmp/autoheal-absolute.py', 'src/../../escape.py', 'a\\..\\..\\x.py'])('refuses to write %s outside the output dir', async (filePath) => {
    const root = await makeTempDir()
    const outputDir = path.join(root, 'fixes')
    await expect(writeFixFiles(outputDir, { ...input, original: new Map(), changed: new Map([[filePath, 'x = 1\n']]) })).rejects.toBeInstanceOf(AutohealError)
    expect(await listFiles(root)).toEqual([])
  })

  it('refuses a symbolic link planted inside the output dir', async () => {
    const root = await makeTempDir()
    const outputDir = path.join(root, 'fixes')
    const elsewhere = path.join(root, 'elsewhere')
    await mkdir(path.join(outputDir, 'files'), { recursive: true })
    await mkdir(elsewhere)
    await symlink(elsewhere, path.join(outputDir, 'files', 'src'))
    const error = await writeFixFiles(outputDir, input).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(AutohealError)
    expect((error as AutohealError).remedy).toMatch(/--output-dir/)
    expect(await readdir(elsewhere)).toEqual([])
    expect(await listFiles(outputDir)).toEqual(['files/src']) // checked before the first write: nothing half-written
  })

  it('refuses to write fix.patch through a link', async () => {
    const root = await makeTempDir()
    const outputDir = path.join(root, 'fixes')
    await mkdir(outputDir)
    await symlink(path.join(root, 'victim.txt'), path.join(outputDir, 'fix.patch'))
    await expect(writeFixFiles(outputDir, input)).rejects.toBeInstanceOf(AutohealError)
    expect(await listFiles(root)).not.toContain('victim.txt')
  })
})
