import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { readImportFile, type FileRead } from '@/io/importFile'
import type { ActualRecord, BudgetRecord, TargetRecord } from '@/domain/records'
import {
  departmentApplication,
  monitoring,
  projectApplication,
  savedAsCsv,
  selfEvaluation,
  stacked,
  workbook,
  type FormSheet,
} from './formFixtures'

const recordsOf = <T>(read: FileRead, kind: string) =>
  read.parts.filter((p) => p.kind === kind).flatMap((p) => (p.tagged?.records ?? []) as T[])
const problemsOf = (read: FileRead) => read.parts.flatMap((p) => p.problems)
const noticesOf = (read: FileRead) => read.parts.flatMap((p) => p.notices.map((n) => n.text))

describe("the seed's two 申报表 as a workbook with merged cells", () => {
  it('finds each form and says where each fact was read', async () => {
    const read = await readImportFile(workbook([departmentApplication(), projectApplication()]), '申报表.xlsx')
    expect(problemsOf(read)).toEqual([])
    expect(read.sheets).toEqual([
      { name: '部门整体', read: 'forms' },
      { name: '招商引资', read: 'forms' },
    ])
    expect(read.forms.map((f) => [f.type, f.year, f.unit, f.scope, f.period, f.counts])).toEqual([
      [
        'application',
        '2024',
        '九江市柴桑区商务局',
        '部门整体',
        '',
        { targets: 17, budget: 7, actuals: 0, spending: 1 },
      ],
      [
        'application',
        '2024',
        '九江市柴桑区商务局',
        '招商引资',
        '',
        // 年度资金总额, and its 财政资金 and 其他资金 by source.
        { targets: 14, budget: 3, actuals: 0, spending: 0 },
      ],
    ])
    expect(read.forms[0]!.fields.map((f) => `${f.label}=${f.value}@${f.cell}`)).toEqual([
      '表名=部门整体支出绩效目标设置申报表@部门整体!A1',
      '年度=2024@部门整体!A2',
      '单位=九江市柴桑区商务局@部门整体!C3',
      '类别=部门整体@部门整体!A1',
      '支出合计=734.05@部门整体!F7',
      '人员经费=579.59@部门整体!G7',
      '公用经费=154.46@部门整体!H7',
      '项目经费=0@部门整体!I7',
    ])
    expect(read.forms[1]!.fields.map((f) => `${f.label}=${f.value}@${f.cell}`)).toEqual([
      '表名=项目绩效目标指标表@招商引资!A1',
      '年度=2024@招商引资!A2',
      '单位=九江市柴桑区商务局@招商引资!E3',
      '类别=招商引资@招商引资!B3',
      '年度资金总额=60@招商引资!C4',
      '财政资金=60@招商引资!C5',
      '其他资金=0@招商引资!C6',
    ])
    expect(noticesOf(read)).toEqual([
      '以下列不属于绩效指标的字段，已忽略：指标解释',
      '部门名称“商务局”按同一文件中的“九江市柴桑区商务局”读取',
    ])
  })

  it('fills merged 一级/二级 cells into every row they cover, and reads the targets as the form writes them', async () => {
    const read = await readImportFile(workbook([departmentApplication()]), '部门整体.xlsx')
    const targets = recordsOf<TargetRecord>(read, 'targets')
    expect(targets.map((t) => [t.level1, t.level2]).slice(9, 13)).toEqual([
      ['产出指标', '时效指标'],
      ['产出指标', '成本指标'],
      ['效益指标', '经济效益指标'],
      ['效益指标', '社会效益指标'],
    ])
    expect(targets.map((t) => t.targetText).slice(0, 3)).toEqual(['≥4次', '≧2场', '≧100亿元'])
  })

  it('reads the same from a legacy .xls and from a CSV saved from the sheet (merged cells blank), UTF-8 or GBK', async () => {
    const flat = (read: FileRead) =>
      recordsOf<TargetRecord>(read, 'targets').map((t) => [t.level1, t.level2, t.name, t.targetText])
    const xlsx = await readImportFile(workbook([departmentApplication()]), 'a.xlsx')
    const xls = await readImportFile(workbook([departmentApplication()], 'biff8'), 'a.xls')
    const utf8 = await readImportFile(savedAsCsv(departmentApplication()), 'a.csv')
    const gbk = await readImportFile(savedAsCsv(departmentApplication(), 'gbk'), 'a.csv')
    expect(flat(xlsx)).toHaveLength(17)
    for (const other of [xls, utf8, gbk]) expect(flat(other)).toEqual(flat(xlsx))
    expect(gbk.encoding).toBe('GB18030')
    expect(utf8.forms[0]!.fields.find((f) => f.label === '单位')!.cell).toBe('C3')
  })
})

