#!/usr/bin/env node
// `npm run bench`: the analyzer (the built CLI, as users run it) on a generated 200 MB job log, against
// `grep -cE` on the same file in the same run, plus the action's cold start outside GitHub Actions.
// A measurement, not a test: it exits 0 when a goal is missed and says so next to the figure.
import { spawn } from 'node:child_process'
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs'
import { constants, cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(root, 'dist')
const realLog = join(root, '../shared/corpus/cases/py-utcnow-deprecated-session-tokens/logs/test (3.12).txt')

const targetBytes = 200e6 // MB = 10^6 bytes throughout
const runs = 3 // analyzer and grep each; the figure is the median, the best is shown beside it
const startRuns = 10
const goals = { ratio: 0.5, rssMB: 150 }

for (const [path, remedy] of [
  [join(dist, 'cli/index.js'), 'run `npm run build` first'],
  [join(dist, 'index.js'), 'run `npm run build` first'],
  [realLog, 'the bench builds its log from the shared corpus'],
]) {
  if (!existsSync(path)) {
    console.error(`${path} is missing: ${remedy}.`)
    process.exit(1)
  }
}

async function main() {
  console.log(`Autoheal bench: Node ${process.version}, ${process.platform} ${process.arch}, ${cpus().length} CPUs`)
  // A snapshot of the build (self-contained bundles): a rebuild during the bench cannot break it halfway.
  cpSync(dist, join(work, 'dist'), { recursive: true })
  const cli = join(work, 'dist/cli/index.js')
  const action = join(work, 'dist/index.js')
  const logsDir = join(work, 'logs')
  mkdirSync(logsDir)
  const logPath = join(logsDir, 'test (3.12).txt') // the job name comes from the file name, as in the corpus
  const started = now()
  const { bytes, lines } = writeBenchLog(logPath)
  console.log(`log: ${mb(bytes)} MB, ${lines.toLocaleString('en')} lines, written in ${(elapsed(started) / 1000).toFixed(1)} s`)

  // Interleaved, so that both tools see the same page cache and machine load.
  const analyzer = []
  const grep = []
  let grepCount
  const output = join(work, 'failure_context.json')
  for (let i = 0; i < runs; i++) {
    analyzer.push(await runAnalyzer(cli, logsDir, output))
    const result = await timed('grep', ['-cE', '(error|Error|FAILED)', logPath]) // in the caller's locale, as typed
    if (result.code !== 0 && result.code !== 1) throw new Error(`grep exited with ${result.code}: ${result.stderr}`)
    grepCount = Number(result.stdout.trim())
    grep.push(result.ms)
  }
  // The CLI's fixed cost (node start, module load, writing the context) on a one-line log, measured
  // beside the big runs: what remains of a big run is the analysis itself.
  const tinyLogsDir = join(work, 'tiny-logs')
  mkdirSync(tinyLogsDir)
  writeFileSync(join(tinyLogsDir, 'test.txt'), 'FAILED tests/test_a.py::test_a - assert 1 == 2\n')
  const startUp = []
  for (let i = 0; i < runs; i++) startUp.push((await runAnalyzer(cli, tinyLogsDir, join(work, 'tiny.json'))).ms)
  const context = JSON.parse(readFileSync(output, 'utf8'))
  const found = context.fix_type === 'warning' && context.affected_files.includes('tokenstore/tokens.py')

  const actionStart = []
  const nodeStart = []
  let noticeSeen = true
  let actionOutput = ''
  // No GITHUB_EVENT_NAME: the action must skip. GITHUB_OUTPUT is an existing file, as on a runner (core
  // throws when it is missing), so that setOutput writes there instead of printing `::set-output`.
  const githubOutput = join(work, 'github_output')
  writeFileSync(githubOutput, '')
  for (let i = 0; i < startRuns; i++) {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_OUTPUT: githubOutput }
    const result = await timed(process.execPath, [action], { env })
    if (!(result.code === 0 && result.stdout.includes('not a workflow_run event'))) {
      noticeSeen = false
      actionOutput = `exit code ${result.code}\n${result.stdout}${result.stderr}`
    }
    actionStart.push(result.ms)
    nodeStart.push((await timed(process.execPath, ['-e', '0'])).ms)
  }

  const analyzerMs = analyzer.map((run) => run.ms)
  const analyzerMBps = bytes / 1e6 / (median(analyzerMs) / 1000)
  const grepMBps = bytes / 1e6 / (median(grep) / 1000)
  const ratio = analyzerMBps / grepMBps
  const scanMBps = bytes / 1e6 / ((median(analyzerMs) - median(startUp)) / 1000)
  const rssMB = (Math.max(...analyzer.map((run) => run.maxRssKB)) * 1024) / 1e6 // ru_maxrss counts KiB
  const verdict = (ok) => (ok ? 'ok' : 'goal missed')

  console.log(`grep counted ${grepCount} matching lines (1 in ${Math.round(lines / Math.max(grepCount, 1))})`)
  console.log(`analyzer said: ${analyzer.at(-1).stdout.trim()}`)
  console.log()
  const rows = [
    ['', `median of ${runs}`, 'best', 'goal', ''],
    ['analyzer', `${analyzerMBps.toFixed(0)} MB/s`, `${(bytes / 1e3 / Math.min(...analyzerMs)).toFixed(0)} MB/s`, '', ''],
    ['analyzer without its start-up', `${scanMBps.toFixed(0)} MB/s`, '', '', `start-up ${median(startUp).toFixed(0)} ms`],
    ['grep -cE', `${grepMBps.toFixed(0)} MB/s`, `${(bytes / 1e3 / Math.min(...grep)).toFixed(0)} MB/s`, '', ''],
    ['analyzer / grep', ratio.toFixed(2), '', `≥ ${goals.ratio}`, verdict(ratio >= goals.ratio)],
    ['analyzer without start-up / grep', (scanMBps / grepMBps).toFixed(2), '', '', ''],
    [`analyzer peak RSS (worst of ${runs})`, `${rssMB.toFixed(0)} MB (${((rssMB * 1e6) / 2 ** 20).toFixed(0)} MiB)`, '', `< ${goals.rssMB} MB`, verdict(rssMB < goals.rssMB)],
    ['failure found', found ? 'yes' : 'NO', '', 'warning, tokenstore/tokens.py', found ? 'ok' : 'WRONG'],
    [`action cold start (of ${startRuns})`, `${median(actionStart).toFixed(0)} ms`, `${Math.min(...actionStart).toFixed(0)} ms`, '', noticeSeen ? 'notice ok' : 'NO NOTICE'],
    [`node -e 0 (of ${startRuns})`, `${median(nodeStart).toFixed(0)} ms`, `${Math.min(...nodeStart).toFixed(0)} ms`, '', ''],
  ]
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
  for (const row of rows) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('   ').trimEnd())
  console.log('(MB/s from wall time of the whole process, node start included)')
  if (!found) {
    console.log(`\n!!! The analyzer missed the failure: fix_type ${context.fix_type}, affected_files [${context.affected_files.join(', ')}]`)
  }
  if (!noticeSeen) console.log(`\n!!! dist/index.js did not exit 0 with a 'not a workflow_run event' notice:\n${actionOutput}`)

  // A whole heal by the built action against the local fakes, minus the fake model's own delay.
  const heals = []
  for (let i = 0; i < 3; i++) {
    const demo = await timed(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/demo-heal.ts'), '--json'])
    if (demo.code !== 0) throw new Error(`the demo heal failed:\n${demo.stderr}`)
    const fixed = JSON.parse(demo.stdout.trim().split('\n').at(-1)).find((entry) => entry.outcome === 'pr')
    heals.push(fixed.actionMs - fixed.modelMs)
  }
  console.log(`heal without the model (a draft PR opened by dist/index.js against the local fakes, median of ${heals.length}): ${median(heals).toFixed(0)} ms (goal < 5000 ms)`)

  // What verify-command and the lint tools pay before their command runs.
  const sandbox = await timed(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/bench-sandbox.ts')])
  if (sandbox.code !== 0) throw new Error(`the sandbox bench failed:\n${sandbox.stderr}`)
  const sandboxFigures = JSON.parse(sandbox.stdout.trim().split('\n').at(-1))
  console.log(`scratch copy for verify (${sandboxFigures.source_files} source files, ${sandboxFigures.source_mb} MB; ${sandboxFigures.installed_files_linked} installed files linked): ${sandboxFigures.scratch_copy_ms} ms; a scrubbed command starts in ${sandboxFigures.untrusted_start_ms} ms`)

  const round = (value, digits = 1) => Number(value.toFixed(digits))
  const summary = {
    log_mb: round(bytes / 1e6),
    analyzer_mb_s: round(analyzerMBps),
    grep_mb_s: round(grepMBps),
    ratio: round(ratio, 3),
    analyzer_without_startup_mb_s: round(scanMBps),
    cli_startup_ms: round(median(startUp)),
    peak_rss_mb: round(rssMB),
    failure_found: found,
    fix_type: context.fix_type,
    affected_files: context.affected_files,
    cold_start_ms: round(median(actionStart)),
    cold_start_best_ms: round(Math.min(...actionStart)),
    node_start_ms: round(median(nodeStart)),
    notice_seen: noticeSeen,
    heal_without_model_ms: round(median(heals)),
    scratch_copy_ms: sandboxFigures.scratch_copy_ms,
    untrusted_start_ms: sandboxFigures.untrusted_start_ms,
    runs,
    statistic: 'median',
  }
  console.log(`\nbench: ${JSON.stringify(summary)}`)
}

// ---------------------------------------------------------------------------------------------
// Measuring

const now = () => process.hrtime.bigint()
const elapsed = (since) => Number(now() - since) / 1e6
const mb = (bytes) => (bytes / 1e6).toFixed(1)
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** Runs a command to its end; wall time in ms, exit code and output. */
function timed(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const start = now()
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ ms: elapsed(start), code, stdout, stderr }))
  })
}

