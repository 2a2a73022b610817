import { detectLineEnding } from './find-old-text.js'

/**
 * The spec's fix files start with `TARGET: <path>` in the file's own comment syntax, so the file
 * still parses as what it is. Files without comments (JSON, plain data) get no line. A line that
 * must stay first (a shebang, a Python encoding cookie, an XML declaration, a Dockerfile parser
 * directive) keeps its place; the TARGET line goes after it.
 */
export interface CommentSyntax {
  name: string
  /** Matched against the repo-relative path. */
  files: RegExp
  /** The TARGET line for a path, or undefined for files that have no comments. */
  targetLine(path: string): string | undefined
  /** Lines at the top of the file that must stay above the TARGET line, each tested in order. */
  keepFirst: readonly RegExp[]
}

const shebang = /^#!/
const pythonEncoding = /^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+/
const xmlDeclaration = /^<\?xml\b/
const dockerDirective = /^#\s*(?:syntax|escape|check)\s*=/i

const hash = (path: string) => `# TARGET: ${path}`
const slashes = (path: string) => `// TARGET: ${path}`

export const commentSyntaxes: readonly CommentSyntax[] = [
  { name: 'json', files: /\.(?:json|ipynb|lock)$|(?:^|\/)(?:package-lock\.json|yarn\.lock)$/i, targetLine: () => undefined, keepFirst: [] },
  { name: 'python', files: /\.(?:py|pyi|pyw)$/i, targetLine: hash, keepFirst: [shebang, pythonEncoding] },
  { name: 'dockerfile', files: /(?:^|\/)(?:Dockerfile|Containerfile)(?:\.[^/]*)?$|\.dockerfile$/i, targetLine: hash, keepFirst: [dockerDirective] },
  {
    name: 'hash',
    files:
      /\.(?:ya?ml|toml|sh|bash|zsh|fish|ini|cfg|conf|properties|rb|pl|r|tf|mk|cmake|gitignore|dockerignore|gitattributes|editorconfig)$|(?:^|\/)(?:requirements[^/]*\.(?:txt|in)|constraints[^/]*\.txt|Makefile|GNUmakefile|Gemfile|Rakefile|Pipfile|\.flake8|\.pylintrc|\.coveragerc|CMakeLists\.txt)$/i,
    targetLine: hash,
    keepFirst: [shebang],
  },
  {
    name: 'slashes',
    files: /\.(?:js|mjs|cjs|ts|tsx|jsx|mts|cts|go|rs|java|kt|kts|scala|swift|c|h|cc|cpp|cxx|hh|hpp|hxx|cs|fs|php|dart|groovy|gradle|proto|jsonc|json5)$/i,
    targetLine: slashes,
    keepFirst: [shebang],
  },
  { name: 'block', files: /\.(?:css|scss|sass|less)$/i, targetLine: (path) => `/* TARGET: ${path} */`, keepFirst: [] },
  { name: 'dashes', files: /\.(?:sql|lua|hs|elm)$/i, targetLine: (path) => `-- TARGET: ${path}`, keepFirst: [] },
  { name: 'markup', files: /\.(?:md|markdown|mdx|html?|xml|xhtml|svg|vue|svelte)$/i, targetLine: (path) => `<!-- TARGET: ${path} -->`, keepFirst: [xmlDeclaration, /^<!DOCTYPE\b/i] },
]

export function commentSyntaxOf(path: string): CommentSyntax | undefined {
  return commentSyntaxes.find((syntax) => syntax.files.test(path))
}

export interface FixFileContent {
  content: string
  hasTargetLine: boolean
}

/** The fix file for a changed file: its content with the TARGET line where its syntax allows one. */
export function addTargetLine(path: string, content: string): FixFileContent {
  const syntax = commentSyntaxOf(path)
  const line = syntax?.targetLine(path)
  if (syntax === undefined || line === undefined) return { content, hasTargetLine: false }
  // A byte-order mark belongs before everything, the TARGET line included.
  const bom = content.startsWith('\uFEFF') ? '\uFEFF' : ''
  const body = content.slice(bom.length)
  const lineEnding = detectLineEnding(body)
  const lines = body.split('\n')
  let kept = 0
  for (const pattern of syntax.keepFirst) {
    if (kept < lines.length && pattern.test(lines[kept]!)) kept += 1
  }
  const head = lines.slice(0, kept).map((keptLine) => `${keptLine}\n`).join('')
  const rest = lines.slice(kept).join('\n')
  return { content: `${bom}${head}${line}${lineEnding}${rest}`, hasTargetLine: true }
}
