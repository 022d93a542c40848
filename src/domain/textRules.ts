/**
 * What text may hold: characters no one types on purpose are dropped (control characters,
 * and the marks that turn text's direction, which show a name reversed), and each field
 * has a length. One set of rules for what is typed on the entry screen and for every import.
 */

/**
 * Control characters (but tab and line breaks), the direction marks and overrides
 * (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069), and the invisible
 * U+200B and U+FEFF, which make two equal-looking names differ.
 */
const UNWANTED =
  // eslint-disable-next-line no-control-regex -- control characters are what it finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu

/** Whether text holds any unwanted character: a quick test before cleaning a province's cells. */
export const hasUnwanted = (text: string): boolean => text.search(UNWANTED) >= 0

/** Longest 偏差原因 and 改进措施: a paragraph, which the brief and the forms print whole. */
export const NOTE_LIMIT = 500

/** Longest name (单位, 主管部门, 三级指标, 预算项目, a level): a form's name cell holds a line or two. */
export const NAME_LIMIT = 100

/** Longest 填报人: a person's name or two. */
export const REPORTER_LIMIT = 50

/** Text with the unwanted characters dropped, and how many there were. */
export function stripUnwanted(text: string): { text: string; removed: number } {
  let removed = 0
  const cleaned = text.replace(UNWANTED, () => {
    removed += 1
    return ''
  })
  return { text: cleaned, removed }
}

/** What a field's text became under the rules: cleaned, cut to `limit`, and what was done. */
export interface CleanText {
  text: string
  /** Characters dropped as unwanted. */
  removed: number
  /** Characters cut past the limit (0 when it fitted). */
  cut: number
}

/**
 * Text as a field keeps it: unwanted characters dropped, then cut to `limit` characters
 * (counted as the user sees them, so a character outside the BMP is one).
 */
export function cleanText(text: string, limit = Infinity): CleanText {
  const { text: stripped, removed } = stripUnwanted(text)
  const chars = [...stripped]
  if (chars.length <= limit) return { text: stripped, removed, cut: 0 }
  return { text: chars.slice(0, limit).join(''), removed, cut: chars.length - limit }
}

/** The length of text as the user counts it: a character outside the BMP is one. */
export const textLength = (text: string): number => [...text].length
