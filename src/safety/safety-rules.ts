import { secretShapes } from '../fix/redact-secrets.js'

/**
 * The spec's "run SAST on generated fixes", as rows: what a generated diff must not bring in
 * (block: no pull request) and what a person should look at first (review: the pull request gets a
 * `security-review` label and the reason in its body). check-test-weakening.ts already refuses
 * weakened tests; these rows are about what the change would run, leak or install.
 *
 * Line rules read one added line at a time, so a pattern split over two lines is matched by its
 * most telling half (`shell=True` alone); file rules read which files the diff touches.
 */
export type Severity = 'block' | 'review'

export interface LineContext {
  path: string
  /**
   * For manifests (package.json, pyproject.toml, Pipfile): the key or table that encloses the line
   * as far as the hunk shows it (`dependencies`, `project.dependencies`, `tool.poetry.dependencies`),
   * or undefined when the hunk does not reach its opener.
   */
  section: string | undefined
  /** The file's removed lines, without their `-`. */
  removedLines: readonly string[]
}

export interface LineRule {
  id: string
  severity: Severity
  /** What the line does and why it matters, for the pull request body or the refusal. */
  description: string
  appliesTo?: (path: string) => boolean
  detect(addedLine: string, context: LineContext): boolean
}

export interface ChangedFile {
  /** The new path; the old one for a deleted file. */
  path: string
  oldPath: string | undefined
}

export interface FileRule {
  id: string
  severity: Severity
  description: string
  detect(file: ChangedFile, affectedFiles: readonly string[]): boolean
}

// Prose may name `eval(` or `curl | sh` without running it; code, scripts, Dockerfiles and
// workflow files are all read.
const isProse = (path: string): boolean => /\.(?:md|markdown|rst|adoc|txt)$/i.test(path)
const isCode = (path: string): boolean => !isProse(path)
const isPython = (path: string): boolean => /\.pyw?$/.test(path)

const isRequirementsFile = (path: string): boolean => /(?:^|\/)(?:requirements|constraints)[^/]*\.(?:txt|in)$/.test(path)
const isPackageJson = (path: string): boolean => /(?:^|\/)package\.json$/.test(path)
const isPythonManifest = (path: string): boolean => /(?:^|\/)(?:pyproject\.toml|Pipfile)$/.test(path)
export const isManifest = (path: string): boolean => isPackageJson(path) || isPythonManifest(path)
const isDependencyFile = (path: string): boolean => isRequirementsFile(path) || isManifest(path)

// The registry a package manager installs from, wherever it is configured.
const isRegistryConfig = (path: string): boolean => /(?:^|\/)(?:\.npmrc|\.yarnrc(?:\.yml)?|pip\.conf|pip\.ini|\.pypirc)$/.test(path)

// Runs on push or pull request with the repository's secrets; pre-commit runs on developers' machines.
const ciConfigFile =
  /^(?:\.github\/(?:workflows|actions)\/|\.circleci\/|\.buildkite\/)|(?:^|\/)(?:\.gitlab-ci\.ya?ml|\.travis\.ya?ml|azure-pipelines\.ya?ml|Jenkinsfile|\.pre-commit-config\.ya?ml)$/

const packageJsonDependencySections = new Set([
  'dependencies',
  'devDependencies',
  'optionalDependencies',
  'peerDependencies',
  'overrides',
  'resolutions',
])
// Keys outside a dependency block whose values look like versions (`"version": "1.2.0"`,
// `"node": ">=20"`): when the hunk hides the enclosing key, these are not dependencies.
const packageJsonVersionLikeKeys = new Set(['version', 'node', 'npm', 'yarn', 'pnpm', 'packageManager', 'vscode'])
// project.dependencies, project.optional-dependencies.<extra>, dependency-groups.<group>,
// tool.poetry.dependencies, tool.poetry.group.<group>.dependencies, build-system.requires, and
// Pipfile's [packages] and [dev-packages].
const pythonDependencySection = /(?:^|\.)(?:dependencies|dev-dependencies|optional-dependencies|dependency-groups|requires|packages|dev-packages)(?:\.|$)/

