import type { ParseRequest, ParseResponse } from '@/workers/parseProtocol'
import { failedFile, type ParsedCsv } from './parseCsv'

/** Largest file read; larger ones are refused before a byte is read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024

/** A file read by the worker. */
export interface ReadFile {
  parsed: ParsedCsv
  sha256: string
  size: number
}

let worker: Worker | null = null
let nextId = 1
const pending = new Map<number, { resolve: (file: ReadFile) => void; onProgress: (share: number) => void; name: string }>()

function parseWorker(): Worker {
  if (worker) return worker
  // Our own module worker (not PapaParse's `worker: true`), bundled by Vite.
  worker = new Worker(new URL('../workers/parseWorker.ts', import.meta.url), { type: 'module', name: 'csv-parser' })
  worker.onmessage = ({ data }: MessageEvent<ParseResponse>) => {
    const job = pending.get(data.id)
    if (!job) return
    if (data.type === 'progress') job.onProgress(data.share)
    else {
      pending.delete(data.id)
      job.resolve(
        data.type === 'done'
          ? { parsed: data.parsed, sha256: data.sha256, size: data.size }
          : { parsed: failedFile(job.name, `读取失败：${data.message}`), sha256: '', size: 0 },
      )
    }
  }
  worker.onerror = (event) => {
    // A worker that dies answers every open job with the reason rather than hanging.
    for (const [id, job] of pending) {
      pending.delete(id)
      job.resolve({ parsed: failedFile(job.name, `读取失败：${event.message || '解析进程异常退出'}`), sha256: '', size: 0 })
    }
    worker = null
  }
  return worker
}

/**
 * Reads, hashes and parses a file in the parse worker, reporting progress 0–1.
 * Files over 50 MB are refused before reading. Never rejects: failures come back as a
 * file with one problem.
 */
export function readFileInWorker(file: File, onProgress: (share: number) => void = () => {}): Promise<ReadFile> {
  if (file.size > MAX_FILE_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1)
    return Promise.resolve({ parsed: failedFile(file.name, `文件大小 ${mb} MB，超过 50 MB 上限，未读取：请按单位或季度拆分后分别导入`), sha256: '', size: file.size })
  }
  return new Promise((resolve) => {
    const id = nextId++
    pending.set(id, { resolve, onProgress, name: file.name })
    parseWorker().postMessage({ id, file } satisfies ParseRequest)
  })
}
