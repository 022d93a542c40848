import { readFile } from 'node:fs/promises'
import { expect, open, test } from './fixtures'

test('a backup restores everything after a clear; a corrupted one is refused and changes nothing', async ({ page }) => {
  await open(page, '#/data')
  await expect(page.getByTestId('table-counts')).toContainText('31')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-download').click()])
  expect(download.suggestedFilename()).toMatch(/^绩效看板备份-\d{8}\.json$/)
  const backup = await readFile((await download.path())!)

  // Truncated: refused before anything is touched.
  await page
    .getByTestId('restore-input')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: backup.subarray(0, backup.length / 2) })
  await expect(page.getByTestId('restore-errors')).toContainText('文件可能已损坏或被截断')
  await expect(page.getByTestId('table-counts')).toContainText('31')

  // Corrupted: still JSON, but a figure became text and a row lost its key. Refused, with what is wrong.
  const tampered = JSON.parse(backup.toString('utf8'))
  expect(tampered).toMatchObject({ format: 'jixiao-board-backup', version: 2 })
  // Documents are ordered by year, then unit: 2023 (the budget total), then 2024.
  const at = tampered.documents.findIndex((d: { year: number }) => d.year === 2024)
  tampered.documents[at].spending[0].spent = '四百'
  delete tampered.documents[at].targets[2].code
  await page.getByTestId('restore-input').setInputFiles({
    name: 'tampered.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(tampered)),
  })
  await expect(page.getByTestId('restore-errors')).toContainText(
    `“单位年度数据”第 ${at + 1} 条“预算执行”第 1 条：字段 spent 无效`,
  )
  await expect(page.getByTestId('restore-errors')).toContainText(
    `“单位年度数据”第 ${at + 1} 条“绩效目标”第 3 条：字段 code 无效`,
  )

  // Not a backup at all: random bytes.
  await page.getByTestId('restore-input').setInputFiles({
    name: 'noise.json',
    mimeType: 'application/json',
    buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
  })
  await expect(page.getByTestId('restore-errors')).toContainText('不是有效的备份文件')
  await expect(page.getByTestId('table-counts')).toContainText('31')
  await expect(page.getByTestId('table-counts')).toContainText('85')

  await page.getByTestId('clear-all').click()
  await page.getByRole('button', { name: '确定' }).click()
  await expect(page.getByText('已清除全部数据')).toBeVisible()

  await page
    .getByTestId('restore-input')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup })
  const confirm = page.getByRole('dialog').filter({ hasText: '31 个指标' })
  await expect(confirm).toBeVisible()
  await confirm.getByRole('button', { name: '确定' }).click()
  await expect(page.getByText('已从备份恢复')).toBeVisible()
  await page.getByTestId('nav-overview').click()
  await expect(page.getByTestId('indicator-count')).toContainText('31')
  await expect(page.getByTestId('spent-total')).toContainText('560')
})
