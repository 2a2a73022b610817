import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { z } from 'zod'
import { CostControl, defaultCostControl, parseCostControl } from '../../src/config/cost-control.js'
import { providers } from '../../src/config/models.js'

/**
 * The documentation against what it documents: the README's tables of inputs, outputs and reasons
 * against action.yml, its copy of the example workflow against ci/auto-fix.yml, its CLI flag tables
 * against src/cli.ts, docs/cost-control.md against the zod schema and its defaults, and every
 * relative link against the files and headings it points to. Each fails when either side drifts.
 */
const root = fileURLToPath(new URL('../../', import.meta.url))
const readText = (path: string) => readFile(join(root, path), 'utf8')

const readme = await readText('README.md')
const action = parse(await readText('action.yml')) as {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}

/** Cells of a Markdown table row; `\|` inside a cell is a literal bar. */
function cellsOf(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replaceAll('\\|', '|'))
}

/** The body rows of every table whose header is exactly `header`, in order. */
function tablesWithHeader(markdown: string, header: readonly string[]): string[][][] {
  const lines = markdown.split('\n')
  const tables: string[][][] = []
  lines.forEach((line, index) => {
    if (!line.startsWith('|') || JSON.stringify(cellsOf(line)) !== JSON.stringify(header)) return
    const rows: string[][] = []
    for (let next = index + 2; next < lines.length && lines[next]!.startsWith('|'); next += 1) rows.push(cellsOf(lines[next]!))
    tables.push(rows)
  })
  return tables
}

function onlyTable(markdown: string, header: readonly string[]): string[][] {
  const tables = tablesWithHeader(markdown, header)
  expect(tables, `one table with header ${header.join(' | ')}`).toHaveLength(1)
  return tables[0]!
}

/** `code` → code; a cell of one code span only. */
const unquote = (cell: string): string => /^`([^`]+)`$/.exec(cell)?.[1] ?? cell
const codesIn = (text: string): string[] => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!)

/** The part of `markdown` under the heading `heading`, up to the next heading of the same or a higher level. */
function section(markdown: string, heading: string): string {
  const level = /^#+/.exec(heading)![0].length
  const start = markdown.split('\n').findIndex((line) => line === heading)
  expect(start, `heading ${heading}`).toBeGreaterThan(-1)
  const rest = markdown.split('\n').slice(start + 1)
  let isInFence = false // a `# comment` in a code block is not a heading
  const end = rest.findIndex((line) => {
    if (line.startsWith('```')) isInFence = !isInFence
    return !isInFence && new RegExp(`^#{1,${level}} `).test(line)
  })
  return rest.slice(0, end === -1 ? undefined : end).join('\n')
}

describe('README inputs table', () => {
  const rows = onlyTable(readme, ['input', 'default', 'meaning'])

  it("lists action.yml's inputs, in its order", () => {
    expect(rows.map(([name]) => unquote(name!))).toEqual(Object.keys(action.inputs))
  })

  it("gives each input action.yml's default, or — for none", () => {
    const documented = Object.fromEntries(rows.map(([name, fallback]) => [unquote(name!), fallback === '—' ? undefined : unquote(fallback!)]))
    const declared = Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default]))
    expect(documented).toEqual(declared)
  })

  it('explains every input', () => {
    for (const [name, , meaning] of rows) expect(meaning?.length, name).toBeGreaterThan(10)
  })
})

describe('README outputs table', () => {
  const rows = onlyTable(readme, ['output', 'meaning'])

  it("lists action.yml's outputs, in its order", () => {
    expect(rows.map(([name]) => unquote(name!))).toEqual(Object.keys(action.outputs))
  })

  it("names action.yml's outcome codes for outcome", () => {
    const outcome = rows.find(([name]) => name === '`outcome`')!
    expect(codesIn(outcome[1]!).filter((code) => /^[a-z]+$/.test(code))).toEqual(codesIn(action.outputs.outcome!.description).filter((code) => /^[a-z]+$/.test(code)))
  })
})