describe('a 自评表 and a 监控表', () => {
  it("a 自评表: 分值 and the form's own 得分 as 表内得分, the funds block with its 分值 and 得分, the 总分 in the preview", async () => {
    const read = await readImportFile(workbook([selfEvaluation()]), '自评.xlsx')
    expect(problemsOf(read)).toEqual([])
    const [form] = read.forms
    expect([form!.type, form!.period, form!.unit, form!.scope]).toEqual([
      'selfEvaluation',
      '全年',
      '九江市柴桑区商务局',
      '招商引资',
    ])
    expect(
      form!.fields
        .filter((f) => ['实施单位', '主管部门', '表内总分'].includes(f.label))
        .map((f) => `${f.label}=${f.value}@${f.cell}`),
    ).toEqual([
      '实施单位=九江市柴桑区商务局@自评表!G4',
      '主管部门=九江市柴桑区商务局@自评表!C4',
      '表内总分=57@自评表!H16',
    ])
    const budget = recordsOf<BudgetRecord>(read, 'budget')
    // 上年结转资金 and 其他资金 are blank: only 当年财政拨款 is a line by source.
    expect(budget.map((b) => [b.item, b.breakdown, b.initialBudget, b.budget, b.weight])).toEqual([
      ['招商引资', '经费', 60, 60, 10],
      ['财政拨款', '来源', 60, 60, undefined],
    ])
    expect(
      recordsOf<{ spent: number; formScore?: number; month: number }>(read, 'spending').map((s) => [
        s.month,
        s.spent,
        s.formScore,
      ]),
    ).toEqual([
      [12, 54, 9],
      [12, 54, undefined],
    ])
    expect(recordsOf<ActualRecord>(read, 'actuals').map((a) => a.formScore)).toEqual([10, 10, 8, 10, 10])
  })

  it.each([
    ['全年实际值', '未完成原因和改进措施', '指标值'],
    ['实际值', '偏差原因分析', '目标值'],
    ['完成值', '偏差原因分析及改进措施', '预期目标值'],
  ])(
    'reads the actual under %s, the reason under %s and the target under %s',
    async (actualHeader, reasonHeader, targetHeader) => {
      const read = await readImportFile(
        workbook([selfEvaluation({ actualHeader, reasonHeader, targetHeader })]),
        '自评.xlsx',
      )
      expect(problemsOf(read)).toEqual([])
      expect(recordsOf<TargetRecord>(read, 'targets').map((t) => t.targetText)).toEqual([
        '2场',
        '20个',
        '70%',
        '≥200人',
        '≥90%',
      ])
      expect(recordsOf<ActualRecord>(read, 'actuals').map((a) => [a.actualText, a.reason ?? ''])).toEqual([
        ['2场', ''],
        ['16个', '受宏观经济影响，部分项目延期签约'],
        ['65%', ''],
        ['210人', ''],
        ['92%', ''],
      ])
    },
  )

  it('a 监控表 of 1-7月: month 7, the 1-7月执行数 as spending, check boxes as words', async () => {
    const read = await readImportFile(workbook([monitoring()]), '监控.xlsx')
    expect(problemsOf(read)).toEqual([])
    expect(read.forms.map((f) => [f.type, f.period, f.counts])).toEqual([
      ['monitoring', '1-7月', { targets: 3, budget: 1, actuals: 3, spending: 1 }],
    ])
    expect(read.forms[0]!.fields.find((f) => f.key === 'period')).toEqual({
      key: 'period',
      label: '报告期',
      value: '1-7月',
      cell: '监控表!D4',
    })
    expect(
      recordsOf<ActualRecord>(read, 'actuals').map((a) => [a.month, a.byMonth, a.likelihood, a.reason ?? '']),
    ).toEqual([
      [7, true, '确定能', ''],
      [7, true, '有可能', '人员保障'],
      [7, true, '确定能', ''],
    ])
  })

  it('three forms stacked on one sheet are three forms', async () => {
    const sheet = stacked('汇总', departmentApplication, projectApplication, (row) => ({
      ...selfEvaluation(),
      rows: selfEvaluation().rows,
      merges: shift(selfEvaluation().merges, row - 1),
    }))
    const read = await readImportFile(workbook([sheet]), '汇总.xlsx')
    expect(problemsOf(read)).toEqual([])
    expect(read.forms.map((f) => [f.type, f.scope, f.counts.targets])).toEqual([
      ['application', '部门整体', 17],
      ['application', '招商引资', 14],
      ['selfEvaluation', '招商引资', 5],
    ])
  })
})

