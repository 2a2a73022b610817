/**
 * Paths Autoheal never edits and never sends to a model, each with its reason (DESIGN, "Rules
 * that code enforces"). Paths are repo-relative with forward slashes; matching ignores case, since
 * a case-insensitive file system (macOS, Windows) would let `.GitHub/` through otherwise.
 */
export interface ProtectedPathRule {
  pattern: RegExp
  reason: string
}

export const protectedPathRules: readonly ProtectedPathRule[] = [
  { pattern: /^\.github\//i, reason: 'workflows and repository settings (.github/) are never changed by Autoheal' },
  { pattern: /(?:^|\/)\.env(?:\.[^/]*)?$/i, reason: '.env files hold secrets' },
  { pattern: /(?:^|\/)(?:\.git|\.svn|\.hg)(?:\/|$)/i, reason: 'version control internals' },
  { pattern: /(?:^|\/)CODEOWNERS$/i, reason: 'CODEOWNERS decides who must review' },
  { pattern: /\.(?:pem|key|p12|pfx|crt|cer|der|jks|keystore|gpg|asc|ppk)$/i, reason: 'keys and certificates' },
  { pattern: /(?:^|\/)(?:id_rsa|id_dsa|id_ecdsa|id_ed25519)(?:\.pub)?$/i, reason: 'SSH keys' },
  { pattern: /(?:^|\/)\.(?:npmrc|pypirc|netrc|git-credentials)$/i, reason: 'credential files' },
  { pattern: /(?:^|\/)(?:secrets?|credentials?)\.(?:ya?ml|json|toml|ini|txt)$/i, reason: 'secret or credential files' },
]

export interface ProtectedPathSettings {
  /** The cost-control file (`cost-control` input), repo-relative. */
  costControlPath: string
  /** The templates folder (`templates-dir` input), repo-relative. */
  templatesDir: string
}

export const defaultProtectedPathSettings: ProtectedPathSettings = {
  costControlPath: 'ci/cost_control.yaml',
  templatesDir: 'ci/fix_templates',
}

/** Why a path may not be edited or sent, or undefined when it may. */
export function protectedReason(path: string, settings: ProtectedPathSettings = defaultProtectedPathSettings): string | undefined {
  const normalized = path.replace(/^\.\//, '').toLowerCase()
  const costControl = settings.costControlPath.replace(/^\.\//, '').toLowerCase()
  const templates = settings.templatesDir.replace(/^\.\//, '').replace(/\/+$/, '').toLowerCase()
  if (normalized === costControl) return 'the cost-control file sets the budget; a fix must not raise it'
  if (templates && (normalized === templates || normalized.startsWith(`${templates}/`))) return 'the fix templates write the prompt; a fix must not rewrite them'
  return protectedPathRules.find((rule) => rule.pattern.test(path))?.reason
}
