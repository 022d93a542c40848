import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { evaluateUnitYear } from '@/domain/engine/evaluate'
import { reportOutline, type Block } from '@/io/official/reportOutline'
import { writeReportDocx } from '@/io/official/writeDocx'
import { actual, budgetLine, dataset, spent, target } from './fixtures'
import { DEFAULT_RULES } from '@/domain/engine/rules'
import { rulesLine } from '@/domain/engine/rulesText'

const RULES = rulesLine(DEFAULT_RULES)

/** Three 产出 indicators over two 二级指标, one 效益, a budget line; reported at Q4 (as reportTables.test). */
function scopes(month: 9 | 12 = 12) {
  const a = target('培训次数', { targetText: '≥4次', position: 2 })
  const b = target('推介会', { targetText: '≥2场', position: 3 })
  const c = target('开工率', { targetText: '≥70%', level2: '质量指标', position: 4 })
  const d = target('就业人数', { targetText: '≥500人', level1: '效益指标', level2: '社会效益指标', position: 5 })
  const line = budgetLine('人员经费', 100, { initialBudget: 80 })
  const q = month === 12 ? 4 : 3
  return evaluateUnitYear(
    dataset({
      targets: [a, b, c, d],
      budgets: [line],
      actuals: [
        actual(a, q, '4次'),
        actual(b, q, '1场', { reason: '场地未落实', action: '下年补办', formScore: 12 }),
        actual(c, q, '70%'),
        actual(d, q, '500人'),
      ],
      spending: [spent(line, q, 90)],
    }),
    month,
  )
}

const texts = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'heading' || b.kind === 'title' ? [b.text] : []))

describe('the 自评报告 outline', () => {
  it('follows the standard outline with sentences filled from the results (worked by hand)', () => {
    const blocks = reportOutline('测试局', 2024, scopes(), { rules: RULES })
    expect(texts(blocks)).toEqual([
      '测试局2024年度绩效自评报告',
      '评分规则：财政部默认（财预〔2020〕10号）。',
      '一、基本情况',
      '（一）项目概况',
      '测试局2024年度纳入绩效自评的有部门整体支出，共 1 个类别。',
      '（二）绩效目标',
      '部门整体支出设置绩效指标 4 个，其中产出指标 3 个、效益指标 1 个。',
      '二、绩效目标完成情况',
      // (16.67 + 8.33 + 16.67 + 30 + 9) / 90 → 89.63, 良
      '部门整体支出自评得分 89.63 分，等级为良。',
      '（一）资金执行情况',
      '部门整体支出全年预算 100 万元（年初预算 80 万元），全年执行 90 万元，执行率 90.0%。',
      '（二）产出指标完成情况',
      // 50 / 3 each; 推介会 1 of 2 → 8.33: 41.67 of 50
      '部门整体支出产出指标 3 个，完成 2 个，1 个滞后或未完成；得分 41.67 分（分值 50.00 分）。',
      '（三）效益指标完成情况',
      '部门整体支出效益指标 1 个，完成 1 个，0 个滞后或未完成；得分 30.00 分（分值 30.00 分）。',
      '（四）满意度指标完成情况',
      '三、偏差情况及原因分析',
      '部门整体支出“推介会”目标 ≥2场，实际完成 1场，状态为未完成。偏差原因：场地未落实。',
      '四、改进措施及结果应用',
      '部门整体支出“推介会”：下年补办。',
      '五、其他需要说明的问题',
      '自评表表内得分与按评分规则计算的得分不一致的指标：“推介会”表内得分 12.00 分，本系统计算 8.33 分。',
    ])
    const tables = blocks.filter((b) => b.kind === 'table')
    expect(tables[0]).toEqual({
      kind: 'table',
      header: ['类别', '年初预算数（万元）', '全年预算数（万元）', '全年执行数（万元）', '执行率'],
      rows: [['部门整体', '80', '100', '90', '90.0%']],
    })
    expect(tables[1]!.header).toEqual([
      '三级指标',
      '年度指标值',
      '实际完成值',
      '完成率',
      '分值',
      '得分',
      '表内得分',
      '状态',
    ])
    expect(tables[1]!.rows[1]).toEqual(['推介会', '≥2场', '1场', '50.0%', '16.67', '8.33', '12.00', '未完成'])
  })

  it('in the year says it is a projection as of the period, with the time progress', () => {
    const blocks = reportOutline('测试局', 2024, scopes(9), { sample: true, rules: RULES })
    const lines = texts(blocks)
    expect(lines[0]).toBe('测试局2024年度绩效自评报告（截至第3季度，预计）')
    expect(lines).toContain(
      '部门整体支出全年预算 100 万元（年初预算 80 万元），截至第3季度执行 90 万元，执行率 90.0%，序时进度 75.0%。',
    )
    expect(lines.at(-1)).toBe('本报告中的实际完成值为示例数据（非真实数据），仅供演示。')
  })
})

