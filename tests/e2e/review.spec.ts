import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { BrowserContext, Page, Route } from '@playwright/test'
import { expect, open, test } from './fixtures'

/** Two departments of three units each, every unit with two indicators and Q2, Q3 values. */
const DEPARTMENTS = { 教育局: ['一中', '二中', '三中'], 卫健委: ['人民医院', '中医院', '妇幼院'] }
const rows = Object.entries(DEPARTMENTS).flatMap(([parent, units]) => units.map((unit) => ({ parent, unit })))
const TARGETS = [
  '年度,单位,主管部门,类别,一级指标,二级指标,三级指标,指标值',
  ...rows.flatMap(({ parent, unit }) => [
    `2024,${unit},${parent},部门整体,产出指标,数量指标,培训次数,≥4次`,
    `2024,${unit},${parent},部门整体,效益指标,社会效益指标,服务人次,≥100人`,
  ]),
].join('\n')
const ACTUALS = [
  '年度,单位,主管部门,类别,三级指标,季度,实际值,偏差原因',
  ...rows.flatMap(({ parent, unit }) => [
    `2024,${unit},${parent},部门整体,培训次数,2,2次,`,
    `2024,${unit},${parent},部门整体,服务人次,2,40人,`,
    `2024,${unit},${parent},部门整体,培训次数,3,3次,`,
    `2024,${unit},${parent},部门整体,服务人次,3,50人,场地改造`,
  ]),
].join('\n')
const sha = (text: string) => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex')

/** A folder served at /published/ to every page of a context: its files and their manifest. */
async function serve(context: BrowserContext, files: Map<string, string>): Promise<void> {
  await context.route('**/published/**', (route: Route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^.*\/published\//, ''))
    if (path === 'jixiao-manifest.json')
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ version: 1, files: [...files].map(([p, text]) => ({ path: p, sha256: sha(text) })) }),
      })
    const body = files.get(path)
    return body === undefined
      ? route.fulfill({ status: 404, body: 'not found' })
      : route.fulfill({ contentType: 'text/csv', body })
  })
}

const unitQuery = (unit: string) => `unit=${encodeURIComponent(unit)}&year=2024&q=3`

/** Opens the folder in a page, as a unit or a department does (the first opening imports it). */
async function openFolder(page: Page): Promise<void> {
  await open(page, `#/?source=${encodeURIComponent('published/')}`)
  await expect(page.getByTestId('published-status')).toContainText('本次导入了')
}

