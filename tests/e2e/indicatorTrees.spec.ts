import { expect, open, SEED_QUERY, test } from './fixtures'
import { workbook, type FormSheet } from '../unit/forms/formFixtures'

const UNIT = '框架测试局'

/** A 部门整体 自评表 on the 部门整体 framework, with no 二级 column; 履职效能's second line has no 分值. */
function frameworkSelfEvaluation(): FormSheet {
  return {
    name: '自评表',
    rows: [
      ['2024年度部门整体支出绩效自评表', null, null, null, null, null],
      ['部门（单位）名称', UNIT, null, null, null, null],
      ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['运行成本', '公用经费支出', '50', '50', 30, 30],
      ['履职效能', '完成重点工作数', '≥10项', '8项', 60, 48],
      ['履职效能', '完成专项检查次数', '≥10次', '10次', null, null],
      ['满意度', '群众满意度', '≥90%', '90%', 10, 10],
    ],
    merges: ['A1:F1', 'B2:F2', 'A5:A6'],
  }
}

test('a 部门整体 framework 自评表 with no 二级 imports, is told of its unweighted line, and shows only its levels', async ({
  page,
}) => {
  await open(page, `#/import${SEED_QUERY}`)
  await page.getByTestId('import-input').setInputFiles({
    name: '框架自评表.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(workbook([frameworkSelfEvaluation()])),
  })
  await expect(page.getByTestId('import-form')).toHaveCount(1)
  await expect(page.getByTestId('import-errors')).toContainText('未发现问题')
  await expect(page.getByTestId('import-notices')).toContainText(
    '一级指标“履职效能”下 1 项指标没有分值，该一级指标也没有默认权重，这些指标不参与计分',
  )
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-done')).toBeVisible()

  const query = `?unit=${encodeURIComponent(UNIT)}&year=2024&q=4`
  // The indicators hang under their 一级 directly: no 二级 row, no blank row.
  await open(page, `#/indicators${query}`)
  const table = page.getByTestId('indicator-table')
  await expect(table.locator('strong.level1')).toHaveText(['运行成本', '履职效能', '满意度指标'])
  await expect(table.locator('strong.level2')).toHaveCount(0)
  await expect(table.getByTestId('indicator-link')).toHaveText([
    '公用经费支出',
    '完成重点工作数',
    '完成专项检查次数',
    '群众满意度',
  ])

  // The 自评表 has a 一级 column and no 二级 column; the form's 分值 score 30 + 48 + 10 of 100.
  await open(page, `#/report${query}`)
  await page.getByRole('tab', { name: '绩效自评表' }).click()
  const form = page.getByTestId('self-evaluation').first()
  const headers = form.locator('tbody.indicators tr.header-row th')
  await expect(headers.first()).toHaveText('一级指标')
  await expect(headers.nth(1)).toHaveText('三级指标')
  await expect(headers.nth(1)).toHaveAttribute('colspan', '2')
  await expect(form.locator('tbody.indicators')).not.toContainText('二级指标')
})
