import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { getErrorMessage } from '../errors.js'
import { redactSecrets } from '../fix/redact-secrets.js'

/**
 * The audit trail of one heal (DESIGN): failure_context.json, the rendered prompt, the model's
 * answers (redacted) and the applied patch, uploaded as the artifact `fix-context-<run id>` that
 * the spec's troubleshooting flow downloads. Where @actions/artifact cannot upload (outside a
 * runner, GitHub Enterprise Server), the files stay in `directory` and the result says so.
 */
export interface AuditTrail {
  runId: number | string
  context: unknown
  prompt?: string
  answers?: readonly string[]
  patch?: string
}

export type AuditUpload = { uploaded: true; name: string; directory: string } | { uploaded: false; name: string; directory: string; why: string }

export function auditArtifactName(runId: number | string): string {
  return `fix-context-${runId}`
}

export async function writeAuditFiles(directory: string, trail: AuditTrail): Promise<string[]> {
  await mkdir(directory, { recursive: true })
  const files: [string, string][] = [['failure_context.json', `${JSON.stringify(trail.context, null, 2)}\n`]]
  if (trail.prompt !== undefined) files.push(['prompt.md', trail.prompt])
  if (trail.answers !== undefined) files.push(['answers.json', `${JSON.stringify(trail.answers.map(redactSecrets), null, 2)}\n`])
  if (trail.patch !== undefined) files.push(['fix.patch', trail.patch])
  const written: string[] = []
  for (const [name, content] of files) {
    const path = join(directory, name)
    await writeFile(path, content)
    written.push(path)
  }
  return written
}

export interface UploadEnvironment {
  /** ACTIONS_RUNTIME_TOKEN: present only inside a runner's job. */
  hasRuntimeToken: boolean
  /** GITHUB_SERVER_URL is not github.com (nor a GHE.com data residency host): Enterprise Server. */
  isEnterpriseServer: boolean
}

export async function uploadAuditTrail(directory: string, trail: AuditTrail, environment: UploadEnvironment): Promise<AuditUpload> {
  const name = auditArtifactName(trail.runId)
  const files = await writeAuditFiles(directory, trail)
  if (!environment.hasRuntimeToken) return { uploaded: false, name, directory, why: 'not inside a GitHub Actions job' }
  if (environment.isEnterpriseServer) return { uploaded: false, name, directory, why: '@actions/artifact cannot upload on GitHub Enterprise Server' }
  try {
    // Loaded only here: the artifact client (and Azure's storage SDK behind it) weighs on every start otherwise.
    const { DefaultArtifactClient } = await import('@actions/artifact')
    await new DefaultArtifactClient().uploadArtifact(name, files, directory, { retentionDays: 30 })
    return { uploaded: true, name, directory }
  } catch (error) {
    return { uploaded: false, name, directory, why: `the upload failed: ${getErrorMessage(error)}` }
  }
}
