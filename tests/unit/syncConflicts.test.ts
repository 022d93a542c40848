import { describe, expect, it } from 'vitest'
import type { PlannedRow } from '@/domain/model'
import {
  changedSince,
  choiceReason,
  keptPlan,
  madeHere,
  syncConflicts,
  type SyncConflict,
} from '@/domain/syncConflicts'
import { folderCopyWins, partOfField } from '@/domain/syncOwnership'
import { trailNames } from '@/domain/trailLines'
import { unitYearIdOf } from '@/domain/unitYears'
import { joinKey } from '@/domain/keys'
import type { RectifyItem } from '@/domain/rectify'
import { actual, budgetLine, target, UNIT } from './fixtures'

const OTHER = '乙局'
const training = target('培训次数')
const visitors = target('服务人次')
const otherTraining = target('培训次数', { unit: OTHER })
const names = trailNames({ targets: [training, visitors, otherTraining] })
const here = joinKey(2024, UNIT)
const there = joinKey(2024, OTHER)

/** A row the folder would write over a stored one. */
function updated<R extends PlannedRow['record']>(table: PlannedRow['table'], before: R, record: R): PlannedRow {
  return { table, file: 'a.csv', line: 2, record, before, status: 'updated' } as PlannedRow
}

describe('changedSince', () => {
  it('counts a change after the folder’s mark for the unit-year, or after its baseline for one it never saw, keeping the newest', () => {
    const changes = [
      { batchId: 4, at: 400, by: '张三', unitYears: [[2024, UNIT] as [number, string]] },
      { batchId: 6, at: 600, unitYears: [[2024, UNIT] as [number, string], [2024, OTHER] as [number, string]] },
      { batchId: 7, at: 700, by: '李四', unitYears: [[2023, UNIT] as [number, string]] },
    ]
    // 测试局 2024 was seen at 5: only batch 6 counts. 乙局 was seen at 6: nothing. 2023 never: the baseline 3 holds.
    const changed = changedSince(changes, { [here]: 5, [there]: 6 }, 3)
    expect([...changed]).toEqual([
      [here, { batchId: 6, at: 600 }],
      [joinKey(2023, UNIT), { batchId: 7, at: 700, by: '李四' }],
    ])
  })

  it('keeps the newest change when an older one comes later in the list', () => {
    const changes = [
      { batchId: 9, at: 900, by: '王五', unitYears: [[2024, UNIT] as [number, string]] },
      { batchId: 8, at: 800, by: '张三', unitYears: [[2024, UNIT] as [number, string]] },
    ]
    expect(changedSince(changes, {}, 0).get(here)).toEqual({ batchId: 9, at: 900, by: '王五' })
  })

  it('tells which batches are changes made here', () => {
    expect(['entry', 'actuals', 'adjust', 'rectify', 'undo'].map((k) => madeHere(k as never))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ])
    expect(['published', 'kept', 'sample', 'restore', 'rules'].map((k) => madeHere(k as never))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ])
  })
})

describe('syncConflicts', () => {
  const rows: PlannedRow[] = [
    // Changed here to 6次 with a reason; the folder still says 3次.
    updated('actuals', actual(training, 3, '6次', { reason: '追加培训' }), actual(training, 3, '3次')),
    // The same value on both sides: no line.
    updated('actuals', actual(visitors, 3, '80人'), actual(visitors, 3, '80人')),
    // A unit-year not changed here: the folder's copy is taken.
    updated('actuals', actual(otherTraining, 3, '1次'), actual(otherTraining, 3, '2次')),
    // A row the folder adds: nothing here to lose.
    { table: 'actuals', file: 'a.csv', line: 5, record: actual(visitors, 4, '90人'), before: null, status: 'added' },
  ]
  const changed = new Map([[here, { batchId: 6, at: 600, by: '张三' }]])

  it('lists, per unit-year changed here, each differing field with this PC’s value and the folder’s', () => {
    expect(syncConflicts(rows, changed, names)).toEqual([
      {
        id: here,
        year: 2024,
        unit: UNIT,
        here: { batchId: 6, at: 600, by: '张三' },
        lines: [
          {
            table: 'actuals',
            key: joinKey(training.code, 9),
            name: '培训次数',
            month: 9,
            field: 'actualText',
            before: '6次',
            after: '3次',
          },
          {
            table: 'actuals',
            key: joinKey(training.code, 9),
            name: '培训次数',
            month: 9,
            field: 'reason',
            before: '追加培训',
            after: null,
          },
        ],
      },
    ])
  })

  it('finds none when nothing was changed here, or the folder holds the same values', () => {
    expect(syncConflicts(rows, new Map(), names)).toEqual([])
    expect(syncConflicts([rows[1]!], changed, names)).toEqual([])
  })

  it('tells budget lines apart by their item', () => {
    const line = budgetLine('公用经费', 60)
    const conflicts = syncConflicts([updated('budgets', { ...line, budget: 70 }, line)], changed, names)
    expect(conflicts.map((c) => c.lines)).toEqual([
      [{ table: 'budgets', key: line.id, name: '公用经费', field: 'budget', before: 70, after: 60 }],
    ])
  })
})

