/**
 * What verify-command and the lint tools cost before they run: the scratch copy of a checkout
 * (source copied, node_modules linked, .git left out) and the start of a scrubbed command.
 * Prints one JSON line; scripts/bench.mjs runs it.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runUntrusted } from '../src/sandbox/run-untrusted.js'
import { createScratchTree } from '../src/sandbox/scratch-tree.js'

const sourceFiles = 5_000
const sourceBytes = 20_000
const installedFiles = 50_000

const work = mkdtempSync(join(tmpdir(), 'autoheal-bench-sandbox-'))
try {
  const checkout = join(work, 'checkout')
  const line = 'def function_name(argument):  # a line of code, about sixty bytes long\n'
  const body = line.repeat(Math.ceil(sourceBytes / line.length)).slice(0, sourceBytes)
  for (let index = 0; index < sourceFiles; index++) {
    const dir = join(checkout, 'src', `package_${index % 100}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, `module_${index}.py`), body)
  }
  for (let index = 0; index < installedFiles; index++) {
    const dir = join(checkout, 'node_modules', `dep_${index % 1000}`)
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, `file_${index}.js`), 'module.exports = 1\n')
  }
  mkdirSync(join(checkout, '.git', 'objects'), { recursive: true })

  const copies: number[] = []
  for (let run = 0; run < 3; run++) {
    const started = performance.now()
    const tree = await createScratchTree(checkout, join(work, 'scratch'))
    copies.push(performance.now() - started)
    await tree.remove()
  }
  const starts: number[] = []
  for (let run = 0; run < 5; run++) {
    const result = await runUntrusted({ shell: 'true' }, { cwd: work, timeoutMs: 10_000, environment: process.env })
    if (!result.passed) throw new Error('`true` did not pass')
    starts.push(result.durationMs)
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  console.log(JSON.stringify({ source_files: sourceFiles, source_mb: (sourceFiles * sourceBytes) / 1e6, installed_files_linked: installedFiles, scratch_copy_ms: Math.round(median(copies)), untrusted_start_ms: Math.round(median(starts)) }))
} finally {
  rmSync(work, { recursive: true, force: true })
}
