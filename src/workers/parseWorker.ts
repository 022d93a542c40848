// The CSV parse worker: reads an uploaded file, hashes it, decodes and parses it with
// PapaParse and maps its rows, reporting progress — all off the page's main thread.
import { sha256Hex } from '@/io/fileHash'
import { parseCsvBytes } from '@/io/parseCsv'
import type { ParseRequest, ParseResponse } from './parseProtocol'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ParseRequest>) => void) | null
  postMessage(message: ParseResponse): void
}

scope.onmessage = async ({ data: { id, file } }) => {
  try {
    scope.postMessage({ id, type: 'progress', stage: 'reading', share: 0 })
    const bytes = new Uint8Array(await file.arrayBuffer())
    const sha256 = sha256Hex(bytes)
    let lastShare = 0
    const parsed = parseCsvBytes(bytes, file.name, {
      onProgress: (share) => {
        // Throttled: a message per percent at most.
        if (share - lastShare >= 0.01 || share === 1) {
          lastShare = share
          scope.postMessage({ id, type: 'progress', stage: 'parsing', share })
        }
      },
    })
    scope.postMessage({ id, type: 'done', parsed, sha256, size: bytes.length })
  } catch (cause) {
    scope.postMessage({ id, type: 'error', message: cause instanceof Error ? cause.message : String(cause) })
  }
}
