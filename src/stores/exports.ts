import { defineStore } from 'pinia'
import { ref } from 'vue'
import { repositories } from '@/db'
import { evaluateAllAtLatest } from '@/domain/engine/evaluateAll'
import { toCsv } from '@/io/csvWriter'
import { datasetCsvFiles } from '@/io/datasetCsv'
import { dateStamp, downloadBlob, downloadText } from '@/io/download'
import type { ImportKind } from '@/domain/model'
import { resultRows } from '@/io/resultsExport'
import { rectifyRows } from '@/io/rectifyCsv'
import { reviewRows } from '@/io/reviewCsv'
import { localDay } from '@/domain/rectifyList'
import { blankTemplate, periodTemplates } from '@/io/templates'
import { chinesePeriodName, timeProgress, type Period } from '@/domain/period'
import type { OfficialTable } from '@/io/official/officialWorkbooks'
import { useRulesStore } from './rules'
import { useUnitDataStore } from './unitData'
import { useViewStore } from './view'

/** Files the user takes away: the results CSV (SPEC §6), the official tables and the 自评报告 (§6.1). */
export const useExportsStore = defineStore('exports', () => {
  const busy = ref(false)
  const unitData = useUnitDataStore()
  const view = useViewStore()
  const rules = useRulesStore()

  /** The unit-year on screen, evaluated at the view's period; null while nothing is shown. */
  function shown() {
    const selection = view.selection
    const data = unitData.data
    if (!selection || !data || unitData.evaluation.length === 0) return null
    return { unit: selection.unit, year: selection.year, data, scopes: unitData.evaluation }
  }

  /** The 绩效监控表 or 绩效自评表 of the unit-year on screen as `.xlsx`, a sheet per 类别. */
  async function exportOfficialXlsx(table: OfficialTable): Promise<void> {
    const current = shown()
    if (!current) return
    busy.value = true
    try {
      const [{ officialFileName, officialSheets }, { writeOfficialXlsx }] = await Promise.all([
        import('@/io/official/officialWorkbooks'),
        import('@/io/official/writeXlsx'),
      ])
      const bytes = await writeOfficialXlsx(officialSheets(table, current.scopes, current.data, rules.line))
      downloadBlob(
        officialFileName(current.unit, current.year, table, 'xlsx'),
        new Blob([bytes as Uint8Array<ArrayBuffer>], {
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        }),
      )
    } finally {
      busy.value = false
    }
  }

  /** The 自评报告 draft of the unit-year on screen as `.docx`, with each 类别's score chart. */
  async function exportReportDocx(): Promise<void> {
    const current = shown()
    if (!current) return
    busy.value = true
    try {
      const [
        { reportOutline, BUDGET_CHART },
        { writeReportDocx },
        { officialFileName },
        { chartPicture },
        { levelScoreOption },
        { levelScores },
        { executionOption },
        { executionByPeriod },
      ] = await Promise.all([
        import('@/io/official/reportOutline'),
        import('@/io/official/writeDocx'),
        import('@/io/official/officialWorkbooks'),
        import('@/charts/chartPicture'),
        import('@/charts/levelScoreOption'),
        import('@/domain/engine/levelScores'),
        import('@/charts/budgetOptions'),
        import('@/domain/budgetPeriods'),
      ])
      // The report is Chinese whatever the screen's language: the charts use their Chinese words.
      const picture = async (scope: string, option: Parameters<typeof chartPicture>[0], height: number) => ({
        scope,
        png: await chartPicture(option, 640, height),
        width: 560,
        height: Math.round((height * 560) / 640),
      })
      const execution = executionByPeriod(current.data.budgets, current.data.spending, rules.settings).map(
        ({ period, execution: x }) => ({
          name: chinesePeriodName(period),
          t: timeProgress(period.month),
          e: x.e,
          color: x.light.color,
          word: x.light.label,
        }),
      )
      const charts = await Promise.all([
        ...current.scopes.map((scope) => {
          const rows = levelScores(scope)
          return picture(scope.scope, levelScoreOption(rows), 72 + rows.length * 30)
        }),
        ...(execution.length > 0 ? [picture(BUDGET_CHART, executionOption(execution), 280)] : []),
      ])
      const bytes = await writeReportDocx(
        reportOutline(current.unit, current.year, current.scopes, {
          sample: unitData.summary?.sample ?? false,
          rules: rules.line,
          rectify: { items: current.data.rectify ?? [], today: localDay(new Date()) },
        }),
        charts,
      )
      downloadBlob(
        officialFileName(current.unit, current.year, '自评报告', 'docx'),
        new Blob([bytes as Uint8Array<ArrayBuffer>], {
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        }),
      )
    } finally {
      busy.value = false
    }
  }

  /**
   * Downloads the 自评表 CSV for every (年度, 单位, 类别), each at its latest reported period,
   * and the 整改 items and the review states (the 审核 file) in files of their own when there are any.
   */
  async function exportResults(): Promise<void> {
    busy.value = true
    try {
      const everything = await repositories.catalog.loadEverything()
      downloadText(
        `绩效自评结果-${dateStamp()}.csv`,
        toCsv(resultRows(evaluateAllAtLatest(everything, rules.settings), rules.line, everything.parents)),
      )
      const items = everything.rectify ?? []
      if (items.length > 0) downloadText(`整改事项-${dateStamp()}.csv`, toCsv(rectifyRows(items, localDay(new Date()))))
      // The review states too, as the 审核 file a published folder carries.
      const reviews = (everything.review ?? []).filter((r) => r.steps.length > 0)
      if (reviews.length > 0)
        downloadText(`审核-${dateStamp()}.csv`, toCsv(reviewRows(reviews, everything.parents ?? new Map())))
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
  function downloadBlankTemplate(kind: ImportKind): void {
    const { fileName, text } = blankTemplate(kind)
    downloadText(fileName, text)
  }

  /** The pre-filled files (actuals and spending) of one unit-year and period. */
  async function downloadPeriodTemplates(unit: string, year: number, period: Period): Promise<void> {
    const data = await repositories.catalog.loadUnitYear(unit, year)
    for (const { fileName, text } of periodTemplates(data, unit, year, period)) downloadText(fileName, text)
  }

  return {
    busy,
    exportResults,
    exportOfficialXlsx,
    exportReportDocx,
    exportDatasetCsv,
    downloadBlankTemplate,
    downloadPeriodTemplates,
  }
})
