import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * Checks requests against GitHub's published OpenAPI description (`@octokit/openapi`): the method
 * and path must be a known operation, required query parameters present, and the JSON body's
 * required top-level properties present with the declared types. Deeper checks are left out on
 * purpose: they would cost more than they catch for a fake.
 */
export interface OpenApiViolation {
  method: string
  path: string
  reason: string
}

export type OpenApiCheck = { operationId: string } | { violation: OpenApiViolation; status: 404 | 422 }

interface Schema {
  $ref?: string
  type?: string | string[]
  nullable?: boolean
  required?: string[]
  properties?: Record<string, Schema>
  oneOf?: Schema[]
  anyOf?: Schema[]
  allOf?: Schema[]
}

interface Operation {
  operationId: string
  parameters?: { $ref?: string; name?: string; in?: string; required?: boolean }[]
  requestBody?: { $ref?: string; required?: boolean; content?: Record<string, { schema?: Schema }> }
}

interface Spec {
  paths: Record<string, Record<string, Operation>>
  components: Record<string, Record<string, unknown>>
}

interface Route {
  method: string
  segments: string[]
  literalCount: number
  operation: Operation
}

let routes: Route[] | undefined
let spec: Spec | undefined

/** Loaded once per process: the description is 13 MB. */
function loadRoutes(): { routes: Route[]; spec: Spec } {
  if (routes && spec) return { routes, spec }
  const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json')
  spec = JSON.parse(readFileSync(file, 'utf8')) as Spec
  routes = []
  for (const [template, methods] of Object.entries(spec.paths)) {
    const segments = template.split('/').slice(1)
    for (const [method, operation] of Object.entries(methods)) {
      if (typeof operation !== 'object' || !('operationId' in operation)) continue
      routes.push({
        method: method.toUpperCase(),
        segments,
        literalCount: segments.filter((segment) => !segment.startsWith('{')).length,
        operation,
      })
    }
  }
  // Literal segments win over parameters (`/git/refs` is not `/git/{anything}`).
  routes.sort((left, right) => right.literalCount - left.literalCount)
  return { routes, spec }
}

function resolve<T>(value: T & { $ref?: string }, document: Spec): T {
  if (!value.$ref) return value
  const [, , group, name] = value.$ref.split('/') // #/components/<group>/<name>
  return (document.components[group ?? '']?.[name ?? ''] ?? {}) as T
}

function matches(route: Route, segments: string[]): boolean {
  const last = route.segments.length - 1
  // The contents API's trailing `{path}` may hold slashes when a client sends them unencoded.
  const tailTakesRest = route.segments[last] === '{path}' && segments.length > route.segments.length
  if (segments.length !== route.segments.length && !tailTakesRest) return false
  return route.segments.every((segment, index) => segment.startsWith('{') ? segments[index] !== '' : segment === segments[index])
}

export function checkAgainstOpenApi(method: string, pathname: string, query: URLSearchParams, body: unknown): OpenApiCheck {
  const { routes: known, spec: document } = loadRoutes()
  const segments = pathname.replace(/\/+$/, '').split('/').slice(1)
  const route = known.find((candidate) => candidate.method === method && matches(candidate, segments))
  const violation = (reason: string, status: 404 | 422): OpenApiCheck => ({ violation: { method, path: pathname, reason }, status })
  if (!route) return violation(`no operation ${method} ${pathname} in GitHub's OpenAPI description`, 404)
  const { operation } = route

  for (const parameter of (operation.parameters ?? []).map((entry) => resolve(entry, document))) {
    if (parameter.in === 'query' && parameter.required && !query.has(parameter.name ?? '')) {
      return violation(`${operation.operationId}: the query parameter "${parameter.name}" is required`, 422)
    }
  }
  const requestBody = operation.requestBody ? resolve(operation.requestBody, document) : undefined
  const schema = requestBody?.content?.['application/json']?.schema
  if (!schema) return { operationId: operation.operationId }
  if (body === undefined) {
    return requestBody?.required ? violation(`${operation.operationId}: a JSON body is required`, 422) : { operationId: operation.operationId }
  }
  const problem = checkTopLevel(resolve(schema, document), body, document)
  return problem ? violation(`${operation.operationId}: ${problem}`, 422) : { operationId: operation.operationId }
}

/** The first problem with `value` against `schema` at the top level, or undefined. */
function checkTopLevel(schema: Schema, value: unknown, document: Spec): string | undefined {
  const alternatives = schema.oneOf ?? schema.anyOf
  if (alternatives) {
    const problems = alternatives.map((alternative) => checkTopLevel(resolve(alternative, document), value, document))
    return problems.includes(undefined) ? undefined : problems.join('; or ')
  }
  if (!hasType(schema, value)) return `the body should be ${String(schema.type)}`
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const record = value as Record<string, unknown>
  for (const name of schema.required ?? []) {
    if (!(name in record)) return `"${name}" wasn't supplied`
  }
  for (const [name, propertyValue] of Object.entries(record)) {
    const property = schema.properties?.[name]
    if (!property) continue
    if (!hasType(resolve(property, document), propertyValue)) {
      return `"${name}" is not a ${String(resolve(property, document).type)}`
    }
  }
  return undefined
}

function hasType(schema: Schema, value: unknown): boolean {
  if (value === null) return schema.nullable === true || [schema.type].flat().includes('null')
  const alternatives = schema.oneOf ?? schema.anyOf
  if (alternatives && schema.type === undefined) return alternatives.some((alternative) => hasType(alternative, value))
  const types = [schema.type].flat().filter((type): type is string => type !== undefined)
  if (types.length === 0) return true
  return types.some((type) => {
    if (type === 'integer') return Number.isInteger(value)
    if (type === 'number') return typeof value === 'number'
    if (type === 'array') return Array.isArray(value)
    if (type === 'object') return typeof value === 'object' && !Array.isArray(value)
    return typeof value === type
  })
}
