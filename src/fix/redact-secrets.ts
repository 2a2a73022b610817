/**
 * Secrets out of text that goes to a model, a summary or an artifact: rows of token shapes, each
 * replaced with `[REDACTED_<LABEL>]`. Logs and reports are written by the failing branch (maybe a
 * fork's): a test that prints the environment, a URL with its password, a key in a fixture.
 *
 * Edges, row by row:
 * - Vendor-prefixed tokens get no leading `\b`: runtime output often puts a word character right
 *   against the value (an ANSI colour code ending in `m`, `token=ghp_…`, `Bearerghp_…` after a
 *   stripped space). Their prefixes are distinctive enough to stand alone.
 * - The generic OpenAI `sk-` row would also fire inside words (`disk-usage-…`, `task-runner-…`), so
 *   it asks for what a random key has and prose does not: a digit and an upper-case letter.
 * - The Anthropic row runs before the OpenAI row, so an `sk-ant-` key is labelled as Anthropic's.
 * - Secrets that follow a name (`aws_secret_access_key = …`, `Authorization: Bearer …`, a URL's
 *   password) are matched with a lookbehind, so the name stays readable and only the value goes.
 * - A private key block cut off by a truncated log (BEGIN without END) is redacted to the end of
 *   the text: half a key is still a key.
 * - Rows run in order and never match what an earlier row wrote (`[REDACTED_…]` has brackets,
 *   which no value pattern accepts), so a token inside a URL is labelled once.
 */
export interface SecretShape {
  label: string
  pattern: RegExp
}

export const secretShapes: readonly SecretShape[] = [
  {
    label: 'PRIVATE_KEY',
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|$)/g,
  },
  // Classic tokens are the prefix and 36 characters; fine-grained ones are github_pat_ and 82.
  { label: 'GITHUB_TOKEN', pattern: /gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255}/g },
  { label: 'ANTHROPIC_KEY', pattern: /sk-ant-[A-Za-z0-9_-]{20,}/g }, // before the generic sk- row below
  {
    label: 'OPENAI_KEY',
    pattern: /sk-(?:proj-|svcacct-|admin-)?(?=[A-Za-z0-9_-]*[0-9])(?=[A-Za-z0-9_-]*[A-Z])[A-Za-z0-9_-]{20,}/g,
  },
  { label: 'AWS_ACCESS_KEY_ID', pattern: /(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/g },
  // The secret itself is 40 base64 characters with nothing to recognise it by but its name.
  { label: 'AWS_SECRET', pattern: /(?<=aws_secret_access_key["']?\s*[:=]\s*["']?)[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/gi },
  // Header and payload are base64url JSON, so both begin with `eyJ` (`{"`); alg "none" has no signature.
  { label: 'JWT', pattern: /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g },
  { label: 'SLACK_TOKEN', pattern: /xox[abposr]-[A-Za-z0-9-]{10,}/g },
  { label: 'NPM_TOKEN', pattern: /npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g },
  { label: 'AUTHORIZATION', pattern: /(?<=\bAuthorization["']?\s*[:=]\s*["']?(?:Bearer|Basic|token)\s+)[A-Za-z0-9._~+/=-]{8,}/gi },
  // scheme://user:password@host — the user name stays, the password goes.
  { label: 'URL_PASSWORD', pattern: /(?<=\b[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/:@[\]]*:)[^\s/@[\]]+(?=@)/g },
  { label: 'URL_PASSWORD', pattern: /(?<=[?&;](?:password|passwd|pwd|secret|token|access_token|api_key|apikey)=)[^&\s#"'[\]]+/gi },
]

export function redactSecrets(text: string): string {
  return secretShapes.reduce((redacted, { label, pattern }) => redacted.replace(pattern, `[REDACTED_${label}]`), text)
}