// Node cannot read a child's rusage, and /usr/bin/time is not everywhere: a preload in the child
// reports its own peak RSS (getrusage's ru_maxrss, in KB, a high-water mark) as it exits.
const rssMarker = 'autoheal-bench-maxrss-kb='
const rssPreload = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\n${rssMarker}"+process.resourceUsage().maxRSS+"\\n"))`

async function runAnalyzer(cli, logsDir, output) {
  const result = await timed(process.execPath, ['--import', rssPreload, cli, 'analyze', '--logs-dir', logsDir, '--output', output])
  if (result.code !== 0) throw new Error(`the analyzer exited with ${result.code}:\n${result.stderr}`)
  const maxRssKB = Number(result.stderr.split(rssMarker)[1]?.trim())
  if (!(maxRssKB > 0)) throw new Error(`no peak RSS from the analyzer's child process:\n${result.stderr}`)
  return { ...result, maxRssKB }
}

// ---------------------------------------------------------------------------------------------
// The log: the real job log of a failed pytest run (runner header, checkout, setup-python, pip
// install, the failing step, upload-artifact, post-job cleanup) with ~200 MB of realistic noise
// around it: more pip output, an `npm ci` step, and a long `pytest` progress in the failing step,
// whose real failure output comes last, just before the runner's `##[error]` line.

