import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { AutohealError, getErrorMessage } from './errors.js'
import type { WorkflowRunEvent } from './heal/heal-run.js'

/**
 * The action's entry: the only place that reads inputs and the runner's environment, writes
 * outputs and the job summary, and fails the step. Heavy modules (Octokit, the analyzer) load
 * only on the paths that need them, so a skipped event exits at once.
 */

const outputNames = ['outcome', 'reason', 'fix-type', 'confidence', 'can-auto-fix', 'pr-url', 'pr-number', 'issue-url', 'input-tokens', 'output-tokens', 'cost-usd', 'context-path'] as const
type Outputs = Partial<Record<(typeof outputNames)[number], string>>

function setOutputs(outputs: Outputs): void {
  for (const name of outputNames) {
    const value = outputs[name] ?? ''
    core.setOutput(name, value)
    if (value) core.info(`${name} = ${value}`)
  }
}

async function readEvent(path: string | undefined): Promise<WorkflowRunEvent> {
  // A type-only import: the event's shape, without loading the pipeline on the skip path.
  if (!path) return {}
  return JSON.parse(await readFile(path, 'utf8')) as WorkflowRunEvent
}

/** The job summary, where the runner offers one (outside Actions there is none: the log says it all). */
async function writeSummary(build: (summary: typeof core.summary) => typeof core.summary): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await build(core.summary.emptyBuffer()).write()
}

async function skip(reason: string, message: string): Promise<void> {
  core.notice(message)
  setOutputs({ outcome: 'skipped', reason })
  await writeSummary((summary) => summary.addHeading('Autoheal', 2).addRaw(`Skipped: ${message}`, true))
}

/** A company gateway for the provider, from the variable its SDK documents. */
function modelBaseUrl(provider: string): { modelBaseUrl?: string } {
  const value = process.env[provider === 'openai' ? 'OPENAI_BASE_URL' : 'ANTHROPIC_BASE_URL']
  return value ? { modelBaseUrl: value } : {}
}

/** `mode: remind` or `mode: metrics`: the repository's auto-fix PRs and ledger, no failed run, no model. */
async function runScheduledMode(): Promise<void> {
  const { readActionSettings } = await import('./config/action-settings.js')
  const settings = readActionSettings((name) => core.getInput(name))
  const event = await readEvent(process.env.GITHUB_EVENT_PATH)
  const repository = event.repository?.full_name ?? process.env.GITHUB_REPOSITORY
  if (!repository) throw new AutohealError('No repository: the event names none and GITHUB_REPOSITORY is not set.', 'Run Autoheal as a step of a GitHub Actions job.')
  const common = {
    githubToken: settings.githubToken,
    apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
    repository,
    now: new Date(),
    log: { info: core.info, warning: (message: string) => core.warning(message), notice: (message: string) => core.notice(message) },
  }
  const report = settings.mode === 'remind'
    ? await (await import('./remind/run-remind.js')).runRemind(common)
    : await (await import('./metrics/run-metrics.js')).runMetrics({
        ...common,
        outputDir: process.env.RUNNER_TEMP ?? resolve('.autoheal'),
        upload: {
          hasRuntimeToken: Boolean(process.env.ACTIONS_RUNTIME_TOKEN),
          isEnterpriseServer: !/^https:\/\/(?:github\.com|[\w-]+\.ghe\.com)$/.test(process.env.GITHUB_SERVER_URL ?? 'https://github.com'),
        },
      })
  setOutputs({ outcome: report.outcome, reason: report.reason })
  await writeSummary((summary) => summary.addRaw(report.summary, true))
  if (report.failure) core.setFailed(`${report.failure.message} ${report.failure.remedy}`)
  else core.info(report.message)
}

