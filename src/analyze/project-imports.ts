import { posix } from 'node:path'
import type { Workspace } from './workspace.js'

/**
 * The project's own files that a file imports: for a failing test, the code under test, which
 * is where a logic, ordering or performance bug usually lives when the traceback stops in the test.
 */

const pythonImport = /^\s*(?:from\s+(\.*[\w.]*)\s+import\s+([\w, ()]+)|import\s+([\w.]+))/gm
const jsImport = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g
const jsExtensions = ['', '.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.mts', '.cts', '/index.ts', '/index.js']

function pythonModuleFiles(workspace: Workspace, module: string, fromDirectory: string): string[] {
  const leadingDots = /^\.*/.exec(module)![0].length
  const dotted = module.slice(leadingDots).replaceAll('.', '/')
  const bases =
    leadingDots > 0
      ? [posix.join(fromDirectory, ...Array<string>(leadingDots - 1).fill('..'), dotted)]
      : [dotted, `src/${dotted}`, posix.join(fromDirectory, dotted)]
  return bases.flatMap((base) => [`${base}.py`, `${base}/__init__.py`]).filter((path) => workspace.has(path))
}

function jsModuleFiles(workspace: Workspace, specifier: string, fromDirectory: string): string[] {
  const base = posix.normalize(posix.join(fromDirectory, specifier))
  // TypeScript's ESM imports name the emitted `.js` while the source is `.ts`.
  const stem = base.replace(/\.(?:[cm]?js)$/, '')
  const candidates = [...jsExtensions.map((extension) => base + extension), ...jsExtensions.map((extension) => stem + extension)]
  const found = candidates.find((path) => workspace.has(path))
  return found ? [found] : []
}

/**
 * A package's `__init__.py` usually re-exports its modules (`from .cache import LRUCache`):
 * the code under test is in those modules, one level down.
 */
export function projectImportsOf(workspace: Workspace, file: string): string[] {
  const direct = directImportsOf(workspace, file)
  const throughPackages = direct.filter((path) => path.endsWith('__init__.py')).flatMap((path) => directImportsOf(workspace, path))
  return [...new Set([...direct, ...throughPackages])].filter((path) => path !== file && !path.endsWith('__init__.py'))
}

function directImportsOf(workspace: Workspace, file: string): string[] {
  const source = workspace.read(file)
  if (source === undefined) return []
  const directory = posix.dirname(file)
  const found: string[] = []
  if (file.endsWith('.py')) {
    for (const match of source.matchAll(pythonImport)) {
      if (match[3]) {
        found.push(...pythonModuleFiles(workspace, match[3], directory))
        continue
      }
      const module = match[1]!
      const names = match[2]!.replace(/[()]/g, '').split(',').map((name) => name.trim().split(/\s+/)[0]!)
      const moduleFiles = pythonModuleFiles(workspace, module, directory)
      // `from pkg import mod` names a submodule as often as a function.
      const submodules = names.flatMap((name) => pythonModuleFiles(workspace, `${module}${module.endsWith('.') ? '' : '.'}${name}`, directory))
      found.push(...(submodules.length > 0 ? submodules : moduleFiles))
    }
  } else {
    for (const match of source.matchAll(jsImport)) found.push(...jsModuleFiles(workspace, match[1]!, directory))
  }
  return [...new Set(found)]
}
