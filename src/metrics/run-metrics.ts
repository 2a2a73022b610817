import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createOctokit } from '../github/octokit.js'
import { createRepoApi } from '../github/repo-api.js'
import type { ModeLog, ModeReport } from '../report/mode-report.js'
import { uploadArtifact, type UploadEnvironment } from '../report/upload-artifact.js'
import { computeMetrics, type Metrics } from './compute-metrics.js'
import { qualityRows } from './quality-targets.js'
import { readLedger } from './read-ledger.js'
import { renderMetricsJson, renderMetricsSummary } from './render-metrics.js'

/**
 * `mode: metrics` from main.ts: read the ledger, compute, and leave the numbers in the job summary
 * and in `autoheal-metrics.json` (an artifact where one can be uploaded). It writes nothing to the
 * repository, so its outcome is DESIGN's `analyzed`. Only the GitHub token is needed.
 */
export interface RunMetricsInput {
  githubToken: string
  apiUrl: string
  /** `owner/name` */
  repository: string
  /** RUNNER_TEMP, or a folder of the working directory outside a runner. */
  outputDir: string
  upload: UploadEnvironment
  now: Date
  log: ModeLog
}

export const metricsFileName = 'autoheal-metrics.json'
export const metricsArtifactName = 'autoheal-metrics'
// GitHub's search answers at most this many results, however many pages are asked for.
const searchResultCap = 1000

function describe(metrics: Metrics, itemCount: number): string {
  if (itemCount === 0) return 'No ledger entry yet: Autoheal has not opened a PR, ticket or comment in this repository.'
  return `${itemCount} ledger item${itemCount === 1 ? '' : 's'} read: ${metrics.pullRequests} fix PRs for ${metrics.failedRunsHandled} failed runs handled; ${metrics.merged} merged, ${metrics.closedUnmerged} closed unmerged, ${metrics.open} open.`
}

export async function runMetrics(input: RunMetricsInput): Promise<ModeReport> {
  const { log } = input
  const repo = createRepoApi({ octokit: createOctokit({ token: input.githubToken, baseUrl: input.apiUrl }), repository: input.repository })
  const ledger = await readLedger(repo, input.repository)
  const metrics = computeMetrics(ledger)
  const quality = qualityRows(metrics)
  const warnings = ledger.searchResultCount >= searchResultCap
    ? [`GitHub's search returns at most ${searchResultCap} results: older ledger items may be missing from these numbers.`]
    : []
  for (const warning of warnings) log.warning(warning)

  const directory = join(input.outputDir, metricsArtifactName)
  await mkdir(directory, { recursive: true })
  const file = join(directory, metricsFileName)
  await writeFile(file, renderMetricsJson({ repository: input.repository, generatedAt: input.now, metrics, quality }))
  log.info(`Wrote the metrics to ${file}.`)
  const upload = await uploadArtifact(metricsArtifactName, [file], directory, input.upload)
  const dataNote = upload.uploaded
    ? `The numbers are in \`${metricsFileName}\`, uploaded as the artifact \`${metricsArtifactName}\`.`
    : `The numbers are in \`${file}\` (not uploaded as an artifact: ${upload.why}).`
  if (upload.uploaded) log.info(`Uploaded ${metricsFileName} as the artifact ${metricsArtifactName}.`)
  else log.notice(`${metricsFileName} stays in ${directory}: ${upload.why}.`)

  const message = describe(metrics, ledger.itemCount)
  return { outcome: 'analyzed', reason: '', message, summary: renderMetricsSummary({ metrics, quality, message, dataNote, warnings }) }
}
