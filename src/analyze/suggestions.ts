import { missingModuleOf } from './affected-files.js'
import type { FixType } from './failure-context.js'
import type { Failure } from './failure.js'
import { isTestFile } from './test-files.js'
import type { Workspace } from './workspace.js'

/**
 * Concrete advice for the fix and for the person reviewing it: rows of a pattern over the
 * failure's message and what to say, then advice by fix type when no row knows better.
 */
interface SuggestionRule {
  pattern: RegExp
  advice: (match: RegExpExecArray) => string
}

// Import names that differ from the package to install.
const packageOfModule: Record<string, string> = {
  yaml: 'PyYAML',
  cv2: 'opencv-python',
  PIL: 'Pillow',
  sklearn: 'scikit-learn',
  bs4: 'beautifulsoup4',
  dateutil: 'python-dateutil',
  dotenv: 'python-dotenv',
  jwt: 'PyJWT',
  Crypto: 'pycryptodome',
  OpenSSL: 'pyOpenSSL',
  serial: 'pyserial',
  git: 'GitPython',
  magic: 'python-magic',
  attr: 'attrs',
  google: 'protobuf (or the google-* package that provides it)',
}

export const suggestionRules: readonly SuggestionRule[] = [
  { pattern: /\butcnow\(\) is deprecated/, advice: () => 'Use datetime.now(timezone.utc) instead of datetime.utcnow()' },
  {
    pattern: /\butcfromtimestamp\(\) is deprecated/,
    advice: () => 'Use datetime.fromtimestamp(ts, timezone.utc) instead of datetime.utcfromtimestamp(ts)',
  },
  { pattern: /The `(\w+)` method is deprecated; use `(\w+)` instead/, advice: (m) => `Use .${m[2]}() instead of the deprecated .${m[1]}()` },
  {
    pattern: /Buffer\(\) is deprecated/,
    advice: () => 'Use Buffer.from(), Buffer.alloc() or Buffer.allocUnsafe() instead of the deprecated Buffer() constructor',
  },
  {
    // `jsonschema.RefResolver is deprecated …, in favor of the referencing library`, `the imp module is deprecated in favour of importlib`
    pattern: /(?:the )?(\w[\w.]*)(?: module| class| function)? is deprecated[^\n]*?,? in favou?r of (?:the )?([\w.:/-]+)/,
    advice: (m) => `Migrate from ${m[1]} to ${m[2]}; only a warning raised inside a third-party library may instead be silenced, by a targeted filterwarnings entry with a comment`,
  },
  { pattern: /NameError: name '(\w+)' is not defined/, advice: (m) => `Import or define '${m[1]}' in the module that uses it (e.g. add \`import ${m[1]}\`)` },
  {
    pattern: /cannot import name '(\w+)' from '([\w.]+)'/,
    advice: (m) => `'${m[2]}' no longer provides '${m[1]}': import its current name (look for a rename in ${m[2]}) or restore it`,
  },
  {
    pattern: /(\w+)\(\) missing (\d+) required (?:positional |keyword-only )?arguments?: (.+)$/m,
    advice: (m) => `Pass ${m[3]} where ${m[1]}() is called, or give the parameter a default if callers may omit it`,
  },
  {
    pattern: /(\w+)\(\) got an unexpected keyword argument '(\w+)'/,
    advice: (m) => `${m[1]}() has no parameter '${m[2]}': update the call to the current signature, or add the parameter`,
  },
  {
    pattern: /Exceeded timeout of (\d+) ?ms|Failed: Timeout >([\d.]+)s|Test timed out in (\d+) ?ms/,
    advice: () =>
      'Make the test deterministic and fast: inject short delays or fake timers, wait on an explicit condition with a timeout; do not only raise the timeout or add a sleep',
  },
]

