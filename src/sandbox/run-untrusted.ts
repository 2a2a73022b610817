import { spawn } from 'node:child_process'
import { redactSecrets } from '../fix/redact-secrets.js'
import { boundedOutput } from './bounded-output.js'
import { scrubEnvironment } from './scrub-environment.js'

/**
 * Runs code of the failing branch: a shell command (verify-command) or a program with arguments
 * (a formatter). Scrubbed environment, its own process group killed whole at the timeout, stdin
 * closed, output bounded and redacted before anyone sees it. It never throws for what the command
 * does: a missing program, a crash or a timeout are results.
 */
export type UntrustedCommand = { shell: string } | { file: string; args: readonly string[] }

export interface RunUntrustedOptions {
  cwd: string
  timeoutMs: number
  /** The runner's environment, scrubbed here. */
  environment: NodeJS.ProcessEnv
  headBytes?: number
  tailBytes?: number
}

export interface UntrustedResult {
  /** Exit code; null when the process was killed or could not start. */
  exitCode: number | null
  passed: boolean
  timedOut: boolean
  /** Why it could not start (a missing program), in words. */
  startError?: string
  /** stdout and stderr as they interleaved, without colour codes, bounded and redacted. */
  output: string
  durationMs: number
}

const ansiEscape = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007/g

function describeCommand(command: UntrustedCommand): string {
  return 'shell' in command ? command.shell : [command.file, ...command.args].join(' ')
}

export async function runUntrusted(command: UntrustedCommand, options: RunUntrustedOptions): Promise<UntrustedResult> {
  const started = Date.now()
  const output = boundedOutput(options.headBytes ?? 8 * 1024, options.tailBytes ?? 24 * 1024)
  const [file, args] = 'shell' in command ? ['/bin/sh', ['-c', command.shell]] : [command.file, [...command.args]]
  const child = spawn(file, args, {
    cwd: options.cwd,
    env: scrubEnvironment(options.environment),
    stdio: ['ignore', 'pipe', 'pipe'],
    // A process group of its own, so the timeout kills what the command started too.
    detached: true,
  })
  child.stdout.on('data', (chunk: Buffer) => output.append(chunk))
  child.stderr.on('data', (chunk: Buffer) => output.append(chunk))
  let timedOut = false
  const killGroup = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
  const timer = setTimeout(() => {
    timedOut = true
    killGroup()
  }, options.timeoutMs)
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()))
  const ended = await new Promise<{ code: number | null; error?: Error }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, error }))
    child.once('exit', (code) => resolve({ code }))
  })
  clearTimeout(timer)
  // A test runner may leave daemons behind (a watcher, a server) that hold its output open: they
  // go with the group, and then the pipes close.
  killGroup()
  if (!ended.error) await closed
  const text = redactSecrets(output.text().replace(ansiEscape, ''))
  return {
    exitCode: ended.code,
    passed: ended.code === 0 && !timedOut && !ended.error,
    timedOut,
    ...(ended.error ? { startError: `${describeCommand(command)} could not start: ${ended.error.message}` } : {}),
    output: timedOut ? `${text}\n(stopped after ${Math.round(options.timeoutMs / 1000)} s: the time limit)` : text,
    durationMs: Date.now() - started,
  }
}
