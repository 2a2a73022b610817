/**
 * The error output, told once: the analysis's excerpts of a run's logs repeat themselves (a
 * finding as the headline and as the tool printed it, one traceback per parametrized case) and
 * carry frames nobody will edit (node_modules, node internals, the standard library, installed
 * packages). Compacting them is lossless for the fix and often halves the excerpt.
 */

/**
 * A finding's line, loosely: the analysis's headline (`a.py:3: 'os' imported but unused [F401]`)
 * and the tool's own line (`a.py:3:1: F401 'os' imported but unused`, mypy's `a.py:3: error: …`)
 * say the same thing, the second time with a column and a severity.
 */
function findingKey(line: string): string | undefined {
  const located = /^(\S+?:\d+)(?::\d+)?:\s(.*)$/.exec(line.trim())
  if (!located) return undefined
  const words = located[2]!.replace(/\b(?:error|warning|note)\b:?/g, '').match(/[A-Za-z0-9_]+/g) ?? []
  return `finding ${located[1]} ${words.sort().join(" ")}`
}

/**
 * pytest's long tracebacks print the source of every frame, the standard library's and installed
 * packages' too. A frame outside the repository (its location line, which the long format prints
 * after the frame, is an absolute path) loses its indented source lines but keeps its `>` and `E`
 * lines, its location and anything not indented (headlines, local variables).
 */
function collapseExternalFrames(lines: readonly string[]): string[] {
  const kept: string[] = []
  let frameStart = 0
  for (const line of lines) {
    kept.push(line)
    if (/^(?:_ ){8,}_?\s*$/.test(line)) frameStart = kept.length
    // `path:12: ` or `path:12: ValueError` ends a long-format frame (the short format's `path:12: in f` starts one).
    else if (/^\S+:\d+:(?: [\w.]+)?\s*$/.test(line)) {
      if (/^(?:\/|[A-Za-z]:\\|<)/.test(line)) {
        const frame = kept.slice(frameStart, -1)
        const isSource = (frameLine: string) => /^\s/.test(frameLine) && frameLine.trim() !== ''
        const sourceLines = frame.filter(isSource).length
        if (sourceLines >= 4) {
          // The marker stands where the source did.
          const firstSource = frame.findIndex(isSource)
          const collapsed = frame.filter((frameLine) => !isSource(frameLine))
          collapsed.splice(frame.slice(0, firstSource).filter((frameLine) => !isSource(frameLine)).length, 0, `⋯ ${sourceLines} lines of source outside the repository`)
          kept.splice(frameStart, frame.length, ...collapsed)
        }
      }
      frameStart = kept.length
    }
  }
  return kept
}

/**
 * The error output, compacted: a finding quoted twice, the same traceback printed for every
 * parametrized case, and a JavaScript stack's frames inside node_modules and node's internals
 * (the test runner's, not the project's) say nothing new.
 */
function dropRepeatsAndRunnerFrames(lines: readonly string[], messages: readonly string[]): string[] {
  const seen = new Set<string>()
  const longMessages = [...new Set(messages)].filter((message) => message.length >= 40)
  const saidMessages = new Set<string>()
  const kept: string[] = []
  let repeated = 0
  let dependencyFrames = 0
  const flush = () => {
    if (repeated > 0) kept.push(`⋯ ${repeated} line${repeated === 1 ? '' : 's'} repeated from above`)
    if (dependencyFrames > 0) kept.push(`    ⋯ ${dependencyFrames} frame${dependencyFrames === 1 ? '' : 's'} in node_modules or node internals`)
    repeated = 0
    dependencyFrames = 0
  }
  for (const original of lines) {
    // Carets under a column (`^^^^^`, `~~~^~~`) point at what the line above already shows.
    if (/^\s*[\^~]+\s*$/.test(original)) continue
    if (/^\s+at (?:.*[(\s])?(?:node_modules\/|node:internal|<anonymous>\)?$)/.test(original)) {
      if (repeated > 0) flush()
      dependencyFrames++
      continue
    }
    const finding = findingKey(original)
    if (finding !== undefined) {
      if (seen.has(finding)) continue
      seen.add(finding)
    }
    let line = original
    for (const message of longMessages) {
      if (!line.includes(message)) continue
      if (saidMessages.has(message)) line = line.replace(message, '(the same message as above)')
      else saidMessages.add(message)
    }
    const key = line.trim()
    if (key.length >= 8 && seen.has(key)) {
      if (dependencyFrames > 0) flush()
      repeated++
      continue
    }
    flush()
    seen.add(key)
    kept.push(line)
  }
  flush()
  return kept
}

/** `messages`: the failures' own messages, said in full once and referred to after. */
export function compactLogLines(lines: readonly string[], messages: readonly string[]): string[] {
  return dropRepeatsAndRunnerFrames(collapseExternalFrames(lines), messages)
}
