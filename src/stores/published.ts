import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { repositories } from '@/db'
import { folderUrl } from '@/io/publishedManifest'
import type { Rules } from '@/domain/engine/rules'
import {
  changedSince,
  choiceReason,
  keptPlan,
  syncConflicts,
  type SyncChoice,
  type SyncConflict,
} from '@/domain/syncConflicts'
import { unitYearIdOf } from '@/domain/unitYears'
import { useCatalogStore } from './catalog'
import { useRulesStore } from './rules'
import { useSettingsStore } from './settings'
import { checkAll, fetchAll, fetchManifest } from './publishedFetch'
import { loadFolders, newFolder, saveFolders, type FollowedFolder, type SyncStatus } from './publishedFolders'

export type { SyncStatus } from './publishedFolders'

/** A folder's sync waiting for a choice: the unit-years where it and this PC differ. */
export interface SyncAsk {
  source: string
  conflicts: SyncConflict[]
}

/**
 * The published data folders the app follows (SPEC §8; docs/ownership.md): each fetched
 * without cache, the files whose hash changed imported as one batch 发布数据 (undoable, in
 * the trail), the stored copy shown when a folder cannot be reached. Nothing is written
 * unless every changed file is fetched, matches its hash and reads without a problem. A
 * folder that would change a unit-year changed here since its last sync waits for a choice
 * per unit-year (保留本机 / 采用数据来源) and writes nothing until it is made. Rules a
 * manifest carries are put in force once the data is in.
 */
