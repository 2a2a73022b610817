import { spawn } from 'node:child_process'
import type http from 'node:http'
import { gitEnvironment } from './fake-git-repository.js'

/**
 * Serves a bare repository over git's smart HTTP protocol by running `git http-backend` as a CGI
 * program, as GitHub's own git endpoint is reached: `git clone <url>/<owner>/<name>.git`.
 */
export function serveGitHttpBackend(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  settings: { projectRoot: string; pathInfo: string; query: string; user: string },
): void {
  const header = (name: string) => {
    const value = request.headers[name]
    return Array.isArray(value) ? value.join(', ') : (value ?? '')
  }
  const child = spawn('git', ['http-backend'], {
    env: gitEnvironment({
      GIT_PROJECT_ROOT: settings.projectRoot,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: settings.pathInfo,
      REQUEST_METHOD: request.method ?? 'GET',
      QUERY_STRING: settings.query,
      CONTENT_TYPE: header('content-type'),
      // receive-pack (push) is on only for an authenticated user.
      REMOTE_USER: settings.user,
      REMOTE_ADDR: '127.0.0.1',
      ...(header('content-length') ? { CONTENT_LENGTH: header('content-length') } : {}),
      ...(header('content-encoding') ? { HTTP_CONTENT_ENCODING: header('content-encoding') } : {}),
      ...(header('git-protocol') ? { GIT_PROTOCOL: header('git-protocol') } : {}),
    }),
  })
  request.pipe(child.stdin)
  const stderr: Buffer[] = []
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk))

  // CGI output: header lines, a blank line, then the body.
  let head = Buffer.alloc(0)
  let headersSent = false
  child.stdout.on('data', (chunk: Buffer) => {
    if (headersSent) {
      response.write(chunk)
      return
    }
    head = Buffer.concat([head, chunk])
    const separator = /\r?\n\r?\n/.exec(head.toString('latin1'))
    if (!separator) return
    const headerText = head.subarray(0, separator.index).toString('latin1')
    const rest = head.subarray(separator.index + separator[0].length)
    let status = 200
    const headers: Record<string, string> = {}
    for (const line of headerText.split(/\r?\n/)) {
      const colon = line.indexOf(':')
      if (colon === -1) continue
      const name = line.slice(0, colon).trim()
      const value = line.slice(colon + 1).trim()
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10)
      else headers[name] = value
    }
    response.writeHead(status, headers)
    headersSent = true
    response.write(rest)
  })
  child.once('error', (error) => {
    if (!headersSent) response.writeHead(500, { 'content-type': 'text/plain' })
    response.end(`git http-backend failed: ${error.message}`)
  })
  child.once('close', (code) => {
    if (!headersSent) {
      response.writeHead(500, { 'content-type': 'text/plain' })
      response.end(`git http-backend exited ${code}: ${Buffer.concat(stderr).toString('utf8')}`)
      return
    }
    response.end()
  })
}
