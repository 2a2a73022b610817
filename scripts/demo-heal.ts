// The main job on bundled example data, no keys and no network: a failed run from examples/ goes
// through the built action (dist/index.js) against a local fake GitHub (a real git repository behind
// it) and a local fake Claude that answers with the example's reference fix. Prints what the
// action opened. Run by `npm run demo` through tsx (it reuses the test suite's fakes).
// usage: tsx scripts/demo-heal.ts [--json]   (--json: timings only, for npm run bench)
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { startFakeAnthropic, type FakeAnthropicAnswer } from '../test/fakes/fake-anthropic.js'
import { gitEnvironment } from '../test/fakes/fake-git-repository.js'
import { startFakeGitHub } from '../test/fakes/fake-github.js'
import { patchFileToAnswer } from '../test/support/patch-to-edits.js'

const run = promisify(execFile)
const root = fileURLToPath(new URL('..', import.meta.url))
const action = join(root, 'dist/index.js')
const asJson = process.argv.includes('--json')

interface DemoRun {
  example: string
  outputs: Record<string, string>
  actionMs: number
  modelMs: number
  opened: { kind: string; title: string; url: string; body: string }[]
}

async function healExample(example: string, answerDelayMs: number): Promise<DemoRun> {
  const caseDir = join(root, 'examples', example)
  const work = await mkdtemp(join(tmpdir(), 'autoheal-demo-'))
  const github = await startFakeGitHub({ caseDir })
  const reference = join(caseDir, 'fix.patch')
  const answers: FakeAnthropicAnswer[] = existsSync(reference)
    ? [{ json: patchFileToAnswer(reference, join(caseDir, 'repo')), usage: { input_tokens: 2350, output_tokens: 420 }, delayMs: answerDelayMs }]
    : []
  const model = await startFakeAnthropic({ answers })
  try {
    const workspace = join(work, 'workspace')
    const basic = Buffer.from(`x-access-token:${github.token}`).toString('base64')
    await run('git', ['-c', `http.extraheader=AUTHORIZATION: basic ${basic}`, 'clone', '-q', github.gitUrl, workspace], { env: gitEnvironment() })
    await run('git', ['config', 'http.extraheader', `AUTHORIZATION: basic ${basic}`], { cwd: workspace })
    const headSha = (await run('git', ['rev-parse', 'HEAD'], { cwd: workspace })).stdout.trim()
    const event = join(work, 'event.json')
    const output = join(work, 'output')
    await writeFile(event, JSON.stringify({
      workflow_run: { id: github.runId, name: 'CI', event: 'push', conclusion: 'failure', head_branch: 'main', head_sha: headSha, head_commit: { message: 'Update' }, head_repository: { full_name: github.repository }, pull_requests: [] },
      repository: { full_name: github.repository },
    }))
    await writeFile(output, '')
    const started = performance.now()
    await run(process.execPath, [action], {
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: work,
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'workflow_run',
        GITHUB_EVENT_PATH: event,
        GITHUB_OUTPUT: output,
        GITHUB_WORKSPACE: workspace,
        GITHUB_REPOSITORY: github.repository,
        GITHUB_API_URL: github.url,
        RUNNER_TEMP: join(work, 'runner-temp'),
        ANTHROPIC_BASE_URL: model.url,
        'INPUT_GITHUB-TOKEN': github.token,
        'INPUT_ANTHROPIC-API-KEY': 'sk-ant-demo-key-not-a-real-one',
        // The demo's examples fail on main: heal it as the repository's own choice.
        'INPUT_HEAL-PROTECTED-BRANCHES': 'true',
      },
    }).catch((error: { stdout: string }) => {
      if (!asJson) process.stdout.write(error.stdout)
    })
    const actionMs = performance.now() - started
    const outputs: Record<string, string> = {}
    for (const match of (await readFile(output, 'utf8')).matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!
    const opened = github.state.items.map((item) => ({
      kind: item.isPullRequest ? `draft PR #${item.number} (${item.head} → ${item.base})` : `issue #${item.number} [${item.labels.join(', ')}]`,
      title: item.title,
      url: `${github.url}/repos/${github.repository}/issues/${item.number}`,
      body: item.body,
    }))
    return { example, outputs, actionMs, modelMs: model.requests.length > 0 ? answerDelayMs : 0, opened }
  } finally {
    await model.close()
    await github.close()
    await rm(work, { recursive: true, force: true })
  }
}

// A fix by the model, a fix by the repository's own prettier (on PATH through node_modules/.bin, as
// after `npm ci` in a job), and a ticket.
const examples = ['py-utcnow-deprecated-session-tokens', 'prettier-check-ts-utils', 'py-perf-budget-catalog-dedupe']
const modelDelayMs = 1500 // as if the model took 1.5 s to answer: the bench subtracts it
const runs: DemoRun[] = []
for (const example of examples) runs.push(await healExample(example, modelDelayMs))

if (asJson) {
  console.log(JSON.stringify(runs.map(({ example, outputs, actionMs, modelMs }) => ({ example, outcome: outputs.outcome, actionMs, modelMs }))))
} else {
  for (const demo of runs) {
    console.log(`\n=== Heal of ${demo.example}: outcome ${demo.outputs.outcome} (${demo.outputs.reason || 'no reason'}), ${demo.outputs['fix-type']}, ${(demo.actionMs / 1000).toFixed(1)} s (the model's ${(demo.modelMs / 1000).toFixed(1)} s included)`)
    if (demo.outputs['cost-usd']) console.log(`tokens ${demo.outputs['input-tokens']} in + ${demo.outputs['output-tokens']} out, $${Number(demo.outputs['cost-usd']).toFixed(4)}`)
    for (const item of demo.opened) {
      console.log(`\n--- ${item.kind}: ${item.title}\n`)
      console.log(item.body)
    }
  }
}
