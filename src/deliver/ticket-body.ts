import type { FailureContext, FixType } from '../analyze/failure-context.js'
import type { TokenUsage } from '../fix/llm-client.js'
import type { BodyTemplates } from './body-templates.js'
import { fenceUntrusted, fillTemplate, inlineCode, renderWithinLimit } from './markdown.js'

/**
 * The manual ticket of the spec (`gh issue create --title "Manual fix needed: …" --label
 * "bug,manual-fix-required"`): why no fix, what failed, the log excerpt as data, the files and
 * suggestions, the analysis. For drift, the spec's analysis ticket with investigation areas; when
 * GitHub refused the PR (403/422), the patch and the setting to change. Pure.
 */
export const ticketLabels = ['bug', 'manual-fix-required'] as const

/** The `reason` codes that end in a ticket, in words a maintainer reads. */
export const ticketReasonWords = {
  'not-fixable': 'the analysis found no failure that a machine should fix',
  'low-confidence': 'the analysis is not confident enough about the cause to risk a fix',
  'excluded-type': 'this fix type is excluded in cost_control.yaml (`exclude_fix_types`)',
  'over-budget': 'a limit in cost_control.yaml is reached, so no model was called',
  'loop-guard': 'the failure is on an auto-fix branch, and Autoheal never heals its own fixes',
  'protected-branch': 'the failure is on a protected branch, which Autoheal does not heal unless told to',
  'no-safe-fix': 'the model found no safe fix',
  'policy-rejected': "the model's edits broke Autoheal's rules twice and were not applied",
  'unsafe-diff': "the fix's diff was refused as unsafe",
  'verify-failed': 'the fix did not pass the verify command, and `require-verified` is on',
  'provider-error': 'the model provider answered with an error',
  'pull-request-refused': 'GitHub refused to open the pull request',
} as const satisfies Record<string, string>

export type TicketReason = keyof typeof ticketReasonWords

/** Which setting to change, by the status GitHub refused the PR with (DESIGN, "Repository settings"). */
const refusalSettings = {
  403:
    'in the repository (or its organization), open **Settings → Actions → General → Workflow permissions** and check ' +
    '**Allow GitHub Actions to create and approve pull requests**; or set the `push-token` input to a token that may open pull requests.',
  422:
    'draft pull requests are not available for this repository (private repositories on GitHub Free): make it public, or move to a plan ' +
    'that has draft pull requests (GitHub Pro, Team or Enterprise).',
} as const

export interface PullRequestRefusal {
  status: keyof typeof refusalSettings
  /** GitHub's message. */
  message: string
  patch: string
}

export interface TicketBodyInput {
  context: FailureContext
  reason: TicketReason
  /** More on the reason: the model's "no safe fix" summary, the policy's reasons, the provider's error. Untrusted. */
  reasonDetail?: string
  runUrl: string
  workflowName: string
  headBranch: string
  headSha: string
  /** The log lines to show; the analysis' relevant_logs when absent. */
  logExcerpt?: string
  /** What the model calls cost, when there were any. */
  spend?: { model: string; usage: TokenUsage; costUsd: number }
  pullRequestRefusal?: PullRequestRefusal
  ledgerMarker: string
  maxLength?: number
}

const numberFormat = new Intl.NumberFormat('en-US')
const maxTitleLength = 256
const maxFailuresShown = 30
const maxFilesShown = 50
const maxMessageLength = 300

export function ticketTitle(fixType: FixType, workflowName: string, headBranch: string): string {
  // eslint-disable-next-line no-control-regex
  const title = `Manual fix needed: ${fixType} in ${workflowName} (${headBranch})`.replace(/[\u0000-\u001f\u007f]+/g, ' ')
  return title.length > maxTitleLength ? `${title.slice(0, maxTitleLength - 1)}…` : title
}

function failuresBlock(context: FailureContext): string {
  if (context.failures.length === 0) return '_No failing test or finding was parsed; see the log excerpt._'
  const lines = context.failures.slice(0, maxFailuresShown).map((failure) => {
    const place = failure.file ? ` (${failure.file}${failure.line ? `:${failure.line}` : ''})` : ''
    const message = failure.message.split('\n')[0]!.slice(0, maxMessageLength)
    return `${failure.outcome.toUpperCase()} ${failure.nodeid}${place} [${failure.fix_type}]\n    ${message}`
  })
  const more = context.failures.length - maxFailuresShown
  return `${fenceUntrusted(lines.join('\n'), 'text')}${more > 0 ? `\n\n…and ${more} more (see the run).` : ''}`
}

