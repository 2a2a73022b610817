import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { AutohealError, UsageError, getErrorMessage } from './errors.js'

const usage = `Usage: autoheal <command> [options]

Commands:
  analyze   Read a failed run's logs and artifacts and write failure_context.json
  fix       Propose a fix for a failure context (not in this version yet)

autoheal analyze [--logs-dir DIR] [--artifacts-dir DIR] [--workspace DIR]
                 [--workflow-run-id N] [--cost-control FILE] --output failure_context.json
  --logs-dir DIR          job logs as GitHub serves them, one file per failed job
  --artifacts-dir DIR     the run's artifacts (JUnit XML, jest/vitest/pytest JSON, eslint JSON, SARIF, …)
  --workspace DIR         the project checked out at the failing commit (finds the files to change)
  --workflow-run-id N     the failed run's id, recorded in the context
  --cost-control FILE     cost_control.yaml: its exclude_fix_types set can_auto_fix to false
  --output FILE           where to write the context (default: failure_context.json)
At least one of --logs-dir and --artifacts-dir is needed; a missing logs folder means "no logs".

Exit codes: 0 done, 1 the work failed, 2 usage or configuration error.
`

const analyzeOptions = {
  'logs-dir': { type: 'string' },
  'artifacts-dir': { type: 'string' },
  workspace: { type: 'string' },
  'workflow-run-id': { type: 'string' },
  'cost-control': { type: 'string' },
  output: { type: 'string', default: 'failure_context.json' },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options']

function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values
  } catch (error) {
    throw new UsageError(getErrorMessage(error), 'Run `autoheal --help` for the flags each command takes.')
  }
}

async function runAnalyze(args: string[], out: (line: string) => void): Promise<void> {
  const flags = parseFlags(args, analyzeOptions)
  if (flags.help) {
    out(usage)
    return
  }
  const logsDir = flags['logs-dir']
  const artifactsDir = flags['artifacts-dir']
  if (!logsDir && !artifactsDir) {
    throw new UsageError('analyze needs --logs-dir or --artifacts-dir (or both).', 'Point it at the folders of a failed run.')
  }
  const runId = flags['workflow-run-id'] ?? 'local'
  if (!/^[\w-]+$/.test(runId)) throw new UsageError(`--workflow-run-id '${runId}' is not a run id.`, 'Pass the number from the run URL.')
  // Modules load on the path that needs them: a start-up of a 200 MB log's analysis counts too.
  const costControl = flags['cost-control'] ? await (await import('./config/cost-control.js')).loadCostControlFile(flags['cost-control']) : undefined
  if (costControl?.notice) process.stderr.write(`${costControl.notice}\n`)

  const { analyzeRun } = await import('./analyze/analyze-run.js')
  const { loadJobLogs, loadReports } = await import('./analyze/load-run-files.js')
  const { readWorkspace } = await import('./analyze/workspace.js')
  const [logs, reports] = await Promise.all([loadJobLogs(logsDir), loadReports(artifactsDir)])
  const context = analyzeRun({
    workflowRunId: runId,
    logs: logs.logs,
    reports: reports.reports,
    diagnostics: [...logs.diagnostics, ...reports.diagnostics],
    ...(flags.workspace ? { workspace: readWorkspace(resolve(flags.workspace)) } : {}),
    ...(costControl ? { excludeFixTypes: costControl.config.exclude_fix_types } : {}),
  })
  const output = resolve(flags.output)
  await mkdir(dirname(output), { recursive: true })
  await writeFile(output, `${JSON.stringify(context, null, 2)}\n`)
  out(
    `${context.fix_type} (confidence ${context.confidence}, can_auto_fix ${context.can_auto_fix}): ` +
      `${context.affected_files.join(', ') || 'no files'} → ${flags.output}`,
  )
  for (const diagnostic of context.diagnostics) process.stderr.write(`note: ${diagnostic}\n`)
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv
  const out = (line: string) => process.stdout.write(`${line}\n`)
  try {
    switch (command) {
      case 'analyze':
        await runAnalyze(args, out)
        return 0
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        out(usage)
        return command === undefined ? 2 : 0
      case 'fix':
        throw new UsageError('autoheal fix is not available in this version yet.', 'Use `autoheal analyze` for now.')
      default:
        throw new UsageError(`Unknown command '${command}'.`, 'Run `autoheal --help` for the commands.')
    }
  } catch (error) {
    const message = getErrorMessage(error)
    const remedy = error instanceof AutohealError ? ` ${error.remedy}` : ''
    process.stderr.write(`autoheal: ${message}${remedy}\n`)
    return error instanceof UsageError || (error instanceof AutohealError && error.name === 'ConfigError') ? 2 : 1
  }
}

process.exitCode = await main(process.argv.slice(2))
