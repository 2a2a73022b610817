import { mkdir, realpath } from 'node:fs/promises'
import path from 'node:path'
import { AutohealError } from '../errors.js'
import { addTargetLine } from './add-target-line.js'
import { pathSyntaxProblem } from './check-path-syntax.js'
import { writeFileNoFollow } from './write-file-no-follow.js'

/**
 * The CLI's `--output-dir` (DESIGN, "Contracts: CLI"): `files/<repo-relative path>` for each
 * changed file, with its TARGET line; `index.json` listing them; `fix.patch`. The tree under
 * files/ mirrors the repository, so two utils.py never collide and nothing clashes with the
 * prompt.md, estimate.json, index.json and fix.patch beside it.
 */
export interface FixFilesInput {
  /** The model's summary of the fix. */
  summary: string
  /** The files as they were, by repo-relative path (absent: created by the fix). */
  original: ReadonlyMap<string, string>
  /** The files the fix changes, with their new content (applyEdits). */
  changed: ReadonlyMap<string, string>
  /** The whole change (makePatch). */
  patch: string
}

export interface FixFileTarget {
  /** Repo-relative path of the file the fix changes. */
  path: string
  /** Where its fix file is, relative to the output dir, with `/`. */
  fixFile: string
  hasTargetLine: boolean
  created: boolean
}

export interface FixFilesIndex {
  summary: string
  patch: 'fix.patch'
  counts: { files: number; created: number; modified: number }
  targets: FixFileTarget[]
}

const misconfiguredOutput = 'Choose an --output-dir that holds no symbolic links, such as a new or empty folder.'
const autohealBug = 'The edits passed the policy, so this is a bug in Autoheal: please report it with this message.'

function isInside(root: string, target: string): boolean {
  return target.startsWith(root + path.sep)
}

/** Writes a file, refusing to follow a link planted where it goes (which would write elsewhere). */

/** Where a repo-relative path goes under files/, checked again even though the policy passed it. */
async function prepareDestination(filesRoot: string, filePath: string): Promise<string> {
  const problem = pathSyntaxProblem(filePath)
  if (problem !== undefined) throw new AutohealError(`refusing to write the fix file for ${JSON.stringify(filePath)}: ${problem}`, autohealBug)
  const destination = path.resolve(filesRoot, ...filePath.split('/'))
  if (!isInside(filesRoot, destination)) throw new AutohealError(`the fix file for ${filePath} would land outside ${filesRoot}`, autohealBug)
  await mkdir(path.dirname(destination), { recursive: true })
  // A link already inside the output dir could carry the write elsewhere: compare real paths.
  const realFolder = await realpath(path.dirname(destination))
  if (realFolder !== filesRoot && !isInside(filesRoot, realFolder)) {
    throw new AutohealError(`the fix file for ${filePath} would land outside ${filesRoot} (through a symbolic link)`, misconfiguredOutput)
  }
  return path.join(realFolder, path.basename(destination))
}

export async function writeFixFiles(outputDir: string, fix: FixFilesInput): Promise<FixFilesIndex> {
  await mkdir(outputDir, { recursive: true })
  const root = await realpath(outputDir)
  await mkdir(path.join(root, 'files'), { recursive: true })
  const filesRoot = await realpath(path.join(root, 'files'))
  if (!isInside(root, filesRoot)) throw new AutohealError(`${path.join(root, 'files')} is a symbolic link out of the output dir`, misconfiguredOutput)

  const changedPaths = [...fix.changed.keys()].sort().filter((filePath) => fix.original.get(filePath) !== fix.changed.get(filePath))
  // Every destination is checked before the first write, so a refusal leaves no partial output.
  const destinations = new Map<string, string>()
  for (const filePath of changedPaths) destinations.set(filePath, await prepareDestination(filesRoot, filePath))
  const targets: FixFileTarget[] = []
  for (const filePath of changedPaths) {
    const fixFile = addTargetLine(filePath, fix.changed.get(filePath)!)
    await writeFileNoFollow(destinations.get(filePath)!, fixFile.content, misconfiguredOutput)
    targets.push({ path: filePath, fixFile: `files/${filePath}`, hasTargetLine: fixFile.hasTargetLine, created: !fix.original.has(filePath) })
  }
  const created = targets.filter((target) => target.created).length
  const index: FixFilesIndex = {
    summary: fix.summary,
    patch: 'fix.patch',
    counts: { files: targets.length, created, modified: targets.length - created },
    targets,
  }
  await writeFileNoFollow(path.join(root, 'fix.patch'), fix.patch, misconfiguredOutput)
  await writeFileNoFollow(path.join(root, 'index.json'), `${JSON.stringify(index, null, 2)}\n`, misconfiguredOutput)
  return index
}
