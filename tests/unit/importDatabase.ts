import { afterEach, beforeEach } from 'vitest'
import { JixiaoDatabase } from '@/db/database'
import { ImportRepository } from '@/db/importRepository'
import { csv } from './fixtures'

/** The unit the repository tests import for. */
export const IMPORT_UNIT = '测试局'

/** Two indicators of one unit-year: a count and a level, the targets the repository tests start from. */
export const TWO_TARGETS_CSV = csv([
  ['年度', '单位', '类别', '一级指标', '二级指标', '三级指标', '指标值'],
  ['2024', IMPORT_UNIT, '部门整体', '产出指标', '数量指标', '培训次数', '≥4次'],
  ['2024', IMPORT_UNIT, '部门整体', '效益指标', '社会效益指标', '带动就业人数', '≥500人'],
])

let opened = 0

/** Gives each test a database of its own (and its import repository), deleted after the test. */
export function useImportDatabase(prefix: string, take: (db: JixiaoDatabase, repo: ImportRepository) => void): void {
  let db: JixiaoDatabase | undefined
  beforeEach(async () => {
    db = new JixiaoDatabase(`${prefix}-${++opened}`)
    await db.open()
    take(db, new ImportRepository(db))
  })
  afterEach(() => db?.delete())
}