/** Deterministic pseudo-random numbers (an LCG), so every run writes the same log. */
let seed = 42
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
const pick = (items) => items[Math.floor(random() * items.length)]

const packages = ['requests', 'urllib3', 'certifi', 'idna', 'charset-normalizer', 'attrs', 'cryptography', 'cffi', 'pycparser', 'redis', 'sqlalchemy', 'greenlet', 'typing-extensions', 'pydantic', 'pydantic-core', 'annotated-types', 'aiohttp', 'multidict', 'yarl', 'frozenlist']
const npmDeprecations = [
  'glob@7.2.3: Glob versions prior to v9 are no longer supported',
  'rimraf@3.0.2: Rimraf versions prior to v4 are no longer supported',
  'inflight@1.0.6: This module is not supported, and leaks memory. Do not use it. Check out lru-cache if you want a good and tested way to coalesce async requests by a key value, which is much more comprehensive and powerful.',
  "abab@2.0.6: Use your platform's native atob() and btoa() methods instead",
  "domexception@4.0.0: Use your platform's native DOMException instead",
  'sourcemap-codec@1.4.8: Please use @jridgewell/sourcemap-codec instead',
]
const modules = ['test_tokens', 'test_store', 'test_server', 'test_cache', 'test_rotation', 'test_sessions', 'test_cli', 'test_models']
const verbs = ['issue', 'revoke', 'refresh', 'lookup', 'expire', 'rotate', 'serialize', 'roundtrip']
const version = () => `${1 + Math.floor(random() * 9)}.${Math.floor(random() * 30)}.${Math.floor(random() * 12)}`

function pipLine() {
  const name = pick(packages)
  const r = random()
  if (r < 0.0005) return `  error: subprocess-exited-with-error is not fatal here; retrying ${name} from the wheel cache`
  if (r < 0.3) return `Collecting ${name}>=${version()}`
  if (r < 0.55) return `  Downloading ${name}-${version()}-py3-none-any.whl.metadata (${(random() * 9).toFixed(1)} kB)`
  if (r < 0.75) return `  Using cached ${name}-${version()}-py3-none-any.whl (${Math.floor(random() * 900)} kB)`
  return `Requirement already satisfied: ${name}>=${version()} in /opt/hostedtoolcache/Python/3.12.1/x64/lib/python3.12/site-packages (from -r requirements.txt (line ${Math.floor(random() * 40)})) (${version()})`
}

function npmLine() {
  const r = random()
  if (r < 0.0005) return 'npm warn deprecated @types/error-stack-parser@2.0.0: This is a stub types definition. error-stack-parser provides its own type definitions, so you do not need this installed.'
  if (r < 0.2) return `npm warn deprecated ${pick(npmDeprecations)}`
  const name = pick(packages)
  return `npm http fetch GET 200 https://registry.npmjs.org/${name}/-/${name}-${version()}.tgz ${Math.floor(random() * 300)}ms (cache hit)`
}

