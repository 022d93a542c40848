import AxeBuilder from '@axe-core/playwright'
import { expect, open, SEED_QUERY, test, UNIT } from './fixtures'
import { DUPLICATE_UNIT, GIVEN_UNIT, choicesWorkbook } from '../unit/forms/choicesFixture'

const xlsx = (name: string, bytes: Uint8Array) => ({
  name,
  mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  buffer: Buffer.from(bytes),
})

test('a form with no unit is given one, one of two duplicate forms is chosen, all imports in one click, and undo takes it back whole', async ({
  page,
}) => {
  await open(page, `#/import${SEED_QUERY}`)
  await page.getByTestId('import-input').setInputFiles(xlsx('两类.xlsx', choicesWorkbook()))

  const state = (name: string) => page.locator(`[data-testid=import-form-state][data-state=${name}]`)
  await expect(page.getByTestId('import-form-state')).toHaveCount(3)
  await expect(state('needsUnit')).toHaveCount(1)
  await expect(state('needsUnit')).toContainText('项目0')
  await expect(state('duplicate')).toHaveCount(2)
  await expect(state('duplicate').first()).toContainText('甲局!A24')
  const pair = page.getByTestId('import-duplicate')
  await expect(pair).toContainText(`绩效目标申报表 · 2024 · ${DUPLICATE_UNIT} · 项目1`)
  await expect(pair).toContainText('内容不同')
  // Both choices are reachable and named for a screen reader: no serious axe violation.
  await page.emulateMedia({ reducedMotion: 'reduce' })
  const { violations } = await new AxeBuilder({ page })
    .include('[data-testid=import-form-states]')
    .include('[data-testid=import-duplicate]')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
  // Nothing can be imported yet: neither the whole nor a ready form.
  await expect(page.getByTestId('import-commit')).toBeDisabled()
  await expect(page.getByTestId('import-commit-ready')).toHaveCount(0)

  // The unit, by keyboard: typed, then confirmed with Enter. The stored units and the import's are offered.
  const unit = page.getByLabel('单位名称')
  for (const offered of [UNIT, DUPLICATE_UNIT])
    await expect(page.locator(`datalist option[value="${offered}"]`)).toHaveCount(1)
  await unit.fill(GIVEN_UNIT)
  await expect(page.getByTestId('import-form-unit')).toHaveValue(GIVEN_UNIT)
  await expect(page.getByTestId('import-form-unit-apply')).toBeEnabled()
  await unit.press('Enter')
  await expect(state('needsUnit')).toHaveCount(0)
  const given = page.locator('[data-testid=import-form-state][data-state=ready]')
  await expect(given).toHaveCount(1)
  await expect(given).toContainText('项目0')
  await expect(given).toContainText('将写入 17 条')
  // The unit given stays on the form, to be changed if mistyped.
  await expect(given.getByTestId('import-form-unit')).toHaveValue(GIVEN_UNIT)
  // The pair still waits: only the ready form could be imported now.
  await expect(page.getByTestId('import-commit')).toBeDisabled()
  await expect(page.getByTestId('import-commit-ready')).toHaveText('导入无问题的表（1 张）')

  // The second of the pair is chosen: the first is skipped by that choice.
  await pair.getByTestId('import-duplicate-option').filter({ hasText: '甲局!A24' }).click()
  await expect(state('duplicate')).toHaveCount(0)
  await expect(state('skipped')).toHaveCount(1)
  await expect(state('skipped')).toContainText('按选择不导入')
  await expect(state('ready')).toHaveCount(2)

  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-done')).toContainText('新增 34 条')
  const history = page.getByTestId('import-history')
  await expect(history).toContainText(`表1 项目0 · 绩效目标（单位由导入者填写：${GIVEN_UNIT}）`)
  await expect(history).toContainText('表3 项目1 · 绩效目标')
  await expect(history).not.toContainText('表2 项目1')

  await open(page, `#/units?year=2024`)
  for (const name of [GIVEN_UNIT, DUPLICATE_UNIT])
    await expect(page.getByTestId('unit-row').filter({ hasText: name })).toHaveCount(1)
  await open(page, `#/import${SEED_QUERY}`)
  await page.getByTestId('import-undo').first().click()
  await page.getByTestId('undo-confirm').click()
  await expect(page.getByTestId('import-undone')).toHaveCount(4)
  await open(page, `#/units?year=2024`)
  await expect(page.getByTestId('unit-row').first()).toBeVisible()
  for (const name of [GIVEN_UNIT, DUPLICATE_UNIT])
    await expect(page.getByTestId('unit-row').filter({ hasText: name })).toHaveCount(0)
})
