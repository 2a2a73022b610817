import { readFile } from 'node:fs/promises'

/**
 * The bodies' prose lives in templates/ (STYLE §8); the renderers are pure and take the text.
 * ncc copies each statically named file into dist/; under vitest they resolve to templates/.
 */
const bodyTemplateUrls = {
  pullRequest: new URL('../../templates/pr_body.md', import.meta.url),
  ticket: new URL('../../templates/issue_body.md', import.meta.url),
  driftAnalysis: new URL('../../templates/drift_analysis.md', import.meta.url),
  pullRequestRefused: new URL('../../templates/pr_refused.md', import.meta.url),
} as const

export type BodyTemplates = Record<keyof typeof bodyTemplateUrls, string>

export async function readBodyTemplates(): Promise<BodyTemplates> {
  const entries = await Promise.all(
    Object.entries(bodyTemplateUrls).map(async ([name, url]) => [name, await readFile(url, 'utf8')] as const),
  )
  return Object.fromEntries(entries) as BodyTemplates
}
