import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { AutohealError, getErrorMessage } from './errors.js'

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

interface WorkflowRunEvent {
  workflow_run?: {
    id?: number
    conclusion?: string | null
    head_branch?: string
    repository?: { full_name?: string }
  }
  repository?: { full_name?: string }
}

async function readEvent(path: string | undefined): Promise<WorkflowRunEvent> {
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

export async function run(): Promise<void> {
  try {
    for (const key of ['anthropic-api-key', 'openai-api-key', 'push-token']) {
      const secret = core.getInput(key)
      if (secret) core.setSecret(secret)
    }
    const eventName = process.env.GITHUB_EVENT_NAME
    if (eventName !== 'workflow_run') {
      await skip('not-a-failure', `Autoheal heals failed runs: it runs on workflow_run events, and this is ${eventName ? `a ${eventName} event` : 'not a workflow_run event'}. Nothing to do.`)
      return
    }
    const event = await readEvent(process.env.GITHUB_EVENT_PATH)
    const workflowRun = event.workflow_run
    if (!workflowRun?.id) throw new AutohealError('The workflow_run event has no run id.', 'Run Autoheal from a workflow triggered by `on: workflow_run`.')
    if (workflowRun.conclusion !== 'failure') {
      await skip('not-a-failure', `Run ${workflowRun.id} ended '${workflowRun.conclusion ?? 'without a conclusion'}', not 'failure'. Nothing to heal.`)
      return
    }
    const mode = core.getInput('mode') || 'heal'
    const repository = event.repository?.full_name ?? process.env.GITHUB_REPOSITORY ?? ''
    const workspace = process.env.GITHUB_WORKSPACE
    const { analyzeFailedRun } = await import('./analyze-failed-run.js')
    const { analysisSummaryRows } = await import('./report/analysis-summary.js')
    const { context, contextPath } = await core.group('Collect and analyze', () =>
      analyzeFailedRun({
        token: core.getInput('github-token', { required: true }),
        apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
        repository,
        runId: workflowRun.id!,
        workDir: join(process.env.RUNNER_TEMP ?? resolve('.autoheal'), `autoheal-${workflowRun.id}`),
        ...(workspace ? { workspaceDir: resolve(workspace, core.getInput('working-directory') || '.') } : {}),
        log: { info: core.info, warning: (message) => core.warning(message) },
      }),
    )
    const annotated = new Set<string>()
    for (const failure of context.failures.slice(0, 50)) {
      const key = `${failure.file}:${failure.line}:${failure.message}`
      if (!failure.file || annotated.has(key) || annotated.size >= 10) continue
      annotated.add(key)
      core.warning(failure.message, { title: `Autoheal: ${failure.fix_type}`, file: failure.file, ...(failure.line ? { startLine: failure.line } : {}) })
    }
    const { uploadAuditTrail } = await import('./report/upload-audit-trail.js')
    const audit = await uploadAuditTrail(join(dirname(contextPath), 'audit'), { runId: workflowRun.id, context }, {
      hasRuntimeToken: Boolean(process.env.ACTIONS_RUNTIME_TOKEN),
      isEnterpriseServer: !/^https:\/\/(?:github\.com|[\w-]+\.ghe\.com)$/.test(process.env.GITHUB_SERVER_URL ?? 'https://github.com'),
    })
    if (audit.uploaded) core.info(`Uploaded the audit trail as the artifact ${audit.name}.`)
    else core.notice(`The audit trail (${audit.name}) stays in ${audit.directory}: ${audit.why}.`)
    if (mode !== 'analyze') {
      core.notice(`mode '${mode}': this version of Autoheal analyzes only; fixes and pull requests come in a later version.`)
    }
    setOutputs({
      outcome: 'analyzed',
      reason: context.can_auto_fix ? '' : context.fix_type === 'unknown' || context.fix_type === 'drift' ? 'not-fixable' : context.confidence === 'none' ? 'low-confidence' : 'excluded-type',
      'fix-type': context.fix_type,
      confidence: context.confidence,
      'can-auto-fix': String(context.can_auto_fix),
      'context-path': contextPath,
    })
    await writeSummary((summary) =>
      summary
        .addHeading('Autoheal: analysis', 2)
        .addTable([[{ data: '', header: true }, { data: `Run ${workflowRun.id}`, header: true }], ...analysisSummaryRows(context)]),
    )
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
