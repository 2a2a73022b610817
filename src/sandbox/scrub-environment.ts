/**
 * The environment for code of the failing branch (verify-command, the repository's formatters):
 * an allow-list of what a build needs to find its tools, never the runner's tokens, API keys or
 * ACTIONS_* runtime variables. An allow-list, because a deny-list misses the secret someone named
 * `DEPLOY_PASS` or `NPM_CONFIG__AUTH`.
 */
const allowedNames = new Set([
  'PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'LANG', 'LANGUAGE', 'TZ', 'TERM', 'TMPDIR', 'TEMP', 'TMP', 'CI',
  // Toolchains that setup-* actions put on the job (their folders, not credentials).
  'VIRTUAL_ENV', 'CONDA_PREFIX', 'PYENV_ROOT', 'PYENV_VERSION', 'pythonLocation', 'Python_ROOT_DIR', 'Python2_ROOT_DIR', 'Python3_ROOT_DIR', 'PKG_CONFIG_PATH', 'LD_LIBRARY_PATH',
  'JAVA_HOME', 'GOROOT', 'GOPATH', 'CARGO_HOME', 'RUSTUP_HOME', 'NVM_DIR', 'VOLTA_HOME', 'PNPM_HOME',
])
const allowedPrefixes = ['LC_']
/** Names that look like credentials are dropped even when allowed above: a belt to the braces. */
const credentialName = /TOKEN|SECRET|PASSW|KEY|CREDENTIAL|AUTH|COOKIE|SESSION/i

export function scrubEnvironment(environment: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const scrubbed: NodeJS.ProcessEnv = {}
  for (const [name, value] of Object.entries(environment)) {
    if (value === undefined || credentialName.test(name)) continue
    if (allowedNames.has(name) || allowedPrefixes.some((prefix) => name.startsWith(prefix))) scrubbed[name] = value
  }
  // Tools that would otherwise prompt or colour their output for a terminal.
  return { ...scrubbed, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0', GIT_TERMINAL_PROMPT: '0', PYTHONDONTWRITEBYTECODE: '1' }
}
