import { describe, expect, it } from 'vitest'
import { redactSecrets, secretShapes } from '../../../src/fix/redact-secrets.js'

// Fake tokens are built from parts at run time: nothing in this file looks like a live token to a scanner.
const fill = (seed: string, length: number) => seed.repeat(Math.ceil(length / seed.length)).slice(0, length)
const fakes = {
  githubClassic: `gh${'p'}_${fill('a1B2c3D4e5F6', 36)}`,
  githubOauth: `gh${'o'}_${fill('Zy9Xw8Vu7Ts6', 36)}`,
  githubUser: `gh${'u'}_${fill('Qa1Ws2Ed3Rf4', 36)}`,
  githubApp: `gh${'s'}_${fill('Mn5Bv6Cx7Za8', 36)}`,
  githubRefresh: `gh${'r'}_${fill('Lk9Jh8Gf7Ds6', 76)}`,
  githubFineGrained: `github${'_pat_'}${fill('11ABCDEFG0', 22)}_${fill('xY9zW8vU7tS6', 59)}`,
  anthropic: `sk-${'ant-'}api03-${fill('Ab3_Cd4-Ef5Gh6', 93)}AA`,
  openaiLegacy: `sk-${fill('T3BlbkFJ9xQa7', 48)}`,
  openaiProject: `sk-${'proj-'}${fill('Zq8_Xw7-Vu6Ts5Rp', 156)}`,
  openaiService: `sk-${'svcacct-'}${fill('Hg4-Fd3_Sa2Qw1', 120)}`,
  awsAccessKeyId: `AK${'IA'}${fill('Q3EGRTY7UVWX2Z4B', 16)}`,
  awsSessionKeyId: `AS${'IA'}${fill('Z7Y6X5W4V3U2T1S0', 16)}`,
  awsSecret: fill('wJalrXUtnFEMI/K7MDENG+bPxRfiCY', 40),
  jwt: `ey${'JhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9'}.ey${'JzdWIiOiIxMjM0NTY3ODkwIiwiaWF0IjoxNTE2MjM5MDIyfQ'}.${fill('SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c', 43)}`,
  slack: `xo${'xb'}-${fill('1234567890', 11)}-${fill('9876543210', 13)}-${fill('AbCdEfGh12Ij', 24)}`,
  npm: `np${'m'}_${fill('Rt5Yu6Io7Pa8', 36)}`,
  bearer: fill('opaqueAccessToken_123', 32),
  urlPassword: 'S3cr3t-Pa55',
}
const privateKeyBody = fill('MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun', 200)
const privateKey = ['-----BEGIN ', 'RSA PRIVATE KEY-----\n', privateKeyBody, '\n-----END RSA PRIVATE KEY-----'].join('')

interface Row {
  name: string
  text: string
  secret: string
  label: string
}

