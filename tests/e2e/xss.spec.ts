import { expect, open, test } from './fixtures'

/** Each payload sets a global flag and opens a dialog if it ever runs. */
const P1 = '<img src=x onerror="window.__pwned=1;alert(1)">'
const P2 = '<script>window.__pwned=2;alert(2)</script>'
const P3 = '"><svg onload="window.__pwned=3;alert(3)">'
const UNIT = `恶意局${P1}`
const SCOPE = `项目${P3}`

const file = (name: string, rows: string[][]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\n'), 'utf8'),
})

test('script payloads in every imported field never run, on any screen', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  await open(page, '#/import')
  await page.getByTestId('import-input').setInputFiles([
    file(`目标${P2}.csv`, [
      ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值'],
      ['2024', UNIT, '部门整体', '产出指标', '数量指标', `培训${P2}`, '≥4次'],
      ['2024', UNIT, SCOPE, '效益指标', `社会${P1}`, `就业${P3}`, `≥500人`],
      ['2024', UNIT, SCOPE, '效益指标', '可持续影响指标', `质量${P1}`, `作用明显${P2}`],
    ]),
    file('预算.csv', [
      ['年度', '单位', '类别', '预算项目', '全年预算数'],
      ['2024', UNIT, SCOPE, `项目${P2}`, '60'],
    ]),
    file(`实际${P1}.csv`, [
      ['年度', '单位', '类别', '三级指标', '季度', '实际值', '偏差原因', '改进措施'],
      ['2024', UNIT, '部门整体', `培训${P2}`, '2', '1次', `原因${P1}`, `措施${P3}`],
      ['2024', UNIT, SCOPE, `就业${P3}`, '2', '100人', `原因${P2}`, ''],
      ['2024', UNIT, SCOPE, `质量${P1}`, '2', '部分达成', `原因${P3}`, ''],
    ]),
    file('执行.csv', [
      ['年度', '单位', '类别', '预算项目', '季度', '执行数'],
      ['2024', UNIT, SCOPE, `项目${P2}`, '2', '20'],
    ]),
  ])
  await expect(page.getByTestId('import-errors')).toContainText('未发现问题')
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-done')).toBeVisible()

  const query = `?unit=${encodeURIComponent(UNIT)}&year=2024&q=2`
  for (const hash of ['#/', '#/indicators', '#/budget', '#/report', '#/import', '#/data']) {
    await open(page, hash + query)
    await expect(page.getByTestId('page-context')).toContainText(UNIT)
  }
  // The payloads are shown as text.
  await open(page, `#/indicators${query}`)
  await expect(page.getByTestId('indicator-table').first()).toContainText(`培训${P2}`)

  // Every drill-down, with its chart hovered so that tooltips render.
  const codes = await page
    .getByTestId('indicator-link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!))
  expect(codes).toHaveLength(3)
  for (const href of codes) {
    await page.goto(`./${href}`)
    await expect(page.getByTestId('indicator-facts')).toBeVisible()
    const chart = page.getByTestId('indicator-chart')
    if (await chart.count()) {
      const box = (await chart.boundingBox())!
      for (const x of [0.2, 0.4, 0.6, 0.8]) await page.mouse.move(box.x + box.width * x, box.y + box.height * 0.6)
    }
  }
  // Overview charts and the report, printed.
  await open(page, `#/${query}`)
  for (const chart of await page.getByTestId('level-scores').all()) {
    // Drawn once scrolled near; hovered once drawn, so that its tooltip renders.
    await chart.scrollIntoViewIfNeeded()
    await expect(chart).toHaveAttribute('data-drawn', 'true')
    const box = (await chart.boundingBox())!
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.4)
  }
  await open(page, `#/report${query}`)
  await page.getByRole('tab', { name: '绩效自评表' }).click()
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByTestId('print-sheet').first()).toBeVisible()
  await page.evaluate(() => (document.documentElement.dataset.print = 'brief'))
  await expect(page.getByTestId('brief-print')).toBeVisible()
  await page.emulateMedia({ media: 'screen' })

  expect(dialogs).toEqual([])
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
})
