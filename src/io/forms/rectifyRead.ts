/** The 整改 columns of a 监控表's indicator rows, kept beside the values they stand next to. */
import { lightOfLabel } from '@/domain/rectifyImport'
import type { FormRectify } from '../parsedCsv'
import type { FormRead } from './readForm'

/** Each indicator row of a 监控表 or 自评表 with a 整改 cell filled, its 偏差原因, and its light (红灯, 严重偏离 or 未完成: red; else yellow). */
export function rectifyOfForm(form: FormRead): FormRectify[] {
  if (form.type === 'application') return []
  return (form.indicators?.rows ?? []).flatMap(({ line, values: v }) => {
    const text = (cell: { value: string } | undefined) => cell?.value.trim() ?? ''
    const cells = {
      measure: text(v.rectifyMeasure),
      owner: text(v.rectifyOwner),
      due: text(v.rectifyDue),
      state: text(v.rectifyState),
    }
    if (Object.values(cells).every((c) => c === '')) return []
    const light = lightOfLabel(text(v.lightLabel))
    return [{ line, ...cells, light, reason: text(v.reason) }]
  })
}
