import { defineStore } from 'pinia'
import { ref } from 'vue'
import { repositories } from '@/db'
import { buildBackup } from '@/io/backupWrite'
import { parseBackup } from '@/io/backupRead'
import { backupOf } from '@/db/legacy'
import type { BackupData } from '@/domain/storedRecords'
import { dateStamp, downloadText } from '@/io/download'
import { useCatalogStore } from './catalog'
import { describeFailure } from './errorText'
import { useSettingsStore } from './settings'

/** Backup of everything to one file, and a restore that checks the whole file first. */
export const useBackupStore = defineStore('backup', () => {
  const catalog = useCatalogStore()
  const settings = useSettingsStore()
  const busy = ref(false)

  async function downloadBackup(): Promise<void> {
    busy.value = true
    try {
      const data = await repositories.dataset.exportAll()
      downloadText(`绩效看板备份-${dateStamp()}.json`, buildBackup(data), 'application/json')
    } finally {
      busy.value = false
    }
  }

  /** Reads and validates a backup file, a version 1 file's tables made documents; nothing is changed. */
  async function readBackup(file: File): Promise<{ ok: true; data: BackupData } | { ok: false; errors: string[] }> {
    const parsed = parseBackup(await file.text())
    return parsed.ok ? { ok: true, data: backupOf(parsed.data) } : parsed
  }

  /** Replaces all data with a validated backup in one transaction; throws a Chinese message. */
  async function restore(data: BackupData, fileName?: string): Promise<void> {
    busy.value = true
    try {
      const by = settings.reporter.trim()
      await repositories.dataset.restoreAll(
        data,
        fileName === undefined ? undefined : { fileName, at: Date.now(), ...(by && { by }) },
      )
      // The backup's rules are in force now (the signal reloads them): every screen recomputes under them.
      await catalog.caughtUp()
    } catch (cause) {
      throw new Error(describeFailure(cause), { cause })
    } finally {
      busy.value = false
    }
  }

  return { busy, downloadBackup, readBackup, restore }
})
