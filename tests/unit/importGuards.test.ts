/**
 * Every import keeps to the text rules and questions unlikely values as the entry screen
 * does: characters that turn a name around are dropped and told, a note is cut to its
 * length and told, a name too long is refused, a negative count or a jump is a notice.
 */
import { describe, expect, it } from 'vitest'
import type { Dataset } from '@/domain/model'
import type { ActualRecord, TargetRecord } from '@/domain/records'
import { readImportFile, type FileRead } from '@/io/importFile'
import { planImport } from '@/io/importPlan'
import { parseCsvText } from '@/io/parseCsv'
import { describeProblem } from '@/io/problems'
import { actual, csv, target } from './fixtures'
import { workbook } from './forms/formFixtures'
import { HEADER, asText, head } from './forms/hostileFixtures'

const U = '测试局'
const TARGETS = ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值']
const ACTUALS = ['年度', '单位', '类别', '三级指标', '季度', '实际值', '偏差原因', '改进措施']
const none: Dataset = { targets: [], budgets: [], actuals: [], spending: [] }
const file = (name: string, rows: string[][]) => parseCsvText(csv(rows), name)

const teams = target('组建招商组团数', { targetText: '≥15个', basis: '累计' })
const stored: Dataset = { ...none, targets: [teams], actuals: [actual(teams, 3, '11个')] }
const valuesFile = (...rows: [quarter: string, value: string][]) =>
  file('values.csv', [ACTUALS, ...rows.map(([q, v]) => ['2024', U, '部门整体', '组建招商组团数', q, v, '', ''])])

describe('unwanted characters in an import', () => {
  it('are dropped from a CSV file, so a unit is stored as it reads, and told', () => {
    const plan = planImport(
      [
        file('targets.csv', [
          TARGETS,
          ['2024', '\u202E测试局', '部门整体', '产出指标', '数量指标', '培训\u200B次数', '≥4次'],
        ]),
      ],
      none,
    )
    expect(plan.problems).toEqual([])
    expect(plan.rows.map((r) => [(r.record as TargetRecord).unit, (r.record as TargetRecord).name])).toEqual([
      ['测试局', '培训次数'],
    ])
    expect(plan.notices.map((n) => n.text)).toEqual([
      'targets.csv：第2行（共 1 行）的单位、三级指标含控制字符或文字方向字符（如 U+202E），已删除 2 个',
    ])
  })

  it('are dropped from an official form, unit and indicator alike', async () => {
    const rows = [
      ...head('培训项目', '\u202E九江市甲局', 50),
      HEADER,
      ['', '产出指标', '数量指标', '培训\u202E次数', '≥4次'],
    ]
    const read: FileRead = await readImportFile(new TextEncoder().encode(csv(asText(rows))), '培训.csv')
    const targets = read.parts.flatMap((p) =>
      p.kind === 'targets' ? ((p.tagged?.records ?? []) as TargetRecord[]) : [],
    )
    expect(targets.map((t) => [t.unit, t.name])).toEqual([['九江市甲局', '培训次数']])
    expect(read.parts.flatMap((p) => p.notices.map((n) => n.code))).toContain('unwantedStripped')
  })

  it('are dropped from a workbook sheet', async () => {
    const sheet = {
      name: '目标',
      merges: [],
      rows: [TARGETS, ['2024', '测试\u202D局', '部门整体', '产出指标', '数量指标', '培训次数', '≥4次']],
    }
    const read = await readImportFile(workbook([sheet]), 'book.xlsx')
    const records = read.parts.flatMap((p) => (p.tagged?.records ?? []) as TargetRecord[])
    expect(records.map((t) => t.unit)).toEqual(['测试局'])
    expect(read.parts.flatMap((p) => p.notices.map((n) => n.code))).toEqual(['unwantedStripped'])
  })
})

describe('lengths in an import', () => {
  it('cuts a 偏差原因 and a 改进措施 past 500 characters, and says where', () => {
    const row = ['2024', U, '部门整体', '组建招商组团数', '4', '12个', '因'.repeat(600), '措'.repeat(501)]
    const plan = planImport([file('values.csv', [ACTUALS, row])], stored)
    const record = plan.rows[0]!.record as ActualRecord
    expect([record.reason, record.action]).toEqual(['因'.repeat(500), '措'.repeat(500)])
    expect(plan.notices.map((n) => n.text)).toEqual([
      'values.csv：第2行（共 1 行）的偏差原因、改进措施超过 500 个字符，已截断',
    ])
  })

  it('refuses a row whose name is over 100 characters, and takes one of exactly 100', () => {
    const plan = planImport(
      [
        file('targets.csv', [
          TARGETS,
          ['2024', U, '部门整体', '产出指标', '数量指标', '长'.repeat(101), '≥4次'],
          ['2024', U, '部门整体', '产出指标', '数量指标', '短'.repeat(100), '≥4次'],
        ]),
      ],
      none,
    )
    expect(plan.problems.map(describeProblem)).toEqual([
      `第2行 三级指标: '${'长'.repeat(20)}…（101 个字符）' 名称超过 100 个字符，此行不导入`,
    ])
    expect(plan.rows.map((r) => (r.record as TargetRecord).name)).toEqual(['短'.repeat(100)])
  })
})

describe('unlikely values in an import', () => {
  const noticesOf = (...rows: [string, string][]) =>
    planImport([valuesFile(...rows)], stored).notices.map((n) => n.text)

  it('tells a negative count, and that it is below the last period’s cumulative value', () => {
    expect(noticesOf(['4', '-5'])).toEqual([
      'values.csv 第2行 组建招商组团数：实际值 -5 为负数，请确认',
      'values.csv 第2行 组建招商组团数：累计值 -5 低于上期的 11个，请确认',
    ])
  })

  it('tells a value more than ten times the last period’s', () => {
    expect(noticesOf(['4', '12,000'])).toEqual([
      'values.csv 第2行 组建招商组团数：实际值 12,000 超过上期 11个 的 10 倍，请确认',
    ])
    expect(noticesOf(['4', '110'])).toEqual([])
  })

  it('compares with a period given earlier in the same import, and plans the rows all the same', () => {
    const plan = planImport([valuesFile(['1', '8个'], ['2', '3个'])], { ...none, targets: [teams] })
    expect(plan.notices.map((n) => n.text)).toEqual([
      'values.csv 第3行 组建招商组团数：累计值 3个 低于上期的 8个，请确认',
    ])
    expect(plan.counts.added).toBe(2)
    expect(plan.problems).toEqual([])
  })
})
