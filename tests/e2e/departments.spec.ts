import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { drawCharts, expect, open, test } from './fixtures'
import { chineseOutsideUserData, layoutProblems } from './layout'

const EDU = '柴桑区教育局'
const HEALTH = '柴桑区卫健委'
/** Each unit's 主管部门, 全年预算数 and 执行数 to Q3 (万元). */
const UNITS: [string, string, number, number][] = [
  ['第一中学', EDU, 100, 50],
  ['第二中学', EDU, 300, 60],
  ['第三中学', EDU, 600, 240],
  ['人民医院', HEALTH, 200, 150],
  ['中医院', HEALTH, 200, 50],
  ['妇幼保健院', HEALTH, 400, 200],
]

const csvFile = (name: string, rows: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(rows.join('\n'), 'utf8'),
})
// The 主管部门 comes from the budget file, and again (the same) from the spending file.
const BUDGET = csvFile('预算.csv', [
  '年度,单位,类别,预算项目,全年预算数,主管部门',
  ...UNITS.map(([unit, parent, budget]) => `2024,${unit},部门整体,基本支出,${budget},${parent}`),
])
const SPENDING = csvFile('三季度执行.csv', [
  '年度,单位,类别,预算项目,季度,执行数,主管部门',
  ...UNITS.map(([unit, parent, , spent]) => `2024,${unit},部门整体,基本支出,3,${spent},${parent}`),
])

test('units grouped by 主管部门: weighted figures, a 主管部门 set and undone, a roll-up drilled into and printed on one page', async ({
  page,
}, testInfo) => {
  // Only these six units: the sample is cleared first.
  await open(page, '#/data')
  await page.getByTestId('clear-all').click()
  await page.getByRole('button', { name: '确定' }).click()
  await expect(page.getByText('已清除全部数据')).toBeVisible()
  await open(page, '#/import')
  await page.getByTestId('import-input').setInputFiles([BUDGET, SPENDING])
  await expect(page.getByTestId('import-errors')).toContainText('未发现问题')
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-done')).toBeVisible()

  await open(page, '#/units?year=2024&group=department')
  const departments = page.getByTestId('department-row')
  await expect(departments).toHaveCount(2)
  // zh-CN order: 教育局 (jiào) before 卫健委 (wèi).
  const edu = departments.nth(0)
  const health = departments.nth(1)
  await expect(edu.getByTestId('department-name')).toHaveText(EDU)
  await expect(health.getByTestId('department-name')).toHaveText(HEALTH)
  // 教育局: (50 + 60 + 240) / (100 + 300 + 600) = 350 / 1000 = 35.0%, against Q3's 序时进度 75.0%.
  await expect(edu.getByTestId('department-execution')).toContainText('35.0% / 序时进度 75.0%')
  await expect(edu.getByTestId('department-budget')).toHaveText('执行 350 / 预算 1,000 万元')
  // 卫健委: (150 + 50 + 200) / (200 + 200 + 400) = 400 / 800 = 50.0% (the mean of the rates would be 54.2%).
  await expect(health.getByTestId('department-execution')).toContainText('50.0% / 序时进度 75.0%')
  await expect(health.getByTestId('department-budget')).toHaveText('执行 400 / 预算 800 万元')
  await expect(edu.getByTestId('light-counts')).toHaveAttribute('aria-label', '各单位双监控灯数')

  // Six units fit on a page: open at first; a department folds and opens again, by keyboard too.
  const units = page.getByTestId('unit-row')
  await expect(units).toHaveCount(6)
  await edu.getByTestId('department-toggle').click()
  await expect(edu.getByTestId('department-toggle')).toHaveAttribute('aria-expanded', 'false')
  await expect(units).toHaveCount(3)
  await edu.getByTestId('department-toggle').focus()
  await page.keyboard.press('Enter')
  await expect(edu.getByTestId('department-toggle')).toHaveAttribute('aria-expanded', 'true')
  await expect(units).toHaveCount(6)
  for (const [unit, parent] of UNITS)
    await expect(units.filter({ hasText: unit }).getByTestId('unit-parent')).toHaveText(`主管部门：${parent}`)

  // 第三中学 moves to 卫健委: 教育局 is left 110 / 400 = 27.5%; 卫健委 (400 + 240) / (800 + 600) = 640 / 1400 = 45.7%.
  const third = units.filter({ hasText: '第三中学' })
  await third.getByTestId('unit-parent-edit').click()
  await third.getByRole('combobox', { name: '“第三中学”的主管部门' }).fill(HEALTH)
  await third.getByTestId('unit-parent-save').click()
  await expect(edu.getByTestId('department-execution')).toContainText('27.5% / 序时进度 75.0%')
  await expect(health.getByTestId('department-execution')).toContainText('45.7% / 序时进度 75.0%')
  await expect(health.getByTestId('department-budget')).toHaveText('执行 640 / 预算 1,400 万元')

  // The change is a line of the history, and undoing it puts 第三中学 back.
  await page.getByTestId('nav-import').click()
  const latest = page.getByTestId('import-history').locator('tbody tr').first()
  await expect(latest).toContainText('主管部门 · 第三中学')
  await latest.getByTestId('history-lines-toggle').click()
  await expect(page.getByTestId('history-lines')).toContainText(EDU)
  await expect(page.getByTestId('history-lines')).toContainText(HEALTH)
  await latest.getByTestId('import-undo').click()
  await page.getByTestId('undo-confirm').click()
  await expect(page.getByTestId('import-history').getByTestId('import-undone')).toHaveCount(1)
  await open(page, '#/units?year=2024&group=department')
  await expect(departments.nth(0).getByTestId('department-execution')).toContainText('35.0% / 序时进度 75.0%')

  // The roll-up: its figures, its units charted and listed, each drillable to its overview.
  await departments.nth(0).getByTestId('department-link').click()
  await expect(page).toHaveURL(/#\/department\?.*name=/)
  expect(new URL(page.url().replace('#/', '')).searchParams.get('name')).toBe(EDU)
  await expect(page.getByTestId('page-title')).toHaveText(`${EDU} · 汇总概览`)
  await expect(page.getByTestId('department-figures').getByTestId('department-execution')).toContainText('35.0%')
  const listed = page.getByTestId('department-units').getByTestId('unit-row')
  await expect(listed).toHaveCount(3)
  await expect(listed.filter({ hasText: '第三中学' }).getByTestId('unit-amounts')).toHaveText('240 / 600')
  await drawCharts(page)
  expect(await layoutProblems(page)).toEqual([])
  // Worst light first, as on the units page: the two red (二 èr before 三 sān in zh-CN order), then the yellow.
  await expect(page.getByTestId('department-execution-chart')).toHaveAttribute(
    'data-user-words',
    JSON.stringify(['第二中学', '第三中学', '第一中学']),
  )

  // On paper: one A4 page for the department.
  const path = testInfo.outputPath('department.pdf')
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }))
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  expect(info).toMatch(/Pages:\s+1\n/)
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/[ \t]+/g, '')
  expect(text).toContain(`${EDU}·汇总概览`)
  expect(text).toContain('第三中学')
  expect(text).toContain('240/600')

  await listed.filter({ hasText: '第二中学' }).getByRole('link', { name: '第二中学' }).click()
  await expect(page).toHaveURL(/#\/\?unit=%E7%AC%AC%E4%BA%8C%E4%B8%AD%E5%AD%A6&year=2024/)
  await expect(page.getByTestId('page-context')).toContainText('第二中学')
})

