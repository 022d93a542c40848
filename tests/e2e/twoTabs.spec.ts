import { expect, open, test, UNIT } from './fixtures'

const Q4 = `?unit=${encodeURIComponent(UNIT)}&year=2024&q=4`
const ACTUALS_Q4 = ['年度,单位,类别,三级指标,季度,实际值', `2024,${UNIT},部门整体,带动就业人数,4,520人`].join('\r\n')

test('a tab showing the overview follows what another tab imports and undoes, without a reload', async ({
  page,
  context,
}) => {
  await open(page, `#/${Q4}`)
  await expect(page.getByTestId('reported-count')).toContainText('0 / 31')
  // Gone if the page were loaded again.
  await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }))

  const other = await context.newPage()
  const otherErrors: string[] = []
  other.on('console', (message) => message.type() === 'error' && otherErrors.push(message.text()))
  other.on('pageerror', (error) => otherErrors.push(error.message))
  await open(other, `#/import${Q4}`)
  // Written by the other tab's import worker.
  await other
    .getByTestId('import-input')
    .setInputFiles({ name: 'q4.csv', mimeType: 'text/csv', buffer: Buffer.from(ACTUALS_Q4, 'utf8') })
  await expect(other.getByTestId('import-plan')).toContainText('将新增 1 条')
  await other.getByTestId('import-commit').click()
  await expect(other.getByTestId('import-done')).toContainText('新增 1 条')
  await expect(page.getByTestId('reported-count')).toContainText('1 / 31')

  // Written by the other tab's own thread.
  await other.getByTestId('import-undo').first().click()
  await other.getByTestId('undo-confirm').click()
  await expect(other.getByText('已撤销：q4.csv')).toBeVisible()
  await expect(page.getByTestId('reported-count')).toContainText('0 / 31')

  expect(await page.evaluate(() => (window as { stillTheSamePage?: boolean }).stillTheSamePage)).toBe(true)
  await other.close()
  expect(otherErrors, 'console or page errors in the other tab').toEqual([])
})
