/**
 * The exported 绩效监控表 (also with its 整改 columns) and 绩效自评表 `.xlsx` and the 自评报告 `.docx` as an office suite
 * prints them: LibreOffice (headless) converts all three to PDF in one call and poppler
 * reads the pages back. Skipped, saying so, only where `soffice` is not installed.
 * Set OFFICE_PDF_DIR to keep the files and PDFs there (to look at the pages).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { evaluateUnitYear, type ScopeResult } from '@/domain/engine/evaluate'
import { DEFAULT_RULES } from '@/domain/engine/rules'
import { rulesLine } from '@/domain/engine/rulesText'
import type { Dataset } from '@/domain/model'
import type { TargetRecord } from '@/domain/records'
import { officialSheets } from '@/io/official/officialWorkbooks'
import { reportOutline } from '@/io/official/reportOutline'
import { writeReportDocx } from '@/io/official/writeDocx'
import { writeOfficialXlsx } from '@/io/official/writeXlsx'
import { loadSampleDataset } from '@/io/sampleData'
import { newRectifyItem, withState, type RectifyItem } from '@/domain/rectify'
import { RECTIFY_HEADERS } from '@/io/official/rectifyCells'
import { actual, budgetLine, dataset, spent, target } from './fixtures'
import { columnTexts, overlappingWords, pdfPages, smallestTypeSize, type PdfPage } from './pdfWords'

const RULES = rulesLine(DEFAULT_RULES)
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' })
const hasSoffice = soffice.status === 0
if (!hasSoffice)
  console.warn('officeSuite.test.ts skipped: soffice (LibreOffice) is not installed; .ci/run installs it.')

const SCOPE = '长文本项目'
const REASON =
  '受上级专项资金下达时间推迟及项目所在地连续降雨天气影响，部分施工标段进场时间较计划延后约两个月，同时前期招标文件编制和资格审查环节耗时较长，导致全年建设进度和资金支付进度均低于序时进度要求，预计年底前完成率存在一定风险，请各责任科室高度重视。'
const ACTION =
  '一是建立周调度工作机制，由分管领导牵头每周召开推进会；二是倒排工期、挂图作战，督促施工单位增加作业人员和机械设备投入；三是加快资金审核拨付流程，确保在2024年12月31日前完成全部建设任务并按规定组织验收，切实提高资金使用效益和项目建设质量。'
const LONG_NAME = '围绕全区重点产业链开展精准招商并组织开展专题推介活动、走访对接目标企业的累计次数'

/** 32 indicators of one project over seven 二级指标, every third with a 40-character name. */
function longTargets(): TargetRecord[] {
  const groups: [string, string, number][] = [
    ['产出指标', '数量指标', 10],
    ['产出指标', '质量指标', 6],
    ['产出指标', '时效指标', 4],
    ['产出指标', '成本指标', 3],
    ['效益指标', '社会效益指标', 4],
    ['效益指标', '可持续影响指标', 3],
    ['满意度指标', '服务对象满意度指标', 2],
  ]
  let position = 2
  return groups.flatMap(([level1, level2, count]) =>
    Array.from({ length: count }, (_, i) => {
      const n = position - 1
      const name = n % 3 === 1 ? `${LONG_NAME}（${n}）` : `${level2.replace('指标', '')}考核事项${n}`
      const targetText = level2 === '时效指标' ? '2024年12月31日前' : level2 === '成本指标' ? '≤60万元' : `≥${i + 4}次`
      return target(name, { scope: SCOPE, level1, level2, targetText, position: position++ })
    }),
  )
}

/** The long project reported at Q3 and Q4, every indicator behind with a reason and an action of its own length. */
function longProject(): Dataset {
  const targets = longTargets()
  const line = budgetLine('项目经费', 100, { scope: SCOPE, initialBudget: 80 })
  const said = (n: number) => ({
    reason: REASON.slice(0, 40 + ((n * 37) % 81)),
    action: ACTION.slice(0, 40 + ((n * 53) % 81)),
    likelihood: '有可能',
  })
  const value = (t: TargetRecord) =>
    t.level2 === '时效指标' ? '2025年3月31日前' : t.level2 === '成本指标' ? '75万元' : '2次'
  return dataset({
    targets,
    budgets: [line],
    actuals: targets.flatMap((t, n) => [
      actual(t, 3, value(t), said(n)),
      actual(t, 4, value(t), { ...said(n), ...(n % 5 === 0 && { formScore: 1 }) }),
    ]),
    spending: [spent(line, 3, 40), spent(line, 4, 70)],
  })
}

