import { expect, open, SEED_QUERY, test } from './fixtures'
import { allowFailedFetches, folder, reopen, sha } from './publishedFolder'

const U = '测试发布局'
const TARGETS = [
  '年度,单位,类别,一级指标,二级指标,三级指标,指标值',
  `2024,${U},部门整体,产出指标,数量指标,培训次数,≥4次`,
  `2024,${U},部门整体,效益指标,社会效益指标,服务人次,≥100人`,
].join('\n')
const actuals = (q3: string) =>
  [
    '年度,单位,类别,三级指标,季度,实际值',
    `2024,${U},部门整体,培训次数,3,${q3}`,
    `2024,${U},部门整体,服务人次,3,80人`,
  ].join('\n')
test('a published folder: first open imports it, a changed file is imported again and an unchanged one not, a tampered file is refused, a stopped server leaves the stored data', async ({
  page,
  guard,
}) => {
  const server = folder(page)
  server.files.set('2024/targets.csv', TARGETS)
  server.files.set('2024/actuals.csv', actuals('3次'))
  await server.start()

  await open(page, `#/?source=${encodeURIComponent('published/')}`)
  const status = page.getByTestId('published-status')
  await expect(status).toContainText('published/')
  await expect(status).toContainText('本次导入了 2 个有变化的文件')
  await open(page, `#/import`)
  const history = page.getByTestId('import-history')
  await expect(history).toContainText('发布数据')
  await expect(history.locator('tbody tr').filter({ hasText: '发布数据' })).toHaveCount(1)

  // The actuals change: only they are fetched and imported again, at the next opening.
  server.files.set('2024/actuals.csv', actuals('4次'))
  await reopen(page, `#/?unit=${encodeURIComponent(U)}&year=2024&q=3`)
  await expect(page.getByTestId('published-status')).toContainText('本次导入了 1 个有变化的文件')
  expect(server.fetched.get('2024/targets.csv')).toBe(1)
  expect(server.fetched.get('2024/actuals.csv')).toBe(2)
  await expect(page.getByTestId('reported-count')).toContainText('2 / 2')

  // A file whose bytes do not match the manifest's hash: nothing written, and the reason said.
  server.files.set('2024/actuals.csv', actuals('9次'))
  server.hashes.set('2024/actuals.csv', sha(actuals('5次')))
  await open(page, '#/data')
  await page.getByTestId('published-sync').click()
  await expect(page.getByTestId('published-error')).toContainText('2024/actuals.csv 的内容与清单中的 SHA-256 不符')
  await open(page, `#/import`)
  await expect(page.getByTestId('import-history').locator('tbody tr').filter({ hasText: '发布数据' })).toHaveCount(2)

  // The server stopped: the stored data is shown, and the page says the source cannot be reached.
  server.stop()
  await reopen(page, `#/?unit=${encodeURIComponent(U)}&year=2024&q=3`)
  await expect(page.getByTestId('published-error')).toContainText('数据来源无法访问')
  await expect(page.getByTestId('reported-count')).toContainText('2 / 2')
  allowFailedFetches(guard)
})

test('a source link pasted into a tab where the app is already open is followed once, without a reload', async ({
  page,
}) => {
  const server = folder(page)
  server.files.set('2024/targets.csv', TARGETS)
  server.files.set('2024/actuals.csv', actuals('3次'))
  await server.start()
  await open(page, `#/${SEED_QUERY}`)
  await expect(page.getByTestId('published-status')).toHaveCount(0)
  await page.evaluate(() => Object.assign(window, { stillOpen: true }))

  // Pasting changes only the hash, as this does.
  const paste = (hash: string) => page.evaluate((next) => (location.hash = next), hash)
  await paste(`#/?source=${encodeURIComponent('published/')}`)
  await expect(page.getByTestId('published-status')).toContainText('本次导入了 2 个有变化的文件')
  expect(await page.evaluate(() => (window as unknown as { stillOpen?: boolean }).stillOpen)).toBe(true)
  // The link stays in the address, as when the app opens with it.
  await expect(page).toHaveURL(/[?&]source=published(%2F|\/)/)
  expect(server.fetched.get('jixiao-manifest.json')).toBe(1)

  // The folder's unit on screen, the link kept in the query: nothing is fetched again.
  await paste(`#/?source=${encodeURIComponent('published/')}&unit=${encodeURIComponent(U)}&year=2024&q=3`)
  await expect(page.getByTestId('reported-count')).toContainText('2 / 2')
  await paste('#/import')
  const history = page.getByTestId('import-history')
  await expect(history.locator('tbody tr').filter({ hasText: '发布数据' })).toHaveCount(1)
  expect(server.fetched.get('jixiao-manifest.json')).toBe(1)
  expect(await page.evaluate(() => (window as unknown as { stillOpen?: boolean }).stillOpen)).toBe(true)
})

