import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, open, test } from './fixtures'
import { chineseOutsideUserData, layoutProblems } from './layout'

const [A, B] = ['区发改委', '区财政局']
const csv = (name: string, lines: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(lines.join('\n') + '\n', 'utf8'),
})

/**
 * Three units at 2024 Q3 (序时进度 75%), the sample cleared first:
 * 甲局 (区发改委) 1000 万元, 300 executed (30%: 45 points behind), two red lines;
 * 乙局 (区财政局) 500 万元, 400 executed (80%: ahead), one red line;
 * 丙局 (区财政局) 250 万元, nothing reported.
 */
async function importUnits(page: Page): Promise<void> {
  await open(page, '#/data')
  await page.getByTestId('clear-all').click()
  await page.getByRole('button', { name: '确定' }).click()
  await expect(page.getByText('已清除全部数据')).toBeVisible()
  await open(page, '#/import')
  await page
    .getByTestId('import-input')
    .setInputFiles([
      csv('目标.csv', [
        '年度,单位,类别,一级指标,二级指标,三级指标,指标值,主管部门',
        `2024,甲局,部门整体,产出指标,数量指标,引进项目个数,≥20个,${A}`,
        `2024,甲局,部门整体,产出指标,数量指标,签约项目个数,≥20个,${A}`,
        `2024,乙局,部门整体,产出指标,数量指标,引进项目个数,≥20个,${B}`,
        `2024,丙局,部门整体,产出指标,数量指标,引进项目个数,≥20个,${B}`,
      ]),
      csv('预算.csv', [
        '年度,单位,类别,预算项目,全年预算数',
        '2024,甲局,部门整体,项目经费,1000',
        '2024,乙局,部门整体,项目经费,500',
        '2024,丙局,部门整体,项目经费,250',
      ]),
      csv('三季度完成.csv', [
        '年度,单位,类别,三级指标,季度,实际值',
        '2024,甲局,部门整体,引进项目个数,3,2个',
        '2024,甲局,部门整体,签约项目个数,3,2个',
        '2024,乙局,部门整体,引进项目个数,3,2个',
      ]),
      csv('三季度执行.csv', [
        '年度,单位,类别,预算项目,季度,执行数',
        '2024,甲局,部门整体,项目经费,3,300',
        '2024,乙局,部门整体,项目经费,3,400',
      ]),
    ])
  await expect(page.getByTestId('import-errors')).toContainText('未发现问题')
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-done')).toBeVisible()
}

/** An overdue 整改 item on 乙局's red line: its 完成时限 long past. */
async function overdueItem(page: Page): Promise<void> {
  await open(page, `#/indicators?unit=${encodeURIComponent('乙局')}&year=2024&q=3`)
  await page.getByRole('link', { name: '引进项目个数', exact: true }).click()
  await page.getByTestId('rectify-new').click()
  const dialog = page.getByTestId('rectify-dialog')
  await dialog.locator('[name=measure]').fill('加快项目落地')
  await dialog.locator('[name=owner]').fill('李华')
  await dialog.locator('[name=due]').fill('2024-12-31')
  await page.getByTestId('rectify-save').click()
  await expect(page.getByTestId('rectify-panel').getByTestId('rectify-overdue')).toBeVisible()
}

/** Each row's unit, four criteria (figure and points) and score, as shown. */
async function shownRows(page: Page): Promise<string[][]> {
  const rows = page.getByTestId('focus-row')
  const out: string[][] = []
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i)
    const cells = [await row.getByTestId('focus-unit').innerText()]
    for (const c of ['budget', 'behind', 'red', 'overdue'])
      cells.push((await row.getByTestId(`focus-${c}`).innerText()).replace(/\s+/g, ' ').trim())
    cells.push(await row.getByTestId('focus-score').innerText())
    out.push(cells)
  }
  return out
}

