#!/usr/bin/env node
// `npm run verify-corpus`: for each auto-fixable corpus case with a reference fix, run the case's own
// `verify` command on a copy of its project before the fix (it must fail) and after applying the fix
// (it must pass), where the tool is installed on this machine. Not part of `npm test`: tool versions
// differ from machine to machine, and node cases install their devDependencies from the registry.
// usage: node scripts/verify-corpus.mjs [CASES_DIR] [--install]   (--install: npm install for node cases)
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const casesDir = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? join(root, '../shared/corpus/cases')
const install = process.argv.includes('--install')
const timeoutMs = 120_000

// The untrusted project's commands run without this process's secrets.
const cleanEnvironment = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', CI: 'true', PYTHONDONTWRITEBYTECODE: '1' }

function run(command, cwd) {
  const result = spawnSync('bash', ['-c', command], { cwd, env: cleanEnvironment, encoding: 'utf8', timeout: timeoutMs })
  return { code: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-3).join(' | ') }
}

/** The program a verify command needs: `npx eslint .` → eslint (from node_modules), `pytest -q` → pytest. */
function missingTool(verify, dir) {
  for (const part of verify.split(/&&|\|\|/).map((piece) => piece.trim())) {
    const words = part.split(/\s+/).filter((word) => word !== 'timeout' && !/^\d+$/.test(word))
    const [first, second] = words
    if (first === 'npx' || first === 'npm') {
      if (!existsSync(join(dir, 'node_modules'))) return 'node_modules (run with --install)'
      continue
    }
    const python = first === 'python' || first === 'python3'
    const module = python && second === '-m' ? words[2] : python ? undefined : first
    if (!module || module === 'pip') continue
    const probe = spawnSync('python3', ['-c', `import ${module}`], { encoding: 'utf8' })
    const onPath = spawnSync('bash', ['-c', `command -v ${first}`]).status === 0
    if (probe.status !== 0 && !onPath) return module
  }
  return undefined
}

const rows = []
for (const name of readdirSync(casesDir).sort()) {
  const dir = join(casesDir, name)
  if (!existsSync(join(dir, 'label.json')) || !existsSync(join(dir, 'fix.patch'))) continue
  const label = JSON.parse(readFileSync(join(dir, 'label.json'), 'utf8'))
  if (!label.can_auto_fix || !label.verify) continue
  const work = mkdtempSync(join(tmpdir(), `verify-${name}-`))
  try {
    cpSync(join(dir, 'repo'), work, { recursive: true })
    if (install && existsSync(join(work, 'package.json'))) {
      spawnSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: work, env: cleanEnvironment, stdio: 'ignore', timeout: 300_000 })
    }
    const missing = missingTool(label.verify, work)
    if (missing) {
      rows.push({ name, verify: label.verify, status: `skipped: ${missing} not installed` })
      continue
    }
    const before = run(label.verify, work)
    execFileSync('git', ['apply', join(dir, 'fix.patch')], { cwd: work })
    const after = run(label.verify, work)
    const ok = before.code !== 0 && after.code === 0
    rows.push({ name, verify: label.verify, status: ok ? 'ok: fails before, passes after' : `UNEXPECTED: before ${before.code}, after ${after.code} (${after.output})` })
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

for (const row of rows) console.log(`${row.name.padEnd(46)} ${row.verify.padEnd(44)} ${row.status}`)
const verified = rows.filter((row) => row.status.startsWith('ok')).length
const skipped = rows.filter((row) => row.status.startsWith('skipped')).length
console.log(`\nverify-corpus: ${verified} verified (fail before, pass after), ${rows.length - verified - skipped} unexpected, ${skipped} skipped (tool not installed) of ${rows.length} cases`)