export const usePublishedStore = defineStore('published', () => {
  const catalog = useCatalogStore()
  const settings = useSettingsStore()
  const rules = useRulesStore()
  const folders = shallowRef<readonly FollowedFolder[]>([])
  /** Folders syncing now or waiting their turn. */
  const busy = ref<string[]>([])
  /** Syncs waiting for a choice, the first one asked now. */
  const asks = shallowRef<readonly SyncAsk[]>([])
  const syncing = computed(() => busy.value.length > 0)
  let loaded: Promise<void> | null = null
  // One sync at a time: the worker's published session holds one plan.
  let queue: Promise<unknown> = Promise.resolve()

  function load(): Promise<void> {
    loaded ??= loadFolders().then((stored) => {
      folders.value = stored
    })
    return loaded
  }

  async function update(source: string, change: (folder: FollowedFolder) => FollowedFolder): Promise<void> {
    folders.value = folders.value.map((f) => (f.source === source ? change(f) : f))
    await saveFolders(folders.value)
  }

  async function remember(source: string, status: SyncStatus): Promise<SyncStatus> {
    await update(source, (f) => ({ ...f, status }))
    return status
  }

  /** Follows a folder (`#/?source=…` or 数据) besides those followed already, then syncs it. */
  async function follow(source: string): Promise<SyncStatus | undefined> {
    await load()
    if (!folders.value.some((f) => f.source === source)) {
      folders.value = [...folders.value, await newFolder(source)]
      await saveFolders(folders.value)
    }
    return sync(source)
  }

  /** Stops following a folder; what it imported stays. */
  async function remove(source: string): Promise<void> {
    await load()
    folders.value = folders.value.filter((f) => f.source !== source)
    asks.value = asks.value.filter((a) => a.source !== source)
    await saveFolders(folders.value)
  }

  /** Syncs a folder after the syncs before it; `choices` decide the conflicts it was asked about. */
  function sync(source: string, choices?: Readonly<Record<string, SyncChoice>>): Promise<SyncStatus | undefined> {
    busy.value = [...busy.value, source]
    const run = queue.then(() => syncNow(source, choices).catch((cause: unknown) => failed(source, cause)))
    queue = run.catch(() => undefined)
    return run.finally(() => {
      const at = busy.value.indexOf(source)
      busy.value = busy.value.filter((_, i) => i !== at)
    })
  }

  /** Syncs every folder followed (but `except`, synced already), one after another. */
  async function syncAll(except: string | null = null): Promise<void> {
    await load()
    await Promise.all(folders.value.filter((f) => f.source !== except).map((f) => sync(f.source)))
  }

  /** Decides the first ask: its folder syncs again, and writes with these choices. */
  function decide(choices: Readonly<Record<string, SyncChoice>>): Promise<SyncStatus | undefined> {
    const [ask, ...rest] = asks.value
    if (!ask) return Promise.resolve(undefined)
    asks.value = rest
    return sync(ask.source, choices)
  }

  /** Puts every ask off: nothing is written, and each folder says it waits for a choice. */
  function later(): void {
    asks.value = []
  }

  async function syncNow(
    source: string,
    choices: Readonly<Record<string, SyncChoice>> = {},
  ): Promise<SyncStatus | undefined> {
    await load()
    const folder = folders.value.find((f) => f.source === source)
    if (!folder) return undefined
    const base = {
      source,
      checkedAt: Date.now(),
      ...(folder.status?.updatedAt && { updatedAt: folder.status.updatedAt }),
    }
    const url = folderUrl(source, location.href)
    if (!url.ok) return remember(source, { ...base, ok: false, error: url.error })
    const read = await fetchManifest(url.url)
    if (!read.ok) return remember(source, { ...base, ok: false, error: read.error })
    const { manifest } = read
    const standing = new Set(
      (await repositories.imports.history()).filter((b) => b.undoneAt === undefined).map((b) => b.id),
    )
    // A file whose rows were all stored already got no batch (-1): it stands as long as the data does.
    const changed = manifest.files.filter((f) => {
      const had = folder.files[f.path]
      return had?.sha256 !== f.sha256 || (had.batchId !== -1 && !standing.has(had.batchId))
    })
    if (changed.length === 0) {
      if (manifest.rules) await adoptRules(manifest.rules)
      return remember(source, { ...base, ok: true, imported: 0 })
    }
    const fetched = await fetchAll(url.url, changed)
    if (!fetched.ok) return remember(source, { ...base, ok: false, error: fetched.error })
    const check = await checkAll(fetched.files)
    if (!check.ok) return remember(source, { ...base, ok: false, error: check.error })
    const { checked } = check
    const seen = await repositories.sync.latestBatchId()
    const since = Math.min(folder.baseline, ...Object.values(folder.marks))
    const here = changedSince(await repositories.sync.changesSince(since), folder.marks, folder.baseline)
    const planned = await checked.planned([...here.keys()])
    const names = { indicators: new Map(planned.names.indicators), budgetLines: new Map(planned.names.budgetLines) }
    const conflicts = syncConflicts(planned.rows, here, names, planned.rectify)
    if (conflicts.some((c) => choices[c.id] === undefined)) {
      checked.release()
      asks.value = [...asks.value.filter((a) => a.source !== source), { source, conflicts }]
      return remember(source, { ...base, ok: true, pending: conflicts.length })
    }
    const by = settings.reporter.trim() || undefined
    const reason = choiceReason(conflicts, choices)
    const batchId = await checked.commit(`发布数据 ${url.url}`, by, reason)
    const kept = conflicts.filter((c) => choices[c.id] === 'kept')
    if (kept.length > 0) {
      const name = `保留本机修改 ${url.url}`
      await repositories.imports.commit(
        keptPlan(planned.rows, kept, name, planned.rectify),
        [{ fileName: name, kind: 'kept', sha256: '', size: 0 }],
        { ...(by && { by }), ...(reason && { reason }) },
      )
    }
    const marks = { ...folder.marks }
    for (const [year, unit] of planned.unitYears) marks[unitYearIdOf({ year, unit })] = seen
    const files = { ...folder.files }
    for (const f of changed) files[f.path] = { sha256: f.sha256, batchId }
    await update(source, (f) => ({ ...f, files, marks }))
    // The bureau's rules once its data is in: a line of the trail of their own, undoable.
    if (manifest.rules) await adoptRules(manifest.rules)
    await catalog.caughtUp()
    return remember(source, {
      source,
      checkedAt: base.checkedAt,
      updatedAt: Date.now(),
      ok: true,
      imported: changed.length,
    })
  }

  /** A sync that failed on the way (the worker stopped, the disk is full): nothing of it was written but what its transactions committed. */
  async function failed(source: string, cause: unknown): Promise<SyncStatus | undefined> {
    if (!folders.value.some((f) => f.source === source)) return undefined
    const message = cause instanceof Error ? cause.message : String(cause)
    return remember(source, { source, checkedAt: Date.now(), ok: false, error: `同步失败：${message}` })
  }

  /** Puts the published rules in force (a change of rules already in force writes nothing). */
  async function adoptRules(published: Rules): Promise<void> {
    await rules.apply(published, settings.reporter.trim() || undefined)
  }

  return { folders, busy, asks, syncing, load, follow, remove, sync, syncAll, decide, later }
})