test('two departments of three units grouped and rolled up; a unit approved from the list; a department returns a unit’s Q3 with a reason on a line and approves another; the 审核 file in the folder brings both to the unit, whose entry sets it back to 待审核, and undo brings 已退回 back', async ({
  page,
  browser,
  baseURL,
}) => {
  const files = new Map([
    ['2024/targets.csv', TARGETS],
    ['2024/actuals.csv', ACTUALS],
  ])
  await serve(page.context(), files)
  await openFolder(page)

  // The tree: two departments of three units each; a department's roll-up, drilled to a unit.
  await open(page, '#/units?year=2024&group=department')
  // The seed department, loaded on first start, names no 主管部门: it comes last.
  await expect(page.getByTestId('department-name')).toHaveText(['教育局', '卫健委', '未指定主管部门'])
  await expect(page.getByTestId('unit-row')).toHaveCount(7)
  await page.getByTestId('department-row').filter({ hasText: '卫健委' }).getByTestId('department-link').click()
  const rolledUp = page.getByTestId('department-units').getByTestId('unit-row')
  await expect(rolledUp).toHaveCount(3)
  await rolledUp.filter({ hasText: '人民医院' }).getByRole('link', { name: '人民医院' }).click()
  await expect.poll(() => decodeURIComponent(page.url())).toContain('unit=人民医院')

  // Approved from the department's list with one click.
  await open(page, '#/units?year=2024&group=department')
  const hospital = page.getByTestId('unit-row').filter({ hasText: '人民医院' })
  await expect(hospital.getByTestId('review-state')).toHaveText('待审核')
  await hospital.getByTestId('review-approve').click()
  await expect(hospital.getByTestId('review-state')).toHaveText('已审核')
  await expect(hospital.getByTestId('review-approve')).toBeDisabled()

  // The department's review, from the units page: its units in order, 二中 first of 教育局 (èr before sān, yī).
  await open(page, `#/units?year=2024`)
  await page.getByTestId('unit-row').filter({ hasText: '二中' }).getByTestId('unit-review-link').click()
  await expect(page.getByTestId('review-unit')).toContainText('二中 · 第3季度')
  await expect(page.getByTestId('review-position')).toHaveText('第 1 / 3 个单位')
  await expect(page.getByTestId('review-department')).toHaveValue('教育局')
  await expect(page.getByTestId('review-state')).toHaveText('待审核')
  // What changed since 第2季度, per line: the value, the light, the reason added.
  const service = page.getByTestId('review-line').filter({ hasText: '服务人次' })
  await expect(service.getByTestId('review-change')).toContainText('40人 → 50人')
  await expect(service.getByTestId('review-change')).toContainText('新增偏差原因')

  // Returned with a reason on one line: one action, signed by the reviewer named.
  await page.getByTestId('review-reviewer').fill('李审')
  await page.getByTestId('review-return').click()
  const dialog = page.getByTestId('review-return-dialog')
  await dialog.getByTestId('review-return-confirm').click()
  await expect(dialog).toContainText('请至少填写一条退回原因')
  await dialog
    .getByTestId('review-reason-line')
    .filter({ hasText: '服务人次' })
    .locator('input')
    .fill('服务人次偏低，请说明改进措施')
  await dialog.getByTestId('review-return-confirm').click()
  await expect(page.getByTestId('review-said')).toHaveText('已退回 二中 第3季度')
  await expect(page.getByTestId('review-state')).toHaveText('已退回')
  await expect(page.getByTestId('review-by')).toContainText('审核人 李审')
  await expect(service).toContainText('退回原因：服务人次偏低，请说明改进措施')

  // The next unit by key, approved with one action.
  await page.locator('body').press('ArrowRight')
  await expect(page.getByTestId('review-unit')).toContainText('三中 · 第3季度')
  await page.getByTestId('review-approve').click()
  await expect(page.getByTestId('review-state')).toHaveText('已审核')
  await expect(page.getByTestId('review-approve')).toBeDisabled()

  // Both are batches of the history.
  await open(page, '#/import')
  await expect(page.getByTestId('import-history')).toContainText('审核 · 二中 2024年第3季度 已退回')
  await expect(page.getByTestId('import-history')).toContainText('审核 · 三中 2024年第3季度 已审核')

  // The year's 审核 file, added to the folder.
  await open(page, `#/review?${unitQuery('三中')}&department=${encodeURIComponent('教育局')}`)
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('review-download').click()])
  expect(download.suggestedFilename()).toMatch(/^审核_2024_\d{8}\.csv$/)
  const text = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '')
  expect(text.split(/\r?\n/)[0]).toBe(
    '年度,单位,主管部门,季度,截至月份,审核状态,审核人,审核时间,类别,三级指标,指标编码,预算项目,退回原因',
  )
  files.set('2024/审核.csv', text)

  // The unit, in a profile of its own, opens the folder.
  const unitContext = await browser.newContext({ baseURL: baseURL!, locale: 'zh-CN' })
  await serve(unitContext, files)
  const unit = await unitContext.newPage()
  await openFolder(unit)
  await open(unit, `#/?${unitQuery('二中')}`)
  await expect(unit.getByTestId('review-state')).toHaveText('已退回')
  await expect(unit.getByTestId('review-by')).toContainText('审核人 李审')
  await expect(unit.getByTestId('review-returned')).toContainText('部门整体 · 服务人次：服务人次偏低，请说明改进措施')
  await open(unit, `#/?${unitQuery('三中')}`)
  await expect(unit.getByTestId('review-state')).toHaveText('已审核')
  await open(unit, `#/?${unitQuery('人民医院')}`)
  await expect(unit.getByTestId('review-state')).toHaveText('已审核')

  // On #/entry, the reason beside its line; a save of Q3 sets the period back to 待审核.
  await open(unit, `#/entry?${unitQuery('二中')}`)
  await unit.getByTestId('entry-period').click()
  await unit.getByRole('option', { name: '第3季度（已填报，可修改）' }).click()
  await expect(unit.getByTestId('review-state')).toHaveText('已退回')
  const row = unit.getByTestId('entry-row').filter({ hasText: '服务人次' })
  await expect(row.getByTestId('review-line-reason')).toHaveText('退回原因：服务人次偏低，请说明改进措施')
  await row.locator('[name=action]').fill('增加周末服务')
  await unit.getByTestId('entry-save').click()
  await expect(unit.getByTestId('entry-saved')).toBeVisible()
  await expect(unit.getByTestId('review-state')).toHaveText('待审核')
  await expect(row.getByTestId('review-line-reason')).toHaveCount(0)

  // Undo of that entry, on the history: 已退回 again, with its reason.
  await open(unit, '#/import')
  await unit.getByTestId('import-undo').first().click()
  await unit.getByTestId('undo-confirm').click()
  await expect(unit.getByTestId('import-history').getByTestId('import-undone')).toHaveCount(1)
  await open(unit, `#/?${unitQuery('二中')}`)
  await expect(unit.getByTestId('review-state')).toHaveText('已退回')
  await expect(unit.getByTestId('review-returned')).toContainText('服务人次偏低')
  await unitContext.close()
})

