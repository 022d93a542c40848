import { describe, expect, it } from 'vitest'
import { decodeCsvBytes, detectDelimiter } from '@/io/encoding'

const utf8 = (text: string) => new TextEncoder().encode(text)
const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)))

describe("decoding a CSV file's bytes", () => {
  it('a workbook is known by all four of its first bytes, not one', () => {
    expect(decodeCsvBytes(bytes([0x50, 0x4b, 0x03, 0x04], 'x'))).toEqual({ ok: false, reason: 'workbook' })
    expect(decodeCsvBytes(bytes([0xd0, 0xcf, 0x11, 0xe0], 'x'))).toEqual({ ok: false, reason: 'workbook' })
    expect(decodeCsvBytes(utf8('P,Q\n1,2'))).toEqual({ ok: true, text: 'P,Q\n1,2', encoding: 'UTF-8' })
  })

  it('a BOM is its three bytes; a file that only starts like one is plain UTF-8', () => {
    expect(decodeCsvBytes(bytes([0xef, 0xbb, 0xbf]))).toEqual({ ok: true, text: '', encoding: 'UTF-8 (BOM)' })
    expect(decodeCsvBytes(bytes([0xef, 0xbb, 0xbf], '年度'))).toEqual({
      ok: true,
      text: '年度',
      encoding: 'UTF-8 (BOM)',
    })
    // ， is EF BC 8C, ⻀ E2 BB 80, 丿 E4 B8 BF: each shares one byte with the BOM.
    for (const text of ['，a', '⻀a', '丿a'])
      expect(decodeCsvBytes(utf8(text))).toEqual({ ok: true, text, encoding: 'UTF-8' })
    expect(decodeCsvBytes(bytes([0xef, 0xbb, 0xbf, 0xc4, 0xea]))).toEqual({ ok: false, reason: 'badUtf8' })
  })

  it('one NUL byte makes a file binary; control characters only past one in twenty', () => {
    const text = 'a'.repeat(99)
    expect(decodeCsvBytes(bytes(text, [0]))).toEqual({ ok: false, reason: 'binary' })
    expect(decodeCsvBytes(bytes('a'.repeat(95), [1, 1, 1, 1, 1]))).toMatchObject({ ok: true, encoding: 'UTF-8' })
    expect(decodeCsvBytes(bytes('a'.repeat(94), [1, 1, 1, 1, 1, 1]))).toEqual({ ok: false, reason: 'binary' })
  })

  it.each([
    ['tab', 0x09],
    ['line feed', 0x0a],
    ['carriage return', 0x0d],
    ['form feed', 0x0c],
    ['space', 0x20],
  ])('a %s is text, however many', (_, b) => {
    expect(decodeCsvBytes(bytes('a'.repeat(20), Array(10).fill(b)))).toMatchObject({ ok: true, encoding: 'UTF-8' })
  })
})

describe('the delimiter, from the header line', () => {
  it.each([
    ['a,b\nc\td\te\tf', ','],
    ['a;b,c;', ';'],
    ['a,b\nc;d;e', ','],
    ['a,b\r\nc;d;e', ','],
    ['"a;b;c",d', ','],
    ['a\tb;c', '\t'],
    ['a\tb;c;d', ';'],
    ['a\tb\tc,d;e', '\t'],
    ['a,b,c', ','],
  ])('%j is split by %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter)
  })
})