describe('README reason table', () => {
  const rows = onlyTable(readme, ['reason', 'outcome', 'meaning'])
  const reasonCodes = codesIn(action.outputs.reason!.description)
  const outcomeCodes = codesIn(action.outputs.outcome!.description)

  it("lists every reason code of action.yml, in its order", () => {
    expect(rows.map(([reason]) => unquote(reason!))).toEqual(reasonCodes)
  })

  it('pairs each with outcomes action.yml names', () => {
    for (const [reason, outcome] of rows) {
      expect(codesIn(outcome!).length, reason).toBeGreaterThan(0)
      for (const code of codesIn(outcome!)) expect(outcomeCodes, reason).toContain(code)
    }
  })

  it('is what the troubleshooting page refers to: no code there that action.yml lacks', async () => {
    const troubleshooting = await readText('docs/troubleshooting.md')
    const referred = onlyTable(troubleshooting, ['reason', 'what to do']).flatMap(([reasons]) => codesIn(reasons!))
    expect(referred.length).toBeGreaterThan(10)
    for (const code of referred) expect(reasonCodes).toContain(code)
  })
})

describe("README's quick start", () => {
  it('shows ci/auto-fix.yml exactly as shipped', async () => {
    const shipped = await readText('ci/auto-fix.yml')
    const quickStart = section(readme, '## Quick start')
    const block = /```yaml\n([\s\S]*?)```/.exec(quickStart)?.[1]
    expect(block).toBe(shipped)
  })
})

describe("README's budget section", () => {
  it('shows exactly the built-in defaults', () => {
    const block = /```yaml\n([\s\S]*?)```/.exec(section(readme, '## Budget: `ci/cost_control.yaml`'))?.[1] ?? ''
    expect(parseCostControl(block, 'README.md')).toEqual(defaultCostControl)
    expect(block).toContain('max_output_tokens_per_fix') // every limit shown, not left to its default
  })
})

describe('README CLI flag tables', async () => {
  const cli = await readText('src/cli.ts')
  /** The keys of `const <name> = { … } satisfies`, help aside. */
  const flagsOf = (name: string): string[] => {
    const body = new RegExp(`const ${name} = \\{([\\s\\S]*?)\\n\\} satisfies`).exec(cli)?.[1] ?? ''
    return [...body.matchAll(/^\s+'?([\w-]+)'?:/gm)].map((match) => `--${match[1]}`).filter((flag) => flag !== '--help')
  }
  const documented = (heading: string) =>
    onlyTable(section(readme, heading), ['flag', 'meaning']).map(([flag]) => /^`(--[\w-]+)/.exec(flag!)?.[1])

  it.each([
    { command: 'analyze', options: 'analyzeOptions' },
    { command: 'fix', options: 'fixOptions' },
  ])('documents exactly the flags of autoheal $command', ({ command, options }) => {
    const flags = flagsOf(options)
    expect(flags.length).toBeGreaterThan(4)
    expect(documented(`### \`autoheal ${command}\``)).toEqual(flags)
  })
})

