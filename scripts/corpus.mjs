#!/usr/bin/env node
// `npm run corpus`: the analyzer (the built CLI, as users run it) on every case of the development
// corpus, scored against each case's label.json. usage: node scripts/corpus.mjs [CASES_DIR]
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'dist/cli/index.js')
const casesDir = process.argv[2] ?? join(root, '../shared/corpus/cases')
if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm run build` first.')
  process.exit(1)
}
if (!existsSync(casesDir)) {
  console.error(`No corpus at ${casesDir}: pass the folder of cases as the first argument.`)
  process.exit(1)
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'))
const share = (found, wanted) => (wanted.length === 0 ? 1 : wanted.filter((item) => found.includes(item)).length / wanted.length)
const percent = (value) => `${(value * 100).toFixed(1)}%`

const work = mkdtempSync(join(tmpdir(), 'autoheal-corpus-'))
const rows = []
try {
  for (const name of readdirSync(casesDir).sort()) {
    const dir = join(casesDir, name)
    if (!existsSync(join(dir, 'label.json'))) continue
    const label = readJson(join(dir, 'label.json'))
    const meta = existsSync(join(dir, 'meta.json')) ? readJson(join(dir, 'meta.json')) : {}
    const output = join(work, `${name}.json`)
    const args = [cli, 'analyze', '--logs-dir', join(dir, 'logs'), '--workspace', join(dir, 'repo'), '--output', output]
    if (existsSync(join(dir, 'artifacts'))) args.push('--artifacts-dir', join(dir, 'artifacts'))
    if (meta.workflow_run_id) args.push('--workflow-run-id', String(meta.workflow_run_id))
    let context
    let error
    const started = process.hrtime.bigint()
    try {
      execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] })
      context = readJson(output)
    } catch (failure) {
      error = String(failure.stderr ?? failure.message).trim().split('\n').at(-1)
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    const tests = (context?.failures ?? []).filter((failure) => failure.kind === 'test').map((failure) => failure.nodeid)
    rows.push({
      name,
      expected: label.fix_type,
      got: context?.fix_type ?? `error: ${error}`,
      confidence: context?.confidence ?? '-',
      typeOk: context?.fix_type === label.fix_type,
      secondaryOk: (label.secondary_types ?? []).every((type) => context?.secondary_types.includes(type)),
      falseAutoFix: context?.can_auto_fix === true && label.can_auto_fix === false,
      fileRecall: share(context?.affected_files ?? [], label.affected_files ?? []),
      extraFiles: (context?.affected_files ?? []).filter((file) => !(label.affected_files ?? []).includes(file)),
      testRecall: share(tests, label.failing_tests ?? []),
      ms,
    })
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}

const pad = (text, width) => String(text).padEnd(width)
console.log(`${pad('case', 48)} ${pad('expected', 13)} ${pad('got', 13)} ${pad('confidence', 10)} files  tests  ms`)
for (const row of rows) {
  const mark = row.typeOk && row.secondaryOk && row.fileRecall === 1 && row.testRecall === 1 && !row.falseAutoFix ? ' ' : '✗'
  console.log(
    `${mark}${pad(row.name, 47)} ${pad(row.expected, 13)} ${pad(row.got, 13)} ${pad(row.confidence, 10)} ` +
      `${pad(percent(row.fileRecall), 6)} ${pad(percent(row.testRecall), 6)} ${row.ms.toFixed(0)}` +
      (row.extraFiles.length > 0 ? `  (+ ${row.extraFiles.join(', ')})` : ''),
  )
}
const mean = (pick) => rows.reduce((sum, row) => sum + pick(row), 0) / rows.length
const summary = {
  cases: rows.length,
  typeAccuracy: mean((row) => (row.typeOk ? 1 : 0)),
  secondaryTypes: mean((row) => (row.secondaryOk ? 1 : 0)),
  affectedFileRecall: mean((row) => row.fileRecall),
  failingTestRecall: mean((row) => row.testRecall),
  falseCanAutoFix: rows.filter((row) => row.falseAutoFix).length,
}
console.log(
  `\n${summary.cases} cases: type accuracy ${percent(summary.typeAccuracy)} (goal ≥ 95%), ` +
    `affected-file recall ${percent(summary.affectedFileRecall)} (goal ≥ 95%), ` +
    `failing-test recall ${percent(summary.failingTestRecall)}, secondary types ${percent(summary.secondaryTypes)}, ` +
    `can_auto_fix true on drift/unknown: ${summary.falseCanAutoFix} (goal 0)`,
)
console.log(`corpus: ${JSON.stringify(summary)}`)
