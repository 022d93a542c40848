import { defineStore } from 'pinia'
import { ref, shallowRef, watch } from 'vue'
import { repositories } from '@/db'
import { sha256HexFast } from '@/io/fileHash'
import { folderUrl, MANIFEST_NAME, readManifest, type PublishedFile } from '@/io/publishedManifest'
import { checkFiles, commitFiles, forgetFiles, MAX_FILE_BYTES, readFile } from '@/workers/importClient'
import type { Rules } from '@/domain/engine/rules'
import { useCatalogStore } from './catalog'
import { useRulesStore } from './rules'
import { useSettingsStore } from './settings'

/** What the last sync said: where the data came from, when, and what happened. */
export interface SyncStatus {
  source: string
  /** When the folder was last reached. */
  checkedAt: number
  /** When data from it was last written. */
  updatedAt?: number
  ok: boolean
  /** Files imported by the last sync that wrote anything. */
  imported?: number
  /** Why the last sync wrote nothing (unreachable, a bad manifest, a tampered file …), in Chinese. */
  error?: string
}

/** Each published file last imported: its hash and the batch that imported it. */
type ImportedFiles = Record<string, { sha256: string; batchId: number }>

let nextFileId = 1_000_000

/**
 * A published data folder (SPEC §8): fetches its manifest without cache, imports the
 * files whose hash changed as one batch 发布数据 (undoable, in the trail), and keeps
 * working from the stored copy when the folder cannot be reached. Nothing is written
 * unless every changed file is fetched, matches its hash and reads without a problem.
 * Rules the manifest carries are put in force once the data is in.
 */
export const usePublishedStore = defineStore('published', () => {
  const catalog = useCatalogStore()
  const settings = useSettingsStore()
  const rules = useRulesStore()
  const source = ref<string | null>(null)
  const status = shallowRef<SyncStatus | null>(null)
  const syncing = ref(false)

  async function load(): Promise<void> {
    const [storedSource, storedStatus] = await Promise.all([
      repositories.settings.get<string>('publishedSource'),
      repositories.settings.get<SyncStatus>('publishedStatus'),
    ])
    source.value = typeof storedSource === 'string' ? storedSource : null
    status.value = storedStatus ?? null
  }

  /** Sets the folder the data comes from (`#/?source=…` or 数据), then syncs from it. */
  async function setSource(next: string): Promise<SyncStatus> {
    source.value = next
    await repositories.settings.set('publishedSource', next)
    // A sync under way is of the folder before: the new one's waits for it rather than being skipped.
    await idle()
    return sync()
  }

  function idle(): Promise<void> {
    if (!syncing.value) return Promise.resolve()
    return new Promise((resolve) => {
      const stop = watch(
        syncing,
        (now) => {
          if (now) return
          stop()
          resolve()
        },
        { flush: 'sync' },
      )
    })
  }

  async function remember(next: SyncStatus): Promise<SyncStatus> {
    status.value = next
    await repositories.settings.set('publishedStatus', next)
    return next
  }

  /** Fetches the manifest and imports what changed; never throws: the status says what happened. */
  async function sync(): Promise<SyncStatus> {
    const from = source.value
    if (!from || syncing.value)
      return status.value ?? { source: from ?? '', checkedAt: Date.now(), ok: false, error: '未设置数据来源' }
    syncing.value = true
    const base = {
      source: from,
      checkedAt: Date.now(),
      ...(status.value?.updatedAt && status.value.source === from && { updatedAt: status.value.updatedAt }),
    }
    try {
      const folder = folderUrl(from, location.href)
      if (!folder.ok) return remember({ ...base, ok: false, error: folder.error })
      const response = await fetch(new URL(MANIFEST_NAME, folder.url), { cache: 'no-store' }).catch(() => null)
      if (!response) return remember({ ...base, ok: false, error: '数据来源无法访问：显示的是本机保存的数据' })
      if (!response.ok)
        return remember({
          ...base,
          ok: false,
          error: `数据来源的清单无法读取（HTTP ${response.status}）：显示的是本机保存的数据`,
        })
      const manifest = readManifest(await response.text())
      if (!manifest.ok) return remember({ ...base, ok: false, error: manifest.error })
      const imported = (await repositories.settings.get<ImportedFiles>('publishedFiles')) ?? {}
      const standing = new Set(
        (await repositories.imports.history()).filter((b) => b.undoneAt === undefined).map((b) => b.id),
      )
      // A file whose rows were all stored already got no batch (-1): it stands as long as the data does.
      const changed = manifest.manifest.files.filter(
        (f) =>
          imported[f.path]?.sha256 !== f.sha256 ||
          (imported[f.path]!.batchId !== -1 && !standing.has(imported[f.path]!.batchId)),
      )
      const ruled = manifest.manifest.rules
      if (changed.length === 0) {
        if (ruled) await adoptRules(ruled)
        return remember({ ...base, ok: true, imported: 0 })
      }
      const fetched = await fetchAll(folder.url, changed)
      if (!fetched.ok) return remember({ ...base, ok: false, error: fetched.error })
      const written = await importAll(fetched.files, `发布数据 ${folder.url}`)
      if (!written.ok) return remember({ ...base, ok: false, error: written.error })
      const next: ImportedFiles = { ...imported }
      for (const f of changed) next[f.path] = { sha256: f.sha256, batchId: written.batchId }
      await repositories.settings.set('publishedFiles', next)
      // The bureau's rules once its data is in: a line of the trail of their own, undoable.
      if (ruled) await adoptRules(ruled)
      await catalog.caughtUp()
      return remember({
        source: from,
        checkedAt: base.checkedAt,
        updatedAt: Date.now(),
        ok: true,
        imported: changed.length,
      })
    } finally {
      syncing.value = false
    }
  }

  /** Puts the published rules in force (a change of rules already in force writes nothing). */
  async function adoptRules(published: Rules): Promise<void> {
    await rules.apply(published, settings.reporter.trim() || undefined)
  }

  /** Every changed file's bytes, each checked against its size limit and its hash; all of them or an error. */
  async function fetchAll(
    folder: string,
    files: readonly PublishedFile[],
  ): Promise<{ ok: true; files: File[] } | { ok: false; error: string }> {
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

  /** Reads, checks and commits the files in the worker's own published session, as one batch. */
  async function importAll(
    files: readonly File[],
    batchName: string,
  ): Promise<{ ok: true; batchId: number } | { ok: false; error: string }> {
    const ids = files.map(() => nextFileId++)
    try {
      const reads = await Promise.all(files.map((file, i) => readFile(ids[i]!, file, undefined, 'published')))
      const plan = await checkFiles(ids[0]!, ids, undefined, 'published')
      if (plan.problems.length > 0) {
        const first = plan.problems[0]!
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
      const by = settings.reporter.trim()
      const result = await commitFiles(ids[0]!, parts, undefined, by || undefined, {
        session: 'published',
        asOne: { fileName: batchName, kind: 'published' },
      })
      return { ok: true, batchId: result.batchIds[0] ?? -1 }
    } finally {
      void forgetFiles(ids, 'published')
    }
  }

  return { source, status, syncing, load, setSource, sync }
})
