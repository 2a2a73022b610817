import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { InputError } from '../errors.js'
import { GitHubApiError } from '../github/github-api-error.js'
import type { RunApi } from '../github/run-api.js'
import { describeGitHubFailure } from './describe-github-failure.js'
import { extractZip, type ZipLimits } from './extract-zip.js'
import { chooseUniqueName, sanitizeFileName } from './sanitize-file-name.js'

/** Beyond this many skipped entries per artifact, one line sums up the rest. */
const maxSkippedEntriesNamed = 10

export interface CollectArtifactsInput {
  api: RunApi
  runId: number
  artifactsDir: string
  /** Where zips wait between download and extraction; removed afterwards. */
  downloadsDir: string
  note: (diagnostic: string) => void
  info: (message: string) => void
  zipLimits?: Partial<ZipLimits>
}

/**
 * Extracts each artifact of the run into `<artifactsDir>/<artifact name>/`. What cannot be had
 * (no permission, expired, corrupt, hostile entries) is noted; the other artifacts go on.
 * Returns the names of the folders written.
 */
export async function collectArtifacts(input: CollectArtifactsInput): Promise<string[]> {
  const { api, runId, artifactsDir, downloadsDir, note, info } = input
  let artifacts
  try {
    artifacts = await api.listRunArtifacts(runId)
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error
    note(`${describeGitHubFailure(`the artifacts of run ${runId}`, error)} The analysis goes on from the logs alone.`)
    return []
  }
  await mkdir(downloadsDir, { recursive: true })
  const takenNames = new Set<string>()
  const folders: string[] = []
  try {
    for (const artifact of artifacts) {
      const subject = `artifact "${artifact.name}"`
      if (artifact.expired) {
        note(
          `Artifact "${artifact.name}" has expired: GitHub keeps artifacts only for the repository's retention period. Re-run the failed jobs to upload it again.`,
        )
        continue
      }
      const folder = chooseUniqueName(sanitizeFileName(artifact.name), takenNames)
      const destination = path.join(artifactsDir, folder)
      const zipFile = path.join(downloadsDir, `artifact-${artifact.id}.zip`)
      try {
        await api.downloadArtifactZip(artifact.id, zipFile)
        const extracted = await extractZip(zipFile, destination, input.zipLimits)
        info(`Artifact "${artifact.name}": ${extracted.files.length} files, ${extracted.totalBytes} bytes.`)
        for (const skipped of extracted.skipped.slice(0, maxSkippedEntriesNamed)) {
          note(`Artifact "${artifact.name}": entry "${skipped.name}" was not extracted: ${skipped.reason}.`)
        }
        const unnamed = extracted.skipped.length - maxSkippedEntriesNamed
        if (unnamed > 0) note(`Artifact "${artifact.name}": ${unnamed} more entries were not extracted.`)
        folders.push(folder)
      } catch (error) {
        if (error instanceof GitHubApiError) note(describeGitHubFailure(subject, error))
        else if (error instanceof InputError) note(`Artifact "${artifact.name}" could not be read: ${error.message}. ${error.remedy}`)
        else throw error
        // Half an archive would read as a complete report: leave nothing rather than a part.
        await rm(destination, { recursive: true, force: true })
      } finally {
        await rm(zipFile, { force: true })
      }
    }
  } finally {
    await rm(downloadsDir, { recursive: true, force: true })
  }
  return folders
}
