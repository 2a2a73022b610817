import { join } from 'node:path'
import type { FailureContext } from '../analyze/failure-context.js'
import { analyzeFailedRun } from '../analyze-failed-run.js'
import type { ActionSettings } from '../config/action-settings.js'
import { modelWarning, priceOf } from '../config/models.js'
import { readBodyTemplates } from '../deliver/body-templates.js'
import { renderTicketBody, ticketLabels, ticketTitle, type PullRequestRefusal, type TicketReason } from '../deliver/ticket-body.js'
import { AutohealError, ConfigError, getErrorMessage } from '../errors.js'
import { buildFixPrompt } from '../fix/build-fix-prompt.js'
import { loadTokenCounter } from '../fix/count-tokens.js'
import { ProviderError } from '../fix/llm-client.js'
import { createLlmClient } from '../fix/providers/create-llm-client.js'
import { proposeFix } from '../fix/propose-fix.js'
import { loadFixTemplate, readBundledTemplate, type FixableType } from '../fix/templates.js'
import { readWorkspace } from '../analyze/workspace.js'
import { decideHeal, type HealDecision } from '../gate/decide.js'
import { gateRun } from '../gate/gate.js'
import { createOctokit } from '../github/octokit.js'
import { createRepoApi } from '../github/repo-api.js'
import { checkBudget } from '../ledger/check-budget.js'
import { findDuplicate } from '../ledger/find-duplicate.js'
import { ledgerSearchQuery, renderMarker } from '../ledger/ledger-marker.js'
import { entriesOf, ledgerEntry, type CallRecord, type RunIdentity } from './ledger-records.js'
import { handleFailedFix, loadConfig, raiseAlerts } from './repository-upkeep.js'
import { deliverFix, type CheckedFix } from './deliver-fix.js'
import { supersedeFixes, type SucceededRun } from './close-superseded.js'
import type { SafetyFinding } from '../safety/scan-diff.js'
import { describePlan, healWithRepositoryTools, planToolFix, type ToolFixInput } from './fix-with-tools.js'
import { createVerifier, verifyTimeoutMs } from '../verify/verify-fix.js'
import { proposeVerifiedFix, type VerifiedFix } from '../verify/verify-loop.js'

/**
 * The whole heal of one failed run: gate → config from the default branch → collect and analyze →
 * ledger (dedupe, budget) → decide → prompt → model → checked edits → branch, commit, draft PR —
 * or a ticket, a comment, a skip. Every path returns DESIGN's outcome and reason; every model call
 * ends in something that carries its ledger marker.
 */
export interface WorkflowRunEvent {
  workflow_run?: {
    id?: number
    workflow_id?: number
    name?: string
    created_at?: string
    event?: string
    conclusion?: string | null
    head_branch?: string
    head_sha?: string
    html_url?: string
    head_commit?: { message?: string } | null
    head_repository?: { full_name?: string } | null
    pull_requests?: { number: number }[]
  }
  repository?: { full_name?: string }
}

export interface HealLog {
  info(message: string): void
  warning(message: string): void
  notice(message: string): void
}

export interface HealInput {
  settings: ActionSettings
  event: WorkflowRunEvent
  repository: string
  apiUrl: string
  serverUrl: string
  /** The checkout of the failing commit (GITHUB_WORKSPACE). */
  checkoutDir: string
  /** Our own folder under RUNNER_TEMP. */
  workDir: string
  /** ANTHROPIC_BASE_URL or OPENAI_BASE_URL, for the chosen provider (a company gateway). */
  modelBaseUrl?: string
  /** The environment git runs with (the runner's, for the credentials actions/checkout left). */
  gitEnvironment: NodeJS.ProcessEnv
  now: () => Date
  log: HealLog
}

export type Outcome = 'pr' | 'issue' | 'comment' | 'skipped' | 'analyzed' | 'error'

export interface HealResult {
  outcome: Outcome
  reason: string
  message: string
  context?: FailureContext
  contextPath?: string
  prUrl?: string
  prNumber?: number
  issueUrl?: string
  call?: CallRecord
  prompt?: string
  patch?: string
  answers?: string[]
  /** Each decision and why, for the job summary. */
  steps: [string, string][]
}


