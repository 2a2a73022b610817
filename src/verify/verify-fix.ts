import { join } from 'node:path'
import { runUntrusted, type UntrustedResult } from '../sandbox/run-untrusted.js'
import { createScratchTree, writeIntoTree } from '../sandbox/scratch-tree.js'

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
