import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

/**
 * SHA-256 of a file's bytes, hex. Pure JavaScript: `crypto.subtle` is withheld from
 * pages served over plain HTTP — a shared folder on an intranet server is exactly that.
 */
function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes))
}

/**
 * SHA-256 of a file's bytes, hex, by the browser's own `crypto.subtle` where the page
 * is a secure context (native, and much the faster on a province's file), else by `sha256Hex`.
 */
export async function sha256HexFast(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) return sha256Hex(bytes)
  return bytesToHex(new Uint8Array(await subtle.digest('SHA-256', bytes)))
}