export async function healRun(input: HealInput): Promise<HealResult> {
  const { settings, log } = input
  const steps: [string, string][] = []
  const run = input.event.workflow_run ?? {}
  if (!run.id) throw new AutohealError('The workflow_run event has no run id.', 'Run Autoheal from a workflow triggered by `on: workflow_run`.')
  const runId = run.id
  const headBranch = run.head_branch ?? ''
  const headSha = run.head_sha ?? ''
  const identity: RunIdentity = { runId, headBranch }
  const runUrl = run.html_url ?? `${input.serverUrl}/${input.repository}/actions/runs/${runId}`
  const isFork = Boolean(run.head_repository?.full_name && run.head_repository.full_name !== input.repository)

  // Gate: a skip needs no analysis; a loop guard or a protected branch gets a ticket with it. A run
  // that did not fail is skipped; a green one first closes the fix PRs it supersedes.
  const conclusionIsFailure = run.conclusion === 'failure'
  if (!conclusionIsFailure) {
    const message = `Run ${runId} ended '${run.conclusion ?? 'without a conclusion'}', not 'failure': nothing to heal.`
    steps.push(['Gate', `not-a-failure: ${message}`])
    const succeeded: SucceededRun = { id: runId, url: runUrl, headBranch, headSha, ...(run.workflow_id ? { workflowId: run.workflow_id } : {}), ...(run.created_at ? { createdAt: run.created_at } : {}) }
    // Housekeeping: GitHub refusing it must not turn a green run into a failed Autoheal job.
    const superseded = run.conclusion === 'success' && !isFork
      ? await supersedeFixes(repoApiOf(input), succeeded, { closes: settings.mode === 'heal' && !settings.dryRun }, steps).catch((error: unknown) => {
          log.warning(`Could not close superseded auto-fix PRs of ${headBranch}: ${getErrorMessage(error)}`)
          return ''
        })
      : ''
    return { outcome: 'skipped', reason: 'not-a-failure', message: `${message}${superseded}`, steps }
  }
  const repo = repoApiOf(input)
  const branch = conclusionIsFailure && !isFork && headBranch ? await repo.getBranch(headBranch) : undefined
  const openPulls = conclusionIsFailure && !isFork && headBranch ? await repo.listOpenPullRequests({ head: `${input.repository.split('/')[0]}:${headBranch}` }) : []
  const verdict = gateRun({
    event: run.event ?? 'push',
    conclusion: run.conclusion ?? null,
    isFork,
    headBranch,
    headSha,
    headCommitMessage: run.head_commit?.message ?? '',
    pullRequestLabels: openPulls.flatMap((pull) => pull.labels),
    hasPullRequest: (run.pull_requests?.length ?? 0) > 0 || openPulls.length > 0,
    ...(conclusionIsFailure && !isFork ? { branchHeadSha: branch ? branch.headSha : null } : {}),
    isBranchProtected: branch?.isProtected ?? false,
    allowForks: settings.allowForks,
    protectedBranches: settings.protectedBranches,
    healProtectedBranches: settings.healProtectedBranches,
  })
  steps.push(['Gate', verdict.proceed ? 'ours to heal' : `${verdict.reason}: ${verdict.message}`])
  if (!verdict.proceed && verdict.outcome === 'skipped') return { outcome: 'skipped', reason: verdict.reason, message: verdict.message, steps }

  const repositoryInfo = await repo.getRepository()
  const config = await loadConfig(repo, settings.costControlPath, repositoryInfo.defaultBranch, log)
  steps.push(['Budget file', `${settings.costControlPath} on ${repositoryInfo.defaultBranch}`])
  const { context, contextPath } = await analyzeFailedRun({
    token: settings.githubToken,
    apiUrl: input.apiUrl,
    repository: input.repository,
    runId,
    workDir: input.workDir,
    workspaceDir: join(input.checkoutDir, settings.workingDirectory),
    excludeFixTypes: config.exclude_fix_types,
    log,
  })
  steps.push(['Analysis', `${context.fix_type} (${context.confidence}): ${context.reason}`])
  const templates = await readBodyTemplates()
  const now = input.now()
  const base = { context, contextPath, steps }

  const openTicket = async (reason: TicketReason, extra: { detail?: string; call?: CallRecord; refusal?: PullRequestRefusal } = {}) => {
    const marker = renderMarker(ledgerEntry('ticket', identity, context, now, extra.call))
    const body = renderTicketBody(
      {
        context,
        reason,
        runUrl,
        workflowName: run.name ?? 'CI',
        headBranch,
        headSha,
        ledgerMarker: marker,
        ...(extra.detail ? { reasonDetail: extra.detail } : {}),
        ...(extra.call ? { spend: { model: extra.call.model, usage: extra.call.usage, costUsd: extra.call.costUsd } } : {}),
        ...(extra.refusal ? { pullRequestRefusal: extra.refusal } : {}),
      },
      templates,
    )
    const created = await repo.createIssue({ title: ticketTitle(context.fix_type, run.name ?? 'CI', headBranch), body, labels: ticketLabels })
    steps.push(['Ticket', created.url])
    return created
  }

  // mode analyze and dry-run write nothing to the repository: they say what a heal would do.
  const writes = settings.mode === 'heal' && !settings.dryRun
  const analyzedOnly = (wouldDo: string): HealResult => ({ ...base, outcome: 'analyzed', reason: '', message: `${settings.dryRun ? 'dry-run' : `mode ${settings.mode}`}: nothing was written. A heal would ${wouldDo}` })
  if (!verdict.proceed) {
    if (!writes) return analyzedOnly(`open a ticket (${verdict.reason}).`)
    if (verdict.reason === 'loop-guard') await handleFailedFix(repo, openPulls, runUrl, settings, identity, context, now, steps)
    const ticket = await openTicket(verdict.reason === 'loop-guard' ? 'loop-guard' : 'protected-branch')
    return { ...base, outcome: 'issue', reason: verdict.reason, message: verdict.message, issueUrl: ticket.url }
  }

  // Ledger: what Autoheal already opened and spent, found by its marker.
  const ledgerResults = await repo.searchIssuesAndPulls(ledgerSearchQuery(input.repository))
  const entries = entriesOf(ledgerResults)
  const openItems = ledgerResults.filter((result) => result.state === 'open')
  const duplicate = findDuplicate(openItems, context.fingerprint)
  let decision: HealDecision = decideHeal({ context, excludeFixTypes: config.exclude_fix_types, ...(duplicate ? { duplicate } : {}) })
  if (!decision.heal && !writes) return analyzedOnly(`${decision.outcome === 'comment' ? 'comment on' : 'open'} ${decision.outcome === 'comment' ? `#${duplicate?.item.number}` : 'a ticket'} (${decision.reason}).`)
  if (!decision.heal && decision.reason === 'duplicate' && duplicate) {
    const marker = renderMarker(ledgerEntry('comment', identity, context, now))
    const comment = await repo.addComment(duplicate.item.number, `Seen again in run [${runId}](${runUrl}) on \`${headBranch}\`: the same failure (fingerprint \`${context.fingerprint}\`). No new fix was attempted.\n\n${marker}`)
    steps.push(['Duplicate', comment.url])
    return { ...base, outcome: 'comment', reason: 'duplicate', message: decision.message }
  }
  if (!decision.heal) {
    const ticket = await openTicket(decision.reason as TicketReason)
    return { ...base, outcome: 'issue', reason: decision.reason, message: decision.message, issueUrl: ticket.url }
  }
  // A checked fix (a model's or the repository's tools'): require-verified, then a branch and a draft PR.
  const conclude = async (fix: CheckedFix, spent: Partial<HealResult>): Promise<HealResult> => {
    const result = { ...base, ...spent, patch: fix.patch }
    if (fix.verify.status !== 'not run') steps.push(['Verify', `${fix.verify.status} after ${fix.verify.runs} run${fix.verify.runs === 1 ? '' : 's'} of \`${fix.verify.command}\``])
    if (fix.verify.status === 'unverified' && settings.requireVerified) {
      const ticket = await openTicket('verify-failed', { detail: `\`${fix.verify.command}\` still failed:\n\n${fix.verify.output.slice(-4000)}`, call: fix.call })
      return { ...result, outcome: 'issue', reason: 'verify-failed', message: `The fix did not pass \`${fix.verify.command}\`, and require-verified is on.`, issueUrl: ticket.url }
    }
    const delivered = await deliverFix(
      { repo, settings, checkoutDir: input.checkoutDir, gitEnvironment: input.gitEnvironment, context, identity, runUrl, headSha, isFork, ...(run.pull_requests?.[0] ? { forkPullNumber: run.pull_requests[0].number } : {}), templates, now, steps, log, openTicket },
      fix,
    )
    const unverified = fix.verify.status === 'unverified' ? ` Unverified: \`${fix.verify.command}\` still failed on the fix, so the PR is labelled unverified.` : ''
    if (delivered.outcome === 'pr') return { ...result, outcome: 'pr', reason: 'fixed', message: `${fix.summary}${unverified}`, prUrl: delivered.prUrl, prNumber: delivered.prNumber }
    if (delivered.outcome === 'comment') return { ...result, outcome: 'comment', reason: 'fixed', message: fix.summary }
    return { ...result, outcome: 'issue', reason: delivered.reason, message: delivered.message, issueUrl: delivered.issueUrl }
  }

  // The spec's "SAST on generated fixes" found something that must not run or land.
  const unsafeTicket = async (blocking: readonly SafetyFinding[], call: CallRecord, patch: string): Promise<HealResult> => {
    const findings = blocking.map(describeFinding)
    steps.push(['Safety scan', `${findings.length} blocking`])
    const ticket = await openTicket('unsafe-diff', { detail: findings.join('\n'), call })
    return { ...base, call, outcome: 'issue', reason: 'unsafe-diff', message: findings.join('; '), issueUrl: ticket.url, patch }
  }

  // Lint first tries the repository's own formatters: $0, no model, no budget.
  const protectedPaths = { costControlPath: settings.costControlPath, templatesDir: settings.templatesDir }
  const toolInput: ToolFixInput = { context, checkoutDir: input.checkoutDir, workingDirectory: settings.workingDirectory, scratchParent: input.workDir, environment: input.gitEnvironment, protectedPaths, timeoutMs: verifyTimeoutMs }
  const toolPlan = context.fix_type === 'lint' ? planToolFix(toolInput) : undefined
  const runsTools = toolPlan?.isApplicable === true && settings.mode === 'heal' && !settings.dryRun
  if (toolPlan && !runsTools) steps.push(['Lint tools', toolPlan.isApplicable ? `a heal would run ${describePlan(toolPlan)} before asking a model` : `not used: ${toolPlan.reason}`])
  if (settings.mode === 'analyze') return analyzedOnly(toolPlan?.isApplicable ? `run the repository's ${describePlan(toolPlan)}, with no model.` : 'ask the model for a fix.')
  const verifier = settings.verifyCommand
    ? createVerifier({ command: settings.verifyCommand, checkoutDir: input.checkoutDir, workingDirectory: settings.workingDirectory, scratchParent: input.workDir, environment: input.gitEnvironment, timeoutMs: verifyTimeoutMs }, { steps, log })
    : undefined
  if (runsTools) {
    const tools = await healWithRepositoryTools(toolInput, verifier, log.info)
    steps.push(['Lint tools', tools.step])
    if (tools.kind === 'unsafe') return unsafeTicket(tools.blocking, tools.call, tools.patch)
    if (tools.kind === 'fix') return conclude(tools.fix, { call: tools.fix.call })
  }

  // The prompt, from templates on the default branch (a branch must not write its own prompt).
  const provider = settings.provider
  const model = settings.model ?? config.providers[provider].model
  const warning = modelWarning(model, now)
  if (warning) log.warning(warning)
  const fixType = context.fix_type as FixableType
  const readTemplate = (fileName: string) => repo.readFile(`${settings.templatesDir}/${fileName}`, repositoryInfo.defaultBranch)
  const [template, system, countTokens] = await Promise.all([loadFixTemplate(fixType, readTemplate), readBundledTemplate('system'), loadTokenCounter(provider)])
  const prompt = buildFixPrompt({
    context,
    workspace: readWorkspace(join(input.checkoutDir, settings.workingDirectory)),
    system,
    template: template.text,
    maxPromptTokens: config.limits.max_tokens_per_fix,
    countTokens,
    protectedPaths,
  })
  const price = priceOf(provider, model, config.providers[provider].prices ?? {})
  const promptTokens = prompt.tokens
  const estimatedCostUsd = price ? (promptTokens * price.input_per_mtok + config.limits.max_output_tokens_per_fix * price.output_per_mtok) / 1e6 : 0
  const budget = checkBudget({ config, entries, headBranch, provider, promptTokens, estimatedCostUsd, now })
  decision = decideHeal({ context, excludeFixTypes: config.exclude_fix_types, budget })
  if (!decision.heal && !writes) return { ...analyzedOnly(`open a ticket (${decision.reason}): ${decision.message}`), ...(prompt.fits ? { prompt: `${prompt.system}\n\n${prompt.prompt}` } : {}) }
  if (!decision.heal) {
    await raiseAlerts(repo, input.repository, config, entries, now, log, steps, decision.message)
    const ticket = await openTicket('over-budget', { detail: decision.message })
    return { ...base, outcome: 'issue', reason: 'over-budget', message: decision.message, issueUrl: ticket.url }
  }
  const promptText = prompt.fits ? `${prompt.system}\n\n${prompt.prompt}` : undefined
  steps.push(['Prompt', `${promptTokens} tokens for ${model} (${template.source} template ${template.fileName})`])
  if (settings.dryRun || !prompt.fits) {
    return { ...base, outcome: 'analyzed', reason: '', message: 'dry-run: the prompt was rendered; no model was called.', ...(promptText ? { prompt: promptText } : {}) }
  }
  if (!settings.apiKey) {
    throw new ConfigError(`Input '${provider}-api-key' is empty.`, `Add the key as a repository secret and pass it: ${provider}-api-key: \${{ secrets.${provider.toUpperCase()}_API_KEY }}`)
  }

  const projectDir = join(input.checkoutDir, settings.workingDirectory)
  let verified: VerifiedFix
  try {
    const client = createLlmClient({ provider, apiKey: settings.apiKey, ...(input.modelBaseUrl ? { baseUrl: input.modelBaseUrl } : {}) })
    const ask = { context, workspaceDir: projectDir, client, model, system: prompt.system, prompt: prompt.prompt, maxOutputTokens: config.limits.max_output_tokens_per_fix, price }
    verified = await proposeVerifiedFix({
      affectedFiles: context.affected_files,
      propose: (retry) => proposeFix(retry ? { ...ask, history: retry.history, maxCalls: 1 } : ask),
      ...(verifier ? { verify: verifier } : {}),
    })
  } catch (error) {
    if (error instanceof ProviderError) {
      steps.push(['Model', `${error.kind}: ${error.message}`])
      return { ...base, outcome: 'error', reason: 'provider-error', message: `${error.message} ${error.remedy}`, prompt: promptText ?? '' }
    }
    throw error
  }
  const { spend } = verified
  const call: CallRecord = { provider, model: spend.model, usage: spend.usage, costUsd: spend.costUsd }
  steps.push(['Model', `${spend.calls} call${spend.calls === 1 ? '' : 's'}: ${call.usage.inputTokens} + ${call.usage.outputTokens} tokens, $${call.costUsd.toFixed(4)}`])
  const spent = { call, answers: spend.rawAnswers, ...(promptText ? { prompt: promptText } : {}) }
  const entriesAfter = [...entries, ledgerEntry('pr', identity, context, now, call)]
  await raiseAlerts(repo, input.repository, config, entriesAfter, now, log, steps)

  if (verified.kind === 'not-fixed' && verified.proposed.outcome === 'no-safe-fix') {
    const ticket = await openTicket('no-safe-fix', { detail: verified.proposed.summary, call })
    return { ...base, ...spent, outcome: 'issue', reason: 'no-safe-fix', message: verified.proposed.summary, issueUrl: ticket.url }
  }
  if (verified.kind === 'not-fixed') {
    const reasons = verified.proposed.outcome === 'rejected' ? verified.proposed.reasons : []
    const ticket = await openTicket('policy-rejected', { detail: reasons.join('\n'), call })
    return { ...base, ...spent, outcome: 'issue', reason: 'policy-rejected', message: reasons.join('; '), issueUrl: ticket.url }
  }

  // The spec's "SAST on generated fixes", before verify runs the fix and before any branch: a
  // blocking finding ends in a ticket; a softer one labels the PR security-review.
  const patch = verified.proposed.patch
  if (verified.kind === 'unsafe') return { ...(await unsafeTicket(verified.blocking, call, patch)), ...spent }
  steps.push(['Safety scan', verified.forReview.length === 0 ? 'no findings' : `${verified.forReview.length} for review`])
  const fix: CheckedFix = { summary: verified.proposed.answer.summary, original: verified.proposed.original, changed: verified.proposed.changed, patch, call, verify: verified.verify, forReview: verified.forReview }
  return conclude(fix, spent)
}

function repoApiOf(input: HealInput) {
  return createRepoApi({ octokit: createOctokit({ token: input.settings.githubToken, baseUrl: input.apiUrl }), repository: input.repository })
}

const describeFinding = (finding: SafetyFinding) => `${finding.path}${finding.line ? `:${finding.line}` : ''} [${finding.ruleId}] ${finding.reason}: ${finding.excerpt}`
