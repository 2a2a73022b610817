import type { FailureContext, FixType } from '../analyze/failure-context.js'
import { fixableTypes } from '../analyze/fix-types.js'
import type { TokenUsage } from '../fix/llm-client.js'
import { fenceUntrusted, inlineCode, renderWithinLimit } from './markdown.js'

/**
 * The draft PR of the spec ("PR Creation", its example body and the six-item "Review Checklist"),
 * with what Autoheal adds: the model, tokens and cost, whether the fix was verified, the failures it
 * did not fix, how to start CI when the PR was made with GITHUB_TOKEN, and the ledger marker. Pure:
 * the template comes in as text (readBodyTemplates).
 */
export type VerifyStatus = 'verified' | 'unverified' | 'not run'

export interface PullRequestBodyInput {
  context: FailureContext
  runUrl: string
  /** The failing branch the PR goes into. */
  headBranch: string
  fixBranch: string
  /** The model's summary of the fix (untrusted: redacted and fenced). */
  summary: string
  files: readonly string[]
  model: string
  usage: TokenUsage
  costUsd: number
  verify: { status: VerifyStatus; command?: string; output?: string }
  /** false: the PR was opened with GITHUB_TOKEN, whose events start no workflow. */
  usedPushToken: boolean
  /** Set when the repository's own formatters made the fix, not a model: `black 23.1.0`, … */
  tools?: readonly string[]
  /** The hidden `<!-- autoheal: … -->` ledger marker, placed last. */
  ledgerMarker: string
  maxLength?: number
}

export function pullRequestTitle(fixType: FixType): string {
  return `[Auto-Fix] ${fixType}`
}

const numberFormat = new Intl.NumberFormat('en-US')

function secondaryFailuresSection(context: FailureContext): string {
  const notFixable = [...new Set(context.secondary_types)].filter((type) => type !== context.fix_type && !fixableTypes.has(type))
  if (notFixable.length === 0) return ''
  const lines = notFixable.map((type) => {
    const ids = context.failures.filter((failure) => failure.fix_type === type).map((failure) => failure.nodeid)
    const shown = ids.slice(0, 10).map(inlineCode).join(', ')
    const more = ids.length > 10 ? ` and ${ids.length - 10} more` : ''
    return `- **${type}**${shown ? `: ${shown}${more}` : ''}`
  })
  return [
    '### Not fixed by this PR',
    '',
    'The run also failed for reasons Autoheal does not fix; CI stays red until a person handles them:',
    '',
    ...lines,
  ].join('\n')
}

function startCiSection(input: PullRequestBodyInput): string {
  if (input.usedPushToken) return ''
  return [
    '### Starting CI on this PR',
    '',
    "This PR was opened with the workflow's `GITHUB_TOKEN`, and events made with it start no workflows, so CI has not run on the fix yet. " +
      'To start it, push an empty commit or close and reopen the PR:',
    '',
    '```sh',
    `git fetch origin ${input.fixBranch} && git switch ${input.fixBranch}`,
    'git commit --allow-empty -m "Run CI" && git push',
    '```',
    '',
    'Set the `push-token` input (a PAT or GitHub App token) and later fixes will start CI themselves.',
  ].join('\n')
}

function verifyWords(verify: PullRequestBodyInput['verify']): string {
  const command = verify.command ? inlineCode(verify.command) : 'The verify command'
  if (verify.status === 'verified') return `${command} passed on the patched tree before this PR was opened.`
  if (verify.status === 'unverified') return `${command} still failed on the patched tree after one retry with its output: review with extra care (labelled \`unverified\`).`
  return 'No `verify-command` is set, so the fix was not run before this PR.'
}

export function renderPullRequestBody(input: PullRequestBodyInput, template: string): string {
  const { context } = input
  const files = input.files.map((file) => `- ${inlineCode(file)}`).join('\n')
  const slots = {
    fix_type: context.fix_type,
    confidence: context.confidence,
    run_url: input.runUrl,
    head_branch: inlineCode(input.headBranch),
    fix_branch: inlineCode(input.fixBranch),
    verify_status: input.verify.status,
    summary: fenceUntrusted(input.summary, 'text'),
    files,
    secondary_failures: secondaryFailuresSection(context),
    start_ci: startCiSection(input),
    generated_by: input.tools?.length
      ? `This fix was made by the repository's own ${input.tools.map(inlineCode).join(' and ')}, run on the files the failure named: no model was called.`
      : 'This fix was generated using AI based on the CI failure context.',
    model: inlineCode(input.model),
    input_tokens: numberFormat.format(input.usage.inputTokens),
    output_tokens: numberFormat.format(input.usage.outputTokens),
    cost: `$${input.costUsd.toFixed(4)}`,
    ledger_marker: input.ledgerMarker,
  }
  const verifyOutput = input.verify.status === 'unverified' ? (input.verify.output ?? '') : ''
  return renderWithinLimit(
    template,
    slots,
    [
      {
        slot: 'verify_section',
        text: verifyOutput,
        keep: 'end',
        render: (text, cut) =>
          [
            '### Verification',
            '',
            verifyWords(input.verify),
            text ? `\n${cut ? "Its output's end (cut to fit GitHub's 65,536-character limit):" : 'Its output:'}\n\n${fenceUntrusted(text, 'text')}` : '',
          ].join('\n'),
      },
    ],
    input.maxLength,
  )
}
