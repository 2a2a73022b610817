import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import path from 'node:path'
import type { LintTool, ToolHome } from './lint-tools.js'

/**
 * Finds the formatter the job installed: the project's own first (node_modules/.bin up to the
 * checkout root, the project's virtualenv), then the runner's PATH. Never npx or pipx run: those
 * download, and there is no network for code of the failing branch.
 */
export interface ToolSearch {
  projectDir: string
  /** The checkout's root, at or above projectDir (a monorepo's working-directory sits below it). */
  checkoutDir: string
  /** The runner's environment: its PATH is searched last. */
  environment: NodeJS.ProcessEnv
}

export type ToolLocation = { isFound: true; file: string } | { isFound: false; searched: string[] }

const virtualenvBins = ['.venv/bin', 'venv/bin']

/** projectDir, then each folder above it up to checkoutDir; only projectDir when it is not inside. */
function foldersUpToCheckout(projectDir: string, checkoutDir: string): string[] {
  const project = path.resolve(projectDir)
  const checkout = path.resolve(checkoutDir)
  const relative = path.relative(checkout, project)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return [project]
  const folders = [project]
  for (let folder = project; folder !== checkout; ) {
    folder = path.dirname(folder)
    folders.push(folder)
  }
  return folders
}

/** The folders to look in, in order. Pure. */
export function toolSearchDirs(home: ToolHome, search: ToolSearch): string[] {
  const projectFolders = foldersUpToCheckout(search.projectDir, search.checkoutDir)
  const own =
    home === 'node'
      ? projectFolders.map((folder) => path.join(folder, 'node_modules', '.bin'))
      : [projectFolders[0]!, projectFolders.at(-1)!].flatMap((folder) => virtualenvBins.map((bin) => path.join(folder, bin)))
  // A relative PATH entry would be read against whatever cwd the tool gets: only absolute ones.
  const pathDirs = (search.environment.PATH ?? '').split(path.delimiter).filter((dir) => path.isAbsolute(dir))
  return [...new Set([...own, ...pathDirs])]
}

async function isExecutableFile(file: string): Promise<boolean> {
  try {
    if (!(await stat(file)).isFile()) return false
    await access(file, constants.X_OK)
    return true
  } catch {
    return false // missing, a dangling link or not executable: not this folder's tool
  }
}

export async function locateTool(tool: LintTool, search: ToolSearch): Promise<ToolLocation> {
  const searched = toolSearchDirs(tool.home, search)
  for (const dir of searched) {
    const file = path.join(dir, tool.executable)
    if (await isExecutableFile(file)) return { isFound: true, file }
  }
  return { isFound: false, searched }
}

/** Where we looked, in words short enough for a summary: the project's folders by name, PATH by count. */
export function describeSearch(searched: readonly string[], search: ToolSearch): string {
  const pathDirs = new Set((search.environment.PATH ?? '').split(path.delimiter))
  const own = searched.filter((dir) => !pathDirs.has(dir)).map((dir) => path.relative(search.projectDir, dir) || '.')
  const onPath = searched.length - own.length
  return [...own, `the ${onPath} folder${onPath === 1 ? '' : 's'} of PATH`].join(', ')
}
