import { getErrorMessage } from '../errors.js'

/**
 * Files already on disk, uploaded as one workflow artifact where @actions/artifact can do it; where it
 * cannot (outside a runner, GitHub Enterprise Server) they stay in `directory` and the result says why.
 */
export interface UploadEnvironment {
  /** ACTIONS_RUNTIME_TOKEN: present only inside a runner's job. */
  hasRuntimeToken: boolean
  /** GITHUB_SERVER_URL is not github.com (nor a GHE.com data residency host): Enterprise Server. */
  isEnterpriseServer: boolean
}

export type ArtifactUpload = { uploaded: true; name: string; directory: string } | { uploaded: false; name: string; directory: string; why: string }

export async function uploadArtifact(name: string, files: readonly string[], directory: string, environment: UploadEnvironment): Promise<ArtifactUpload> {
  if (!environment.hasRuntimeToken) return { uploaded: false, name, directory, why: 'not inside a GitHub Actions job' }
  if (environment.isEnterpriseServer) return { uploaded: false, name, directory, why: '@actions/artifact cannot upload on GitHub Enterprise Server' }
  try {
    // Loaded only here: the artifact client (and Azure's storage SDK behind it) weighs on every start otherwise.
    const { DefaultArtifactClient } = await import('@actions/artifact')
    await new DefaultArtifactClient().uploadArtifact(name, [...files], directory, { retentionDays: 30 })
    return { uploaded: true, name, directory }
  } catch (error) {
    return { uploaded: false, name, directory, why: `the upload failed: ${getErrorMessage(error)}` }
  }
}