describe('the 自评报告 as .docx', () => {
  it('holds the outline and the figures, headings Word lists in its navigation pane, and the chart as a picture', async () => {
    // A 1×1 white PNG.
    const png = Uint8Array.from(
      atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='),
      (c) => c.charCodeAt(0),
    )
    const bytes = await writeReportDocx(reportOutline('测试局', 2024, scopes(), { rules: RULES }), [
      { scope: '部门整体', png, width: 600, height: 240 },
    ])
    const zip = XLSX.CFB.read(bytes, { type: 'array' })
    const file = (end: string) => {
      const i = zip.FullPaths.findIndex((p: string) => p.endsWith(end))
      return i < 0 ? '' : new TextDecoder().decode(zip.FileIndex[i]!.content as Uint8Array)
    }
    const document = file('word/document.xml')
    for (const text of [
      '一、基本情况',
      '二、绩效目标完成情况',
      '三、偏差情况及原因分析',
      '四、改进措施及结果应用',
      '五、其他需要说明的问题',
      '89.63',
      '执行率 90.0%',
      '场地未落实',
      '下年补办',
    ])
      expect(document).toContain(text)
    expect(document).toContain('w:pStyle w:val="Heading1"')
    expect(document).toContain('w:pStyle w:val="Heading2"')
    expect(document).toContain('<w:tblHeader/>')
    // The page's 8906 twips between its margins, shared by the columns (tableColumns.ts).
    const grids = [...document.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map((m) =>
      [...m[1]!.matchAll(/w:w="(\d+)"/g)].reduce((sum, w) => sum + Number(w[1]), 0),
    )
    expect(grids.length).toBeGreaterThan(0)
    expect(new Set(grids)).toEqual(new Set([8906]))
    expect(document).toContain('<pic:pic')
    const styles = file('word/styles.xml')
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/)
    expect(styles).toMatch(/w:styleId="Heading2"[\s\S]*?<w:outlineLvl w:val="1"\/>/)
    expect(zip.FullPaths.some((p: string) => /word\/media\/.+\.png$/.test(p))).toBe(true)
  })
})

describe('the 自评报告 outline with a value not reported', () => {
  it('counts it apart from the ones on track and behind', () => {
    const a = target('培训次数', { targetText: '≥4次', position: 2 })
    const b = target('推介会', { targetText: '≥2场', position: 3 })
    const [scope] = evaluateUnitYear(dataset({ targets: [a, b], actuals: [actual(a, 3, '3次')] }), 9)
    // 产出 carries 50 points, 25 each. 3 of 4 at month 9 is on pace: projected 4 of 4, 25; 推介会 not reported: no score.
    expect(texts(reportOutline('测试局', 2024, [scope!], { rules: RULES }))).toContain(
      '部门整体支出产出指标 2 个，进度正常或超序时 1 个，0 个滞后或未完成，1 个未填报/其他；预计得分 25.00 分（分值 50.00 分）。',
    )
  })
})
