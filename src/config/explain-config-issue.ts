/**
 * Turns what went wrong in a YAML configuration file into sentences that name the file, the line and
 * the key path, e.g. `ci/cost_control.yaml:7: limits.max_fixes_per_dya is not a known key (did you mean
 * max_fixes_per_day?)`. Pure: the caller parses, this only explains.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type YAMLError } from 'yaml'
import { z } from 'zod'

type PathSegment = PropertyKey

/** `file:line: YAML syntax error: …`, from the first line of the parser's own message. */
export function explainSyntaxError(error: YAMLError, fileName: string): string {
  const line = error.linePos?.[0].line ?? 1
  // yaml appends " at line N, column M:" and a code excerpt; the line is already in our prefix.
  const firstLine = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message
  return `${fileName}:${line}: YAML syntax error: ${firstLine}`
}

/** One line per zod issue, sorted by line, each as `file:line: key.path problem`. */
export function explainSchemaIssues(
  issues: readonly z.core.$ZodIssue[],
  context: { document: Document; lineCounter: LineCounter; schema: z.ZodType; fileName: string; data: unknown },
): string {
  const explained = issues.flatMap((issue) => {
    // zod reports every unknown key of one mapping in one issue; each gets its own line here.
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path]
    return paths.map((path) => {
      const line = lineOf(context.document, path, context.lineCounter)
      return { line, text: `${context.fileName}:${line}: ${describeIssue(issue, path, context)}` }
    })
  })
  return explained
    .sort((left, right) => left.line - right.line)
    .map((entry) => entry.text)
    .join('\n')
}

function describeIssue(
  issue: z.core.$ZodIssue,
  path: readonly PathSegment[],
  context: { schema: z.ZodType; data: unknown },
): string {
  const subject = path.length === 0 ? 'the file' : formatPath(path)
  const value = valueAt(context.data, path)
  switch (issue.code) {
    case 'unrecognized_keys': {
      const parent = schemaAt(context.schema, path.slice(0, -1))
      const known = parent instanceof z.ZodObject ? Object.keys(parent.shape) : []
      // A typo most likely stands for a key the mapping does not have yet.
      const present = Object.keys(asRecord(valueAt(context.data, path.slice(0, -1))))
      const absent = known.filter((key) => !present.includes(key))
      const guess = closestKey(String(path.at(-1)), absent) ?? closestKey(String(path.at(-1)), known)
      const hint = guess ? `did you mean ${guess}?` : `known keys: ${known.join(', ')}`
      return `${subject} is not a known key (${hint})`
    }
    case 'invalid_type': {
      // zod says "number" for text given to an integer schema; the schema itself knows better.
      const leaf = schemaAt(context.schema, path)
      const expected = leaf instanceof z.ZodNumber && leaf.isInt ? 'int' : issue.expected
      const wanted = expectedNames[expected] ?? expected
      if (value === undefined) return `${subject} is missing (it must be ${wanted})`
      return `${subject} must be ${wanted} (got ${describeValue(value)})`
    }
    case 'too_small':
      return `${subject} must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)} (got ${describeValue(value)})`
    case 'invalid_value':
      return `${subject} must be one of ${issue.values.map(String).join(', ')} (got ${describeValue(value)})`
    default:
      return `${subject}: ${issue.message}`
  }
}

const expectedNames: Readonly<Record<string, string>> = {
  int: 'a whole number',
  number: 'a number',
  string: 'text',
  object: 'a mapping of keys',
  record: 'a mapping of keys',
  array: 'a list',
  boolean: 'true or false',
}

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return JSON.stringify(value) ?? String(value)
}

/** `limits.max_fixes_per_day`, `exclude_fix_types[1]`, `providers.openai.prices["gpt-4.1"]`. */
export function formatPath(path: readonly PathSegment[]): string {
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`
      const name = String(segment)
      if (!/^[A-Za-z_][\w-]*$/.test(name)) return `[${JSON.stringify(name)}]`
      return index === 0 ? name : `.${name}`
    })
    .join('')
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[segment]
  }
  return current
}

/**
 * The 1-based line of `path` in the document: the line of its key for a mapping entry, of the item for
 * a list entry. A path the document does not hold (a missing key) is reported where its parent is.
 */
function lineOf(document: Document, path: readonly PathSegment[], lineCounter: LineCounter): number {
  let node: unknown = document.contents
  let offset = isScalar(node) || isMap(node) || isSeq(node) ? (node.range?.[0] ?? 0) : 0
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(document)
    if (isMap(node)) {
      const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === String(segment))
      if (!pair) break
      offset = (isScalar(pair.key) ? pair.key.range?.[0] : undefined) ?? offset
      node = pair.value
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment]
      if (!isScalar(item) && !isMap(item) && !isSeq(item)) break
      offset = item.range?.[0] ?? offset
      node = item
    } else {
      break
    }
  }
  return lineCounter.linePos(offset).line
}

/** The schema that validates `path`, defaults and optionals unwrapped; undefined past a leaf. */
function schemaAt(schema: z.ZodType, path: readonly PathSegment[]): unknown {
  let current: unknown = schema
  for (let index = 0; ; ) {
    if (current instanceof z.ZodDefault || current instanceof z.ZodPrefault || current instanceof z.ZodOptional) {
      current = current.unwrap()
      continue
    }
    if (index === path.length) return current
    const segment = path[index++]
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, unknown>)[String(segment)]
    else if (current instanceof z.ZodRecord) current = current.valueType
    else if (current instanceof z.ZodArray) current = current.element
    else return undefined
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {}
}

/** The known key a typo most likely meant: within an edit distance of about a third of its length. */
function closestKey(typed: string, known: readonly string[]): string | undefined {
  const scored = known.map((key) => ({ key, distance: editDistance(typed.toLowerCase(), key.toLowerCase()) }))
  const best = scored.sort((left, right) => left.distance - right.distance)[0]
  return best && best.distance <= Math.max(2, Math.floor(best.key.length / 3)) ? best.key : undefined
}

function editDistance(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index)
  for (let row = 1; row <= left.length; row++) {
    const current = [row]
    for (let column = 1; column <= right.length; column++) {
      const substitution = (previous[column - 1] ?? 0) + (left[row - 1] === right[column - 1] ? 0 : 1)
      current[column] = Math.min((previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1, substitution)
    }
    previous = current
  }
  return previous[right.length] ?? 0
}