const withoutComment = (line: string): string => line.replace(/(?:^|\s)#.*$/, '').trim()

/** The dependency a line names, lower-cased with `_` as `-` (PEP 503), or undefined. */
export function dependencyNameOf(line: string, path: string): string | undefined {
  const text = withoutComment(line)
  const name = isPackageJson(path)
    ? /^"((?:@[\w.-]+\/)?[\w.-]+)"\s*:\s*"/.exec(text)?.[1]
    : isRequirementsFile(path)
      ? /^([A-Za-z0-9][\w.-]*)/.exec(text)?.[1]
      : // A PEP 508 string in an array (`"PyYAML>=6",`) or a Poetry/Pipfile key (`pyyaml = "^6"`).
        (/^["']([A-Za-z0-9][\w.-]*)/.exec(text) ?? /^([A-Za-z0-9][\w.-]*)\s*=/.exec(text))?.[1]
  return name?.toLowerCase().replaceAll('_', '-')
}

/** Whether an added line is a dependency entry, by its file and the section around it. */
function isDependencyEntry(line: string, { path, section }: LineContext): boolean {
  const text = withoutComment(line)
  if (text === '') return false
  if (isRequirementsFile(path)) return true // every line of a requirements file installs something
  if (isPackageJson(path)) {
    const entry = /^"([^"]+)"\s*:\s*"([^"]*)"/.exec(text)
    if (entry === null) return false
    if (section !== undefined) return packageJsonDependencySections.has(section)
    const [, key = '', value = ''] = entry
    return !packageJsonVersionLikeKeys.has(key) && /^(?:[~^<>=*]|\d|latest$|git|github:|https?:|file:|link:|npm:|workspace:)/.test(value)
  }
  if (isPythonManifest(path)) {
    if (section !== undefined) {
      return pythonDependencySection.test(section) && /^(?:["'][A-Za-z0-9]|[A-Za-z0-9][\w.-]*\s*=)/.test(text)
    }
    // No opener in sight: only a PEP 508 string with a version or a direct reference counts.
    return /^["'][A-Za-z0-9][\w.-]*(?:\[[\w,.\s-]*\])?\s*(?:[<>=!~]=?|@)/.test(text)
  }
  return false
}

// Where a dependency comes from when it is not the registry by name: a VCS checkout, a local path
// or a URL runs whatever that source holds at install time. The canonical registries are allowed
// so a Pipfile's default `[[source]] url = "https://pypi.org/simple"` is not a new source.
const dependencySource = /git\+|\bgit:\/\/|\bgithub:|\bfile:|\blink:|\bhttps?:\/\/|^-e\s|^\.{0,2}\/|\s@\s*\S|\b(?:git|url|path)\s*=\s*["']/
const canonicalRegistry = /https:\/\/(?:pypi\.org\/simple\/?|registry\.npmjs\.org\/?|files\.pythonhosted\.org\/)["']?\s*$/
// Index options change where every other dependency resolves from (dependency confusion): pip
// options in a requirements file (`-i` and `-f` are the short forms), TOML tables and keys in
// pyproject.toml and Pipfile. Not read in package.json, where `-i`/`-f` are other tools' flags.
const pipIndexOption = /(?:^|\s)(?:--(?:extra-)?index-url|--find-links|--trusted-host|-[if])(?:[=\s]|$)/
const tomlIndex = /^\[\[?(?:source|tool\.poetry\.source|tool\.uv\.index|tool\.pdm\.source)\]\]?|^(?:extra-)?index-url\s*=/
const isCustomIndex = (line: string, path: string): boolean => {
  const text = withoutComment(line)
  return isRequirementsFile(path) ? pipIndexOption.test(text) : isPythonManifest(path) && tomlIndex.test(text)
}

const execution = {
  // `| sh`, `| bash`, `| sudo zsh`, `| python3`; and `bash <(curl …)`, which pipes by substitution.
  pipeToShell: /\b(?:curl|wget)\b[^|\n]{0,400}\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:ba|z|da|k)?sh\b|\b(?:curl|wget)\b[^|\n]{0,400}\|\s*(?:sudo\s+)?(?:python[23]?|node|perl|ruby)\b|\b(?:ba|z)?sh\s+<\(\s*(?:curl|wget)\b/,
  // Not after `.` or a word character: `model.eval()` (PyTorch) and `ast.literal_eval(` are safe.
  eval: /(?<![\w.$])eval\s*\(/,
  // The builtin and a destructured `exec`/`execSync` from child_process. `.exec(` alone is
  // RegExp.prototype.exec, so a method call counts only on `child_process.`; `execute_query(`
  // and `cursor.execute(` do not match, the name must end at `exec`.
  exec: /(?<![\w.$])exec(?:Sync)?\s*\(|\bchild_process\s*\.\s*exec(?:Sync)?\s*\(/,
  childProcess: /\bchild_process\b/,
  // The keyword alone, since a call spread over lines puts it on its own line.
  shellTrue: /\bshell\s*=\s*True\b/,
  // os.popen and the os.exec*/os.spawn* family; subprocess's getoutput runs a shell too.
  osSystem: /\bos\.(?:system|popen|exec[lv]p?e?|spawn[lv]p?e?)\s*\(|\bsubprocess\.(?:getoutput|getstatusoutput)\s*\(|\bcreate_subprocess_shell\s*\(/,
  newFunction: /\bnew\s+Function\s*\(/,
  // pickle.load(file) runs the same code as pickle.loads(bytes); cPickle, dill and marshal alike.
  unpickle: /\b(?:c?[Pp]ickle|dill|marshal|_pickle)\.loads?\s*\(/,
  // yaml.safe_load does not match (`yaml.` must be followed by `load`); unsafe_load and
  // full_load construct arbitrary objects whatever the Loader.
  yamlLoad: /\byaml\.(?:load|load_all)\s*\(/,
  yamlUnsafe: /\byaml\.(?:unsafe_load|full_load|unsafe_load_all|full_load_all)\s*\(|\bLoader\s*=\s*(?:yaml\.)?(?:Unsafe|Full)?Loader\b/,
  yamlSafeLoader: /\bLoader\s*=\s*(?:yaml\.)?C?SafeLoader\b/,
  dunderImport: /(?<![\w.])__import__\s*\(/,
}

// Scripts npm and yarn run on `npm install` of the package or of a checkout (`prepare`).
const installHook = /"(?:preinstall|install|postinstall|prepare|prepublish)"\s*:/

// search() ignores a pattern's `g` flag and lastIndex, so the shared global rows stay stateless.
const hasSecret = (line: string): boolean => secretShapes.some(({ pattern }) => line.search(pattern) !== -1)

const rule = (id: string, severity: Severity, description: string, detect: LineRule['detect'], appliesTo?: LineRule['appliesTo']): LineRule =>
  appliesTo === undefined ? { id, severity, description, detect } : { id, severity, description, detect, appliesTo }
const matches = (pattern: RegExp) => (line: string) => pattern.test(line)

export const lineRules: readonly LineRule[] = [
  rule('secret', 'block', 'adds a credential; secrets belong in the CI secret store, never in the repository', hasSecret),
  rule('pipe-to-shell', 'block', 'downloads a script and runs it', matches(execution.pipeToShell), isCode),
  rule('eval', 'block', 'adds eval(), which runs text as code', matches(execution.eval), isCode),
  rule('exec', 'block', 'adds exec(), which runs text as code or as a shell command', matches(execution.exec), isCode),
  rule('child-process', 'block', 'uses child_process, which starts other programs', matches(execution.childProcess), isCode),
  rule('shell-true', 'block', 'runs a subprocess through the shell (shell=True)', matches(execution.shellTrue), isPython),
  rule('os-system', 'block', 'runs a shell command (os.system, os.popen and kin)', matches(execution.osSystem), isPython),
  rule('new-function', 'block', 'adds new Function(), which runs text as code', matches(execution.newFunction), isCode),
  rule('unpickle', 'block', 'unpickles data, which can run arbitrary code', matches(execution.unpickle), isPython),
  // js-yaml 4's load() is safe by default, so only Python's is read.
  rule(
    'yaml-unsafe-load',
    'block',
    'loads YAML without SafeLoader, which can construct arbitrary objects; use yaml.safe_load',
    (line) => execution.yamlUnsafe.test(line) || (execution.yamlLoad.test(line) && !execution.yamlSafeLoader.test(line)),
    isPython,
  ),
  rule('dynamic-import', 'block', 'imports a module by a computed name (__import__)', matches(execution.dunderImport), isPython),
  rule('install-hook', 'block', 'adds an npm install-time script, which runs on every install', matches(installHook), isPackageJson),
  // A custom command class or an in-tree build backend runs during `pip install`.
  rule('setup-hook', 'block', 'changes what runs at Python package build or install (cmdclass, build backend)', matches(/\bcmdclass\b|^\s*(?:build-backend|backend-path)\s*=/), (path) => /(?:^|\/)(?:setup\.py|setup\.cfg|pyproject\.toml)$/.test(path)),
  rule('registry-config', 'block', 'changes the package registry configuration', (line) => line.trim() !== '', isRegistryConfig),
  rule('custom-index', 'block', 'installs from a custom package index', (line, { path }) => isCustomIndex(line, path), isDependencyFile),
  rule(
    'dependency-source',
    'block',
    'installs a dependency from a URL, VCS or local path rather than the registry',
    (line, context) => {
      const text = withoutComment(line)
      return isDependencyEntry(line, context) && !isCustomIndex(line, context.path) && dependencySource.test(text) && !canonicalRegistry.test(text)
    },
    isDependencyFile,
  ),
  rule(
    'dependency-added',
    'review',
    'adds a dependency: check its name (typosquatting) and that the fix needs it',
    (line, context) => isNewDependency(line, context) === true,
    isDependencyFile,
  ),
  rule(
    'dependency-changed',
    'review',
    "changes a dependency's version or source: check the change log of that release",
    (line, context) => isNewDependency(line, context) === false,
    isDependencyFile,
  ),
]

/** true: a dependency the file did not name before; false: one it names on a removed line too. */
function isNewDependency(line: string, context: LineContext): boolean | undefined {
  if (!isDependencyEntry(line, context)) return undefined
  const name = dependencyNameOf(line, context.path)
  if (name === undefined) return true // an option line such as `-r more.txt`
  return !context.removedLines.some((removed) => dependencyNameOf(removed, context.path) === name)
}

const normalizePath = (path: string): string => path.replace(/^\.\//, '')

export const fileRules: readonly FileRule[] = [
  {
    id: 'ci-config',
    severity: 'block',
    description: 'changes CI configuration, which runs with the repository secrets',
    detect: ({ path, oldPath }) => ciConfigFile.test(path) || (oldPath !== undefined && ciConfigFile.test(oldPath)),
  },
  {
    id: 'outside-affected-files',
    severity: 'review',
    description: 'changes a file the failure analysis did not name',
    detect: ({ path, oldPath }, affectedFiles) => {
      const affected = new Set(affectedFiles.map(normalizePath))
      return !affected.has(path) || (oldPath !== undefined && !affected.has(oldPath))
    },
  },
]
