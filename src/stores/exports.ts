import { defineStore } from 'pinia'
import { ref } from 'vue'
import { repositories } from '@/db'
import { evaluateAllAtLatest } from '@/domain/engine/evaluateAll'
import { toCsv } from '@/io/csvWriter'
import { datasetCsvFiles } from '@/io/datasetCsv'
import { dateStamp, downloadText } from '@/io/download'
import type { CsvKind } from '@/io/csvKinds'
import { resultRows } from '@/io/resultsExport'
import { blankTemplate, periodTemplates } from '@/io/templates'
import type { Period } from '@/domain/period'

/** Files the user takes away: the results CSV (SPEC §6). */
export const useExportsStore = defineStore('exports', () => {
  const busy = ref(false)

  /** Downloads the 自评表 CSV for every (年度, 单位, 类别), each at its latest reported period. */
  async function exportResults(): Promise<void> {
    busy.value = true
    try {
      const everything = await repositories.catalog.loadEverything()
      downloadText(`绩效自评结果-${dateStamp()}.csv`, toCsv(resultRows(evaluateAllAtLatest(everything))))
    } finally {
      busy.value = false
    }
  }

  /** All stored data as the four import files, to edit in a spreadsheet and import again; returns how many were written. */
  async function exportDatasetCsv(): Promise<number> {
    busy.value = true
    try {
      const files = datasetCsvFiles(await repositories.catalog.loadEverything(), `绩效看板数据-${dateStamp()}`)
      for (const { fileName, text } of files) downloadText(fileName, text)
      return files.length
    } finally {
      busy.value = false
    }
  }

  /** A header-only file of one kind. */
  function downloadBlankTemplate(kind: CsvKind): void {
    const { fileName, text } = blankTemplate(kind)
    downloadText(fileName, text)
  }

  /** The pre-filled files (actuals and spending) of one unit-year and period. */
  async function downloadPeriodTemplates(unit: string, year: number, period: Period): Promise<void> {
    const data = await repositories.catalog.loadUnitYear(unit, year)
    for (const { fileName, text } of periodTemplates(data, unit, year, period)) downloadText(fileName, text)
  }

  return { busy, exportResults, exportDatasetCsv, downloadBlankTemplate, downloadPeriodTemplates }
})