function testLines(percent) {
  const test = `tests/${pick(modules)}.py::test_${pick(verbs)}_${pick(verbs)}[case${Math.floor(random() * 500)}]`
  const progress = `[${String(percent).padStart(3)}%]`
  const result = (text) => `${text.padEnd(80 - progress.length - 1)} ${progress}` // pytest's 80 columns
  const r = random()
  // About 1 line in 2,000 has error/warning words inside passing output, as live logs do.
  if (r < 0.0012) {
    const message =
      r < 0.0006
        ? 'INFO     tokenstore.server:server.py:88 Error handling request from 10.1.0.4: client closed the connection'
        : 'WARNING  tokenstore.rotation:rotation.py:41 key age 29d: warning threshold is 30d'
    return [`${test} `, '-------------------------------- live log call ---------------------------------', message, result('PASSED')]
  }
  return [result(`${test} ${r < 0.01 ? 'SKIPPED (needs redis)' : 'PASSED'}`)]
}

/** Writes the log in big buffers; returns its size and line count. */
function writeBenchLog(path) {
  const real = readFileSync(realLog, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.replace(/^\S+Z /, '')) // restamped below, so that time only moves forward
  const pipDone = real.findIndex((line) => line.startsWith('Installing collected packages'))
  const testStep = real.findIndex((line) => line.startsWith('##[group]Run pytest'))
  const testOutput = real.indexOf('##[endgroup]', testStep) + 1
  const errorLine = real.findIndex((line) => line.startsWith('##[error]Process completed'))
  if (pipDone === -1 || testStep === -1 || testOutput === 0 || errorLine === -1) throw new Error(`${realLog} is not the log the bench expects`)

  const fd = openSync(path, 'w')
  // Lines go straight into one reused 8 MiB buffer: holding them as strings until a write made
  // the generation mostly garbage collection.
  const block = Buffer.allocUnsafe(8 * 1024 * 1024)
  let used = 0
  let bytes = 0
  let lines = 0
  let second = -1
  let secondPrefix = ''
  let ticks = Date.UTC(2026, 10, 25, 13, 13, 31) * 1e4 // 100 ns units, like the runner's 7 fraction digits
  const flush = () => {
    writeSync(fd, block, 0, used)
    used = 0
  }
  const emit = (text) => {
    ticks += 3000 + Math.floor(random() * 20000) // 0.3 to 2.3 ms a line
    if (Math.floor(ticks / 1e7) !== second) {
      second = Math.floor(ticks / 1e7)
      secondPrefix = new Date(second * 1000).toISOString().slice(0, 20) // 2026-11-25T13:13:31.
    }
    if (block.length - used < 64 * 1024) flush() // no line here comes near 64 KiB
    const written = block.write(`${secondPrefix}${String(ticks % 1e7).padStart(7, '0')}Z ${text}\n`, used)
    used += written
    bytes += written
    lines++
  }
  const emitUntil = (limit, makeLines) => {
    while (bytes < limit) for (const line of [makeLines()].flat()) emit(line)
  }

  try {
    real.slice(0, pipDone).forEach(emit) // runner header, checkout, setup-python, pip's first lines
    emitUntil(0.05 * targetBytes, pipLine)
    real.slice(pipDone, testStep).forEach(emit)
    ;['##[group]Run npm ci --loglevel=http', 'npm ci --loglevel=http', 'shell: /usr/bin/bash -e {0}', '##[endgroup]'].forEach(emit)
    emitUntil(0.1 * targetBytes, npmLine)
    ;['', 'added 1432 packages, and audited 1433 packages in 41s', '', 'found 0 vulnerabilities'].forEach(emit)
    real.slice(testStep, testOutput).forEach(emit)
    // Leave room for the real failure and what follows it, so the total still reaches the target.
    const tailBytes = real.slice(testOutput).reduce((sum, line) => sum + line.length + 30, 0)
    const testStart = bytes
    const testEnd = targetBytes - tailBytes
    emitUntil(testEnd, () => testLines(Math.min(99, Math.floor(((bytes - testStart) / (testEnd - testStart)) * 100))))
    real.slice(testOutput).forEach(emit) // FAILURES, the summary, ##[error], upload-artifact, post-job cleanup
    flush()
  } finally {
    closeSync(fd)
  }
  return { bytes, lines }
}

// ---------------------------------------------------------------------------------------------
// Last, once every helper above is initialized.

const work = mkdtempSync(join(tmpdir(), 'autoheal-bench-'))
const cleanUp = () => rmSync(work, { recursive: true, force: true })
// Ctrl-C skips `finally`: without this a 200 MB file would stay behind in the temp dir.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanUp()
    process.exit(128 + constants.signals[signal])
  })
}
try {
  await main()
} finally {
  cleanUp()
}
