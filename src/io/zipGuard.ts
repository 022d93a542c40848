/**
 * Refuses a zip (an `.xlsx` is one) whose parts would inflate past a limit, before any is
 * inflated: a zip bomb is a small file that unpacks to gigabytes. The sizes are read from
 * the zip's central directory, which every zip reader relies on as well.
 */

/** Most a workbook may unpack to. A 50 MB `.xlsx` of plain rows unpacks to about 400 MB. */
export const MAX_INFLATED_BYTES = 600 * 1024 * 1024

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50

export type ZipCheck = { ok: true; inflated: number } | { ok: false; reason: 'broken' | 'tooLarge' }

/** The total size the zip's entries declare once inflated, or why the zip cannot be trusted. */
export function checkZip(bytes: Uint8Array, limit = MAX_INFLATED_BYTES): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end record is within the last 64 KiB (its comment is at most 65,535 bytes).
  let end = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i
      break
    }
  }
  if (end < 0) return { ok: false, reason: 'broken' }
  const entries = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  let inflated = 0
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return { ok: false, reason: 'broken' }
    const size = view.getUint32(at + 24, true)
    // 0xFFFFFFFF means a ZIP64 size: larger than any workbook this app reads.
    if (size === 0xffffffff) return { ok: false, reason: 'tooLarge' }
    inflated += size
    if (inflated > limit) return { ok: false, reason: 'tooLarge' }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
  }
  return { ok: true, inflated }
}
