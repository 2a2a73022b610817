import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createScratchTree, writeIntoTree } from '../../src/sandbox/scratch-tree.js'

function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'autoheal-checkout-'))
  mkdirSync(join(dir, '.git'))
  writeFileSync(join(dir, '.git', 'config'), '[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n')
  mkdirSync(join(dir, 'pkg', 'src'), { recursive: true })
  writeFileSync(join(dir, 'pkg', 'src', 'app.py'), 'print("old")\n')
  mkdirSync(join(dir, 'node_modules', 'left-pad'), { recursive: true })
  writeFileSync(join(dir, 'node_modules', 'left-pad', 'index.js'), 'module.exports = 1\n')
  symlinkSync('src/app.py', join(dir, 'pkg', 'link.py'))
  return dir
}

describe('createScratchTree', () => {
  it('copies the checkout without .git, links installed dependencies and keeps symlinks as links', async () => {
    const source = checkout()
    const tree = await createScratchTree(source, mkdtempSync(join(tmpdir(), 'autoheal-work-')))
    expect(existsSync(join(tree.dir, '.git'))).toBe(false)
    expect(readFileSync(join(tree.dir, 'pkg', 'src', 'app.py'), 'utf8')).toBe('print("old")\n')
    expect(lstatSync(join(tree.dir, 'node_modules')).isSymbolicLink()).toBe(true)
    expect(existsSync(join(tree.dir, 'node_modules', 'left-pad', 'index.js'))).toBe(true)
    expect(readlinkSync(join(tree.dir, 'pkg', 'link.py'))).toBe('src/app.py')
    await tree.remove()
    expect(existsSync(tree.dir)).toBe(false)
  })

  it('writes the fix into the copy and leaves the checkout as it was', async () => {
    const source = checkout()
    const tree = await createScratchTree(source, mkdtempSync(join(tmpdir(), 'autoheal-work-')))
    await writeIntoTree(join(tree.dir, 'pkg'), new Map([['src/app.py', 'print("new")\n'], ['src/new/mod.py', 'x = 1\n']]))
    expect(readFileSync(join(tree.dir, 'pkg', 'src', 'app.py'), 'utf8')).toBe('print("new")\n')
    expect(readFileSync(join(tree.dir, 'pkg', 'src', 'new', 'mod.py'), 'utf8')).toBe('x = 1\n')
    expect(readFileSync(join(source, 'pkg', 'src', 'app.py'), 'utf8')).toBe('print("old")\n')
    await tree.remove()
  })

  it('refuses to write through a symlink planted in the copy', async () => {
    const source = checkout()
    const tree = await createScratchTree(source, mkdtempSync(join(tmpdir(), 'autoheal-work-')))
    await expect(writeIntoTree(join(tree.dir, 'pkg'), new Map([['link.py', 'x']]))).rejects.toThrow(/symbolic link/)
    expect(readFileSync(join(source, 'pkg', 'src', 'app.py'), 'utf8')).toBe('print("old")\n')
    await tree.remove()
  })
})
