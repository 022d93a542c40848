import { documentsOf } from '@/db/documents'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { evaluateAllAtLatest } from '@/domain/engine/evaluateAll'
import { buildBackup } from '@/io/backupWrite'
import { parseBackup } from '@/io/backupRead'
import { CSV_COLUMNS } from '@/io/csvKinds'
import type { ImportKind } from '@/domain/model'
import { toCsv } from '@/io/csvWriter'
import { datasetCsvFiles } from '@/io/datasetCsv'
import { resultRows } from '@/io/resultsExport'
import { blankTemplate, periodTemplates } from '@/io/templates'
import { periodOf } from '@/domain/period'
import { actual, budgetLine, dataset, spent, target } from './fixtures'
import { DEFAULT_RULES } from '@/domain/engine/rules'
import { rulesLine } from '@/domain/engine/rulesText'

const RULES = rulesLine(DEFAULT_RULES)

/** Payloads a spreadsheet would run as formulas, single- and multi-line. */
const PAYLOADS = [
  '=1+1',
  '+cmd',
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(A1)',
  '=HYPERLINK("http://evil.example","点击")',
  '第一行\n=cmd|"/c calc"!A1',
  '正常\r\n+1',
  '说明\r@x',
  "'=already marked",
]

const UNIT = '=恶意单位'
const SCOPE = '+恶意项目'

/** A data set with a payload in every text field the exports write, and negative numbers. */
function hostileData() {
  const t = target(PAYLOADS[5]!, {
    unit: UNIT,
    scope: SCOPE,
    level1: '产出指标',
    level2: PAYLOADS[3]!,
    targetText: '≥10个',
    weight: 20,
  })
  const odd = target(PAYLOADS[2]!, { unit: UNIT, scope: SCOPE, targetText: PAYLOADS[0]!, position: 3 })
  const line = budgetLine(PAYLOADS[4]!, -3, {
    unit: UNIT,
    scope: SCOPE,
    fundType: PAYLOADS[1]!,
    description: PAYLOADS[6]!,
  })
  return dataset({
    targets: [t, odd],
    budgets: [line],
    actuals: [
      actual(t, 1, '-5个', {
        forecast: PAYLOADS[7]!,
        likelihood: PAYLOADS[8]!,
        reason: PAYLOADS[5]!,
        action: PAYLOADS[0]!,
      }),
      actual(odd, 1, PAYLOADS[1]!),
    ],
    spending: [spent(line, 1, -12.5)],
  })
}

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?%?$/
const FORMULA_START = /^[=+\-@\t\r\n]/

/** Every cell a spreadsheet reads from `text` split at `delimiter` that would start a formula. */
function formulaCells(text: string, delimiter = ','): string[] {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter }).data
  return rows.flat().filter((cell) => {
    if (cell.startsWith("'") || PLAIN_NUMBER.test(cell)) return false
    return cell.split(/\r\n|\r|\n/).some((line) => FORMULA_START.test(line))
  })
}

/** The cells of one CSV, BOM dropped. */
const cells = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data

describe('no export lets a spreadsheet run a formula', () => {
  const data = hostileData()

  it('the fixture really carries payloads: written raw, they would be formulas', () => {
    const raw = PAYLOADS.map((p) => `"${p.replace(/"/g, '""')}"`).join(',')
    expect(formulaCells(raw).length).toBe(PAYLOADS.length - 1)
  })

  it('results CSV: every text cell defused, negative figures still numbers', () => {
    const text = toCsv(resultRows(evaluateAllAtLatest(data), RULES))
    expect(formulaCells(text)).toEqual([])
    const rows = cells(text)
    const budgetRow = rows.find((r) => r[5] === '预算执行率')!
    expect(budgetRow.slice(7, 9)).toEqual(['-3', '-12.5'])
    expect(rows.some((r) => r.includes('\'第一行\n=cmd|"/c calc"!A1'))).toBe(true)
  })

  it('pre-filled quarter templates: every text cell defused, negative figures still numbers', () => {
    const files = periodTemplates(data, UNIT, 2024, periodOf(3))
    for (const file of files) expect(formulaCells(file.text), file.fileName).toEqual([])
    const actualRows = cells(files[0]!.text)
    expect(actualRows[1]).toEqual([
      '2024',
      "'=恶意单位",
      "'+恶意项目",
      '\'第一行\n=cmd|"/c calc"!A1',
      data.targets[0]!.code,
      '≥10个',
      '1',
      "'-5个",
      "'说明\r@x",
      "''=already marked",
      '\'第一行\n=cmd|"/c calc"!A1',
      "'=1+1",
    ])
    expect(cells(files[1]!.text)[1]).toEqual([
      '2024',
      "'=恶意单位",
      "'+恶意项目",
      '\'=HYPERLINK("http://evil.example","点击")',
      '-3',
      '1',
      '-12.5',
    ])
  })

  it('blank templates: headers only, nothing to defuse', () => {
    for (const kind of Object.keys(CSV_COLUMNS) as ImportKind[])
      expect(formulaCells(blankTemplate(kind).text)).toEqual([])
  })

  it('data CSVs: every text cell defused, negative figures still numbers', () => {
    const files = datasetCsvFiles(data, 'x')
    for (const file of files) expect(formulaCells(file.text), file.fileName).toEqual([])
    expect(files).toHaveLength(4)
    const spending = cells(files[3]!.text)
    expect(spending[1]![spending[0]!.indexOf('执行数')]).toBe('-12.5')
    expect(cells(files[1]!.text)[1]!.slice(7, 9)).toEqual(['-3', '-3'])
  })

  it('backup: opened as CSV with any delimiter, no cell starts a formula, and it reads back exactly', () => {
    const full = { documents: documentsOf(data), batches: [], before: [] }
    const text = buildBackup(full, new Date('2024-10-01T00:00:00Z'))
    for (const delimiter of [',', ';', '\t', '|']) {
      expect(formulaCells(text, delimiter), delimiter).toEqual([])
      const naive = text.split(delimiter).filter((cell) => !PLAIN_NUMBER.test(cell) && FORMULA_START.test(cell))
      expect(naive, delimiter).toEqual([])
    }
    expect(text).not.toMatch(/[\r\n\t;|=+@]/)
    const parsed = parseBackup(text)
    expect(parsed.ok && parsed.data).toEqual(full)
  })
})
