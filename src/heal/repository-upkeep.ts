import type { FailureContext } from '../analyze/failure-context.js'
import type { ActionSettings } from '../config/action-settings.js'
import { defaultCostControl, parseCostControl, type CostControl } from '../config/cost-control.js'
import type { RepoApi } from '../github/repo-api.js'
import { alertEntry, alertsDue, type Alert } from '../ledger/check-budget.js'
import { findAlertIssue } from '../ledger/find-duplicate.js'
import { ledgerSearchQuery, renderMarker } from '../ledger/ledger-marker.js'
import type { LedgerEntry } from '../ledger/ledger.js'
import { ledgerEntry, type RunIdentity } from './ledger-records.js'

/**
 * What a heal keeps in order in the repository besides its fix: the budget file it reads from the
 * default branch, the fix PR it closes when its own branch fails, the alerts it raises.
 */
export interface UpkeepLog {
  warning(message: string): void
  notice(message: string): void
}

const fixFailedLabel = 'fix-failed'
const alertLabel = 'autoheal-alert'

export async function loadConfig(repo: RepoApi, path: string, defaultBranch: string, log: UpkeepLog): Promise<CostControl> {
  const text = await repo.readFile(path, defaultBranch)
  if (text === undefined) {
    log.notice(`No ${path} on ${defaultBranch}: using the built-in limits (10 fixes a day, 3 per branch, 4000 prompt tokens).`)
    return defaultCostControl
  }
  return parseCostControl(text, path)
}

/** The spec's "if fix fails" path: the fix PR of this branch gets a comment and the fix-failed label, and is closed. */
export async function handleFailedFix(repo: RepoApi, openPulls: readonly { number: number; url: string }[], runUrl: string, settings: ActionSettings, identity: RunIdentity, context: FailureContext, now: Date, steps: [string, string][]): Promise<void> {
  for (const pull of openPulls) {
    const marker = renderMarker(ledgerEntry('comment', identity, context, now))
    await repo.addComment(pull.number, `CI failed on this auto-fix branch ([run ${identity.runId}](${runUrl})): the fix did not work.${settings.closeFailedFixes ? ' Closing it; a manual ticket has the context.' : ''}\n\n${marker}`)
    await repo.addLabels(pull.number, [fixFailedLabel])
    if (settings.closeFailedFixes) await repo.closeIssueOrPull(pull.number)
    steps.push(['Failed fix', `${pull.url} labelled ${fixFailedLabel}${settings.closeFailedFixes ? ' and closed' : ''}`])
  }
}

/**
 * Past alert_thresholds, or a limit reached: one autoheal-alert issue per day or month, updated
 * rather than repeated, and a workflow warning.
 */
export async function raiseAlerts(
  repo: RepoApi,
  repository: string,
  config: CostControl,
  entries: readonly LedgerEntry[],
  now: Date,
  log: UpkeepLog,
  steps: [string, string][],
  limitReached?: string,
): Promise<void> {
  const alerts: Alert[] = alertsDue({ config, entries, now })
  if (limitReached) {
    const day = now.toISOString().slice(0, 10)
    alerts.push({ period: 'day', key: day, title: `Autoheal budget reached on ${day}`, body: `${limitReached}

Autoheal opened manual tickets instead of calling a model. Review \`ci/cost_control.yaml\` if the limit is too tight.` })
  }
  if (alerts.length === 0) return
  const openAlerts = (await repo.searchIssuesAndPulls(ledgerSearchQuery(repository, ['is:issue', 'is:open']))).filter((item) => item.state === 'open')
  for (const alert of alerts) {
    const body = `${alert.body}\n\n${renderMarker(alertEntry(alert, now))}`
    const existing = findAlertIssue(openAlerts, alert)
    if (existing) await repo.updateIssueBody(existing.item.number, body)
    else await repo.createIssue({ title: alert.title, body, labels: [alertLabel] })
    log.warning(alert.title)
    steps.push(['Alert', alert.title])
  }
}