test('重点监控: ranked by the weighted criteria, each shown; reweighted on 数据, filtered by 主管部门, exported', async ({
  page,
}) => {
  await importUnits(page)
  await overdueItem(page)

  await open(page, '#/units?year=2024')
  await page.getByTestId('units-focus-link').click()
  await expect(page).toHaveURL(/#\/focus\?.*year=2024/)
  // Largest: budget 1000, behind 45, red 2, overdue 1; weights 30/30/25/15.
  await expect(page.getByTestId('focus-row')).toHaveCount(3)
  await expect(page.getByTestId('focus-score')).toHaveText(['85.00', '42.50', '7.50'])
  expect(await shownRows(page)).toEqual([
    ['甲局', '1,000 万元 30.00 分', '45 百分点 30.00 分', '2 个 25.00 分', '0 项 0.00 分', '85.00'],
    ['乙局', '500 万元 15.00 分', '0 百分点 0.00 分', '1 个 12.50 分', '1 项 15.00 分', '42.50'],
    ['丙局', '250 万元 7.50 分', '— 0.00 分', '0 个 0.00 分', '0 项 0.00 分', '7.50'],
  ])

  // One 主管部门: normalised among its two units, 乙局's 500 now the largest budget.
  await page.getByTestId('focus-department').click()
  await page.getByRole('option', { name: B }).click()
  await expect(page).toHaveURL(new RegExp(`department=${encodeURIComponent(B)}`))
  await expect(page.getByTestId('focus-unit')).toHaveText(['乙局', '丙局'])
  await expect(page.getByTestId('focus-score')).toHaveText(['70.00', '15.00'])

  // The list as a file, rank by rank.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('focus-download').click()])
  expect(download.suggestedFilename()).toMatch(/^重点监控-2024-\d{8}\.csv$/)
  const text = await readFile((await download.path())!, 'utf8')
  expect(text.startsWith('\uFEFF')).toBe(true)
  expect(text.slice(1).trimEnd().split('\r\n')).toEqual([
    '排名,年度,单位,主管部门,截至,全年预算数（万元）,预算规模得分,执行数（万元）,执行率,序时进度,滞后（百分点）,滞后得分,红灯数,红灯得分,逾期整改,整改得分,总分',
    `1,2024,乙局,${B},第3季度,500,30,400,80,75,0,0,1,25,1,15,70`,
    `2,2024,丙局,${B},第4季度,250,15,,,100,,0,0,0,0,0,15`,
  ])

  // Overdue 整改 weighed 100 of 185: 乙局 comes first across the year.
  await open(page, '#/focus?year=2024')
  await page.getByTestId('focus-weights-link').click()
  await expect(page.getByTestId('focus-weights-card')).toBeVisible()
  const overdue = page.getByTestId('focus-weight-overdue').locator('input')
  await overdue.fill('100')
  await overdue.blur()
  await page.getByTestId('focus-weights-save').click()
  await expect(page.getByText('重点监控权重已保存')).toBeVisible()
  await page.getByTestId('focus-weights-list').click()
  await expect(page.getByTestId('focus-unit')).toHaveText(['乙局', '甲局', '丙局'])
  await expect(page.getByTestId('focus-score')).toHaveText(['68.92', '45.95', '4.05'])
  await expect(page.getByTestId('focus-weights-line')).toContainText('逾期整改 100')

  // Weights that cannot be used are refused; the defaults come back.
  await open(page, '#/data')
  for (const c of ['budget', 'behind', 'red', 'overdue']) {
    await page.getByTestId(`focus-weight-${c}`).locator('input').fill('0')
    await page.getByTestId(`focus-weight-${c}`).locator('input').blur()
  }
  await expect(page.getByTestId('focus-weights-problem')).toHaveText('权重不能全为 0')
  await expect(page.getByTestId('focus-weights-save')).toBeDisabled()
  await page.getByTestId('focus-weights-reset').click()
  await expect(page.getByTestId('focus-weight-overdue').locator('input')).toHaveValue('15')
  await open(page, '#/focus?year=2024')
  await expect(page.getByTestId('focus-score')).toHaveText(['85.00', '42.50', '7.50'])
})

test('重点监控 with no unit in the 主管部门 says so', async ({ page }) => {
  await open(page, `#/focus?year=2024&department=${encodeURIComponent('没有的部门')}`)
  await expect(page.getByTestId('focus-empty')).toHaveText('该主管部门在本年度没有单位')
})

test.describe('on a 390-px phone in English', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the list scrolls in its own box with the unit in view, and speaks English', async ({ page }) => {
    await importUnits(page)
    // The clearing's message, said in Chinese, gone first.
    await expect(page.getByText('已清除全部数据')).toBeHidden()
    await open(page, '#/data')
    await page.getByTestId('language-switch').first().getByText('English').click()
    expect(await layoutProblems(page)).toEqual([])
    await open(page, '#/focus?year=2024')
    await expect(page.getByTestId('focus-row')).toHaveCount(3)
    await expect(page.getByTestId('focus-row').first().getByTestId('focus-budget')).toContainText('30.00 points')
    expect(await layoutProblems(page)).toEqual([])
    expect(await chineseOutsideUserData(page)).toEqual([])
    // The unit column stays put while the criteria scroll under it.
    const unit = page.getByTestId('focus-unit').first()
    const before = (await unit.boundingBox())!.x
    await page.getByTestId('focus-table').evaluate((table) => (table.parentElement!.scrollLeft = 200))
    expect((await unit.boundingBox())!.x).toBeCloseTo(before, 0)
  })
})
