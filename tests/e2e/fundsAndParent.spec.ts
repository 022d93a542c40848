import { expect, open, SEED_QUERY, test, UNIT } from './fixtures'
import { selfEvaluation, workbook } from '../unit/forms/formFixtures'

const GOV = '九江市柴桑区人民政府'

/** The fixture's 自评表 under another 主管部门, its 年度资金总额 60 told by source: 40, 15 and 5. */
function selfEvaluationWithSources(): Uint8Array {
  const form = selfEvaluation()
  const rows = form.rows.map((row) => [...row])
  rows[3]![2] = GOV
  const amounts: [number, number, number][] = [
    [40, 40, 36],
    [15, 15, 13],
    [5, 5, 5],
  ]
  amounts.forEach(([initial, budget, spent], i) => {
    const row = rows[6 + i]!
    ;[row[2], row[3], row[4]] = [initial, budget, spent]
  })
  return workbook([{ ...form, rows }])
}

test('a 自评表 with funds by source and a 主管部门: the budget screen shows the money by source, the units page the 主管部门', async ({
  page,
}) => {
  await open(page, `#/import${SEED_QUERY}`)
  await page.getByTestId('import-input').setInputFiles({
    name: '自评表.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(selfEvaluationWithSources()),
  })
  const form = page.getByTestId('import-form')
  await expect(form).toContainText('指标 5 项，预算项目 4 项，完成值 5 条，执行数 4 条')
  await form.getByText('读取位置').click()
  await expect(form).toContainText(GOV)
  await expect(page.getByTestId('import-errors')).toContainText('未发现问题')
  // The sample's unit-year had no 主管部门: the review says it is now recorded.
  await expect(page.getByTestId('import-notices')).toContainText(`2024年 ${UNIT} 的主管部门记为“${GOV}”`)
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-done')).toBeVisible()

  await open(page, `#/budget?unit=${encodeURIComponent(UNIT)}&year=2024&q=4`)
  const sources = page.getByTestId('budget-source')
  await expect(sources.locator('tbody tr')).toHaveCount(3)
  await expect(sources).toContainText('财政拨款')
  await expect(sources).toContainText('上年结转')
  await expect(sources).toContainText('其他资金')
  await expect(page.getByTestId('budget-by-source')).toContainText('按资金来源')
  // The unit's budget is still its 部门整体 经费 lines: the sources add nothing to it.
  await expect(page.getByTestId('budget-fund').locator('tbody tr')).toHaveCount(4)

  await open(page, '#/units?year=2024')
  const row = page.getByTestId('unit-row').filter({ hasText: UNIT })
  await expect(row.getByTestId('unit-parent')).toHaveText(`主管部门：${GOV}`)
  await page.getByRole('textbox', { name: '搜索单位或主管部门' }).fill('人民政府')
  await expect(page.getByTestId('unit-row')).toHaveCount(1)
})
