import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { redactSecrets } from '../fix/redact-secrets.js'
import { uploadArtifact, type ArtifactUpload, type UploadEnvironment } from './upload-artifact.js'

export type { UploadEnvironment } from './upload-artifact.js'

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

export type AuditUpload = ArtifactUpload

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

export async function uploadAuditTrail(directory: string, trail: AuditTrail, environment: UploadEnvironment): Promise<AuditUpload> {
  const files = await writeAuditFiles(directory, trail)
  return uploadArtifact(auditArtifactName(trail.runId), files, directory, environment)
}
