/** `owner/name` → [owner, name]; anything else is a bug of the caller. */
export function splitRepository(repository: string): [string, string] {
  const [owner, repo, ...rest] = repository.split('/')
  if (!owner || !repo || rest.length > 0) throw new Error(`Expected a repository as owner/name, got "${repository}"`)
  return [owner, repo]
}