describe('docs/cost-control.md', async () => {
  const page = await readText('docs/cost-control.md')
  const rows = onlyTable(page, ['key', 'type', 'default', 'meaning'])
  const documented = new Map(rows.map(([key, type, fallback]) => [unquote(key!), { type: type!, fallback: fallback! }]))

  interface SchemaKey {
    /** With `<provider>` and `<model>` for the variable segments. */
    path: string
    schema: z.ZodType
    /** Each provider's concrete path, for the defaults. */
    concretePaths: string[][]
  }

  /** Every leaf key of the schema (records count as a key and have children of their own). */
  function schemaKeys(schema: z.ZodType, path: string[] = [], concrete: string[][] = [[]]): SchemaKey[] {
    let current: unknown = schema
    while (current instanceof z.ZodDefault || current instanceof z.ZodPrefault || current instanceof z.ZodOptional) current = current.unwrap()
    if (current instanceof z.ZodObject) {
      const shape = current.shape as Record<string, z.ZodType>
      const isProviders = path.at(-1) === 'providers'
      if (isProviders) {
        // One documented row per key of a provider, whichever provider: their schemas are alike.
        expect(Object.keys(shape)).toEqual([...providers])
        return schemaKeys(shape[providers[0]]!, [...path, '<provider>'], providers.map((provider) => [...concrete[0]!, provider]))
      }
      return Object.entries(shape).flatMap(([key, child]) => schemaKeys(child, [...path, key], concrete.map((parts) => [...parts, key])))
    }
    const here: SchemaKey = { path: path.join('.'), schema: current as z.ZodType, concretePaths: concrete }
    if (current instanceof z.ZodRecord) return [here, ...schemaKeys(current.valueType as z.ZodType, [...path, '<model>'], [])]
    return [here]
  }

  const keys = schemaKeys(CostControl)
  const typeName = (schema: z.ZodType): string => {
    if (schema instanceof z.ZodNumber) return schema.isInt ? 'whole number' : 'number'
    if (schema instanceof z.ZodString) return 'text'
    if (schema instanceof z.ZodArray) return 'list'
    if (schema instanceof z.ZodRecord) return 'mapping'
    return schema.constructor.name
  }
  const valueAt = (parts: readonly string[]): unknown =>
    parts.reduce<unknown>((value, part) => (value as Record<string, unknown> | undefined)?.[part], defaultCostControl)

  it('documents every key of the schema, and no other', () => {
    expect(keys.length).toBeGreaterThan(10)
    expect([...documented.keys()].sort()).toEqual(keys.map((key) => key.path).sort())
  })

  it.each(keys.map((key) => [key.path, key] as const))("gives %s's type", (_path, key) => {
    expect(documented.get(key.path)?.type.startsWith(typeName(key.schema))).toBe(true)
  })

  it.each(keys.map((key) => [key.path, key] as const))("gives %s's default", (_path, key) => {
    const cell = documented.get(key.path)?.fallback ?? ''
    if (key.concretePaths.length === 0) {
      expect(cell.startsWith('—')).toBe(true) // inside a map entry: no default, the entry needs it
      return
    }
    const values = key.concretePaths.map(valueAt).flatMap((value) => (Array.isArray(value) ? value : [value]))
    const scalars = values.filter((value) => typeof value !== 'object')
    if (scalars.length === 0) expect(cell).toMatch(/^none/) // an empty map: nothing but the built-in table
    for (const value of scalars) expect(codesIn(cell)).toContain(String(value))
  })

  it('matches the shipped ci/cost_control.yaml, which has the built-in defaults', async () => {
    const shipped = await readText('ci/cost_control.yaml')
    for (const key of keys.filter((candidate) => !candidate.path.includes('<'))) {
      expect(shipped, key.path).toContain(`${key.path.split('.').at(-1)}:`)
    }
  })
})

describe('relative links', async () => {
  const pages = ['README.md', 'docs/cost-control.md', 'docs/troubleshooting.md', 'docs/releasing.md', 'docs/failure-context.md']
  const texts = Object.fromEntries(await Promise.all(pages.map(async (page) => [page, await readText(page)] as const)))

  /** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
  const anchorsOf = (markdown: string): string[] =>
    markdown
      .split(/^```[\s\S]*?^```/m)
      .join('')
      .split('\n')
      .filter((line) => /^#{1,6} /.test(line))
      .map((line) => line.replace(/^#+ /, '').toLowerCase().replace(/[^\p{L}\p{N}_ -]/gu, '').replaceAll(' ', '-'))

  const links = pages.flatMap((page) =>
    [...texts[page]!.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((match) => match[1]!)
      .filter((target) => !/^[a-z]+:/.test(target))
      .map((target) => ({ page, target })),
  )

  it('are there to check', () => {
    expect(links.length).toBeGreaterThan(20)
  })

  it.each(links)('$page → $target', async ({ page, target }) => {
    const [file, anchor] = target.split('#') as [string, string | undefined]
    const path = file === '' ? page : join(dirname(page), file)
    expect(existsSync(join(root, path)), `${path} exists`).toBe(true)
    if (anchor !== undefined) expect(anchorsOf(texts[path] ?? (await readText(path)))).toContain(anchor)
  })
})
