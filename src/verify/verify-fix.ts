import { join } from 'node:path'
import { getErrorMessage } from '../errors.js'
import { redactSecrets } from '../fix/redact-secrets.js'
import { runUntrusted, type UntrustedResult } from '../sandbox/run-untrusted.js'
import { createScratchTree, writeIntoTree } from '../sandbox/scratch-tree.js'
import type { VerifyLoopInput } from './verify-loop.js'

/**
 * verify-command on the patched tree: a scratch copy of the checkout with the fix written in, the
 * command run there by runUntrusted (scrubbed environment, timeout, bounded and redacted output),
 * the copy removed afterwards. The checkout is never touched.
 */
export interface VerifySettings {
  command: string
  checkoutDir: string
  /** The project inside the checkout; the command runs there, and the fix's paths are relative to it. */
  workingDirectory: string
  /** Where scratch copies go (our folder under RUNNER_TEMP). */
  scratchParent: string
  environment: NodeJS.ProcessEnv
  timeoutMs: number
}

/** Five minutes: twice that (a retry) still fits the example workflow's 15-minute job. */
export const verifyTimeoutMs = 5 * 60 * 1000

export async function verifyFix(settings: VerifySettings, changed: ReadonlyMap<string, string>): Promise<UntrustedResult> {
  const tree = await createScratchTree(settings.checkoutDir, settings.scratchParent)
  try {
    const projectDir = join(tree.dir, settings.workingDirectory)
    await writeIntoTree(projectDir, changed)
    return await runUntrusted({ shell: settings.command }, { cwd: projectDir, timeoutMs: settings.timeoutMs, environment: settings.environment })
  } finally {
    await tree.remove()
  }
}

/** The verify loop's view of verify-command: each run reported as a summary step and in the log. */
export function createVerifier(settings: VerifySettings, report: { steps: [string, string][]; log: { info(message: string): void } }): NonNullable<VerifyLoopInput['verify']> {
  return {
    // Shown in bodies, summaries and the retry prompt: a token typed into the command stays out of them.
    command: redactSecrets(settings.command),
    run: async (changed) => {
      const result = await verifyFix(settings, changed).catch((error: unknown): UntrustedResult => ({ passed: false, exitCode: null, timedOut: false, startError: `The verify run could not be prepared: ${getErrorMessage(error)}`, output: '', durationMs: 0 }))
      const how = result.passed ? 'passed' : result.timedOut ? 'timed out' : `failed (exit ${result.exitCode ?? 'none'})`
      report.steps.push(['Verify run', `${how} in ${(result.durationMs / 1000).toFixed(1)} s`])
      report.log.info(`verify-command ${result.passed ? 'passed' : 'failed'}:\n${result.startError ?? result.output}`)
      return result
    },
  }
}
