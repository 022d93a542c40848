import { describe, expect, it } from 'vitest'
import { formScoreGap, formTotal } from '@/domain/engine/formScore'

describe("表内得分 against the app's score", () => {
  it("the gap is the form's score less the app's, to two decimals, and null without either", () => {
    expect(formScoreGap(10, 8)).toBe(2)
    expect(formScoreGap(7.5, 8.333333)).toBe(-0.83)
    expect(formScoreGap(8, 8)).toBe(0)
    expect(formScoreGap(undefined, 8)).toBeNull()
    expect(formScoreGap(null, 8)).toBeNull()
    expect(formScoreGap(9, null)).toBeNull()
  })

  it("the form's total is the sum of every indicator's and the budget's, only when every indicator has one", () => {
    expect(formTotal([10, 10, 8.5], 9)).toBe(37.5)
    expect(formTotal([10, 10.005], undefined)).toBe(20.01)
    expect(formTotal([10, undefined], 9)).toBeNull()
    expect(formTotal([], 9)).toBeNull()
  })
})
