/**
 * The query of a hash route (`#/path?unit=…&year=2024`) as the router will read it, one
 * value per name, before the router has started.
 */
export function hashQuery(hash: string): Record<string, string> {
  const at = hash.indexOf('?')
  return at < 0 ? {} : Object.fromEntries(new URLSearchParams(hash.slice(at + 1)))
}
