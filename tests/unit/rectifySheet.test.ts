import { describe, expect, it } from 'vitest'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { DEFAULT_RULES } from '@/domain/engine/rules'
import { rulesLine } from '@/domain/engine/rulesText'
import { readImportFile } from '@/io/importFile'
import { planImport } from '@/io/importPlan'
import { officialFileName, officialSheets } from '@/io/official/officialWorkbooks'
import { rectifyCells } from '@/io/official/rectifyCells'
import { writeOfficialXlsx } from '@/io/official/writeXlsx'
import { RED, U, withItem } from './rectifySample'

describe('the 整改 columns of the 绩效监控表', () => {
  it('tell each item on a line: 措施, 责任人 and 时限, state since when', () => {
    expect(rectifyCells([])).toEqual([null, null, null])
  })

  it('are added where a 类别 has items, the sheet still 146 characters wide', async () => {
    const data = await withItem()
    const sheets = officialSheets('绩效监控表', evaluateUnitYear(data, 9), data, rulesLine(DEFAULT_RULES))
    const sum = (widths: number[]) => widths.reduce((a, b) => a + b)
    // 部门整体 has the item; 招商引资 none, and keeps the form's twelve columns.
    expect(
      sheets.map((s) => [s.rows.every((r) => r.length === s.widths.length), s.widths.length, sum(s.widths)]),
    ).toEqual([
      [true, 15, 146],
      [true, 12, 146],
    ])
    const sheet = sheets[0]!
    const header = sheet.rows[sheet.printTitles[0] - 1]!.map((c) => c.value)
    expect(header.slice(-4)).toEqual(['改进措施', '整改措施', '责任人及完成时限', '整改状态'])
    const row = sheet.rows.find((r) => r.some((c) => c.value === RED))!
    expect(row.slice(-3).map((c) => c.value)).toEqual(['加大招商力度', '王明 2024-12-31', '整改中 2024-10-12'])
    const other = sheet.rows[sheet.printTitles[0]]!
    expect(other.slice(-3).map((c) => c.value)).toEqual([null, null, null])
  })

  it('read back through the importer without a problem', async () => {
    const data = await withItem()
    const sheets = officialSheets('绩效监控表', evaluateUnitYear(data, 9), data, rulesLine(DEFAULT_RULES))
    const read = await readImportFile(await writeOfficialXlsx(sheets), officialFileName(U, 2024, '绩效监控表', 'xlsx'))
    expect(read.parts.flatMap((p) => p.problems)).toEqual([])
    const plan = planImport(read.parts, data)
    expect(plan.problems).toEqual([])
    expect(plan.counts.added + plan.counts.updated).toBe(0)
    // The item the sheet prints is the one stored: nothing to write.
    expect(plan.rectify).toBeUndefined()
    const cells = read.parts.flatMap((p) => p.rectify ?? [])
    expect(cells.map(({ measure, owner, due, state, light }) => [measure, owner, due, state, light])).toEqual([
      ['加大招商力度', '王明 2024-12-31', '', '整改中 2024-10-12', 'red'],
    ])
  })

  it('make the item again where none is stored, and update an open one rather than add a second', async () => {
    const data = await withItem()
    const sheets = officialSheets('绩效监控表', evaluateUnitYear(data, 9), data, rulesLine(DEFAULT_RULES))
    const read = await readImportFile(await writeOfficialXlsx(sheets), officialFileName(U, 2024, '绩效监控表', 'xlsx'))
    const [kept] = data.rectify!
    const made = planImport(read.parts, { ...data, rectify: [] }).rectify!
    expect(made.map((p) => [p.unit, p.added, p.updated, p.items.length])).toEqual([[U, 1, 0, 1]])
    const item = made[0]!.items[0]!
    expect(item).toEqual({
      ...kept,
      // 问题: the line's 偏差原因 at 第3季度.
      problem: '部分重点在谈项目因企业资金链紧张暂缓落地，全年目标完成难度较大',
      // Made on the period's last day, 整改中 since the day the sheet prints.
      steps: [
        { state: 'notStarted', date: '2024-09-30' },
        { state: 'inProgress', date: '2024-10-12' },
      ],
    })
    const open = { ...kept!, measure: '旧措施', owner: '' }
    const updated = planImport(read.parts, { ...data, rectify: [open] }).rectify!
    expect(updated.map((p) => [p.added, p.updated])).toEqual([[0, 1]])
    expect(updated[0]!.items).toEqual([kept])
  })
})