function moduleAdvice(failure: Failure, workspace?: Workspace): string | undefined {
  const missing = missingModuleOf(failure, workspace)
  if (!missing) return undefined
  if (missing.thirdParty === true) {
    const top = missing.name.split('/')[0]!.split('.')[0]!
    const isJs = /Cannot find (?:module|package)|Failed to resolve import/.test(failure.message)
    return isJs
      ? `Add the package '${missing.name}' to package.json dependencies (or fix the import if it was renamed)`
      : `Add ${packageOfModule[top] ?? top} to the project's requirements (the module '${missing.name}' is not installed on the runner)`
  }
  const normalize = (name: string) => name.toLowerCase().replace(/[-_]/g, '')
  const stem = normalize(missing.name.split(/[./]/).at(-1)!)
  const sources = (workspace?.files ?? []).filter((file) => /\.(?:py|[cm]?[jt]sx?)$/.test(file) && !isTestFile(file))
  const nameOf = (file: string) => normalize(file.split('/').at(-1)!.replace(/\.[^.]+$/, ''))
  // A renamed module keeps its words: formatMoney → format-money, kpi.format → kpi/formatting.
  const similar =
    sources.find((file) => nameOf(file) === stem) ??
    sources.find((file) => nameOf(file) !== stem && (nameOf(file).startsWith(stem) || stem.startsWith(nameOf(file))))
  return similar
    ? `'${missing.name}' does not exist in the repository: fix the import path (did you mean ${similar}?)`
    : `'${missing.name}' does not exist in the repository: fix the import path or restore the module`
}

const lintAdvice: Record<string, (files: string) => string> = {
  black: (files) => `Run \`black ${files}\` to apply the project's formatting`,
  isort: (files) => `Run \`isort ${files}\` to sort the imports`,
  prettier: (files) => `Run \`npx prettier --write ${files}\``,
  eslint: (files) => `Fix the eslint errors in ${files} (some rules are auto-fixable with \`npx eslint --fix\`)`,
  ruff: (files) => `Fix the ruff findings in ${files} (\`ruff check --fix\` handles the fixable ones)`,
}

function byType(fixType: FixType, failures: readonly Failure[]): string[] {
  const files = [...new Set(failures.map((failure) => failure.file).filter(Boolean))].join(' ')
  switch (fixType) {
    case 'lint': {
      const tools = [...new Set(failures.map((failure) => failure.tool))]
      return tools.map((tool) => {
        const toolFiles = [...new Set(failures.filter((failure) => failure.tool === tool).map((failure) => failure.file))].join(' ')
        const rules = [...new Set(failures.filter((failure) => failure.tool === tool).map((failure) => failure.rule))].join(', ')
        return lintAdvice[tool]?.(toolFiles) ?? `Fix the ${tool} findings (${rules}) in ${toolFiles}`
      })
    }
    case 'type_error': {
      const findings = failures.filter((failure) => failure.kind === 'finding')
      return findings.length > 0
        ? [`Fix the ${findings.length} type error(s) reported by ${[...new Set(findings.map((f) => f.tool))].join(', ')} in ${files}, starting with: ${findings[0]!.message}`]
        : ['Make the call match the signature of the function it calls']
    }
    case 'warning':
      return ['Remove the deprecated call at its source; silence a warning only when it comes from a third-party library, with a targeted filterwarnings entry and a comment']
    case 'flaky_test':
      return ['Remove the nondeterminism (ordering, timing, randomness) rather than retrying or skipping the test']
    case 'drift':
      return ['Performance or resource budget regression: compare with the baseline, profile the change and decide whether the code or the budget must change']
    case 'unknown':
      return ['Needs a person: read the failing test and the code it exercises; this is not a pattern Autoheal fixes']
    case 'import_error':
      return []
  }
}

export function suggestionsFor(fixType: FixType, failures: readonly Failure[], workspace?: Workspace): string[] {
  const advice: string[] = []
  for (const failure of failures) {
    const text = `${failure.message}\n${failure.details.join('\n')}`
    for (const rule of suggestionRules) {
      const match = rule.pattern.exec(text)
      if (match) advice.push(rule.advice(match))
    }
    const module = moduleAdvice(failure, workspace)
    if (module) advice.push(module)
  }
  advice.push(...byType(fixType, failures))
  return [...new Set(advice)].slice(0, 8)
}