/** The seed department's 2024 (two 类别) and the long project, both datasets together. */
async function exported(): Promise<{ data: Dataset; at: (month: 9 | 12) => ScopeResult[]; names: string[] }> {
  const sample = await loadSampleDataset()
  const seed: Dataset = {
    targets: sample.targets.filter((t) => t.year === 2024),
    budgets: sample.budgets.filter((b) => b.year === 2024),
    actuals: sample.actuals.filter((a) => a.year === 2024),
    spending: sample.spending.filter((s) => s.year === 2024),
  }
  const long = longProject()
  const data: Dataset = {
    targets: [...seed.targets, ...long.targets],
    budgets: [...seed.budgets, ...long.budgets],
    actuals: [...seed.actuals, ...long.actuals],
    spending: [...seed.spending, ...long.spending],
  }
  return {
    data,
    at: (month) => [...evaluateUnitYear(seed, month), ...evaluateUnitYear(long, month)],
    names: data.targets.map((t) => t.name),
  }
}

const MEASURE = ACTION.slice(0, 72)

/**
 * 整改 items on every third indicator of the long project: a long 整改措施, 王明 by year end,
 * 整改中 since 2024-10-12; the first indicator has a second item, 已完成.
 */
function rectifyItems(targets: readonly TargetRecord[]): RectifyItem[] {
  const items: RectifyItem[] = []
  const long = targets.filter((t) => t.scope === SCOPE)
  long.forEach((t, n) => {
    if (n % 3 !== 0) return
    const made = (measure: string) =>
      newRectifyItem(
        {
          year: 2024,
          unit: t.unit,
          scope: SCOPE,
          subject: 'indicator',
          ref: t.code,
          name: t.name,
          month: 9,
          light: 'red',
          problem: REASON.slice(0, 30),
          measure,
          owner: '王明',
          due: '2024-12-31',
          result: '',
          date: '2024-10-10',
        },
        items,
      )
    items.push(withState(made(MEASURE.slice(0, 30 + ((n * 11) % 43))), 'inProgress', '2024-10-12'))
    if (n === 0) items.push(withState(made('补充调度记录'), 'done', '2024-11-02'))
  })
  return items
}

const squeeze = (text: string) => text.replace(/\s+/g, '')
/** Whether `text` is on a page, whole: within one of its blocks or one cell's wrapped lines. */
const onPage = (page: PdfPage, text: string) =>
  [...page.blocks.map((b) => b.text), ...columnTexts(page)].some((t) => squeeze(t).includes(squeeze(text)))
const pageText = (page: PdfPage) => page.words.map((w) => w.text).join(' ')

