import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { getErrorMessage } from '../errors.js'
import type { ReportFailures } from './analyze-run.js'
import { normalizeLogLine } from './normalize-log-line.js'
import { parseToolOutput } from './parse-log/parse-step-output.js'
import { readJobLog } from './read-job-log.js'
import type { JobLog } from './scan-job-log.js'

/**
 * The I/O edge of the analysis: job logs and report artifacts from folders on disk (what
 * `collect` downloaded, or what a person got with `gh run download`). What cannot be read
 * becomes a diagnostic sentence; the analysis goes on with the rest.
 */

const maxFiles = 2_000
const maxReportBytes = 64 * 1024 * 1024
const logExtensions = /\.(?:txt|log)$/i

async function listFiles(root: string): Promise<string[]> {
  const found: string[] = []
  const walk = async (directory: string): Promise<void> => {
    const entries = await readdir(directory, { withFileTypes: true })
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      if (found.length >= maxFiles) return
      const path = join(directory, entry.name)
      if (entry.isDirectory()) await walk(path)
      else if (entry.isFile()) found.push(path)
    }
  }
  await walk(root)
  return found
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory()
  } catch {
    return false // missing: git keeps no empty folders, so "no logs" is normal
  }
}

const jobNameOf = (root: string, file: string) => relative(root, file).split(sep).join('/').replace(logExtensions, '')

export async function loadJobLogs(logsDir: string | undefined): Promise<{ logs: JobLog[]; diagnostics: string[] }> {
  if (!logsDir || !(await isDirectory(logsDir))) return { logs: [], diagnostics: [] }
  const logs: JobLog[] = []
  const diagnostics: string[] = []
  for (const file of await listFiles(logsDir)) {
    if (!logExtensions.test(file)) continue
    try {
      logs.push(await readJobLog(file, jobNameOf(logsDir, file)))
    } catch (error) {
      diagnostics.push(`Could not read the log ${relative(logsDir, file)}: ${getErrorMessage(error)}`)
    }
  }
  return { logs, diagnostics }
}

/** A `tee` copy of a tool's console output among the artifacts: the log parsers read it, without step framing. */
function failuresOfConsoleCopy(content: string): ReportFailures['failures'] {
  const lines = content.split('\n').map(normalizeLogLine)
  return parseToolOutput(lines)
}

export async function loadReports(artifactsDir: string | undefined): Promise<{ reports: ReportFailures[]; diagnostics: string[] }> {
  if (!artifactsDir || !(await isDirectory(artifactsDir))) return { reports: [], diagnostics: [] }
  const reports: ReportFailures[] = []
  const diagnostics: string[] = []
  // The XML and JSON report parsers load only when there are artifacts to read.
  const { parseReport } = await import('./reports/parse-report.js')
  for (const file of await listFiles(artifactsDir)) {
    const fileName = relative(artifactsDir, file).split(sep).join('/')
    try {
      const { size } = await stat(file)
      if (size > maxReportBytes) {
        diagnostics.push(`Skipped the artifact file ${fileName}: ${Math.round(size / 1024 / 1024)} MB is more than a report can be.`)
        continue
      }
      const content = await readFile(file, 'utf8')
      const parsed = parseReport(fileName, content)
      diagnostics.push(...parsed.diagnostics)
      if (parsed.format !== undefined) {
        reports.push({ fileName, failures: parsed.failures })
      } else if (logExtensions.test(file)) {
        const failures = failuresOfConsoleCopy(content)
        if (failures.length > 0) reports.push({ fileName, failures })
      }
    } catch (error) {
      diagnostics.push(`Could not read the artifact file ${fileName}: ${getErrorMessage(error)}`)
    }
  }
  return { reports, diagnostics }
}
