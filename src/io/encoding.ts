/** How a file's bytes were decoded. */
export type TextEncodingName = 'UTF-8' | 'UTF-8 (BOM)' | 'GB18030'

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  /** Why the bytes are no CSV text (see problemText). */
  | { ok: false; reason: 'workbook' | 'badUtf8' | 'binary' }

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0]

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b)
}

/** True when the first bytes look like anything but text: NUL bytes or many control characters. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192)
  let control = 0
  for (const b of sample) {
    if (b === 0) return true
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control += 1
  }
  return control > sample.length / 20
}

/**
 * Decodes a CSV file's bytes: UTF-8 with or without BOM when they are valid UTF-8
 * (`TextDecoder` with `fatal: true` is the test), else GB18030, which covers GBK and
 * GB2312 as Excel on Chinese Windows saves them. Refuses Excel workbooks and other
 * binary files with a message that says what to do.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, OLE_MAGIC)) {
    return { ok: false, reason: 'workbook' }
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return {
        ok: true,
        text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)),
        encoding: 'UTF-8 (BOM)',
      }
    } catch {
      return { ok: false, reason: 'badUtf8' }
    }
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'binary' }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' }
  } catch {
    return { ok: true, text: new TextDecoder('gb18030').decode(bytes), encoding: 'GB18030' }
  }
}

/**
 * The delimiter of a CSV text, from its header line: whichever of comma, tab and
 * semicolon occurs most outside quotes (comma on a tie). Guessing from the header
 * alone is robust to blank lines and ragged rows further down.
 */
export function detectDelimiter(text: string): ',' | '\t' | ';' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const counts = { ',': 0, '\t': 0, ';': 0 }
  let quoted = false
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts] += 1
  }
  if (counts['\t'] > counts[','] && counts['\t'] >= counts[';']) return '\t'
  if (counts[';'] > counts[',']) return ';'
  return ','
}
