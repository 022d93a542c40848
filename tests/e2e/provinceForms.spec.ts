import { expect, open, SEED_QUERY, test } from './fixtures'
import { PROVINCE_UNITS, provinceForms } from '../unit/forms/provinceFixture'

const xlsx = (name: string, bytes: Uint8Array) => ({
  name,
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  buffer: Buffer.from(bytes),
})

const DEADLINE_SAYS = '应为完成日期（如 2024-11-30）、完成月份（如 7月、2024-07）或 已完成、未完成'

test('nine forms as provinces print them, one with a real problem: the eight ready import in one click, the ninth stays listed with its cell, and undo takes the import back whole', async ({
  page,
}) => {
  await open(page, `#/import${SEED_QUERY}`)
  await page.getByTestId('import-input').setInputFiles(xlsx('省份样式.xlsx', provinceForms()))

  const states = page.getByTestId('import-form-state')
  await expect(states).toHaveCount(9)
  await expect(page.locator('[data-testid=import-form-state][data-state=ready]')).toHaveCount(8)
  const bad = page.locator('[data-testid=import-form-state][data-state=problems]')
  await expect(bad).toHaveCount(1)
  await expect(bad).toContainText('疫苗接种')
  await expect(bad).toContainText('卫健委!F28')
  // The deadline's refusal says what a deadline accepts, months included.
  await expect(page.getByTestId('import-errors')).toContainText(`'基本完成' ${DEADLINE_SAYS}`)
  await expect(page.getByTestId('import-commit')).toBeDisabled()
  const ready = page.getByTestId('import-commit-ready')
  await expect(ready).toHaveText('导入无问题的表（8 张）')
  await ready.click()

  await expect(page.getByTestId('import-done')).toContainText('新增 50 条')
  const held = page.getByTestId('import-held')
  await expect(held.getByTestId('import-form-state')).toHaveCount(1)
  await expect(held).toContainText('疫苗接种')
  await expect(held).toContainText('卫健委!F28')
  const history = page.getByTestId('import-history')
  await expect(history).toContainText('表8 家庭医生签约服务 · 预算执行')
  await expect(history).not.toContainText('疫苗接种')

  // The three units written are there.
  await open(page, `#/units?year=2024`)
  for (const unit of PROVINCE_UNITS) await expect(page.getByTestId('unit-row').filter({ hasText: unit })).toHaveCount(1)

  await open(page, `#/import${SEED_QUERY}`)
  await page.getByTestId('import-undo').first().click()
  await page.getByTestId('undo-confirm').click()
  await expect(page.getByText(/已撤销：.*表1 高标准农田建设 · 绩效目标/)).toBeVisible()
  // One batch per part of the eight forms: three 申报表 of 2 parts, three 监控表 and two 自评表 of 4.
  await expect(page.getByTestId('import-undone')).toHaveCount(26)
  await open(page, `#/units?year=2024`)
  await expect(page.getByTestId('unit-row').first()).toBeVisible()
  for (const unit of PROVINCE_UNITS) await expect(page.getByTestId('unit-row').filter({ hasText: unit })).toHaveCount(0)
})