function affectedFilesList(context: FailureContext): string {
  if (context.affected_files.length === 0) return '_None found in the logs._'
  const shown = context.affected_files.slice(0, maxFilesShown).map((file) => `- ${inlineCode(file)}`)
  const more = context.affected_files.length - maxFilesShown
  return [...shown, ...(more > 0 ? [`- …and ${more} more`] : [])].join('\n')
}

function suggestionsBlock(context: FailureContext): string {
  if (context.suggestions.length === 0) return '_None._'
  return fenceUntrusted(context.suggestions.map((suggestion) => `- ${suggestion}`).join('\n'), 'text')
}

function contextSummary(context: FailureContext): string {
  const summary = {
    fix_type: context.fix_type,
    can_auto_fix: context.can_auto_fix,
    confidence: context.confidence,
    workflow_run_id: context.workflow_run_id,
    secondary_types: context.secondary_types,
    ecosystem: context.ecosystem,
    fingerprint: context.fingerprint,
    failures: context.failures.length,
    jobs: context.jobs.map((job) => ({ name: job.name, failed_step: job.failed_step, conclusion: job.conclusion })),
    reason: context.reason,
    diagnostics: context.diagnostics,
  }
  return fenceUntrusted(JSON.stringify(summary, null, 2), 'json')
}

function driftSection(input: TicketBodyInput, template: string): string {
  const { context } = input
  if (context.fix_type !== 'drift' && !context.secondary_types.includes('drift')) return ''
  const jobLinks = context.jobs.filter((job) => job.url).map((job) => `[${inlineCode(job.name)}](${job.url})`)
  return fillTemplate(template, { metrics_links: [`[the failed run](${input.runUrl})`, ...jobLinks].join(', ') })
}

function spendSection(input: TicketBodyInput): string {
  if (!input.spend) return ''
  const { model, usage, costUsd } = input.spend
  return `Model calls for this failure: ${inlineCode(model)}, ${numberFormat.format(usage.inputTokens)} input / ${numberFormat.format(usage.outputTokens)} output tokens, $${costUsd.toFixed(4)}.`
}

const cutNote = "*(cut to fit GitHub's 65,536-character limit; the whole text is in the run's artifact.)*"

export function renderTicketBody(input: TicketBodyInput, templates: Pick<BodyTemplates, 'ticket' | 'driftAnalysis' | 'pullRequestRefused'>): string {
  const { context } = input
  const refusal = input.pullRequestRefusal
  const slots = {
    reason: ticketReasonWords[input.reason],
    fix_type: context.fix_type,
    confidence: context.confidence,
    run_url: input.runUrl,
    run_id: context.workflow_run_id.replace(/[^0-9A-Za-z_-]/g, ''),
    workflow: inlineCode(input.workflowName),
    head_branch: inlineCode(input.headBranch),
    head_sha: inlineCode(input.headSha),
    drift_analysis: driftSection(input, templates.driftAnalysis),
    failures: failuresBlock(context),
    affected_files: affectedFilesList(context),
    suggestions: suggestionsBlock(context),
    context_summary: contextSummary(context),
    spend: spendSection(input),
    ledger_marker: input.ledgerMarker,
  }
  const logExcerpt = input.logExcerpt ?? context.relevant_logs.join('\n')
  return renderWithinLimit(
    templates.ticket,
    slots,
    [
      {
        slot: 'log_excerpt',
        text: logExcerpt,
        keep: 'end',
        render: (text, cut) => (text.trim() === '' ? '_No log lines were kept._' : `${cut ? `${cutNote} Its end:\n\n` : ''}${fenceUntrusted(text, 'text')}`),
      },
      {
        slot: 'pull_request_refused',
        text: refusal?.patch ?? '',
        keep: 'start',
        render: (patch, cut) =>
          refusal
            ? fillTemplate(templates.pullRequestRefused, {
                status: String(refusal.status),
                refusal: inlineCode(refusal.message),
                setting: refusalSettings[refusal.status],
                head_sha: input.headSha.replace(/[^0-9a-f]/gi, ''),
                patch: `${cut ? `${cutNote} Its start:\n\n` : ''}${fenceUntrusted(patch, 'diff')}`,
              })
            : '',
      },
      {
        slot: 'reason_detail',
        text: input.reasonDetail ?? '',
        keep: 'start',
        render: (text, cut) => (text.trim() === '' ? '' : `${cut ? `${cutNote}\n\n` : ''}${fenceUntrusted(text, 'text')}`),
      },
    ],
    input.maxLength,
  )
}
