import { describe, expect, it } from 'vitest'
import type { FailureContext } from '../../src/analyze/failure-context.js'
import { readBodyTemplates } from '../../src/deliver/body-templates.js'
import { maxBodyLength } from '../../src/deliver/markdown.js'
import { pullRequestTitle, renderPullRequestBody, type PullRequestBodyInput } from '../../src/deliver/pull-request-body.js'
import { renderTicketBody, ticketLabels, ticketTitle, type TicketBodyInput } from '../../src/deliver/ticket-body.js'

const templates = await readBodyTemplates()
const token = 'ghp_' + 'Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2'
const marker = '<!-- autoheal: {"v":1,"kind":"pr","failing_run_id":"12345678","head_branch":"feature/new-api","fingerprint":"0123456789abcdef"} -->'
const runUrl = 'https://github.com/acme/app/actions/runs/12345678'

const context: FailureContext = {
  fix_type: 'warning',
  can_auto_fix: true,
  confidence: 'high',
  workflow_run_id: '12345678',
  failures: [
    {
      nodeid: 'tests/api/test_cache.py::test_expiry',
      outcome: 'failed',
      message: 'DeprecationWarning: datetime.datetime.utcnow() is deprecated',
      file: 'tests/api/test_cache.py',
      line: 12,
      kind: 'test',
      tool: 'pytest',
      fix_type: 'warning',
    },
    {
      nodeid: 'tests/perf/test_latency.py::test_p95',
      outcome: 'failed',
      message: 'AssertionError: p95 latency 412ms > budget 300ms',
      file: 'tests/perf/test_latency.py',
      line: 30,
      kind: 'test',
      tool: 'pytest',
      fix_type: 'drift',
    },
  ],
  relevant_logs: [
    'tests/api/test_cache.py:12: DeprecationWarning: datetime.datetime.utcnow() is deprecated',
    `export GITHUB_TOKEN=${token}`,
    'a log that tries to close the fence: ```` and then @mention <!-- autoheal: {"v":1} -->',
  ],
  affected_files: ['tests/api/test_cache.py'],
  suggestions: ['Use datetime.now(timezone.utc) instead of datetime.utcnow()'],
  secondary_types: ['drift'],
  ecosystem: 'python',
  jobs: [{ name: 'test (3.12)', failed_step: 'Run pytest', url: 'https://github.com/acme/app/actions/runs/12345678/job/1', conclusion: 'failure' }],
  fingerprint: '0123456789abcdef',
  reason: 'pytest failed on a DeprecationWarning turned into an error.',
  diagnostics: [],
}

const pullRequest: PullRequestBodyInput = {
  context,
  runUrl,
  headBranch: 'feature/new-api',
  fixBranch: 'fix/auto-20250102-030405',
  summary: `Updated tests/api/test_cache.py to use datetime.now(timezone.utc) instead of the deprecated datetime.utcnow(). The log showed ${token}.`,
  files: ['tests/api/test_cache.py'],
  model: 'claude-sonnet-5-5',
  usage: { inputTokens: 3812, outputTokens: 412 },
  costUsd: 0.011744,
  verify: { status: 'not run' },
  usedPushToken: false,
  ledgerMarker: marker,
}

const ticket: TicketBodyInput = {
  context: { ...context, fix_type: 'type_error', can_auto_fix: true, confidence: 'medium', secondary_types: [] },
  reason: 'no-safe-fix',
  reasonDetail: 'The signature change is intentional; the callers need a design decision.',
  runUrl,
  workflowName: 'CI',
  headBranch: 'feature/new-api',
  headSha: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c',
  spend: { model: 'claude-sonnet-5-5', usage: { inputTokens: 4000, outputTokens: 120 }, costUsd: 0.0092 },
  ledgerMarker: marker.replace('"kind":"pr"', '"kind":"ticket"'),
}

const driftTicket: TicketBodyInput = {
  ...ticket,
  context: { ...context, fix_type: 'drift', can_auto_fix: false, confidence: 'low', secondary_types: [], failures: [context.failures[1]!], affected_files: ['src/api/cache.py'], suggestions: [] },
  reason: 'not-fixable',
  reasonDetail: undefined,
  spend: undefined,
}

const patch = [
  'diff --git a/tests/api/test_cache.py b/tests/api/test_cache.py',
  '--- a/tests/api/test_cache.py',
  '+++ b/tests/api/test_cache.py',
  '@@ -1,3 +1,3 @@',
  '-from datetime import datetime',
  '+from datetime import datetime, timezone',
  '```',
].join('\n')

const refusedTicket: TicketBodyInput = {
  ...ticket,
  context,
  reason: 'pull-request-refused',
  reasonDetail: undefined,
  pullRequestRefusal: { status: 403, message: 'GitHub Actions is not permitted to create or approve pull requests.', patch },
}