test('a 审核 file imported on #/import: planned beside the rows, its reasons on the overview and in the history’s lines', async ({
  page,
}) => {
  const seed = '九江市柴桑区商务局'
  await open(page, `#/?${unitQuery(seed)}`)
  await expect(page.getByTestId('review-state')).toHaveText('待审核')
  const file = [
    '年度,单位,季度,审核状态,审核人,审核时间,类别,三级指标,预算项目,退回原因',
    `2024,${seed},3,已退回,李审,2024-10-15 09:30:00+08:00,,,,请补充偏差原因`,
    `2024,${seed},3,已退回,李审,2024-10-15 09:30:00+08:00,部门整体,,公用经费,执行偏快`,
  ].join('\n')
  await page.getByTestId('nav-import').click()
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: '审核.csv', mimeType: 'text/csv', buffer: Buffer.from(file, 'utf8') })
  await expect(page.getByTestId('import-file')).toContainText('审核')
  await expect(page.getByTestId('import-plan-review')).toHaveText('审核文件将更新 1 个单位报告期的审核状态')
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-history')).toContainText('审核.csv')
  await page.getByTestId('history-lines-toggle').first().click()
  await expect(page.getByTestId('history-lines')).toContainText('执行偏快')
  await open(page, `#/?${unitQuery(seed)}`)
  await expect(page.getByTestId('review-state')).toHaveText('已退回')
  await expect(page.getByTestId('review-returned')).toContainText('请补充偏差原因')
  await expect(page.getByTestId('review-returned')).toContainText('部门整体 · 公用经费：执行偏快')
  // On #/entry the budget line carries its reason too.
  await open(page, `#/entry?${unitQuery(seed)}`)
  await page.getByTestId('entry-period').click()
  await page.getByRole('option', { name: '第3季度（已填报，可修改）' }).click()
  await expect(
    page.getByTestId('entry-spending-row').filter({ hasText: '公用经费' }).getByTestId('review-line-reason'),
  ).toHaveText('退回原因：执行偏快')
})
