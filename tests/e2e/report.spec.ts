import { readFile } from 'node:fs/promises'
import Papa from 'papaparse'
import { expect, open, SEED_QUERY, test } from './fixtures'

test('#/report exports the results CSV of every unit, year and 类别', async ({ page }) => {
  await open(page, `#/report${SEED_QUERY}`)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-results').click()])
  expect(download.suggestedFilename()).toMatch(/^绩效自评结果-\d{8}\.csv$/)
  const text = await readFile((await download.path())!, 'utf8')
  expect(text.startsWith('\uFEFF')).toBe(true)
  const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data
  expect(rows[0]).toEqual([
    '年度',
    '单位',
    '类别',
    '一级指标',
    '二级指标',
    '三级指标',
    '指标编码',
    '指标值',
    '实际值',
    '截至月份',
    '序时进度',
    '完成率',
    '全年预计',
    '预计完成率',
    '分值',
    '得分',
    '得分口径',
    '表内得分',
    '状态',
    '双监控',
    '完成可能性',
    '偏差原因',
    '改进措施',
    // After the contract's columns, the unit-year's 主管部门: the sample names none.
    '主管部门',
  ])
  expect(rows.slice(1).every((r) => r[23] === '')).toBe(true)
  // The indicator, 预算执行率 and 总分 rows, then the rules they follow from.
  expect(rows).toHaveLength(1 + 37 + 1)
  expect(rows.at(-1)![0]).toBe('评分规则：财政部默认（财预〔2020〕10号）')
  // 年度, 类别, 截至月份, 得分, 得分口径, 状态, 双监控: 2023 has a budget and no indicators, so no total
  const totals = rows.filter((r) => r[5] === '总分').map((r) => [r[0], r[2], r[9], r[15], r[16], r[18], r[19]])
  expect(totals).toEqual([
    ['2023', '部门整体', '12', '', '实际', '已评分指标不足', '绿灯'],
    ['2024', '部门整体', '9', '94.29', '预计', '优', '黄灯'],
    ['2024', '招商引资', '9', '89.73', '预计', '良', '黄灯'],
  ])
  // 2024年实现内资进资额: 完成率 52.0 beside 预计完成率 69.3 and the 预计得分 3.15 it gives
  const investment = rows.find((r) => r[5] === '2024年实现内资进资额')!
  expect([investment[9], investment[11], investment[12], investment[13], investment[15], investment[16]]).toEqual([
    '9',
    '52',
    '69.33亿元（测算）',
    '69.3',
    '3.15',
    '预计',
  ])
  // A comparator is no formula: ＝100%, never '=100%; derived codes are not written
  expect(rows.some((r) => r.some((cell) => cell.startsWith("'")))).toBe(false)
  expect(rows.filter((r) => r[7] === '＝100%')).toHaveLength(2)
  expect(rows.slice(1).every((r) => r[6] === '')).toBe(true)
})

test('#/report shows both official tables and prints the official forms without the app chrome', async ({ page }) => {
  await open(page, `#/report${SEED_QUERY}`)
  const monitoring = page.getByTestId('monitoring')
  await expect(monitoring).toHaveCount(2)
  await expect(monitoring.first()).toContainText('九江市柴桑区商务局 · 部门整体 · 绩效监控表（2024年度 第3季度）')
  await expect(monitoring.first()).toContainText('严重偏离')
  await page.getByRole('tab', { name: '绩效自评表' }).click()
  const totals = page.getByTestId('total-row')
  await expect(totals.first()).toContainText('预计得分')
  await expect(totals.first()).toContainText('94.29')
  await expect(totals.nth(1)).toContainText('89.73')
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.nav')).toBeHidden()
  await expect(page.getByTestId('export-results')).toBeHidden()
  // On paper: the official forms (a sheet per 类别 and table), not the screen's tabs; each labelled as sample data.
  await expect(page.getByTestId('self-evaluation').first()).toBeHidden()
  const sheets = page.getByTestId('print-sheet')
  await expect(sheets).toHaveCount(4)
  await expect(sheets.first()).toContainText('示例数据（非真实数据）')
  await expect(sheets.nth(2)).toContainText('部门整体支出绩效自评表')
  await expect(page.getByTestId('brief-print')).toBeHidden()
})
