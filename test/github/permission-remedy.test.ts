import { RequestError } from '@octokit/request-error'
import { describe, expect, it } from 'vitest'
import { GitHubApiError } from '../../src/github/github-api-error.js'
import { withPermissionRemedy } from '../../src/github/permission-remedy.js'

const refusal = (status: number, headers: Record<string, string> = {}) =>
  new RequestError('Resource not accessible by integration', status, {
    request: { method: 'POST', url: 'https://api.github.com/repos/o/r/issues/1/comments', headers: {} },
    response: { status, url: 'https://api.github.com/repos/o/r/issues/1/comments', headers, data: {} },
  })

describe('withPermissionRemedy', () => {
  it.each([403, 404])('a %s names the permission the mode needs', (status) => {
    const error = withPermissionRemedy(refusal(status), 'comment on #1', '`pull-requests: write`')
    expect(error).toBeInstanceOf(GitHubApiError)
    expect(error.status).toBe(status)
    expect(error.message).toContain(`Could not comment on #1: GitHub answered ${status}`)
    expect(error.remedy).toContain('`pull-requests: write`')
  })

  it('a spent rate limit keeps its own remedy', () => {
    const error = withPermissionRemedy(refusal(403, { 'x-ratelimit-remaining': '0' }), 'comment on #1', '`pull-requests: write`')
    expect(error.remedy).toContain('rate limit')
  })

  it('other statuses keep the generic remedy, and non-GitHub errors are not disguised', () => {
    expect(withPermissionRemedy(refusal(500), 'comment on #1', 'x').remedy).toContain('run the workflow again later')
    expect(() => withPermissionRemedy(new TypeError('a bug'), 'comment on #1', 'x')).toThrow(TypeError)
  })
})