describe('keptPlan', () => {
  it('writes this PC’s rows of the kept unit-years back over the folder’s, and nothing else', () => {
    const mine = actual(training, 3, '6次')
    const folders = actual(training, 3, '3次')
    const rows = [
      updated('actuals', mine, folders),
      updated('actuals', actual(visitors, 3, '80人'), actual(visitors, 3, '80人')),
      updated('actuals', actual(otherTraining, 3, '1次'), actual(otherTraining, 3, '2次')),
    ]
    const conflicts = syncConflicts(rows, new Map([[here, { batchId: 6, at: 600 }]]), names)
    const plan = keptPlan(rows, conflicts, '保留本机修改 published/')
    expect(plan.rows).toEqual([
      {
        table: 'actuals',
        file: '保留本机修改 published/',
        line: 2,
        record: mine,
        before: folders,
        status: 'updated',
      },
    ])
    expect(plan.counts).toEqual({ added: 0, updated: 1, unchanged: 0, skipped: 0 })
    expect(keptPlan(rows, [], 'x').rows).toEqual([])
  })
})

describe('整改 items', () => {
  /** An item of 测试局 2024 on 培训次数, 整改中 since 2024-10-08. */
  const item = (id: string, measure: string, result = ''): RectifyItem => ({
    id,
    year: 2024,
    unit: UNIT,
    scope: '部门整体',
    subject: 'indicator',
    ref: training.code,
    name: '培训次数',
    month: 9,
    light: 'red',
    problem: '进度滞后',
    measure,
    owner: '张三',
    due: '2024-12-31',
    result,
    steps: [
      { state: 'notStarted', date: '2024-10-01' },
      { state: 'inProgress', date: '2024-10-08' },
    ],
  })
  const items = {
    year: 2024,
    unit: UNIT,
    stored: [item('R1', '加开两期', '已开一期')],
    // The folder changes R1's 整改措施 and 整改结果 back, and adds R2.
    planned: [item('R1', '加开一期'), item('R2', '外聘讲师')],
  }
  const changed = new Map([[here, { batchId: 6, at: 600 }]])

  it('asks about the items the folder would change, not those it adds, even with no row in conflict', () => {
    expect(syncConflicts([], changed, names, [items])).toEqual([
      {
        id: here,
        year: 2024,
        unit: UNIT,
        here: { batchId: 6, at: 600 },
        lines: [
          {
            table: 'rectify',
            key: 'R1',
            name: '培训次数',
            month: 9,
            field: 'measure',
            before: '加开两期',
            after: '加开一期',
          },
          { table: 'rectify', key: 'R1', name: '培训次数', month: 9, field: 'result', before: '已开一期', after: '' },
        ],
      },
    ])
    expect(syncConflicts([], new Map(), names, [items])).toEqual([])
  })

  it('keeps this PC’s items in conflict and the folder’s new ones', () => {
    const conflicts = syncConflicts([], changed, names, [items])
    expect(keptPlan([], conflicts, 'k', [items]).rectify).toEqual([
      {
        file: 'k',
        year: 2024,
        unit: UNIT,
        items: [item('R1', '加开两期', '已开一期'), item('R2', '外聘讲师')],
        added: 0,
        updated: 1,
      },
    ])
    expect(keptPlan([], [], 'k', [items]).rectify).toBeUndefined()
  })
})

describe('choiceReason', () => {
  const conflict = (unit: string): SyncConflict => ({
    id: unitYearIdOf({ year: 2024, unit }),
    year: 2024,
    unit,
    lines: [],
    here: { batchId: 1, at: 1 },
  })
  it('names the unit-years kept and taken, for the trail', () => {
    const conflicts = [conflict(UNIT), conflict(OTHER), conflict('丙局')]
    expect(choiceReason(conflicts, { [here]: 'kept', [there]: 'taken', [joinKey(2024, '丙局')]: 'kept' })).toBe(
      '保留本机：2024年 测试局、2024年 丙局；采用数据来源：2024年 乙局',
    )
    expect(choiceReason([conflict(OTHER)], { [there]: 'taken' })).toBe('采用数据来源：2024年 乙局')
    expect(choiceReason([], {})).toBeUndefined()
  })
})

describe('ownership', () => {
  it('asks about a unit’s own parts changed here, and takes the 主管部门’s review states from its folder', () => {
    expect(partOfField('actuals', 'reason')).toBe('reasons')
    expect(partOfField('actuals', 'actualText')).toBe('values')
    expect(partOfField('review', 'state')).toBe('review')
    expect(folderCopyWins('values', true)).toBe(false)
    expect(folderCopyWins('reasons', true)).toBe(false)
    expect(folderCopyWins('rectify', true)).toBe(false)
    expect(folderCopyWins('values', false)).toBe(true)
    expect(folderCopyWins('review', true)).toBe(true)
  })
})
