import { describe, expect, it } from 'vitest'
import en from '@/i18n/locales/en'
import { NOTICE_TEXT, noticeOf, PROBLEM_TEXT, problemOf, type ProblemCode } from '@/io/problemText'

/** The parameters a problem's Chinese sentence reads. */
function paramsRead(code: ProblemCode): Set<string> {
  const read = new Set<string>()
  const spy = new Proxy({}, { get: (_t, name) => (read.add(String(name)), '1') })
  PROBLEM_TEXT[code](spy as Record<string, string>)
  return read
}

describe('the importer’s problems', () => {
  const codes = Object.keys(PROBLEM_TEXT) as ProblemCode[]

  it('each have an English sentence that uses only the parameters the Chinese one is given', () => {
    for (const code of codes) {
      const sentence = (en.problems as Record<string, unknown>)[code]
      expect(typeof sentence, code).toBe('string')
      const placeholders = [...(sentence as string).matchAll(/\{(\w+)\}/g)].map((m) => m[1])
      for (const name of placeholders) expect(paramsRead(code), `${code}: {${name}}`).toContain(name)
    }
  })

  it('and the notices each have an English sentence with the parameters the Chinese one is given', () => {
    for (const [code, say] of Object.entries(NOTICE_TEXT)) {
      const read = new Set<string>()
      say(new Proxy({}, { get: (_t, name) => (read.add(String(name)), '1') }) as Record<string, string>)
      const sentence = (en.notices as Record<string, string>)[code]!
      for (const [, name] of sentence.matchAll(/\{(\w+)\}/g)) expect(read, `${code}: {${name}}`).toContain(name)
    }
    expect(noticeOf('unreported', { n: 2, kind: 'spending' }, 's.csv')).toEqual({
      text: 's.csv：2 行未填写执行数，视为未填报，不导入',
      code: 'unreported',
      params: { n: 2, kind: 'spending' },
      file: 's.csv',
    })
  })

  it('keep their Chinese sentence and carry their code and parameters', () => {
    expect(problemOf('cellTooLong', { max: 10000 })).toEqual({
      expected: '单元格超过 10000 个字符，可能是引号未配对',
      code: 'cellTooLong',
      params: { max: 10000 },
    })
    expect(problemOf('duplicate', { firstLine: 3, firstFile: '', parts: 'actual' }).expected).toBe(
      '与第3行重复（指标和报告期相同）',
    )
    expect(problemOf('duplicate', { firstLine: 3, firstFile: 'a.csv', parts: 'target' }).expected).toBe(
      '与a.csv 第3行重复（年度、单位、类别、三级指标相同）',
    )
    expect(problemOf('actualUnitMismatch', { unit: '人', targetUnit: '' }).expected).toBe(
      "的单位 '人' 与指标值的单位 无单位 不一致",
    )
  })
})
