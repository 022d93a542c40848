import iconv from 'iconv-lite'
import { expect, open, SEED_QUERY, test, UNIT } from './fixtures'

const SPENDING_Q3 = [
  '年度,单位,类别,预算项目,季度,执行数',
  `2024,${UNIT},部门整体,人员经费,3,500`,
  `2024,${UNIT},部门整体,公用经费,3,130`,
].join('\r\n')

const csvFile = (name: string, text: string, encoding: 'utf8' | 'gbk' = 'utf8') => ({
  name,
  mimeType: 'text/csv',
  buffer: encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8'),
})

test('uploading a quarter changes the overview, and undo changes it back', async ({ page }) => {
  await open(page, `#/${SEED_QUERY}`)
  await expect(page.getByTestId('spent-total')).toContainText('560')

  await page.getByTestId('nav-import').click()
  await page.getByTestId('import-input').setInputFiles(csvFile('人员经费更正.csv', SPENDING_Q3, 'gbk'))
  await expect(page.getByTestId('import-file')).toContainText('GB18030')
  await expect(page.getByTestId('import-errors')).toContainText('未发现问题')
  // Both rows replace illustrative values, 公用经费 with the same figure but now real.
  await expect(page.getByTestId('import-plan')).toContainText('将新增 0 条，更新 2 条，0 条与已有数据相同')
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-done')).toContainText('已导入：新增 0 条，更新 2 条，未变 0 条，跳过 0 行')

  await page.getByTestId('nav-overview').click()
  await expect(page.getByTestId('spent-total')).toContainText('630')

  await page.getByTestId('nav-import').click()
  await expect(page.getByTestId('import-history')).toContainText('人员经费更正.csv')
  await page.getByTestId('import-undo').first().click()
  await page.getByTestId('undo-confirm').click()
  await expect(page.getByText('已撤销：人员经费更正.csv')).toBeVisible()
  // The import's own message no longer holds once it is undone.
  await expect(page.getByTestId('import-done')).toHaveCount(0)
  await page.getByTestId('nav-overview').click()
  await expect(page.getByTestId('spent-total')).toContainText('560')
})

test('problems block the commit until the user chooses to skip the bad rows', async ({ page }) => {
  await open(page, `#/import${SEED_QUERY}`)
  const actuals = [
    '年度,单位,类别,三级指标,季度,实际值,偏差原因',
    `2024,${UNIT},部门整体,带动就业人数,4,520人,`,
    `2024,${UNIT},部门整体,组建招商组团数,4,十三,`,
    `2024,${UNIT},部门整体,不存在的指标,4,1个,`,
    `2024,${UNIT},部门整体,企业满意度,5,90%,`,
  ].join('\n')
  await page
    .getByTestId('import-input')
    .setInputFiles([csvFile('q4.csv', actuals), csvFile('notes.txt', '随便写的笔记')])
  const errors = page.getByTestId('import-errors')
  await expect(errors).toContainText("第3行 实际值: '十三' 不是数字")
  // The name the officer typed is quoted, and the rows with problems are marked in the preview.
  await expect(errors).toContainText("第4行 三级指标: '不存在的指标' 找不到对应的指标")
  await expect(page.getByTestId('import-preview-bad')).toContainText('标红的 3 行有问题')
  await expect(page.locator('.row-bad')).toHaveCount(3)
  await expect(errors).toContainText("第5行 季度: '5' 应为 1–4、Q1–Q4、一季度–四季度 或 全年")
  await expect(errors).toContainText('无法识别的表头')
  await expect(page.getByTestId('import-commit')).toBeDisabled()

  await page.getByTestId('import-skip').click()
  await expect(page.getByTestId('import-skip-list')).toContainText('q4.csv：第 3、4、5 行')
  await expect(page.getByTestId('import-skip-list')).toContainText('notes.txt')
  await expect(page.getByTestId('import-commit')).toBeEnabled()
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-done')).toContainText('新增 1 条')

  // On to the overview of what was imported, at its period.
  await page.getByTestId('import-done-link').click()
  await expect(page).toHaveURL(/q=4/)
  await expect(page.getByTestId('reported-count')).toContainText('1 / 31')
})