describe('the pull request', () => {
  const body = renderPullRequestBody(pullRequest, templates.pullRequest)

  it('matches the snapshot', async () => {
    expect(pullRequestTitle('warning')).toBe('[Auto-Fix] warning')
    await expect(body).toMatchFileSnapshot('./__snapshots__/pr-body.md')
  })

  it('ends with the ledger marker', () => {
    expect(body.trimEnd().endsWith(marker)).toBe(true)
  })

  it("carries the spec's whole review checklist", () => {
    expect(body.match(/^- \[ \] .+$/gm)).toEqual([
      '- [ ] Code changes make sense',
      '- [ ] No security issues introduced',
      '- [ ] Tests pass locally',
      '- [ ] No unintended side effects',
      '- [ ] Fix addresses root cause (not just symptom)',
      '- [ ] Documentation updated if needed',
    ])
  })

  it("redacts the model's text", () => {
    expect(body).not.toContain(token)
    expect(body).toContain('[REDACTED_GITHUB_TOKEN]')
  })

  it('names the non-fixable secondary failure and says how to start CI', () => {
    expect(body).toContain('- **drift**: `tests/perf/test_latency.py::test_p95`')
    expect(body).toContain('push an empty commit or close and reopen the PR')
    expect(renderPullRequestBody({ ...pullRequest, usedPushToken: true }, templates.pullRequest)).not.toContain('Starting CI')
  })

  it('cuts an unverified run\'s output first to stay under the limit, keeping the marker', () => {
    const huge = renderPullRequestBody(
      { ...pullRequest, verify: { status: 'unverified', output: `${'E   assert 1 == 2\n'.repeat(10_000)}FAILED the last line` } },
      templates.pullRequest,
    )
    expect(huge.length).toBeLessThanOrEqual(maxBodyLength)
    expect(huge).toContain("cut to fit GitHub's 65,536-character limit")
    expect(huge).toContain('FAILED the last line')
    expect(huge.trimEnd().endsWith(marker)).toBe(true)
  })
})

describe('the manual ticket', () => {
  const body = renderTicketBody(ticket, templates)

  it('matches the snapshot', async () => {
    expect(ticketTitle('type_error', 'CI', 'feature/new-api')).toBe('Manual fix needed: type_error in CI (feature/new-api)')
    expect(ticketLabels).toEqual(['bug', 'manual-fix-required'])
    await expect(body).toMatchFileSnapshot('./__snapshots__/ticket.md')
  })

  it('says why in words and ends with the marker', () => {
    expect(body).toContain('Autoheal did not open a fix for this CI failure: **the model found no safe fix**')
    expect(body.trimEnd().endsWith(ticket.ledgerMarker)).toBe(true)
  })

  it('redacts the log and keeps it inside a fence it cannot close', () => {
    expect(body).not.toContain(token)
    expect(body).toContain('export GITHUB_TOKEN=[REDACTED_GITHUB_TOKEN]')
    // The log holds a run of four backticks, so its fence is five long.
    expect(body).toMatch(/^`````text\n[^]*a log that tries to close the fence: ````[^]*\n`````$/m)
    // A marker copied from a log is defused: the only marker is ours.
    expect(body.match(/<!-- autoheal:/g)).toHaveLength(1)
  })

  it('cuts the log excerpt first, keeping its end, and says so', () => {
    const longLog = `${'noise line\n'.repeat(20_000)}the error at the end`
    const cut = renderTicketBody({ ...ticket, logExcerpt: longLog }, templates)
    expect(cut.length).toBeLessThanOrEqual(maxBodyLength)
    expect(cut).toContain("cut to fit GitHub's 65,536-character limit")
    expect(cut).toContain('the error at the end')
    expect(cut).toContain('### Failures')
    expect(cut.trimEnd().endsWith(ticket.ledgerMarker)).toBe(true)
  })
})

describe('the drift ticket', () => {
  const body = renderTicketBody(driftTicket, templates)

  it('matches the snapshot', async () => {
    await expect(body).toMatchFileSnapshot('./__snapshots__/drift-ticket.md')
  })

  it('lists the investigation areas', () => {
    for (const area of ['Profile the change', 'Compare with the baseline', 'Check recent commits to the affected files', 'Decide code vs budget']) {
      expect(body).toContain(`- [ ] **${area}**`)
    }
    expect(renderTicketBody(ticket, templates)).not.toContain('Drift analysis')
  })
})

describe('the ticket for a refused pull request', () => {
  const body = renderTicketBody(refusedTicket, templates)

  it('matches the snapshot', async () => {
    await expect(body).toMatchFileSnapshot('./__snapshots__/ticket-403.md')
  })

  it('carries the patch in a diff fence and the setting to change', () => {
    expect(body).toContain('Allow GitHub Actions to create and approve pull requests')
    expect(body).toContain(`\`\`\`\`diff\n${patch}\n\`\`\`\``)
    const draft = renderTicketBody({ ...refusedTicket, pullRequestRefusal: { ...refusedTicket.pullRequestRefusal!, status: 422 } }, templates)
    expect(draft).toContain('draft pull requests are not available')
  })
})
