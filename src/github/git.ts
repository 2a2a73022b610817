import { execFile } from 'node:child_process'
import { AutohealError } from '../errors.js'
import { redactSecrets } from '../fix/redact-secrets.js'

/**
 * The only place that runs git (STYLE §1). `execFile`, never a shell: paths and branch names go
 * to git as arguments, whatever characters they hold. Errors carry the command and git's stderr,
 * with every secret the caller named (the token, its base64 header) replaced by `***`.
 */
export interface Git {
  /** Runs `git <args>` in the workspace and returns its stdout. */
  run(args: readonly string[], options?: GitRunOptions): Promise<string>
}

export interface GitRunOptions {
  /** Values to hide in an error message (a token, the header built from it). */
  secrets?: readonly string[]
}

export interface GitSettings {
  cwd: string
  /** The child's whole environment: main.ts and cli.ts decide what it holds, tests build it from scratch. */
  env: NodeJS.ProcessEnv
}

export class GitError extends AutohealError {
  override name = 'GitError'
  constructor(
    message: string,
    readonly command: string,
    readonly stderr: string,
    readonly exitCode: number | undefined,
  ) {
    super(message, 'See the git output above; if the workspace is not a checkout of the failing commit, check out `head_sha` before this step.')
  }
}

// A fix touches a few files, but `git diff` of a big repository or ls-remote of many branches can be long.
const maxOutputBytes = 64 * 1024 * 1024

function hide(text: string, secrets: readonly string[]): string {
  const named = secrets.filter((secret) => secret.length > 0).reduce((hidden, secret) => hidden.split(secret).join('***'), text)
  return redactSecrets(named)
}

export function createGit(settings: GitSettings): Git {
  // Disable git's prompt: with no credentials it would wait for a terminal until the job times out.
  const env = { ...settings.env, GIT_TERMINAL_PROMPT: '0' }
  return {
    run(args, options = {}) {
      const secrets = options.secrets ?? []
      return new Promise((resolve, reject) => {
        execFile('git', [...args], { cwd: settings.cwd, env, maxBuffer: maxOutputBytes, encoding: 'utf8' }, (error, stdout, stderr) => {
          if (!error) return resolve(stdout)
          const command = hide(`git ${args.join(' ')}`, secrets)
          const cleanStderr = hide(String(stderr).trim(), secrets)
          const exitCode = typeof error.code === 'number' ? error.code : undefined
          const detail = cleanStderr || hide(error.message, secrets)
          reject(new GitError(`${command} failed${exitCode === undefined ? '' : ` (exit ${exitCode})`}: ${detail}`, command, cleanStderr, exitCode))
        })
      })
    },
  }
}
