import type { Page } from '@playwright/test'
import { expect, open, test } from './fixtures'
import { folder, reopen } from './publishedFolder'
import { seriousViolations } from './axe'

const U = '测试同步局'
const TARGETS = [
  '年度,单位,类别,一级指标,二级指标,三级指标,指标值',
  `2024,${U},部门整体,产出指标,数量指标,培训次数,≥4次`,
  `2024,${U},部门整体,效益指标,社会效益指标,服务人次,≥100人`,
].join('\n')
const actuals = (q3: string, unit = U) =>
  [
    '年度,单位,类别,三级指标,季度,实际值',
    `2024,${unit},部门整体,培训次数,3,${q3}`,
    `2024,${unit},部门整体,服务人次,3,80人`,
  ].join('\n')
const QUERY = `?unit=${encodeURIComponent(U)}&year=2024&q=3`

/**
 * The unit opens its folder (3次 to 第3季度), changes 培训次数 to 5次 on #/entry, and the folder
 * is published again with 2次 for it: at the next opening the app asks, showing both.
 */
async function changedHereThenRepublished(page: Page) {
  const server = folder(page)
  server.files.set('2024/targets.csv', TARGETS)
  server.files.set('2024/actuals.csv', actuals('3次'))
  await server.start()
  await open(page, `#/?source=${encodeURIComponent('published/')}`)
  await expect(page.getByTestId('published-status')).toContainText('本次导入了 2 个有变化的文件')

  await open(page, `#/entry${QUERY}`)
  await page.getByTestId('entry-period').click()
  await page.getByRole('option', { name: '第3季度（已填报，可修改）' }).click()
  const row = page.getByTestId('entry-row').filter({ hasText: '培训次数' })
  await expect(row.locator('[name=actual]')).toHaveValue('3次')
  await row.locator('[name=actual]').fill('5次')
  await page.getByTestId('entry-reporter').fill('王明')
  await page.getByTestId('entry-save').click()
  await expect(page.getByTestId('entry-saved')).toContainText('已保存 1 条')

  server.files.set('2024/actuals.csv', actuals('2次'))
  await reopen(page, `#/${QUERY}`)
  const dialog = page.getByTestId('sync-conflict')
  await expect(dialog).toBeVisible()
  const line = dialog.getByTestId('sync-line')
  await expect(line).toHaveCount(1)
  await expect(line).toContainText('培训次数')
  await expect(line.getByTestId('sync-here')).toHaveText('5次')
  await expect(line.getByTestId('sync-folder')).toHaveText('2次')
  await expect(dialog).toContainText('本机修改：王明')
  // Keyboard users start inside the dialog, at its first choice.
  await expect(dialog.getByTestId('sync-keep-all')).toBeFocused()
  return { server, dialog }
}

/** The 实际值 of 培训次数 to 第3季度 as #/entry shows it. */
async function storedValue(page: Page) {
  await open(page, `#/entry${QUERY}`)
  await page.getByTestId('entry-period').click()
  await page.getByRole('option', { name: '第3季度（已填报，可修改）' }).click()
  return page.getByTestId('entry-row').filter({ hasText: '培训次数' }).locator('[name=actual]')
}

