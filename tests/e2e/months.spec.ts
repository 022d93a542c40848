import { readFile } from 'node:fs/promises'
import Papa from 'papaparse'
import type { Page } from '@playwright/test'
import { expect, open, test } from './fixtures'

const UNIT = '月度测试局'
const csv = (name: string, lines: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(lines.join('\n') + '\n', 'utf8'),
})

/** A unit whose year is reported as of 1-7月 (截至月份 7), as the 绩效监控表 of 财预〔2019〕136号 asks. */
async function importJuly(page: Page): Promise<void> {
  await open(page, '#/import')
  await page
    .getByTestId('import-input')
    .setInputFiles([
      csv('目标.csv', [
        '年度,单位,类别,一级指标,二级指标,三级指标,指标值',
        `2024,${UNIT},部门整体,产出指标,数量指标,引进项目个数,≥20个`,
        `2024,${UNIT},部门整体,效益指标,社会效益指标,服务对象满意度,≥90%`,
      ]),
      csv('预算.csv', [
        '年度,单位,类别,预算项目,经费类型,年初预算数,全年预算数',
        `2024,${UNIT},部门整体,人员经费,人员经费,120,120`,
      ]),
      csv('1-7月完成.csv', [
        '年度,单位,类别,三级指标,截至月份,实际值',
        `2024,${UNIT},部门整体,引进项目个数,1-7月,12个`,
        `2024,${UNIT},部门整体,服务对象满意度,1-7月,92%`,
      ]),
      csv('1-7月执行.csv', ['年度,单位,类别,预算项目,截至月份,执行数', `2024,${UNIT},部门整体,人员经费,7,70`]),
    ])
  await expect(page.getByTestId('import-errors')).toContainText('未发现问题')
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-done')).toContainText('新增 6 条')
}

test('a 1-7月 file imports, is lit and scored at t = 7/12, and every screen names the period 1-7月', async ({
  page,
}) => {
  await importJuly(page)
  // The unit opens at its latest period, named as given, and the URL says month=7.
  await page.goto(`./#/?unit=${encodeURIComponent(UNIT)}&year=2024`)
  await expect(page.getByTestId('page-context')).toHaveText(`${UNIT} · 2024 年 · 1-7月`)
  await expect(page).toHaveURL(/[?&]month=7(&|$)/)
  await expect(page.getByTestId('pick-quarter')).toContainText('1-7月（已填报）')
  // 12 of ≥20 at t = 7/12: pace 12 × 12 / (20 × 7) = 1.029, 正常; year end 12 × 12 / 7 = 20.57, 预计完成率 102.9%.
  await page.goto(`./#/indicators?unit=${encodeURIComponent(UNIT)}&year=2024&month=7`)
  await page.getByTestId('indicator-link').filter({ hasText: '引进项目个数' }).click()
  await expect(page.getByTestId('figure-time')).toHaveText('58.3%')
  await expect(page.getByTestId('figure-ratio')).toHaveText('60.0%')
  await expect(page.getByTestId('figure-projected-ratio')).toHaveText('102.9%')
  await expect(page.getByTestId('figure-projected-value')).toContainText('20.57个')
  await expect(page.getByTestId('indicator-periods')).toContainText('1-7月')

  // The 绩效监控表 of the period: 1-7月 in its title and its columns.
  await page.goto(`./#/report?unit=${encodeURIComponent(UNIT)}&year=2024&month=7`)
  const monitoring = page.getByTestId('monitoring').first()
  await expect(monitoring).toContainText(`${UNIT} · 部门整体 · 绩效监控表（2024年度 1-7月）`)
  await expect(monitoring).toContainText('1-7月执行数')
  await expect(monitoring).toContainText('1-7月完成值')
  // e = 70 / 120 = 58.3% against t = 58.3%: 正常.
  await expect(monitoring).toContainText('58.3%')
  // The 自评表 in year: the spending to date, named by its period.
  await page.getByRole('tab', { name: '绩效自评表' }).click()
  await expect(page.getByTestId('self-evaluation').first()).toContainText('1-7月执行数')
  await expect(page.getByTestId('self-evaluation').first()).toContainText('绩效自评表（2024年度，1-7月预计）')

  // The results export: 截至月份 7, 序时进度 58.3; 产出 50 + 效益 30 + 预算执行 10 of the 90 weighted = 100 优.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-results').click()])
  const rows = Papa.parse<string[]>((await readFile((await download.path())!, 'utf8')).slice(1), {
    skipEmptyLines: true,
  }).data.filter((r) => r[1] === UNIT)
  expect(rows.map((r) => [r[5], r[9], r[10], r[11], r[13], r[15]])).toEqual([
    ['引进项目个数', '7', '58.3', '60', '102.9', '50'],
    ['服务对象满意度', '7', '58.3', '102.2', '102.2', '30'],
    ['预算执行率', '7', '58.3', '58.3', '100', '10'],
    ['总分', '7', '58.3', '', '', '100'],
  ])
})

test('the same period in English is Jan–Jul', async ({ page }) => {
  await importJuly(page)
  await page.getByTestId('language-switch').first().getByText('English').click()
  await page.goto(`./#/?unit=${encodeURIComponent(UNIT)}&year=2024&month=7`)
  await expect(page.getByTestId('page-context')).toHaveText(`${UNIT} · 2024 · Jan–Jul`)
})
