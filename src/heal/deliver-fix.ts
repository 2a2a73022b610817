import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { FailureContext } from '../analyze/failure-context.js'
import type { ActionSettings } from '../config/action-settings.js'
import type { BodyTemplates } from '../deliver/body-templates.js'
import { fixBranchName, fixBranchPrefix } from '../deliver/branch-name.js'
import { commitAndPushFix, commitMessage, isBot, listRemoteBranches } from '../deliver/commit-fix.js'
import { pullRequestTitle, renderPullRequestBody } from '../deliver/pull-request-body.js'
import type { PullRequestRefusal, TicketReason } from '../deliver/ticket-body.js'
import { BranchExistsError } from '../github/git-data-commit.js'
import { createGit } from '../github/git.js'
import { DraftsUnavailableError, PullRequestsNotAllowedError } from '../github/pull-request-errors.js'
import type { Created, RepoApi } from '../github/repo-api.js'
import { renderMarker } from '../ledger/ledger-marker.js'
import type { SafetyFinding } from '../safety/scan-diff.js'
import type { VerifyOutcome } from '../verify/verify-loop.js'
import { ledgerEntry, type CallRecord, type RunIdentity } from './ledger-records.js'

/**
 * A checked fix, delivered: a new fix/auto-* branch with one commit and a draft PR into the failing
 * branch (with git when the workspace is a checkout, through the Git Data API when it is not); for
 * a fork, a comment with the patch; when GitHub refuses the PR, a ticket that carries the patch.
 */
export interface CheckedFix {
  /** What the fix does, in words (the model's summary, or which tool made it). */
  summary: string
  /** Touched files as they were, relative to the working directory (absent: created). */
  original: ReadonlyMap<string, string>
  changed: ReadonlyMap<string, string>
  patch: string
  call: CallRecord
  verify: VerifyOutcome
  forReview: readonly SafetyFinding[]
  /** The repository's formatters that made the fix, when no model did. */
  tools?: readonly string[]
}

export interface DeliveryTarget {
  repo: RepoApi
  settings: ActionSettings
  checkoutDir: string
  gitEnvironment: NodeJS.ProcessEnv
  context: FailureContext
  identity: RunIdentity
  runUrl: string
  headSha: string
  isFork: boolean
  /** The fork's pull request, where its patch comment goes. */
  forkPullNumber?: number
  templates: BodyTemplates
  now: Date
  steps: [string, string][]
  log: { warning(message: string): void }
  openTicket: (reason: TicketReason, extra: { detail?: string; call?: CallRecord; refusal?: PullRequestRefusal }) => Promise<Created>
}

export type Delivery =
  | { outcome: 'pr'; prUrl: string; prNumber: number }
  | { outcome: 'comment' }
  | { outcome: 'issue'; reason: 'fork' | 'github-error'; message: string; issueUrl: string }

export const securityReviewLabel = 'security-review'
export const unverifiedLabel = 'unverified'

