import type { FixType } from './failure-context.js'
import type { Failure } from './failure.js'
import { projectImportsOf } from './project-imports.js'
import { isRepoPath, toRepoRelative } from './runner-paths.js'
import { isTestFile } from './test-files.js'
import type { Workspace } from './workspace.js'

/**
 * Which files a fix of one failure is likely to change, most likely first. The tool's own
 * location comes first (a finding's file, the frame that raised); the workspace, when there is
 * one, adds what the output cannot say: the dependency manifest for a missing package, the
 * pytest configuration for a third-party warning, the code under test when a traceback stops in
 * the test, the files that use a deprecated API.
 */


export function testFileOf(failure: Failure): string | undefined {
  if (failure.kind !== 'test') return undefined
  const head = failure.nodeid.split('::')[0]!.split(' > ')[0]!.trim()
  const file = toRepoRelative(head)
  return file && /\.[A-Za-z0-9]{1,5}$/.test(file) ? file : undefined
}

const pythonManifests = ['requirements.txt', 'requirements-dev.txt', 'requirements-test.txt', 'requirements/base.txt', 'pyproject.toml', 'setup.cfg', 'setup.py', 'Pipfile']
const pytestConfigs = ['pytest.ini', 'pyproject.toml', 'setup.cfg', 'tox.ini']

/** The module a failure says is missing, and whether it belongs to the project or is a package to install. */
export function missingModuleOf(failure: Failure, workspace?: Workspace): { name: string; thirdParty: boolean | undefined } | undefined {
  const text = `${failure.message}\n${failure.details.join('\n')}`
  const python = /No module named '([\w.]+)'/.exec(text)
  if (python) {
    const top = python[1]!.split('.')[0]!
    const local = workspace?.files.some((file) => file === `${top}.py` || file.startsWith(`${top}/`) || file.startsWith(`src/${top}/`))
    return { name: python[1]!, thirdParty: workspace ? !local : undefined }
  }
  const js = /Cannot find (?:module|package) '([^']+)'|Failed to resolve import "([^"]+)"/.exec(text)
  if (js) {
    const name = (js[1] ?? js[2])!
    return { name, thirdParty: !/^(?:\.|\/|[A-Za-z]:)/.test(name) }
  }
  return undefined
}

/** The file that holds a failing import, when the message names it (vitest, jest, node). */
function importerOf(failure: Failure): string | undefined {
  const named = /imported from (\S+)|Cannot find module '[^']+' from '([^']+)'|Failed to resolve import "[^"]+" from "([^"]+)"/.exec(failure.message)
  const path = named ? (named[1] ?? named[2] ?? named[3]) : undefined
  return path ? toRepoRelative(path) : undefined
}

/** Identifiers a deprecation message names: `datetime.utcnow() is deprecated`, "The `dict` method is deprecated". */
export function deprecatedNamesOf(text: string): { name: string; pattern: RegExp }[] {
  const found: { name: string; pattern: RegExp }[] = []
  for (const match of text.matchAll(/(?:The )?`(\w+)` method is deprecated/g)) {
    found.push({ name: match[1]!, pattern: new RegExp(String.raw`\.${match[1]}\(`) })
  }
  for (const match of text.matchAll(/([A-Za-z_][\w.]*)\(\) is deprecated/g)) {
    const name = match[1]!.split('.').at(-1)!
    found.push({ name, pattern: new RegExp(String.raw`(?:^|[^\w.])(?:new\s+)?${name}\(|\.${name}\(`, 'm') })
  }
  for (const match of text.matchAll(/\b((?:[A-Za-z_]\w*\.)+([A-Z]\w+)) is deprecated/g)) {
    found.push({ name: match[2]!, pattern: new RegExp(String.raw`\b${match[2]}\b`) })
  }
  return found
}

const sourceExtensions = /\.(?:py|[cm]?[jt]sx?)$/

function filesUsing(workspace: Workspace, names: { pattern: RegExp }[], preferred: readonly string[]): string[] {
  if (names.length === 0) return []
  const candidates = [...new Set([...preferred, ...workspace.files.filter((file) => sourceExtensions.test(file))])]
  const hits: string[] = []
  for (const file of candidates) {
    const source = workspace.read(file)
    if (source && names.some(({ pattern }) => pattern.test(source))) hits.push(file)
    if (hits.length >= 10) break
  }
  return hits
}

function firstExisting(workspace: Workspace | undefined, paths: readonly string[], holding?: RegExp): string | undefined {
  return paths.find((path) => workspace?.has(path) && (!holding || holding.test(workspace.read(path) ?? '')))
}

/** Source files whose name is a word of the message (a benchmark named after the module it measures). */
function filesNamedIn(workspace: Workspace, text: string): string[] {
  const words = new Set(text.toLowerCase().split(/[^a-z0-9_]+/).filter((word) => word.length >= 4))
  return workspace.files.filter((file) => {
    if (!sourceExtensions.test(file) || isTestFile(file)) return false
    const stem = file.split('/').at(-1)!.replace(/\.[^.]+$/, '').toLowerCase()
    return words.has(stem)
  })
}

export function affectedFilesOf(failure: Failure, fixType: FixType, workspace?: Workspace): string[] {
  if (failure.kind === 'finding') return failure.file ? [failure.file] : []
  const repoFrames = failure.frames.map((frame) => frame.file).filter(isRepoPath)
  const raisedInRepo = failure.frames.length > 0 && isRepoPath(failure.frames.at(-1)!.file)
  const deepest = repoFrames.at(-1) ?? failure.file
  const deepestSource = [...repoFrames].reverse().find((file) => !isTestFile(file))
  const testFile = testFileOf(failure)
  const testImports = () => (workspace && testFile ? projectImportsOf(workspace, testFile).filter((file) => !isTestFile(file)) : [])
  const files: (string | undefined)[] = []
  const text = `${failure.message}\n${failure.details.join('\n')}`

  switch (fixType) {
    case 'import_error': {
      const missing = missingModuleOf(failure, workspace)
      if (missing?.thirdParty) {
        const isPython = !/\.[cm]?[jt]sx?$/.test(deepest ?? testFile ?? '')
        files.push(isPython ? firstExisting(workspace, pythonManifests) : firstExisting(workspace, ['package.json']))
      }
      files.push(importerOf(failure), deepest)
      break
    }
    case 'warning': {
      // The call site of the deprecated API: the frame that raised it, else the project files that use it.
      const users = workspace ? filesUsing(workspace, deprecatedNamesOf(text), testImports()) : []
      files.push(raisedInRepo ? deepest : undefined, deepestSource, ...users, deepest)
      // A warning raised inside a third-party package may only be silenced, with a comment, where pytest is configured.
      const isPython = failure.tool === 'pytest' || /\.py$/.test(testFile ?? '')
      if (workspace && !raisedInRepo && isPython) {
        files.push(firstExisting(workspace, pytestConfigs, /filterwarnings/) ?? firstExisting(workspace, pytestConfigs, /pytest/))
      }
      break
    }
    case 'type_error':
      files.push(deepest)
      break
    case 'flaky_test':
      files.push(deepestSource, testFile, ...(deepestSource ? [] : testImports()))
      break
    case 'lint':
      files.push(failure.file)
      break
    case 'drift':
    case 'unknown':
      files.push(deepestSource, ...(deepestSource ? [] : testImports()))
      if (!deepestSource && !testFile && workspace) files.push(...filesNamedIn(workspace, text))
      break
  }
  const existing = (file: string | undefined): file is string => file !== undefined && (!workspace || workspace.has(file))
  return [...new Set(files.filter(existing))]
}
