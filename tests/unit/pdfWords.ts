import { execFileSync } from 'node:child_process'

/** A word poppler found on a page, with its box in points from the page's top left. */
export interface PdfWord {
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

/** A text block (poppler's grouping of lines that belong together, such as one cell). */
export interface PdfBlock {
  words: PdfWord[]
  /** Its words run together without spaces: a wrapped cell's text whole again. */
  text: string
}

export interface PdfPage {
  width: number
  height: number
  words: PdfWord[]
  blocks: PdfBlock[]
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')

const number = (tag: string, name: string) => Number(new RegExp(`${name}="([\\d.-]+)"`).exec(tag)?.[1])

/** The pages of a PDF with their words and blocks, as `pdftotext -bbox-layout` reads them. */
export function pdfPages(path: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 })
  return html
    .split('<page ')
    .slice(1)
    .map((page) => {
      const blocks = page
        .split('<block ')
        .slice(1)
        .map((block) => {
          const words = [...block.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map(([, tag, text]) => ({
            text: unescape(text!),
            xMin: number(tag!, 'xMin'),
            yMin: number(tag!, 'yMin'),
            xMax: number(tag!, 'xMax'),
            yMax: number(tag!, 'yMax'),
          }))
          return { words, text: words.map((w) => w.text).join('') }
        })
      return {
        width: number(page, 'width'),
        height: number(page, 'height'),
        words: blocks.flatMap((b) => b.words),
        blocks,
      }
    })
}

/**
 * The texts of a page's columns of left-aligned lines: words starting at the same x, top to
 * bottom, run together, so a cell's wrapped lines read as its text whole.
 */
export function columnTexts(page: PdfPage): string[] {
  const columns = new Map<number, PdfWord[]>()
  for (const word of page.words) {
    const x = Math.round(word.xMin)
    columns.set(x, [...(columns.get(x) ?? []), word])
  }
  return [...columns.values()].map((words) =>
    words
      .sort((a, b) => a.yMin - b.yMin)
      .map((w) => w.text)
      .join(''),
  )
}

/**
 * Pairs of words on a page drawn over each other: their boxes overlap across more than
 * `epsilon` points and down more than `share` of the shorter box (the boxes of a cell's
 * consecutive lines may touch by a point where the fonts of a line differ).
 */
export function overlappingWords(page: PdfPage, epsilon = 0.5, share = 0.25): [PdfWord, PdfWord][] {
  const words = [...page.words].sort((a, b) => a.yMin - b.yMin)
  const pairs: [PdfWord, PdfWord][] = []
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length && words[j]!.yMin < words[i]!.yMax; j++) {
      const [a, b] = [words[i]!, words[j]!]
      const x = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin)
      const y = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin)
      const shorter = Math.min(a.yMax - a.yMin, b.yMax - b.yMin)
      if (x > epsilon && y > share * shorter) pairs.push([a, b])
    }
  return pairs
}

/** Whether every character of a word is set full width in a CJK font (U+2E80 on, not half-width forms). */
const fullWidth = (text: string) => [...text].every((ch) => ch.codePointAt(0)! >= 0x2e80 && !/[\uff61-\uffdc]/.test(ch))

/**
 * The type size of the smallest words of full-width characters, in points: each such
 * character is one em wide in any CJK font, so a word's width over its length is its size.
 */
export function smallestTypeSize(pages: readonly PdfPage[]): { size: number; word: string } {
  let smallest = { size: Infinity, word: '' }
  for (const word of pages.flatMap((p) => p.words)) {
    const length = [...word.text].length
    if (length < 2 || !fullWidth(word.text)) continue
    const size = (word.xMax - word.xMin) / length
    if (size < smallest.size) smallest = { size, word: word.text }
  }
  return smallest
}
