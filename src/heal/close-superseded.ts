import type { RepoApi } from '../github/repo-api.js'
import { readMarkers } from '../ledger/ledger-marker.js'
import { fixBranchPrefix } from '../deliver/branch-name.js'

/**
 * A later run of a branch succeeded without the fix: its open auto-fix PRs are superseded, and are
 * closed with a comment saying so (the branch stays, so a person can reopen the PR). Only PRs whose
 * failure came from the same workflow and started before this run: a green lint workflow says
 * nothing about a failed test workflow, and an old run finishing late says nothing about a new one.
 */
export interface SucceededRun {
  id: number
  url: string
  headBranch: string
  headSha: string
  /** From the event; without them, any open fix PR of the branch counts. */
  workflowId?: number
  createdAt?: string
}

export interface SupersededPull {
  number: number
  url: string
}

export const supersededLabel = 'superseded'

/** The open auto-fix PRs this run supersedes; reads only. */
export async function findSupersededFixes(repo: RepoApi, run: SucceededRun): Promise<SupersededPull[]> {
  if (!run.headBranch || run.headBranch.startsWith(fixBranchPrefix)) return []
  const candidates = (await repo.listOpenPullRequests({ base: run.headBranch })).filter((pull) => pull.headBranch.startsWith(fixBranchPrefix))
  const superseded: SupersededPull[] = []
  for (const pull of candidates) {
    const entry = readMarkers(pull.body).find((marker) => marker.kind === 'pr' && marker.head_branch === run.headBranch)
    if (!entry) continue
    const failing = await repo.getWorkflowRun(Number(entry.failing_run_id))
    if (failing && run.workflowId !== undefined && failing.workflowId !== run.workflowId) continue
    if (failing && run.createdAt && Date.parse(run.createdAt) <= Date.parse(failing.createdAt)) continue
    superseded.push({ number: pull.number, url: pull.url })
  }
  return superseded
}

export async function closeSupersededFixes(repo: RepoApi, run: SucceededRun, pulls: readonly SupersededPull[]): Promise<void> {
  for (const pull of pulls) {
    await repo.addComment(
      pull.number,
      `A later run of \`${run.headBranch}\` passed without this fix: [run ${run.id}](${run.url}) at ${run.headSha.slice(0, 7)}. Closing it as superseded; the branch stays, so reopen the PR if the change is still wanted.`,
    )
    await repo.addLabels(pull.number, [supersededLabel])
    await repo.closeIssueOrPull(pull.number)
  }
}

/** Finds and (when the heal may write) closes what a green run supersedes; what it did, for the summary. */
export async function supersedeFixes(repo: RepoApi, run: SucceededRun, options: { closes: boolean }, steps: [string, string][]): Promise<string> {
  const pulls = await findSupersededFixes(repo, run)
  if (pulls.length === 0) return ''
  const list = pulls.map((pull) => `#${pull.number}`).join(', ')
  if (!options.closes) {
    steps.push(['Superseded fixes', `would close ${list}`])
    return ` It supersedes the auto-fix PR ${list}, which a heal would close.`
  }
  await closeSupersededFixes(repo, run, pulls)
  for (const pull of pulls) steps.push(['Superseded fix', `${pull.url} closed`])
  return ` Closed the superseded auto-fix PR ${list}.`
}
