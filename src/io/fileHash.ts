import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

/**
 * SHA-256 of a file's bytes, hex. Pure JavaScript rather than `crypto.subtle`, which
 * browsers withhold from pages served over plain HTTP — a shared folder on an
 * intranet server is exactly that.
 */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes))
}