test('a change made here and a folder published again with another value: asked, decided later by Esc, then this PC’s kept with the folder’s value in the trail', async ({
  page,
}) => {
  const { dialog } = await changedHereThenRepublished(page)
  // Esc decides later: nothing written, the folder says it waits, and asks again from its status.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('published-pending')).toContainText('等待您选择，尚未写入任何数据')
  await expect(await storedValue(page)).toHaveValue('5次')
  await open(page, '#/data')
  await page.getByTestId('published-resolve').click()
  await expect(dialog).toBeVisible()

  // By keyboard: 全部保留本机, then 确定.
  await expect(dialog.getByTestId('sync-keep-all')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog.getByTestId('sync-keep').locator('input')).toBeChecked()
  await dialog.getByTestId('sync-decide').focus()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('published-status')).toContainText('本次导入了 1 个有变化的文件')
  await expect(await storedValue(page)).toHaveValue('5次')

  // The trail: the folder's batch 5次 → 2次, then this PC's lines written back, 2次 → 5次, both saying the choice.
  await open(page, `#/import${QUERY}`)
  const history = page.getByTestId('import-history')
  const kept = history.locator('tbody tr').filter({ hasText: '保留本机修改' }).first()
  await expect(kept).toContainText(`保留本机：2024年 ${U}`)
  await kept.getByTestId('history-lines-toggle').click()
  await expect(page.getByTestId('history-lines').locator('tr').filter({ hasText: '培训次数' })).toContainText(
    '2次 → 5次',
  )
  const fromFolder = history.locator('tbody tr').filter({ hasText: '发布数据' }).first()
  await expect(fromFolder).toContainText(`保留本机：2024年 ${U}`)
  await fromFolder.getByTestId('history-lines-toggle').click()
  await expect(
    page.getByTestId('history-lines').locator('tr').filter({ hasText: '培训次数' }).filter({ hasText: '5次 → 2次' }),
  ).toHaveCount(1)

  // Decided: the next opening is silent.
  await reopen(page, `#/${QUERY}`)
  await expect(page.getByTestId('published-status')).toBeVisible()
  await expect(page.getByTestId('sync-conflict')).toHaveCount(0)
})

test('the folder’s value taken instead: it shows, and undoing its batch brings this PC’s back', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  const { dialog } = await changedHereThenRepublished(page)
  expect(await seriousViolations(page)).toEqual([])
  await dialog.getByTestId('sync-take').click()
  await dialog.getByTestId('sync-decide').click()
  await expect(dialog).toBeHidden()
  await expect(await storedValue(page)).toHaveValue('2次')

  await open(page, `#/import${QUERY}`)
  const history = page.getByTestId('import-history')
  const fromFolder = history.locator('tbody tr').filter({ hasText: '发布数据' }).first()
  await expect(fromFolder).toContainText(`采用数据来源：2024年 ${U}`)
  await expect(history.locator('tbody tr').filter({ hasText: '保留本机修改' })).toHaveCount(0)
  await fromFolder.getByTestId('import-undo').click()
  await page.getByTestId('undo-confirm').click()
  await expect(history.getByTestId('import-undone')).toHaveCount(1)
  await expect(await storedValue(page)).toHaveValue('5次')
})

test('two folders followed at once: both imported, each with its own status; removing one keeps the other', async ({
  page,
}) => {
  const a = folder(page, 'unit-a')
  a.files.set('2024/targets.csv', TARGETS)
  a.files.set('2024/actuals.csv', actuals('3次'))
  const other = '测试同步二局'
  const b = folder(page, 'unit-b')
  b.files.set('2024/targets.csv', TARGETS.replaceAll(U, other))
  await a.start()
  await b.start()
  await open(page, `#/?source=${encodeURIComponent('unit-a/')}`)
  await expect(page.getByTestId('published-status')).toContainText('本次导入了 2 个有变化的文件')
  // A second link adds its folder beside the first.
  await open(page, `#/?source=${encodeURIComponent('unit-b/')}`)
  await open(page, '#/data')
  const folders = page.getByTestId('published-folder')
  await expect(folders).toHaveCount(2)
  await expect(folders.filter({ hasText: 'unit-a/' })).toContainText('本次导入了 2 个有变化的文件')
  await expect(folders.filter({ hasText: 'unit-b/' })).toContainText('本次导入了 1 个有变化的文件')
  await open(page, '#/units?year=2024')
  await expect(page.getByTestId('unit-row').filter({ hasText: U })).toHaveCount(1)
  await expect(page.getByTestId('unit-row').filter({ hasText: other })).toHaveCount(1)

  // Sync all: nothing changed, each says so on its own.
  await open(page, '#/data')
  await page.getByTestId('published-sync-all').click()
  await expect(folders.filter({ hasText: 'unit-a/' })).not.toContainText('本次导入')
  await folders.filter({ hasText: 'unit-a/' }).getByTestId('published-remove').click()
  await expect(folders).toHaveCount(1)
  await expect(folders).toContainText('unit-b/')
  await page.reload()
  await expect(page.getByTestId('published-folder')).toHaveCount(1)
  await expect(page.getByTestId('published-folder')).toContainText('unit-b/')
  expect(a.fetched.get('jixiao-manifest.json')).toBe(2)
})