export async function run(): Promise<void> {
  try {
    for (const key of ['anthropic-api-key', 'openai-api-key', 'push-token', 'github-token']) {
      const secret = core.getInput(key)
      if (!secret) continue
      core.setSecret(secret)
      // git sends the token as basic credentials: the runner knows only the raw form.
      core.setSecret(Buffer.from(`x-access-token:${secret}`).toString('base64'))
    }
    // remind and metrics run from `schedule` or `workflow_dispatch`: decided before the event check.
    const requestedMode = core.getInput('mode').trim()
    if (requestedMode === 'remind' || requestedMode === 'metrics') {
      await runScheduledMode()
      return
    }
    const eventName = process.env.GITHUB_EVENT_NAME
    if (eventName !== 'workflow_run') {
      await skip('not-a-failure', `Autoheal heals failed runs: it runs on workflow_run events, and this is ${eventName ? `a ${eventName} event` : 'not a workflow_run event'}. Nothing to do.`)
      return
    }
    const { readActionSettings } = await import('./config/action-settings.js')
    const settings = readActionSettings((name) => core.getInput(name))
    const event = await readEvent(process.env.GITHUB_EVENT_PATH)
    const runId = event.workflow_run?.id
    if (!runId) throw new AutohealError('The workflow_run event has no run id.', 'Run Autoheal from a workflow triggered by `on: workflow_run`.')
    const repository = event.repository?.full_name ?? process.env.GITHUB_REPOSITORY ?? ''
    const checkoutDir = resolve(process.env.GITHUB_WORKSPACE ?? '.')
    const { healRun } = await import('./heal/heal-run.js')
    const result = await healRun({
      settings,
      event,
      repository,
      apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
      serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
      checkoutDir,
      workDir: join(process.env.RUNNER_TEMP ?? resolve('.autoheal'), `autoheal-${runId}`),
      gitEnvironment: process.env,
      ...modelBaseUrl(settings.provider),
      now: () => new Date(),
      log: { info: core.info, warning: (message) => core.warning(message), notice: (message) => core.notice(message) },
    })
    const { context, contextPath } = result
    if (context) {
      const annotated = new Set<string>()
      for (const failure of context.failures.slice(0, 50)) {
        const key = `${failure.file}:${failure.line}:${failure.message}`
        if (!failure.file || annotated.has(key) || annotated.size >= 10) continue
        annotated.add(key)
        core.warning(failure.message, { title: `Autoheal: ${failure.fix_type}`, file: failure.file, ...(failure.line ? { startLine: failure.line } : {}) })
      }
    }
    if (context && contextPath) {
      const { uploadAuditTrail } = await import('./report/upload-audit-trail.js')
      const audit = await uploadAuditTrail(
        join(dirname(contextPath), 'audit'),
        { runId, context, ...(result.prompt ? { prompt: result.prompt } : {}), ...(result.answers ? { answers: result.answers } : {}), ...(result.patch ? { patch: result.patch } : {}) },
        {
          hasRuntimeToken: Boolean(process.env.ACTIONS_RUNTIME_TOKEN),
          isEnterpriseServer: !/^https:\/\/(?:github\.com|[\w-]+\.ghe\.com)$/.test(process.env.GITHUB_SERVER_URL ?? 'https://github.com'),
        },
      )
      if (audit.uploaded) core.info(`Uploaded the audit trail as the artifact ${audit.name}.`)
      else core.notice(`The audit trail (${audit.name}) stays in ${audit.directory}: ${audit.why}.`)
    }
    if (result.outcome === 'skipped') core.notice(result.message)
    setOutputs({
      outcome: result.outcome,
      reason: result.reason,
      ...(context ? { 'fix-type': context.fix_type, confidence: context.confidence, 'can-auto-fix': String(context.can_auto_fix) } : {}),
      ...(contextPath ? { 'context-path': contextPath } : {}),
      ...(result.prUrl ? { 'pr-url': result.prUrl, 'pr-number': String(result.prNumber) } : {}),
      ...(result.issueUrl ? { 'issue-url': result.issueUrl } : {}),
      ...(result.call
        ? { 'input-tokens': String(result.call.usage.inputTokens), 'output-tokens': String(result.call.usage.outputTokens), 'cost-usd': result.call.costUsd.toFixed(6) }
        : {}),
    })
    const { analysisSummaryRows } = await import('./report/analysis-summary.js')
    const heading = { pr: 'a draft pull request', issue: 'a ticket', comment: 'a comment', skipped: 'skipped', analyzed: 'analysis', error: 'stopped' }[result.outcome]
    await writeSummary((summary) =>
      summary
        .addHeading(`Autoheal: ${heading}`, 2)
        .addRaw(`**${result.outcome}**${result.reason ? ` (\`${result.reason}\`)` : ''}: ${result.message}`, true)
        .addTable([[{ data: 'Step', header: true }, { data: 'Result', header: true }], ...result.steps])
        .addTable(context ? [[{ data: '', header: true }, { data: `Run ${runId}`, header: true }], ...analysisSummaryRows(context)] : []),
    )
    if (result.outcome === 'error') core.setFailed(result.message)
  } catch (error) {
    const message = getErrorMessage(error)
    const remedy = error instanceof AutohealError ? error.remedy : 'A bug in Autoheal: please report it with this log.'
    try {
      setOutputs({ outcome: 'error', reason: error instanceof Error && error.name === 'GitHubApiError' ? 'github-error' : '' })
      await writeSummary((summary) => summary.addHeading('Autoheal stopped', 2).addRaw(`${message}\n\n${remedy}`, true))
    } catch (reportError) {
      // The runner's output or summary file is unusable: the failure below still reaches the log.
      core.warning(`Could not write outputs or the summary: ${getErrorMessage(reportError)}`)
    }
    if (error instanceof AutohealError && !error.failsStep) core.notice(message)
    else core.setFailed(`${message} ${remedy}`)
  }
}
