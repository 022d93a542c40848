import { defineStore } from 'pinia'
import { ref } from 'vue'
import { repositories } from '@/db'
import { evaluateAllAtLatest } from '@/domain/engine/evaluate'
import { toCsv } from '@/io/csvWriter'
import { dateStamp, downloadText } from '@/io/download'
import { resultRows } from '@/io/resultsExport'

/** Files the user takes away: the results CSV (SPEC §6). */
export const useExportsStore = defineStore('exports', () => {
  const busy = ref(false)

  /** Downloads the 自评表 CSV for every (年度, 单位, 类别), each at its latest reported quarter. */
  async function exportResults(): Promise<void> {
    busy.value = true
    try {
      const everything = await repositories.catalog.loadEverything()
      downloadText(`绩效自评结果-${dateStamp()}.csv`, toCsv(resultRows(evaluateAllAtLatest(everything))))
    } finally {
      busy.value = false
    }
  }

  return { busy, exportResults }
})