test('a bad manifest, a missing file and another origin are refused with a clear message and nothing written', async ({
  page,
  guard,
}) => {
  test.setTimeout(60_000)
  await page.route('**/bad/jixiao-manifest.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: '{"version":1,"files":[{"path":"../x.csv","sha256":"00"}]}',
    }),
  )
  await page.route('**/gone/jixiao-manifest.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ version: 1, files: [{ path: 'a.csv', sha256: 'a'.repeat(64) }] }),
    }),
  )
  await page.route('**/gone/a.csv', (route) => route.fulfill({ status: 404, body: '' }))
  await page.route('**/big/jixiao-manifest.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ version: 1, files: [{ path: 'big.csv', sha256: 'b'.repeat(64) }] }),
    }),
  )
  await page.route('**/big/big.csv', (route) =>
    route.fulfill({ contentType: 'text/csv', body: Buffer.alloc(51 * 1024 * 1024, 0x41) }),
  )
  await open(page, '#/data')
  const source = page.getByTestId('published-source')
  for (const [folderPath, message] of [
    ['bad/', '清单第 1 项的 path 无效'],
    ['gone/', 'a.csv 无法下载（HTTP 404）：未写入任何数据'],
    ['big/', 'big.csv 超过 50 MB 上限：未写入任何数据'],
    ['https://example.com/data/', '数据来源须与本应用同源'],
  ] as const) {
    await source.fill(folderPath)
    await page.getByTestId('published-set').click()
    // Playwright hands the page the 51 MB body itself: on a loaded machine that alone takes seconds.
    // Each folder added stays listed with its own status.
    const row = page.getByTestId('published-folder').filter({ hasText: folderPath })
    await expect(row.getByTestId('published-error')).toContainText(message, {
      timeout: folderPath === 'big/' ? 30_000 : 5_000,
    })
  }
  await open(page, '#/import')
  await expect(page.getByTestId('import-history').locator('tbody tr').filter({ hasText: '发布数据' })).toHaveCount(0)
  allowFailedFetches(guard)
})

test('rules a bureau publishes with its data are put in force as a line of the trail, once', async ({ page }) => {
  const server = folder(page)
  server.files.set('2024/targets.csv', TARGETS)
  const values = {
    gradeYou: 85,
    gradeLiang: 75,
    gradeZhong: 60,
    paceBlue: 1.2,
    paceGreen: 0.8,
    paceYellow: 0.7,
    ceilingYellow: 1.1,
    levelYellow: 0.9,
    qualitativeGreen: 0.8,
    qualitativeYellow: 0.6,
    yearEndYellow: 0.8,
    redShare: 0.5,
    minScoredShare: 0.5,
  }
  server.publishRules({ name: '江西省', values })
  await server.start()
  await open(page, `#/?source=${encodeURIComponent('published/')}`)
  await expect(page.getByTestId('published-status')).toContainText('本次导入了 1 个有变化的文件')
  await open(page, `#/data`)
  await expect(page.getByTestId('rules-in-force')).toHaveText('江西省')
  await expect(page.locator('input[name=pace-yellow]')).toHaveValue('0.7')
  await reopen(page, `#/import`)
  await expect(page.getByTestId('import-history').locator('tr', { hasText: '财政部默认 → 江西省' })).toHaveCount(1)
})

test('a published folder’s 整改事项 file brings a budget line’s item: on the 整改 page and beside the line on #/budget', async ({
  page,
}) => {
  const server = folder(page)
  server.files.set('2024/targets.csv', TARGETS)
  server.files.set(
    '2024/budget.csv',
    ['年度,单位,类别,预算项目,全年预算数', `2024,${U},部门整体,公用经费,100`].join('\n'),
  )
  server.files.set(
    '2024/spending.csv',
    ['年度,单位,类别,预算项目,季度,执行数', `2024,${U},部门整体,公用经费,3,20`].join('\n'),
  )
  // The results export's 整改 file, as `npm run publish` copies it.
  server.files.set(
    '2024/整改事项-20241020.csv',
    [
      '年度,单位,类别,对象,名称,报告期,灯,问题,整改措施,责任人,完成时限,状态,状态日期,状态说明,逾期天数,整改结果,状态变化',
      `2024,${U},部门整体,预算执行,公用经费,第3季度,红灯,执行偏慢,加快支付进度,赵六,2024-12-15,整改中,2024-10-20,,0,,未开始 2024-10-10；整改中 2024-10-20`,
    ].join('\n'),
  )
  await server.start()
  await open(page, `#/?source=${encodeURIComponent('published/')}`)
  await expect(page.getByTestId('published-status')).toContainText('本次导入了 4 个有变化的文件')

  await open(page, '#/rectify?year=2024')
  const row = page.getByTestId('rectify-row')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('公用经费')
  await expect(row).toContainText('加快支付进度')
  await expect(row).toContainText('赵六')
  await expect(row.getByTestId('rectify-state')).toHaveText('整改中')

  await open(page, `#/budget?unit=${encodeURIComponent(U)}&year=2024&q=3`)
  await expect(page.getByTestId('rectify-line-count')).toHaveText('整改 1 项')
})
