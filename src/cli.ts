#!/usr/bin/env node
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { AutohealError, UsageError, getErrorMessage } from './errors.js'

const usage = `Usage: autoheal <command> [options]

Commands:
  analyze   Read a failed run's logs and artifacts and write failure_context.json
  fix       Ask Claude or GPT for a fix of a failure context; write fix files and fix.patch

autoheal analyze [--logs-dir DIR] [--artifacts-dir DIR] [--workspace DIR]
                 [--workflow-run-id N] [--cost-control FILE] --output failure_context.json
  --logs-dir DIR          job logs as GitHub serves them, one file per failed job
  --artifacts-dir DIR     the run's artifacts (JUnit XML, jest/vitest/pytest JSON, eslint JSON, SARIF, …)
  --workspace DIR         the project checked out at the failing commit (finds the files to change)
  --workflow-run-id N     the failed run's id, recorded in the context
  --cost-control FILE     cost_control.yaml: its exclude_fix_types set can_auto_fix to false
  --output FILE           where to write the context (default: failure_context.json)
At least one of --logs-dir and --artifacts-dir is needed; a missing logs folder means "no logs".

autoheal fix --context failure_context.json [--fix-type T] --provider anthropic|openai
             --workspace DIR --output-dir fixes/ [--model M] [--cost-control FILE]
             [--templates-dir DIR] [--dry-run]
  --context FILE          what \`autoheal analyze\` wrote
  --fix-type T            force a type (also when the context says can_auto_fix: false)
  --provider P            anthropic (ANTHROPIC_API_KEY) or openai (OPENAI_API_KEY)
  --workspace DIR         the project at the failing commit; it is read, never changed
  --output-dir DIR        files/<path> (each changed file with a TARGET line), index.json, fix.patch
  --model M               instead of cost_control.yaml's providers.<P>.model
  --cost-control FILE     limits and models (default: the built-in ones, as ci/cost_control.yaml)
  --templates-dir DIR     your own <fix_type>_fix.md templates, file by file
  --dry-run               write prompt.md and estimate.json; no key, no model call
ANTHROPIC_BASE_URL and OPENAI_BASE_URL point the providers at a company gateway.

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

const fixOptions = {
  context: { type: 'string' },
  'fix-type': { type: 'string' },
  provider: { type: 'string', default: 'anthropic' },
  workspace: { type: 'string', default: '.' },
  'output-dir': { type: 'string', default: 'fixes' },
  model: { type: 'string' },
  'cost-control': { type: 'string' },
  'templates-dir': { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h' },
} satisfies ParseArgsConfig['options']

async function runFix(args: string[], out: (line: string) => void): Promise<number> {
  const flags = parseFlags(args, fixOptions)
  if (flags.help) {
    out(usage)
    return 0
  }
  if (!flags.context) throw new UsageError('fix needs --context failure_context.json.', 'Write one with `autoheal analyze`.')
  const { runFixCommand } = await import('./fix/fix-command.js')
  const provider = flags.provider
  const result = await runFixCommand({
    contextPath: resolve(flags.context),
    provider,
    workspaceDir: resolve(flags.workspace),
    outputDir: resolve(flags['output-dir']),
    dryRun: flags['dry-run'],
    now: new Date(),
    ...(flags['fix-type'] ? { fixType: flags['fix-type'] } : {}),
    ...(flags.model ? { model: flags.model } : {}),
    ...(flags['cost-control'] ? { costControlPath: flags['cost-control'] } : {}),
    ...(flags['templates-dir'] ? { templatesDir: resolve(flags['templates-dir']) } : {}),
    ...providerEnvironment(provider),
  })
  for (const line of result.lines) out(line)
  return result.exitCode
}

/** The provider's key and gateway, from the environment the SDKs document. */
function providerEnvironment(provider: string): { apiKey?: string; baseUrl?: string } {
  const prefix = provider === 'openai' ? 'OPENAI' : 'ANTHROPIC'
  const apiKey = process.env[`${prefix}_API_KEY`]
  const baseUrl = process.env[`${prefix}_BASE_URL`]
  return { ...(apiKey ? { apiKey } : {}), ...(baseUrl ? { baseUrl } : {}) }
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
        return await runFix(args, out)
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
