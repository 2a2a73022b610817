import { getOctokit } from '@actions/github'

export type Octokit = ReturnType<typeof getOctokit>

export interface OctokitSettings {
  token: string
  /** `GITHUB_API_URL` as main.ts or cli.ts read it: https://api.github.com, or a GitHub Enterprise Server's `/api/v3`. */
  baseUrl: string
}

export const defaultGitHubApiUrl = 'https://api.github.com'

/**
 * The only place an Octokit is made, so every call shares one base URL, one user agent and the
 * proxy support of `@actions/github` (its fetch honours `https_proxy` and `no_proxy`).
 */
export function createOctokit({ token, baseUrl }: OctokitSettings): Octokit {
  return getOctokit(token, {
    // A trailing slash would make Octokit ask for `//repos/…`, which GitHub answers 404.
    baseUrl: baseUrl.replace(/\/+$/, ''),
    userAgent: 'autoheal',
  })
}