describe('what a form that cannot be read says', () => {
  it('a form without its 年度 names the label and yields nothing; the other forms are still read', async () => {
    const noYear: FormSheet = {
      ...projectApplication(),
      rows: projectApplication().rows.map((row, i) => (i === 1 ? row.map(() => null) : row)),
    }
    const read = await readImportFile(workbook([departmentApplication(), noYear]), '两表.xlsx')
    const failed = read.parts.filter((p) => p.kind === null)
    expect(failed.map((p) => p.problems.map((q) => [q.cell, q.line, q.column, q.expected]))).toEqual([
      [['招商引资!A1', 1, '年度', '表中找不到“年度”，此表不导入']],
    ])
    expect(read.forms.map((f) => f.missing)).toEqual([[], ['年度']])
    expect(recordsOf(read, 'targets')).toHaveLength(17)
  })

  it('a bad cell is cited as 工作表!单元格 and row', async () => {
    const sheet = selfEvaluation()
    sheet.rows[11]![6] = '十分'
    const read = await readImportFile(workbook([sheet]), '自评.xlsx')
    expect(problemsOf(read).map((p) => [p.cell, p.line, p.column, p.found, p.expected])).toEqual([
      ['自评表!G12', 12, '分值', '十分', '不是数字'],
    ])
  })

  it('a breakdown that does not add up to 年度资金总额 is told, and the total is what is written', async () => {
    const sheet = departmentApplication()
    sheet.rows[6]![6] = 500
    const read = await readImportFile(workbook([sheet]), '部门整体.xlsx')
    expect(noticesOf(read)).toContain('资金明细之和 654.46 万元与年度资金总额 734.05 万元不符，按年度资金总额计')
    const lines = recordsOf<{ item: string; initialBudget: number; breakdown: string }>(read, 'budget').filter(
      (b) => b.breakdown === '经费',
    )
    expect(lines.map((b) => [b.item, b.initialBudget])).toEqual([
      ['部门整体支出', 734.05],
      ['部门整体支出', 757.3],
    ])
  })
})