// One row (at least) per shape, each in the kind of line a CI log prints it in.
const rows: Row[] = [
  { name: 'GitHub classic token', text: `Using token ${fakes.githubClassic} for checkout`, secret: fakes.githubClassic, label: 'GITHUB_TOKEN' },
  { name: 'GitHub OAuth token', text: `GH_TOKEN=${fakes.githubOauth}`, secret: fakes.githubOauth, label: 'GITHUB_TOKEN' },
  { name: 'GitHub user-to-server token', text: `token: ${fakes.githubUser}`, secret: fakes.githubUser, label: 'GITHUB_TOKEN' },
  { name: 'GitHub installation token', text: `"token": "${fakes.githubApp}"`, secret: fakes.githubApp, label: 'GITHUB_TOKEN' },
  { name: 'GitHub refresh token', text: `refresh=${fakes.githubRefresh}`, secret: fakes.githubRefresh, label: 'GITHUB_TOKEN' },
  { name: 'GitHub fine-grained token', text: `export GITHUB_TOKEN=${fakes.githubFineGrained}`, secret: fakes.githubFineGrained, label: 'GITHUB_TOKEN' },
  { name: 'Anthropic key', text: `ANTHROPIC_API_KEY=${fakes.anthropic}`, secret: fakes.anthropic, label: 'ANTHROPIC_KEY' },
  { name: 'OpenAI legacy key', text: `openai.api_key = "${fakes.openaiLegacy}"`, secret: fakes.openaiLegacy, label: 'OPENAI_KEY' },
  { name: 'OpenAI project key', text: `OPENAI_API_KEY: ${fakes.openaiProject}`, secret: fakes.openaiProject, label: 'OPENAI_KEY' },
  { name: 'OpenAI service account key', text: `key=${fakes.openaiService}`, secret: fakes.openaiService, label: 'OPENAI_KEY' },
  { name: 'AWS access key id', text: `aws_access_key_id = ${fakes.awsAccessKeyId}`, secret: fakes.awsAccessKeyId, label: 'AWS_ACCESS_KEY_ID' },
  { name: 'AWS session key id', text: `AWS_ACCESS_KEY_ID=${fakes.awsSessionKeyId}`, secret: fakes.awsSessionKeyId, label: 'AWS_ACCESS_KEY_ID' },
  { name: 'AWS secret (ini)', text: `aws_secret_access_key = ${fakes.awsSecret}`, secret: fakes.awsSecret, label: 'AWS_SECRET' },
  { name: 'AWS secret (env)', text: `AWS_SECRET_ACCESS_KEY="${fakes.awsSecret}"`, secret: fakes.awsSecret, label: 'AWS_SECRET' },
  { name: 'private key block', text: `key = """${privateKey}"""`, secret: privateKeyBody.slice(0, 40), label: 'PRIVATE_KEY' },
  { name: 'JWT', text: `session cookie: ${fakes.jwt}; Path=/`, secret: fakes.jwt, label: 'JWT' },
  { name: 'Slack token', text: `SLACK_BOT_TOKEN=${fakes.slack}`, secret: fakes.slack, label: 'SLACK_TOKEN' },
  { name: 'npm token', text: `//registry.npmjs.org/:_authToken=${fakes.npm}`, secret: fakes.npm, label: 'NPM_TOKEN' },
  { name: 'Authorization: Bearer header', text: `> Authorization: Bearer ${fakes.bearer}`, secret: fakes.bearer, label: 'AUTHORIZATION' },
  { name: 'password in a URL', text: `Cloning https://deploy:${fakes.urlPassword}@git.example.com/app.git`, secret: fakes.urlPassword, label: 'URL_PASSWORD' },
  { name: 'password in a database URL', text: `DATABASE_URL=postgres://app:${fakes.urlPassword}@db:5432/app`, secret: fakes.urlPassword, label: 'URL_PASSWORD' },
  { name: 'password in a query string', text: `GET /login?user=ci&password=${fakes.urlPassword}&next=/`, secret: fakes.urlPassword, label: 'URL_PASSWORD' },
]

describe('redactSecrets', () => {
  it.each(rows)('$name', ({ text, secret, label }) => {
    const redacted = redactSecrets(text)
    expect(redacted).not.toContain(secret)
    expect(redacted).toContain(`[REDACTED_${label}]`)
  })

  it('has a row tested for every label', () => {
    expect(new Set(rows.map((row) => row.label))).toEqual(new Set(secretShapes.map((shape) => shape.label)))
  })

  it('redacts a vendor token glued to an ANSI colour code ending in m', () => {
    const line = `\u001b[32m${fakes.githubClassic}\u001b[0m and \u001b[1m${fakes.anthropic}`
    expect(redactSecrets(line)).toBe('\u001b[32m[REDACTED_GITHUB_TOKEN]\u001b[0m and \u001b[1m[REDACTED_ANTHROPIC_KEY]')
  })

  it('labels an Anthropic key as Anthropic, not as a generic sk- key', () => {
    expect(redactSecrets(fakes.anthropic)).toBe('[REDACTED_ANTHROPIC_KEY]')
  })

  it('keeps the user name of a URL and labels a token used as its password once', () => {
    expect(redactSecrets(`https://x-access-token:${fakes.githubApp}@github.com/o/r`)).toBe('https://x-access-token:[REDACTED_GITHUB_TOKEN]@github.com/o/r')
    expect(redactSecrets(`https://deploy:${fakes.urlPassword}@host/x`)).toBe('https://deploy:[REDACTED_URL_PASSWORD]@host/x')
  })

  it('redacts a private key block cut off by a truncated log to the end', () => {
    const truncated = `fixture:\n-----BEGIN ${'OPENSSH PRIVATE KEY'}-----\n${privateKeyBody}`
    expect(redactSecrets(truncated)).toBe('fixture:\n[REDACTED_PRIVATE_KEY]')
  })

  it('leaves ordinary code and log text alone', () => {
    const ordinary = [
      'disk-usage-monitoring-service-worker-pool-scheduler started',
      'import sklearn; task-runner-for-the-integration-suite-of-sk-learn',
      'https://github.com/owner/repo/actions/runs/12345678901',
      'tests/test_tokens.py:27: DeprecationWarning: datetime.datetime.utcnow() is deprecated',
      'const key = process.env.ANTHROPIC_API_KEY ?? "sk-ant-test"',
      'ssh://git@github.com:owner/repo.git',
      'Authorization: Bearer ***',
    ].join('\n')
    expect(redactSecrets(ordinary)).toBe(ordinary)
  })

  it('is idempotent', () => {
    const text = rows.map((row) => row.text).join('\n')
    expect(redactSecrets(redactSecrets(text))).toBe(redactSecrets(text))
  })
})
