import { describe, expect, it } from 'vitest'
import { readImportFile } from '@/io/importFile'
import { rectifyForm } from './rectifyFormFixture'

describe('a 监控表 with 整改 columns', () => {
  it('reads 整改措施, 责任人, 完成时限 and 整改情况 beside the values, with the row’s 偏差原因', async () => {
    const read = await readImportFile(rectifyForm(), '监控表-整改.xlsx')
    expect(read.parts.flatMap((p) => p.problems)).toEqual([])
    expect(read.parts.map((p) => [p.kind, p.rectify ?? null])).toEqual([
      ['targets', null],
      [
        'actuals',
        [
          {
            line: 5,
            measure: '加大招商力度',
            owner: '王明',
            due: '2024年12月31日',
            state: '整改中',
            light: 'yellow',
            reason: '企业资金链紧张',
          },
        ],
      ],
    ])
  })
})
