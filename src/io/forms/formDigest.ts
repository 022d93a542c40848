/**
 * A short fingerprint of a form's rows (FNV-1a, 32 bits, over their text): enough to tell
 * the preview that two forms of an import hold the same rows, never a proof of anything.
 */

/** The fingerprint of `tables` (each a list of rows of cells), as 8 hex digits. */
export function digestOf(tables: readonly (readonly (readonly string[])[])[]): string {
  const text = JSON.stringify(tables)
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}
