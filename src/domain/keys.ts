/**
 * The one way parts are joined into a map key (a unit-year, a natural key, an indicator
 * and its period): NUL between them, a character no cell of a form or file carries.
 */
export function joinKey(...parts: readonly (string | number)[]): string {
  return parts.join('\u0000')
}
