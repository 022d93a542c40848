/** The reads of one indicator with its values: by its code, and across years for the drill-down. */
import type { ActualRecord, TargetRecord } from '@/domain/records'
import type { UnitYearDocument } from '@/domain/model'
import type { JixiaoDatabase } from './database'
import { decodeDocument } from './storedForm'

/** An indicator and its values by period, in month order. */
export interface IndicatorValues {
  target: TargetRecord
  actuals: ActualRecord[]
}

/** One indicator and its values by period, or null when no indicator has the code. */
export async function loadIndicator(db: JixiaoDatabase, code: string): Promise<IndicatorValues | null> {
  const { codes, documents } = db
  const stored = await db.transaction('r', [codes, documents], async () => {
    const where = await codes.where('codes').equals(code).first()
    return where && documents.get([where.year, where.unit])
  })
  const document = stored && decodeDocument(stored)
  const target = document?.targets.find((t) => t.code === code)
  return document && target ? { target, actuals: valuesOf(document, target) } : null
}

/**
 * The same indicator (单位, 类别, 三级指标) in the given years, each with its values,
 * newest year first: the drill-down's history across years.
 */
export async function loadAcrossYears(
  db: JixiaoDatabase,
  unit: string,
  scope: string,
  name: string,
  years: readonly number[],
): Promise<IndicatorValues[]> {
  const documents = (await db.documents.bulkGet(years.map((year) => [year, unit]))).map((d) => d && decodeDocument(d))
  return documents
    .flatMap((document) => {
      const target = document?.targets.find((t) => t.scope === scope && t.name === name)
      return document && target ? [{ target, actuals: valuesOf(document, target) }] : []
    })
    .sort((a, b) => b.target.year - a.target.year)
}

/** An indicator's values in its document, in month order. */
function valuesOf(document: UnitYearDocument, target: TargetRecord): ActualRecord[] {
  return document.actuals.filter((a) => a.indicatorCode === target.code).sort((a, b) => a.month - b.month)
}