export async function deliverFix(target: DeliveryTarget, fix: CheckedFix): Promise<Delivery> {
  const { repo, settings, context, identity, runUrl, steps, now } = target
  if (target.isFork) return postPatchToFork(target, fix)

  const headCommit = target.headSha ? await repo.getCommit(target.headSha) : undefined
  const coAuthor = headCommit && !headCommit.authorIsBot && !isBot({ name: headCommit.authorName, email: headCommit.authorEmail }) ? { name: headCommit.authorName, email: headCommit.authorEmail } : undefined
  const openPullRequest = async (fixBranch: string) => {
    const marker = renderMarker(ledgerEntry('pr', identity, context, now, fix.call))
    const rendered = renderPullRequestBody(
      {
        context,
        runUrl,
        headBranch: identity.headBranch,
        fixBranch,
        summary: fix.summary,
        files: [...fix.changed.keys()],
        model: fix.call.model,
        usage: fix.call.usage,
        costUsd: fix.call.costUsd,
        verify: fix.verify,
        ...(fix.tools ? { tools: fix.tools } : {}),
        usedPushToken: Boolean(settings.pushToken),
        ledgerMarker: marker,
      },
      target.templates.pullRequest,
    )
    const securityNotes = fix.forReview.length === 0 ? '' : `### Security review\n\nThe safety scan asks a person to look at:\n\n${fix.forReview.map((finding) => `- \`${finding.path}\` [${finding.ruleId}]: ${finding.reason}`).join('\n')}\n\n`
    const body = securityNotes ? rendered.replace(marker, `${securityNotes}${marker}`) : rendered
    const created = await repo.createDraftPullRequest({ head: fixBranch, base: identity.headBranch, title: pullRequestTitle(context.fix_type), body })
    const labels = [...settings.labels, ...(fix.forReview.length > 0 ? [securityReviewLabel] : []), ...(fix.verify.status === 'unverified' ? [unverifiedLabel] : [])]
    await repo.addLabels(created.number, labels)
    if (headCommit?.authorLogin && !headCommit.authorIsBot) {
      await repo.requestReviewers(created.number, [headCommit.authorLogin]).catch((error: unknown) => target.log.warning(`Could not request a review from ${headCommit.authorLogin}: ${String(error)}`))
    }
    return created
  }

  try {
    const changed = prefixed(fix.changed, settings.workingDirectory)
    let fixBranch: string
    if (!existsSync(join(target.checkoutDir, '.git'))) {
      const message = commitMessage({ fixType: context.fix_type, paths: [...changed.keys()], summary: fix.summary, author: settings.commitAuthor, ...(coAuthor ? { coAuthor } : {}) })
      fixBranch = await createBranchThroughApi(repo, now, { baseSha: target.headSha, message, files: [...changed].map(([path, content]) => ({ path, content })), author: settings.commitAuthor })
      steps.push(['Branch', `${fixBranch} written through the Git Data API (the workspace is not a git checkout)`])
      const pull = await openPullRequest(fixBranch).catch(async (error: unknown) => {
        await repo.deleteBranch(fixBranch)
        throw error
      })
      steps.push(['Pull request', `${pull.url} (draft, branch ${fixBranch})`])
      return { outcome: 'pr', prUrl: pull.url, prNumber: pull.number }
    }
    const git = createGit({ cwd: target.checkoutDir, env: target.gitEnvironment })
    const pushToken = settings.pushToken ?? settings.githubToken
    const taken = await listRemoteBranches({ git, token: pushToken }, fixBranchPrefix)
    fixBranch = fixBranchName(now, (name) => taken.has(name))
    const branch = fixBranch
    const { result: pull } = await commitAndPushFix(
      {
        git,
        workspaceDir: target.checkoutDir,
        branch,
        fixType: context.fix_type,
        summary: fix.summary,
        original: prefixed(fix.original, settings.workingDirectory),
        changed,
        commitAuthor: `${settings.commitAuthor.name} <${settings.commitAuthor.email}>`,
        token: pushToken,
        ...(coAuthor ? { coAuthor } : {}),
      },
      () => openPullRequest(branch),
    )
    steps.push(['Pull request', `${pull.url} (draft, branch ${fixBranch})`])
    return { outcome: 'pr', prUrl: pull.url, prNumber: pull.number }
  } catch (error) {
    if (error instanceof PullRequestsNotAllowedError || error instanceof DraftsUnavailableError) {
      const refusal: PullRequestRefusal = { status: error instanceof PullRequestsNotAllowedError ? 403 : 422, message: `${error.message} ${error.remedy}`, patch: fix.patch }
      const ticket = await target.openTicket('pull-request-refused', { call: fix.call, refusal })
      return { outcome: 'issue', reason: 'github-error', message: error.message, issueUrl: ticket.url }
    }
    throw error
  }
}

/** A fork's branch cannot be pushed to: the fix goes to its pull request as a patch (allow-forks). */
async function postPatchToFork(target: DeliveryTarget, fix: CheckedFix): Promise<Delivery> {
  const { repo, context, identity, runUrl, now } = target
  if (!target.forkPullNumber) {
    const ticket = await target.openTicket('pull-request-refused', { call: fix.call, refusal: { status: 422, message: 'The run came from a fork without a pull request to comment on.', patch: fix.patch } })
    return { outcome: 'issue', reason: 'fork', message: 'No pull request of the fork to post the patch on.', issueUrl: ticket.url }
  }
  const marker = renderMarker(ledgerEntry('comment', identity, context, now, fix.call))
  const fence = '`'.repeat(Math.max(3, ...[...fix.patch.matchAll(/`+/g)].map((run) => run[0].length + 1)))
  const verified = fix.verify.status === 'not run' ? '' : `\n\nVerification: ${fix.verify.status} (\`${fix.verify.command}\`).`
  const comment = await repo.addComment(
    target.forkPullNumber,
    `🤖 **Autoheal** proposes a fix for the failed run [${identity.runId}](${runUrl}) (${context.fix_type}). A fork's branch cannot be pushed to, so here is the patch: save it and run \`git apply fix.patch\`.${verified}\n\n${fence}diff\n${fix.patch}${fence}\n\n${marker}`,
  )
  target.steps.push(['Patch comment', comment.url])
  return { outcome: 'comment' }
}

/** A new fix/auto-* branch with one commit, made through the API; a taken name moves to the next suffix. */
async function createBranchThroughApi(repo: RepoApi, now: Date, commit: Omit<Parameters<RepoApi['createCommitOnNewBranch']>[0], 'branch'>): Promise<string> {
  const taken = new Set<string>()
  for (;;) {
    const branch = fixBranchName(now, (name) => taken.has(name))
    try {
      await repo.createCommitOnNewBranch({ ...commit, branch })
      return branch
    } catch (error) {
      if (!(error instanceof BranchExistsError) || taken.size >= 20) throw error
      taken.add(branch)
    }
  }
}

/** Paths of the fix are relative to the working directory; git wants them relative to the checkout. */
function prefixed(files: ReadonlyMap<string, string>, workingDirectory: string): Map<string, string> {
  const prefix = workingDirectory.replace(/^\.\/?/, '').replace(/\/+$/, '')
  return new Map([...files].map(([path, content]) => [prefix ? `${prefix}/${path}` : path, content]))
}
