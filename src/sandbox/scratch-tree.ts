import { constants } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readdir, readlink, rm, symlink } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { AutohealError } from '../errors.js'
import { writeFileNoFollow } from '../fix/write-file-no-follow.js'

/**
 * A copy of the checkout for code of the failing branch to run in, with the fix written into it.
 * The checkout itself stays as it was (nothing half-done if the run fails), and the copy leaves out
 * `.git`, where actions/checkout keeps the push credentials. Installed dependencies (node_modules,
 * virtualenvs) are linked, not copied: they are big, and they are the job's, not the fix's.
 */
const linkedFolders = new Set(['node_modules', '.venv', 'venv', '.tox', '.nox'])
const maxFiles = 200_000

export interface ScratchTree {
  dir: string
  remove(): Promise<void>
}

export async function createScratchTree(checkoutDir: string, parentDir: string): Promise<ScratchTree> {
  await mkdir(parentDir, { recursive: true })
  const dir = await mkdtemp(join(parentDir, 'scratch-'))
  const remove = () => rm(dir, { recursive: true, force: true })
  try {
    await copyFolder(checkoutDir, dir, { files: 0 })
  } catch (error) {
    await remove()
    throw error
  }
  return { dir, remove }
}

async function copyFolder(from: string, to: string, count: { files: number }): Promise<void> {
  await mkdir(to, { recursive: true })
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.name === '.git') continue
    const source = join(from, entry.name)
    const target = join(to, entry.name)
    if (++count.files > maxFiles) {
      throw new AutohealError(`The checkout has more than ${maxFiles} files: too many to copy for a verify run.`, 'Set working-directory to the project inside the monorepo.')
    }
    if (entry.isSymbolicLink()) await symlink(await readlink(source), target)
    else if (entry.isDirectory() && linkedFolders.has(entry.name)) await symlink(source, target)
    else if (entry.isDirectory()) await copyFolder(source, target, count)
    else if (entry.isFile()) await copyFile(source, target, constants.COPYFILE_FICLONE)
  }
}

/** The fix's files, written into the copy (paths relative to `projectDir`, already checked by the edit policy). */
export async function writeIntoTree(projectDir: string, files: ReadonlyMap<string, string>): Promise<void> {
  for (const [path, content] of files) {
    const destination = join(projectDir, path)
    await mkdir(dirname(destination), { recursive: true })
    await writeFileNoFollow(destination, content, 'The fix may not write through a symbolic link.')
  }
}
