/** Every error the user can act on carries what to do about it. */
export class AutohealError extends Error {
  /** false: the step ends green with a notice (budget spent, nothing safe to change). */
  readonly failsStep: boolean = true
  constructor(
    message: string,
    readonly remedy: string,
    options?: ErrorOptions,
  ) {
    super(message, options)
  }
}

/** A bad flag, a missing input or an invalid configuration file: exit code 2 in the CLI. */
export class UsageError extends AutohealError {
  override name = 'UsageError'
}

/** An invalid configuration file; the message names the key and the line. */
export class ConfigError extends AutohealError {
  override name = 'ConfigError'
}

/** Input that could not be read as what it claims to be (a log, a report, an archive). */
export class InputError extends AutohealError {
  override name = 'InputError'
}

export function getErrorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
