import { chineseOutsideUserData, layoutProblems, ROUTE_HASHES } from './layout'
import { drawCharts, expect, open, SEED_QUERY, test, UNIT } from './fixtures'

/** Every route, the drill-down of a numeric indicator included, once its content has drawn. */
async function visitAll(page: Parameters<typeof open>[0], check: (route: string) => Promise<void>): Promise<void> {
  for (const hash of ROUTE_HASHES) {
    await open(page, hash + SEED_QUERY)
    await settle(page)
    await check(hash)
  }
  await open(page, `#/indicators${SEED_QUERY}`)
  await page.getByTestId('indicator-link').nth(1).click()
  await expect(page.getByTestId('indicator-facts')).toBeVisible()
  await settle(page)
  await check('#/indicator')
}

/** Waits for every chart on the page, those below the fold included, to have drawn its current option. */
async function settle(page: Parameters<typeof open>[0]): Promise<void> {
  await drawCharts(page)
  await page.waitForTimeout(150)
}

test.describe('on a 390-px phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('no route scrolls sideways outside a table with a cue, and no chart label overlaps another or a button', async ({
    page,
  }) => {
    await visitAll(page, async (route) => expect(await layoutProblems(page), route).toEqual([]))
  })

  test('at the first quarter and at the year end, the charts’ labels still stand apart', async ({ page }) => {
    for (const q of [1, 4]) {
      for (const hash of ['#/', '#/budget']) {
        await open(page, `${hash}?unit=${encodeURIComponent(UNIT)}&year=2024&q=${q}`)
        await settle(page)
        expect(await layoutProblems(page), `${hash} at Q${q}`).toEqual([])
      }
    }
  })

  test('the first screen of the overview shows the score and the 双监控 light', async ({ page }) => {
    await open(page, `#/${SEED_QUERY}`)
    for (const id of ['scope-total', 'scope-overall']) {
      const box = await page.getByTestId(id).first().boundingBox()
      expect(box, id).not.toBeNull()
      expect(box!.y + box!.height, `${id} above the fold`).toBeLessThanOrEqual(844)
    }
  })

  test('the check fails on a page that scrolls sideways', async ({ page }) => {
    await open(page, `#/${SEED_QUERY}`)
    await page.evaluate(() => {
      const wide = document.createElement('div')
      wide.style.width = '900px'
      wide.textContent = 'wide'
      document.querySelector('main')?.append(wide)
    })
    expect((await layoutProblems(page)).join()).toContain('scrolls sideways')
  })
})

test.describe('in English', () => {
  test.beforeEach(async ({ page }) => {
    await open(page, `#/data${SEED_QUERY}`)
    await page.getByTestId('language-switch').first().getByText('English').click()
    await expect(page.getByTestId('page-title')).toHaveText('Data')
  })

  test('no route shows a Chinese character outside the user’s own data', async ({ page }) => {
    await visitAll(page, async (route) => expect(await chineseOutsideUserData(page), route).toEqual([]))
  })

  test('statuses, the score explanation and the target in words are English', async ({ page }) => {
    await open(page, `#/indicators${SEED_QUERY}`)
    await expect(page.getByTestId('indicator-table').first()).toContainText('Off track')
    await expect(page.getByTestId('indicator-table').first()).toContainText('Projected achievement')
    await page.getByRole('link', { name: '2024年实现内资进资额' }).click()
    await expect(page.getByTestId('indicator-formula')).toHaveText(
      'weight 4.55 × min(projected achievement 69.3%, 1) = 4.55 × 69.3% = 3.15',
    )
    await expect(page.getByTestId('indicator-words')).toHaveText('at least 100亿元 · higher is better · running total')
  })

  test('the check fails on Chinese text that is not the user’s', async ({ page }) => {
    await open(page, `#/${SEED_QUERY}`)
    await page.evaluate(() => {
      const stray = document.createElement('p')
      stray.textContent = '预警'
      document.querySelector('main')?.append(stray)
    })
    expect(await chineseOutsideUserData(page)).toContain('预警')
  })
})

test.describe('an import’s problems in English', () => {
  test('say what is wrong in English, quoting what the user wrote', async ({ page }) => {
    await open(page, `#/data${SEED_QUERY}`)
    await page.getByTestId('language-switch').first().getByText('English').click()
    await open(page, `#/import${SEED_QUERY}`)
    const actuals = [
      '年度,单位,类别,三级指标,季度,实际值,填报人',
      `24,${UNIT},部门整体,带动就业人数,3,400人`,
      `2024,${UNIT},部门整体,不存在的指标,3,5个`,
      `2024,${UNIT},部门整体,带动就业人数,3,四百`,
    ].join('\n')
    await page
      .getByTestId('import-input')
      .setInputFiles({ name: 'q3.csv', mimeType: 'text/csv', buffer: Buffer.from(actuals, 'utf8') })
    const errors = page.getByTestId('import-errors')
    await expect(errors).toContainText('should be a four-digit year, such as 2024')
    await expect(errors).toContainText(
      `no such indicator (2024 ${UNIT} 部门整体): import the targets first, or together`,
    )
    await expect(errors).toContainText('is not a number')
    await expect(errors).not.toContainText('不是数字')
    await expect(page.getByTestId('import-notices')).toContainText(
      'q3.csv: columns that belong to no Actuals file were ignored: 填报人',
    )
  })
})
