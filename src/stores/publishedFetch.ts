import { sha256HexFast } from '@/io/fileHash'
import { MANIFEST_NAME, readManifest, type Manifest, type PublishedFile } from '@/io/publishedManifest'
import type { PlannedUnitYears } from '@/workers/importProtocol'
import { checkFiles, commitFiles, forgetFiles, MAX_FILE_BYTES, plannedRows, readFile } from '@/workers/importClient'

/** A step of a sync that may fail: its result, or why, as a Chinese sentence. */
export type Step<T> = ({ ok: true } & T) | { ok: false; error: string }

let nextFileId = 1_000_000

/** The folder's manifest, fetched without cache and read. */
export async function fetchManifest(folder: string): Promise<Step<{ manifest: Manifest }>> {
  const response = await fetch(new URL(MANIFEST_NAME, folder), { cache: 'no-store' }).catch(() => null)
  if (!response) return { ok: false, error: '数据来源无法访问：显示的是本机保存的数据' }
  if (!response.ok)
    return { ok: false, error: `数据来源的清单无法读取（HTTP ${response.status}）：显示的是本机保存的数据` }
  return readManifest(await response.text())
}

/** Every changed file's bytes, each checked against its size limit and its hash; all of them or an error. */
export async function fetchAll(folder: string, files: readonly PublishedFile[]): Promise<Step<{ files: File[] }>> {
  const out: File[] = []
  for (const f of files) {
    const response = await fetch(new URL(f.path, folder), { cache: 'no-store' }).catch(() => null)
    if (!response) return { ok: false, error: `${f.path} 无法下载：数据来源中断，未写入任何数据` }
    if (!response.ok) return { ok: false, error: `${f.path} 无法下载（HTTP ${response.status}）：未写入任何数据` }
    const size = Number(response.headers.get('content-length') ?? 0)
    if (size > MAX_FILE_BYTES) return { ok: false, error: `${f.path} 超过 50 MB 上限：未写入任何数据` }
    const bytes = new Uint8Array(await response.arrayBuffer())
    if (bytes.length > MAX_FILE_BYTES) return { ok: false, error: `${f.path} 超过 50 MB 上限：未写入任何数据` }
    if ((await sha256HexFast(bytes)) !== f.sha256)
      return {
        ok: false,
        error: `${f.path} 的内容与清单中的 SHA-256 不符（文件可能被篡改或未发布完整）：未写入任何数据`,
      }
    out.push(new File([bytes], f.path.split('/').pop()!, { lastModified: 0 }))
  }
  return { ok: true, files: out }
}

/**
 * Files read and checked in the worker's published session, the plan kept there until it is
 * committed or let go: what a sync looks at before it writes anything.
 */
export interface CheckedFiles {
  /** The plan's unit-years, and the rows it would update in those asked about. */
  planned(unitYears: readonly string[]): Promise<PlannedUnitYears>
  /** Writes the plan as one batch; the id of the batch (-1: every row was stored already). */
  commit(batchName: string, by?: string, reason?: string): Promise<number>
  /** Lets the worker drop the files' rows. */
  release(): void
}

/** Reads and checks the files in the worker; every problem refuses them all. */
export async function checkAll(files: readonly File[]): Promise<Step<{ checked: CheckedFiles }>> {
  const ids = files.map(() => nextFileId++)
  const release = () => void forgetFiles(ids, 'published')
  try {
    const reads = await Promise.all(files.map((file, i) => readFile(ids[i]!, file, undefined, 'published')))
    const plan = await checkFiles(ids[0]!, ids, undefined, 'published')
    if (plan.problems.length > 0) {
      const first = plan.problems[0]!
      release()
      return {
        ok: false,
        error: `发布的数据有 ${plan.problems.length} 个问题（如 ${first.file} 第${first.line}行：${first.expected}）：未写入任何数据`,
      }
    }
    const parts = reads.flatMap((read, i) =>
      read.summary.parts.flatMap((p) =>
        p.kind ? [{ fileId: ids[i]!, fileName: p.name, kind: p.kind, sha256: read.sha256, size: read.size }] : [],
      ),
    )
    const checked: CheckedFiles = {
      planned: (unitYears) => plannedRows(ids[0]!, unitYears),
      async commit(batchName, by, reason) {
        const result = await commitFiles(ids[0]!, parts, undefined, by, {
          session: 'published',
          asOne: { fileName: batchName, kind: 'published', ...(reason && { reason }) },
        })
        return result.batchIds[0] ?? -1
      },
      release,
    }
    return { ok: true, checked }
  } catch (cause) {
    release()
    throw cause
  }
}
