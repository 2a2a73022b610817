import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { FixType } from '../analyze/fix-types.js'

/**
 * The prompt templates: the bundled ones in templates/, and a repository's own (its
 * `templates-dir`, `ci/fix_templates` by default) overriding them file by file. The action reads
 * the repository's from the default branch through the API, the CLI from `--templates-dir`: both
 * come in as a `ReadRepositoryTemplate`, so the choice itself stays pure (`chooseFixTemplate`).
 */

/** The types a model is asked to fix; drift and unknown have no template, they go to a person. */
export type FixableType = Exclude<FixType, 'drift' | 'unknown'>

// ncc copies each statically named file into dist/; under vitest they resolve to templates/.
// One literal per file: a directory URL or a computed name is not followed (DESIGN, STYLE §7).
const bundledTemplateUrls = {
  system: new URL('../../templates/system.md', import.meta.url),
  warning: new URL('../../templates/warning_fix.md', import.meta.url),
  import_error: new URL('../../templates/import_fix.md', import.meta.url),
  type_error: new URL('../../templates/type_fix.md', import.meta.url),
  flaky_test: new URL('../../templates/flaky_fix.md', import.meta.url),
  lint: new URL('../../templates/lint_fix.md', import.meta.url),
} as const satisfies Record<FixableType | 'system', URL>

/** The spec names a template both ways: `import_fix.md` in its list, `<fix_type>_fix.md` in its troubleshooting. */
const shortTemplateNames = {
  warning: 'warning_fix.md',
  import_error: 'import_fix.md',
  type_error: 'type_fix.md',
  flaky_test: 'flaky_fix.md',
  lint: 'lint_fix.md',
} as const satisfies Record<FixableType, string>

export function isFixableType(fixType: FixType): fixType is FixableType {
  return Object.hasOwn(shortTemplateNames, fixType)
}

/** The names a repository's template for this type may have, the one that wins first. */
export function templateFileNames(fixType: FixableType): string[] {
  return [...new Set([`${fixType}_fix.md`, shortTemplateNames[fixType]])]
}

export interface FixTemplate {
  fixType: FixableType
  text: string
  source: 'bundled' | 'repository'
  /** The file it came from: a bundled name, or the repository's name inside its templates dir. */
  fileName: string
}

/** Reads one file of the repository's templates dir by name; undefined when it has none. */
export type ReadRepositoryTemplate = (fileName: string) => Promise<string | undefined>

/**
 * The repository's template when it has one under either name (the long name first), else the
 * bundled one. An empty file is taken as absent rather than as an empty prompt.
 */
export function chooseFixTemplate(
  fixType: FixableType,
  bundledText: string,
  repositoryTemplates: Readonly<Record<string, string | undefined>>,
): FixTemplate {
  for (const fileName of templateFileNames(fixType)) {
    const text = Object.hasOwn(repositoryTemplates, fileName) ? repositoryTemplates[fileName] : undefined
    if (text !== undefined && text.trim() !== '') return { fixType, text, source: 'repository', fileName }
  }
  return { fixType, text: bundledText, source: 'bundled', fileName: shortTemplateNames[fixType] }
}

export async function readBundledTemplate(name: FixableType | 'system'): Promise<string> {
  return readFile(bundledTemplateUrls[name], 'utf8')
}

/**
 * The fix template for a type. The system prompt (templates/system.md) is not overridable: it
 * holds the rules the rest of the pipeline relies on (data is not instructions, the answer's shape).
 */
export async function loadFixTemplate(fixType: FixableType, readRepositoryTemplate?: ReadRepositoryTemplate): Promise<FixTemplate> {
  const repositoryTemplates: Record<string, string | undefined> = {}
  if (readRepositoryTemplate) {
    for (const fileName of templateFileNames(fixType)) repositoryTemplates[fileName] = await readRepositoryTemplate(fileName)
  }
  return chooseFixTemplate(fixType, await readBundledTemplate(fixType), repositoryTemplates)
}

/** The CLI's `--templates-dir`: a missing file is "no override", any other read error is an error. */
export function readTemplatesFromDirectory(directory: string): ReadRepositoryTemplate {
  return async (fileName) => {
    try {
      return await readFile(join(directory, fileName), 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
  }
}