describe.skipIf(!hasSoffice)('the exports as LibreOffice prints them', () => {
  const dir = process.env.OFFICE_PDF_DIR ?? mkdtempSync(join(tmpdir(), 'jixiao-office-'))
  const pdf: Record<'monitoring' | 'rectify' | 'selfEvaluation' | 'report', PdfPage[]> = {
    monitoring: [],
    rectify: [],
    selfEvaluation: [],
    report: [],
  }
  let names: string[] = []

  beforeAll(async () => {
    mkdirSync(dir, { recursive: true })
    const { data, at, names: all } = await exported()
    names = all
    const files = {
      monitoring: await writeOfficialXlsx(officialSheets('绩效监控表', at(9), data, RULES)),
      rectify: await writeOfficialXlsx(
        officialSheets('绩效监控表', at(9), { ...data, rectify: rectifyItems(data.targets) }, RULES),
      ),
      selfEvaluation: await writeOfficialXlsx(officialSheets('绩效自评表', at(12), data, RULES)),
      report: await writeReportDocx(reportOutline('测试局', 2024, at(12), { rules: RULES }), []),
    }
    const paths = Object.entries(files).map(([name, bytes]) => {
      const path = join(dir, `${name}.${name === 'report' ? 'docx' : 'xlsx'}`)
      writeFileSync(path, bytes)
      return path
    })
    // A profile of its own, so runs side by side never share LibreOffice's lock.
    const profile = `file://${join(dir, 'profile')}`
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...paths],
      { stdio: 'pipe', timeout: 180_000 },
    )
    for (const name of Object.keys(pdf) as (keyof typeof pdf)[]) {
      const path = join(dir, `${name}.pdf`)
      if (!existsSync(path))
        throw new Error(`LibreOffice wrote no ${name}.pdf: install libreoffice-calc-nogui and libreoffice-writer-nogui`)
      pdf[name] = pdfPages(path)
    }
  }, 240_000)

  afterAll(() => {
    if (!process.env.OFFICE_PDF_DIR) rmSync(dir, { recursive: true, force: true })
  })

  it("measures text as Excel does: Calibri, the workbooks' default font, has Carlito's metrics", () => {
    // Without Carlito, LibreOffice measures columns in a wider font: the page is scaled down further.
    const calibri = execFileSync('fc-match', ['Calibri'], { encoding: 'utf8' })
    expect(calibri, 'install fonts-crosextra-carlito (.ci/run does)').toMatch(/Carlito/)
  })

  describe.each(['monitoring', 'rectify', 'selfEvaluation'] as const)('the %s table', (table) => {
    it('prints every indicator, whole, on landscape A4 pages', () => {
      const pages = pdf[table]
      expect(pages.length).toBeGreaterThan(3)
      for (const page of pages) {
        expect(page.width).toBeCloseTo(841.9, 0)
        expect(page.height).toBeCloseTo(595.3, 0)
      }
      const missing = names.filter((name) => !pages.some((page) => onPage(page, name)))
      expect(missing).toEqual([])
    })

    it('repeats the indicator headers and numbers the pages 第 X 页 共 Y 页', () => {
      const pages = pdf[table]
      pages.forEach((page, i) => {
        expect(onPage(page, '三级指标'), `page ${i + 1}`).toBe(true)
        expect(onPage(page, `第${i + 1}页共${pages.length}页`), `page ${i + 1}`).toBe(true)
      })
    })

    it('shows no error value and no number too wide for its cell', () => {
      for (const page of pdf[table]) expect(pageText(page)).not.toMatch(/#VALUE!|#NAME\?|#REF!|Err:|###/)
    })

    it('draws no text over another', () => {
      const overlaps = pdf[table].flatMap((page, i) =>
        overlappingWords(page).map(([a, b]) => `page ${i + 1}: ${a.text} / ${b.text}`),
      )
      expect(overlaps).toEqual([])
    })

    it('sets no type smaller than the official forms (9 pt)', () => {
      expect(smallestTypeSize(pdf[table]).size).toBeGreaterThanOrEqual(8.9)
    })
  })

  it('prints the 整改 columns of the 监控表 with each item’s measure, owner and state', () => {
    const pages = pdf.rectify
    const long = pages.filter((page) => onPage(page, SCOPE))
    expect(long.length).toBeGreaterThan(0)
    for (const header of RECTIFY_HEADERS)
      expect(
        long.every((page) => onPage(page, header)),
        header,
      ).toBe(true)
    const on = (text: string) => pages.some((page) => onPage(page, text))
    for (const text of [MEASURE.slice(0, 30), '王明2024-12-31', '整改中2024-10-12', '补充调度记录', '已完成2024-11-02'])
      expect(on(text), text).toBe(true)
  })

  describe('the 自评报告', () => {
    it('prints on A4 with its headings, its tables and every indicator behind, nothing drawn over', () => {
      const pages = pdf.report
      for (const page of pages) {
        expect(page.width).toBeCloseTo(595.3, 0)
        expect(page.height).toBeCloseTo(841.9, 0)
        expect(overlappingWords(page)).toEqual([])
      }
      const on = (text: string) => pages.some((page) => onPage(page, text))
      for (const heading of [
        '测试局2024年度绩效自评报告',
        '一、基本情况',
        '二、绩效目标完成情况',
        '三、偏差情况及原因分析',
        '四、改进措施及结果应用',
        '五、其他需要说明的问题',
      ])
        expect(on(heading), heading).toBe(true)
      for (const header of ['年初预算数（万元）', '三级指标', '年度指标值', '实际完成值'])
        expect(on(header), header).toBe(true)
      const missing = names.filter((name) => !on(name))
      expect(missing).toEqual([])
      expect(smallestTypeSize(pages).size).toBeGreaterThanOrEqual(8.9)
    })
  })
})