test('grouping with no 主管部门 at all says so and how to set one; a roll-up of a name nobody has says so', async ({
  page,
}) => {
  await open(page, '#/units?year=2024&group=department')
  await expect(page.getByTestId('departments-empty')).toContainText('尚无单位指定主管部门')
  await expect(page.getByTestId('department-row')).toHaveCount(1)
  await expect(page.getByTestId('department-row')).toContainText('未指定主管部门')
  // The toggle keeps the grouping in the URL, and takes it out again.
  await page.getByTestId('units-group').getByText('按单位').click()
  await expect(page).not.toHaveURL(/group=department/)
  await expect(page.getByTestId('department-row')).toHaveCount(0)
  await page.getByTestId('units-group').getByText('按主管部门').click()
  await expect(page).toHaveURL(/group=department/)

  await open(page, `#/department?year=2024&name=${encodeURIComponent('无此部门')}`)
  await expect(page.getByTestId('department-none')).toContainText('2024年没有单位记在“无此部门”下')
  await expect(page.getByTestId('department-none')).toContainText('尚无单位指定主管部门')
})

test('in English at 390 px the grouped units and a roll-up read in English and fit the width', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await open(page, '#/units?year=2024&group=department')
  await page.getByTestId('language-switch').first().getByText('English').click()
  await expect(page.getByTestId('department-row')).toContainText('No supervising department')
  await expect(page.getByTestId('departments-empty')).toContainText('No unit has a supervising department')
  await expect(page.getByTestId('unit-row')).toHaveCount(1)
  expect(await layoutProblems(page)).toEqual([])
  expect(await chineseOutsideUserData(page)).toEqual([])

  await page.getByTestId('department-link').click()
  await expect(page.getByTestId('page-title')).toHaveText('No supervising department · roll-up')
  await expect(page.getByTestId('department-figures')).toContainText('Units by dual-monitoring light')
  await drawCharts(page)
  expect(await layoutProblems(page)).toEqual([])
  expect(await chineseOutsideUserData(page)).toEqual([])
})

test('a department of 28 units, a province’s size, still prints on one A4 page', async ({ page }, testInfo) => {
  const units = Array.from({ length: 28 }, (_, i) => `测试单位${String(i + 1).padStart(2, '0')}号`)
  await open(page, '#/import')
  await page
    .getByTestId('import-input')
    .setInputFiles([
      csvFile('预算.csv', [
        '年度,单位,类别,预算项目,全年预算数,主管部门',
        ...units.map((u, i) => `2024,${u},部门整体,基本支出,${100 + i},大部门`),
      ]),
      csvFile('执行.csv', [
        '年度,单位,类别,预算项目,季度,执行数',
        ...units.map((u, i) => `2024,${u},部门整体,基本支出,3,${50 + i}`),
      ]),
    ])
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-done')).toBeVisible()
  await open(page, `#/department?year=2024&name=${encodeURIComponent('大部门')}`)
  await expect(page.getByTestId('department-units').getByTestId('unit-row')).toHaveCount(28)
  await drawCharts(page)
  const path = testInfo.outputPath('department-28.pdf')
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }))
  expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/)
  // The last unit is on it: the page holds the whole table.
  expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).toContain('测试单位28号')
})