test('importing the same file twice changes nothing the second time', async ({ page }) => {
  await open(page, `#/import${SEED_QUERY}`)
  await page.getByTestId('import-input').setInputFiles(csvFile('q3.csv', SPENDING_Q3))
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-done')).toContainText('更新 2 条')
  await page.getByTestId('import-input').setInputFiles(csvFile('q3.csv', SPENDING_Q3))
  await expect(page.getByTestId('import-file')).toContainText('此文件曾于')
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-done')).toContainText('文件内容与已有数据完全相同，未作任何更改')
})

test('with a second unit the units page compares both, sortable and filterable, each a link to its overview', async ({
  page,
}) => {
  await open(page, `#/import${SEED_QUERY}`)
  const targets = [
    '年度,单位,类别,一级指标,二级指标,三级指标,指标值',
    '2024,柴桑区发改委,部门整体,产出指标,数量指标,审批项目数,≥40个',
  ].join('\n')
  const actuals = ['年度,单位,类别,三级指标,季度,实际值', '2024,柴桑区发改委,部门整体,审批项目数,3,36个'].join('\n')
  await page
    .getByTestId('import-input')
    .setInputFiles([csvFile('发改委目标.csv', targets), csvFile('发改委三季度.csv', actuals)])
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-done')).toContainText('新增 2 条')
  await page.getByTestId('nav-overview').click()
  await page.getByTestId('all-units-link').click()
  await expect(page).toHaveURL(/#\/units\?year=2024/)
  const rows = page.getByTestId('unit-row')
  await expect(rows).toHaveCount(2)
  // Worst light first: the seed department is 黄灯; 发改委's one line is ahead (36 of 40 at Q3, pace 1.2) and it has no budget: 绿灯.
  await expect(rows.first()).toContainText(UNIT)
  await expect(rows.first()).toContainText('黄灯')
  await expect(rows.nth(1)).toContainText('绿灯')
  // 36 of 40 projects to 48: 预计完成率 120%, scored 100.
  await expect(rows.nth(1)).toContainText('100.00 优')
  await page.getByTestId('units-sort').click()
  await page.getByRole('option', { name: '得分（高到低）' }).click()
  await expect(rows.first()).toContainText('柴桑区发改委')
  await page.getByTestId('units-light').click()
  await page.getByRole('option', { name: '黄灯' }).click()
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(UNIT)
  await page.keyboard.press('Escape')
  await page.getByTestId('units-light').locator('.el-tag__close').click()
  await expect(rows).toHaveCount(2)
  await page.getByRole('textbox', { name: '搜索单位或主管部门' }).fill('发改')
  await expect(rows).toHaveCount(1)
  await rows.first().getByRole('link', { name: '柴桑区发改委' }).click()
  await expect(page.getByTestId('unit-name')).toHaveText('柴桑区发改委')
  await expect(page.getByTestId('indicator-count')).toContainText('1')
  // The unit picker shows the unit when closed, lists every unit when opened and filters as one types.
  const picker = page.getByTestId('pick-unit')
  await expect(picker).toContainText('柴桑区发改委')
  await picker.click()
  await expect(page.getByRole('option')).toHaveText(['柴桑区发改委', UNIT])
  await page.keyboard.type('商务')
  await expect(page.getByRole('option')).toHaveText([UNIT])
  await page.getByRole('option', { name: UNIT }).click()
  await expect(page.getByTestId('unit-name')).toHaveText(UNIT)
  await expect(picker).toContainText(UNIT)
})

test('the pre-filled templates say their period and can be had for any period', async ({ page }) => {
  await open(page, `#/import${SEED_QUERY}`)
  await expect(page.getByTestId('template-quarter')).toContainText('下载第3季度填报模板')
  await page.getByTestId('template-period').click()
  await page.getByRole('option', { name: '1-7月' }).click()
  await expect(page.getByTestId('template-quarter')).toContainText('下载1-7月填报模板')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('template-quarter').click()])
  expect(download.suggestedFilename()).toBe(`${UNIT}-2024年1-7月-实际完成.csv`)
})

test('an unanswered request for persistent storage never holds up the commit', async ({ page }) => {
  // Firefox settles navigator.storage.persist() only when the user answers its prompt.
  await page.addInitScript(() => {
    Object.defineProperty(StorageManager.prototype, 'persist', {
      configurable: true,
      value: () => new Promise<boolean>(() => {}),
    })
  })
  await open(page, `#/import${SEED_QUERY}`)
  await page.getByTestId('import-input').setInputFiles(csvFile('q3.csv', SPENDING_Q3))
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-done')).toContainText('更新 2 条')
})
