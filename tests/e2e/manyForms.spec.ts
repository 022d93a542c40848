import { expect, open, SEED_QUERY, test } from './fixtures'
import { NINE_UNITS, nineForms } from '../unit/forms/manyFormsFixture'

const xlsx = (name: string, bytes: Uint8Array) => ({
  name,
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  buffer: Buffer.from(bytes),
})

test('a workbook of nine forms, one with a problem: the eight ready import in one click, the ninth stays listed with its cell, and undo takes the import back whole', async ({
  page,
}) => {
  await open(page, `#/import${SEED_QUERY}`)
  await page.getByTestId('import-input').setInputFiles(xlsx('九张表.xlsx', nineForms()))

  const states = page.getByTestId('import-form-state')
  await expect(states).toHaveCount(9)
  await expect(page.locator('[data-testid=import-form-state][data-state=ready]')).toHaveCount(8)
  const bad = page.locator('[data-testid=import-form-state][data-state=problems]')
  await expect(bad).toHaveCount(1)
  await expect(bad).toContainText('项目9')
  await expect(bad).toContainText('丙局!D56')
  await expect(page.getByTestId('import-errors')).toContainText('丙局!D56')
  // The plain commit waits for every problem; the ready forms need not.
  await expect(page.getByTestId('import-commit')).toBeDisabled()
  const ready = page.getByTestId('import-commit-ready')
  await expect(ready).toHaveText('导入无问题的表（8 张）')
  await ready.click()

  await expect(page.getByTestId('import-done')).toContainText('新增 136 条')
  // The form with a problem stays listed, with its cell, to fix and import later.
  const held = page.getByTestId('import-held')
  await expect(held.getByTestId('import-form-state')).toHaveCount(1)
  await expect(held).toContainText('项目9')
  await expect(held).toContainText('丙局!D56')
  const history = page.getByTestId('import-history')
  await expect(history).toContainText('表8 项目8 · 预算')
  await expect(history).not.toContainText('项目9')

  // The units written are there; undo of the latest line takes the whole import back.
  await open(page, `#/units?year=2024`)
  for (const unit of NINE_UNITS) await expect(page.getByTestId('unit-row').filter({ hasText: unit })).toHaveCount(1)
  await open(page, `#/import${SEED_QUERY}`)
  await page.getByTestId('import-undo').first().click()
  await page.getByTestId('undo-confirm').click()
  await expect(page.getByText(/已撤销：.*表1 项目1 · 绩效目标/)).toBeVisible()
  await expect(page.getByTestId('import-undone')).toHaveCount(16)
  await open(page, `#/units?year=2024`)
  await expect(page.getByTestId('unit-row').first()).toBeVisible()
  for (const unit of NINE_UNITS) await expect(page.getByTestId('unit-row').filter({ hasText: unit })).toHaveCount(0)
})