describe('the four flat kinds as sheets of a workbook', () => {
  it('finds the header row under a title, cites cells, and skips other sheets with the reason', async () => {
    const book = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['2024年绩效目标'],
        [],
        ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值', '分值'],
        [2024, '测试局', '部门整体', '产出指标', '数量指标', '培训次数', '≥4次', 'ten'],
      ]),
      '目标',
    )
    const actuals = XLSX.utils.aoa_to_sheet([
      ['年度', '单位', '类别', '三级指标', '截至月份', '实际值', '完成日期'],
      [2024, '测试局', '部门整体', '培训次数', '1-7月', 0.85, 45626],
    ])
    actuals.F2!.z = '0%'
    actuals.G2!.z = 'yyyy/m/d'
    XLSX.utils.book_append_sheet(book, actuals, '实际')
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['说明'], ['本表仅供参考']]), '说明')
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([]), '空表')
    const read = await readImportFile(
      new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
      '数据.xlsx',
    )
    expect(read.sheets.map((s) => [s.name, s.read, s.reason ?? ''])).toEqual([
      ['目标', 'flat', ''],
      ['实际', 'flat', ''],
      ['说明', 'skipped', '未找到各类文件的表头（前 20 行内），也未找到绩效目标申报表、绩效监控表或绩效自评表的标题'],
      ['空表', 'skipped', '空白工作表'],
    ])
    expect(read.parts.map((p) => [p.fileName, p.kind])).toEqual([
      ['数据.xlsx › 目标', 'targets'],
      ['数据.xlsx › 实际', 'actuals'],
    ])
    expect(problemsOf(read).map((p) => [p.file, p.cell, p.line, p.column])).toEqual([
      ['数据.xlsx › 目标', '目标!H4', 4, '分值'],
    ])
    // As the sheet shows them: a percent-formatted 0.85 is 85%; a date cell a date.
    expect(read.parts[1]!.rows[0]).toEqual(['2024', '测试局', '部门整体', '培训次数', '1-7月', '85%', '2024-11-30'])
  })
})

describe('hostile files', () => {
  const refused = async (bytes: Uint8Array, name: string) => {
    const read = await readImportFile(bytes, name)
    expect(read.parts).toHaveLength(1)
    expect(read.parts[0]!.kind).toBeNull()
    return read.parts[0]!.problems.map((p) => p.code)
  }

  it('random bytes named .xlsx are no workbook', async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256)
    expect(await refused(bytes, '报表.xlsx')).toEqual(['workbookBroken'])
    expect(await refused(bytes, '报表.csv')).toEqual(['binary'])
    const zipLike = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes])
    expect(await refused(zipLike, '报表.xlsx')).toEqual(['workbookBroken'])
  })

  it('a zip whose parts would inflate past the limit is refused before inflating', async () => {
    const bytes = workbook([projectApplication()])
    const view = new DataView(bytes.buffer)
    // Every central directory entry's uncompressed size set to 700 MB.
    for (let i = 0; i < bytes.length - 4; i++)
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 700 * 1024 * 1024, true)
    expect(await refused(bytes, '炸弹.xlsx')).toEqual(['workbookTooLarge'])
  })

  it('a password-protected workbook says so', async () => {
    const cfb = XLSX.CFB.utils.cfb_new()
    XLSX.CFB.utils.cfb_add(
      cfb,
      '/EncryptionInfo',
      new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, ...new Array(200).fill(1)]),
    )
    XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(5000).fill(7))
    expect(await refused(new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' })), '加密.xlsx')).toEqual([
      'workbookEncrypted',
    ])
  })

  it('formulas are read as their computed value and <script> as text', async () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值'],
      [2024, '测试局', '部门整体', '产出指标', '数量指标', '<script>alert(1)</script>', '=1+1'],
    ])
    ws.G2 = { t: 'n', f: 'SUM(1,2)', v: 3, w: '3' }
    const book = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(book, ws, 'S')
    const read = await readImportFile(
      new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer),
      'f.xlsx',
    )
    expect(recordsOf<TargetRecord>(read, 'targets').map((t) => [t.name, t.targetText])).toEqual([
      ['<script>alert(1)</script>', '3'],
    ])
  })
})

/** Merged ranges moved down by `rows`. */
function shift(merges: string[], rows: number): string[] {
  return merges.map((m) => {
    const range = XLSX.utils.decode_range(m)
    return XLSX.utils.encode_range({
      s: { r: range.s.r + rows, c: range.s.c },
      e: { r: range.e.r + rows, c: range.e.c },
    })
  })
}
