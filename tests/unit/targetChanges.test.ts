import { describe, expect, it } from 'vitest'
import { adjustmentOf, withAdjustment } from '@/domain/engine/targetInForce'
import type { PlannedRow } from '@/domain/model'
import type { TargetRecord } from '@/domain/records'
import { asAdjustments, keptAdjustment, targetChanges } from '@/domain/targetChanges'
import { target } from './fixtures'

const stored = target('培训次数', { targetText: '≥4次', weight: 10 })
const adjustedRow = withAdjustment(stored, { targetText: '≥6次', fromMonth: 7 })
const updated = (before: TargetRecord, record: TargetRecord): PlannedRow => ({
  table: 'targets',
  file: '申报表.xlsx',
  line: 5,
  record,
  before,
  status: 'updated',
})

describe('a target imported over a stored adjustment', () => {
  it('keeps the adjustment when the file gives the original again', () => {
    expect(keptAdjustment(adjustedRow, { ...stored })).toEqual(adjustedRow)
  })

  it('keeps the original and the adjustment when the file gives the adjusted target', () => {
    const { weight: _w, ...noWeight } = stored
    expect(keptAdjustment(adjustedRow, { ...noWeight, targetText: '≥6次' })).toEqual(adjustedRow)
  })

  it('drops it for any other target, which replaces the stored one', () => {
    const next = keptAdjustment(adjustedRow, { ...adjustedRow, targetText: '≥8次' })
    expect([next.targetText, adjustmentOf(next)]).toEqual(['≥8次', null])
  })

  it('leaves a target never adjusted as the file gives it', () => {
    const next = { ...stored, targetText: '≥5次' }
    expect(keptAdjustment(stored, next)).toBe(next)
    expect(keptAdjustment(null, next)).toBe(next)
  })
})

describe('the targets an import changes, as corrections or adjustments', () => {
  const rows = [
    updated(stored, { ...stored, targetText: '≥5次', weight: 12 }),
    updated(stored, { ...stored, level1: '效益指标' }),
    { ...updated(stored, stored), status: 'unchanged' as const },
  ]

  it('lists only the rows whose 指标值 changes', () => {
    expect(targetChanges(rows)).toEqual({
      listed: [
        {
          code: stored.code,
          unit: stored.unit,
          year: 2024,
          scope: '部门整体',
          name: '培训次数',
          before: '≥4次',
          after: '≥5次',
        },
      ],
      total: 1,
    })
  })

  it('takes a changed 指标值 and 分值 as adjusted from the month given, the stored ones staying the original', () => {
    const [first, second, third] = asAdjustments(rows, { fromMonth: 10, approval: '财预〔2024〕9号' })
    const record = first!.record as TargetRecord
    expect([record.targetText, record.weight]).toEqual(['≥4次', 10])
    expect(adjustmentOf(record)).toEqual({
      originalText: '≥4次',
      originalWeight: 10,
      targetText: '≥5次',
      weight: 12,
      fromMonth: 10,
      approval: '财预〔2024〕9号',
    })
    expect(second).toBe(rows[1])
    expect(third).toBe(rows[2])
  })
})
