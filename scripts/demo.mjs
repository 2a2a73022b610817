#!/usr/bin/env node
// `npm run demo`: the analyzer, built as users run it (dist/cli/index.js), on the example runs bundled
// in examples/. No keys, no network. Writes each failure_context.json to demo-output/.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'dist/cli/index.js')
const examplesDir = join(root, 'examples')
const outputDir = join(root, 'demo-output')
if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm run build` first.')
  process.exit(1)
}
mkdirSync(outputDir, { recursive: true })

const clip = (text, width) => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width))
const rows = []
for (const name of readdirSync(examplesDir).sort()) {
  const dir = join(examplesDir, name)
  if (!existsSync(join(dir, 'meta.json'))) continue
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'))
  const output = join(outputDir, `${name}.json`)
  const args = [cli, 'analyze', '--logs-dir', join(dir, 'logs'), '--workspace', join(dir, 'repo'), '--workflow-run-id', String(meta.workflow_run_id), '--output', output]
  if (existsSync(join(dir, 'artifacts'))) args.push('--artifacts-dir', join(dir, 'artifacts'))
  execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] })
  const context = JSON.parse(readFileSync(output, 'utf8'))
  rows.push({ name, meta, context, output })
}

console.log('Autoheal analyze on the bundled example runs (no keys, no network)\n')
console.log(`${clip('example', 40)} ${clip('fix type', 13)} ${clip('confidence', 10)} ${clip('auto-fix', 8)} affected files`)
for (const { name, context } of rows) {
  console.log(
    `${clip(name, 40)} ${clip(context.fix_type, 13)} ${clip(context.confidence, 10)} ${clip(String(context.can_auto_fix), 8)} ${context.affected_files.join(', ')}`,
  )
}
console.log('')
for (const { name, meta, context, output } of rows) {
  const keyLine = context.failures[0] ? `${context.failures[0].nodeid}: ${context.failures[0].message}` : context.relevant_logs[0] ?? ''
  console.log(`${name} (${meta.tool}, run ${context.workflow_run_id})`)
  console.log(`  key log line : ${clip(keyLine, 150).trimEnd()}`)
  console.log(`  why          : ${context.reason}`)
  if (context.suggestions[0]) console.log(`  suggestion   : ${context.suggestions[0]}`)
  console.log(`  fingerprint  : ${context.fingerprint}    context: ${output.slice(root.length)}`)
  console.log('')
}

// The main job: a whole heal of two example runs by the built action, against local fakes.
console.log('Autoheal heal, end to end: the built action against a local fake GitHub and a fake Claude (no keys, no network)')
const tsx = join(root, 'node_modules/.bin/tsx')
const heal = spawnSync(tsx, [join(root, 'scripts/demo-heal.ts')], { stdio: 'inherit' })
process.exitCode = heal.status ?? 1
