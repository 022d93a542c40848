import { describe, expect, it } from 'vitest'
import { columnWidths } from '@/io/official/tableColumns'

const twenty = '一二三四五六七八九十一二三四五六七八九十'
const fourteen = '一二三四五六七八九十一二三四'

describe('the column widths of a report table', () => {
  it('keeps a short column its width and gives the long one the rest', () => {
    // At 10 pt: 20 characters 200 pt = 4000 twips + 230 margins = 4230; 值 10 pt → 200 + 230 = 430.
    // Four characters: 40 pt → 1030. First 1030 and 430; the 2540 left all to the name: 3570.
    expect(columnWidths(['名称', '值'], [[twenty, '1']], 4000, 10)).toEqual([3570, 430])
  })

  it('shares the rest between the columns that need more, by what they lack', () => {
    // 4230, 14 characters 140 pt → 3030, 430: first 1030, 1030, 430; the 1510 left by what they lack (3200, 2000):
    // 1030 + 1510 × 3200 / 5200 = 1959.23, 1030 + 1510 × 2000 / 5200 = 1610.77, rounded down; a twip to the widest.
    expect(columnWidths(['名称', '说明', '值'], [[twenty, fourteen, '1']], 4000, 10)).toEqual([1960, 1610, 430])
  })

  it('shares spare room by the widths when every text fits', () => {
    // 10000 − 4660 = 5340 spare: 4230 + 5340 × 4230 / 4660 = 9077.21, 430 + 5340 × 430 / 4660 = 922.75
    expect(columnWidths(['名称', '值'], [[twenty, '1']], 10000, 10)).toEqual([9078, 922])
  })

  it('counts the header as a text of its column, and a missing cell as empty', () => {
    // 年初预算数（万元） 9 characters = 90 pt → 2030; 二 10 pt → 430 (1 is 7 pt, 370); 7540 spare by 2030 : 430
    // = 8252.03, 1747.97 → 8252 + 1747 = 9999, one twip to the widest.
    expect(columnWidths(['年初预算数（万元）', '二'], [['1']], 10000, 10)).toEqual([8253, 1747])
  })

  it('gives every column room for four characters before any gets more', () => {
    // 三级指标 of 40 characters: 8230; 年度指标值 (its header, 50 pt): 1230; 完成率 with 50.0% (35 pt): 930.
    // First 1030, 1030, 930 (2990); 3500 leaves 510, by what they lack (7200, 200): 496.2 and 13.8.
    expect(columnWidths(['三级指标', '年度指标值', '完成率'], [[twenty + twenty, '≥4次', '50.0%']], 3500, 10)).toEqual([
      1527, 1043, 930,
    ])
  })

  it('narrows every column alike when not even four characters each fit', () => {
    // 1030 + 1030 into 1000: 500 each
    expect(columnWidths(['三级指标', '年度指标值'], [[twenty, '1']], 1000, 10)).toEqual([500, 500])
  })
})
