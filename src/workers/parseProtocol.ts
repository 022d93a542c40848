import type { ParsedCsv } from '@/io/parseCsv'

/** Page → worker: read this file. */
export interface ParseRequest {
  id: number
  file: File
}

/** Worker → page: progress, the parsed file, or why it failed. */
export type ParseResponse =
  | { id: number; type: 'progress'; stage: 'reading' | 'parsing'; share: number }
  | { id: number; type: 'done'; parsed: ParsedCsv; sha256: string; size: number }
  | { id: number; type: 'error'; message: string }
