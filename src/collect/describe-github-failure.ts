import type { GitHubApiError } from '../github/github-api-error.js'

const reRunAdvice = 'Re-run the failed jobs to produce new ones.'

/**
 * One sentence for the job summary: what could not be fetched, why, and what to do. `subject`
 * names the thing as a person knows it (`the log of job "lint"`, `artifact "junit"`).
 */
export function describeGitHubFailure(subject: string, error: GitHubApiError): string {
  switch (error.status) {
    case 410:
      return `${capitalize(subject)} has expired (GitHub answered 410 Gone): GitHub keeps logs and artifacts only for the repository's retention period (90 days unless changed). ${reRunAdvice}`
    case 404:
      return `${capitalize(subject)} was not found (GitHub answered 404): it has expired or was deleted, or the job never ran. ${reRunAdvice}`
    case 403:
      return `Autoheal may not read ${subject} (GitHub answered 403). ${error.remedy}`
    default:
      return `${error.message} (${subject}). ${error.remedy}`
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
