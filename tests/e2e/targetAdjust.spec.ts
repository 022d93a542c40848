import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { expect, open, SEED_QUERY, test, UNIT } from './fixtures'

const NAME = '带动就业人数'

test('a target adjusted on the drill-down keeps the original beside it, on the drill-down and the printed 自评表, until undone from the history', async ({
  page,
}, testInfo) => {
  await open(page, `#/indicators${SEED_QUERY}`)
  await page.getByRole('link', { name: NAME, exact: true }).click()
  await expect(page.getByTestId('indicator-target')).toHaveText('≥500人')
  await expect(page.getByTestId('target-adjusted')).toHaveCount(0)
  const ratioBefore = (await page.getByTestId('figure-ratio').textContent())!.trim()

  // Doubled from 1-7月 on: the third quarter is read against the new target.
  await page.getByTestId('adjust-open').click()
  await page.locator('input[name=adjusted-target]').fill('≥1000人')
  await page.getByTestId('adjust-month').click()
  await page.getByRole('option', { name: '7月', exact: true }).click()
  await page.locator('input[name=adjust-reason]').fill('预算调整后任务增加')
  await page.locator('input[name=adjust-approval]').fill('柴财预〔2024〕12号')
  await page.locator('input[name=adjust-approved-on]').fill('2024-07-10')
  await page.getByTestId('adjust-confirm').click()

  const adjusted = page.getByTestId('target-adjusted')
  await expect(adjusted).toBeVisible()
  await expect(page.getByTestId('target-original')).toHaveText('≥500人')
  await expect(page.getByTestId('target-new')).toHaveText('≥1000人')
  await expect(adjusted).toContainText('自7月起')
  await expect(adjusted).toContainText('2024-07-10批准')
  await expect(adjusted).toContainText('柴财预〔2024〕12号')
  await expect(adjusted).toContainText('本期适用调整后目标')
  await expect(page.getByTestId('indicator-target')).toHaveText('≥1000人')
  const ratioAfter = (await page.getByTestId('figure-ratio').textContent())!.trim()
  // The same value against twice the target: half the 完成率.
  expect(Number.parseFloat(ratioAfter)).toBeCloseTo(Number.parseFloat(ratioBefore) / 2, 1)

  // The 自评表, on screen and printed, gives both targets.
  await open(page, `#/report${SEED_QUERY}`)
  const selfEvaluation = page.getByTestId('self-evaluation').first()
  await expect(selfEvaluation.getByTestId('target-adjusted')).toContainText('原目标 ≥500人 → 调整后目标 ≥1000人')
  await expect(page.getByTestId('report-print')).toHaveAttribute('data-pages', /^\d+$/)
  const pdf = testInfo.outputPath('report.pdf')
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }))
  const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
  const selfPages = printed.slice(printed.indexOf('部门整体支出绩效自评表'))
  // The layout wraps the cell: its parts, in order.
  expect(selfPages).toMatch(/原目标≥500人→调整后目标≥1000.*自7月.*起，2024-07-10批准/)

  // A batch of the history with its lines; undone, the original is the only target again.
  await open(page, `#/import${SEED_QUERY}`)
  const history = page.getByTestId('import-history')
  const batch = history
    .locator('tbody tr')
    .filter({ hasText: `目标调整 2024年 ${NAME}` })
    .first()
  await expect(batch).toContainText('目标调整')
  await batch.getByTestId('history-lines-toggle').click()
  const lines = page.getByTestId('history-lines')
  await expect(lines.locator('tr').filter({ hasText: '调整后指标值' })).toContainText('— → ≥1000人')
  await expect(lines.locator('tr').filter({ hasText: '调整起始月份' })).toContainText('— → 7')
  await batch.getByTestId('import-undo').click()
  await page.getByTestId('undo-confirm').click()
  await expect(page.getByText(`已撤销：目标调整 2024年 ${NAME}`)).toBeVisible()

  await open(page, `#/indicators${SEED_QUERY}`)
  await page.getByRole('link', { name: NAME, exact: true }).click()
  await expect(page.getByTestId('indicator-target')).toHaveText('≥500人')
  await expect(page.getByTestId('target-adjusted')).toHaveCount(0)
  await expect(page.getByTestId('figure-ratio')).toHaveText(ratioBefore)
})

test('a 申报表 whose target differs from the stored one asks: taken as an adjustment, the stored target stays the original', async ({
  page,
}) => {
  const targets = [
    '年度,单位,类别,一级指标,二级指标,三级指标,指标值',
    `2024,${UNIT},部门整体,效益指标,社会效益指标,${NAME},≥600人`,
  ].join('\r\n')
  await open(page, `#/import${SEED_QUERY}`)
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: '调整后目标.csv', mimeType: 'text/csv', buffer: Buffer.from(targets, 'utf8') })
  const question = page.getByTestId('target-changes')
  await expect(question).toContainText('1 项指标的指标值与已存目标不同')
  await expect(question.locator('tbody tr')).toHaveText([/带动就业人数\s*≥500人\s*≥600人/])
  await question.getByText('目标调整（保留原目标').click()
  await page.getByTestId('import-adjust-month').click()
  await page.getByRole('option', { name: '10月', exact: true }).click()
  await page.locator('input[name=import-adjust-approval]').fill('柴财预〔2024〕20号')
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-done')).toBeVisible()

  await open(page, `#/indicators${SEED_QUERY}`)
  await page.getByRole('link', { name: NAME, exact: true }).click()
  // At 第3季度 the original is still in force; the adjusted one from 10月.
  await expect(page.getByTestId('indicator-target')).toHaveText('≥500人')
  await expect(page.getByTestId('target-original')).toHaveText('≥500人')
  await expect(page.getByTestId('target-new')).toHaveText('≥600人')
  await expect(page.getByTestId('target-adjusted')).toContainText('自10月起')
  await expect(page.getByTestId('target-adjusted')).toContainText('本期仍适用原目标')
})
