import type { Page } from '@playwright/test'

/** Every route of the app for the seed department (the drill-down added by the caller). */
export const ROUTE_HASHES = [
  '#/',
  '#/indicators',
  '#/budget',
  '#/units',
  '#/focus',
  '#/report',
  '#/rectify',
  '#/review',
  '#/entry',
  '#/import',
  '#/data',
] as const

/**
 * What is wrong with the page's layout on a narrow screen: the page itself scrolling
 * sideways; a box scrolling sideways outside a table that shows its scroll cue; two chart
 * labels drawn over each other; a chart label under the chart's download button.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const root = document.documentElement
    if (root.scrollWidth > window.innerWidth + 1)
      problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${window.innerWidth}`)
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect()
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'
    }
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el)
      if (!['auto', 'scroll'].includes(style.overflowX) || el.scrollWidth <= el.clientWidth + 1 || !visible(el))
        continue
      // Element Plus's own hidden measuring boxes and the select dropdowns are not content.
      if (el.closest('.el-select-dropdown, .el-popper, .el-table__header-wrapper')) continue
      const holder = el.closest('[data-scroll-cue]')
      const cue = holder?.querySelector('[data-testid=scroll-cue]')
      if (!cue || !visible(cue)) problems.push(`scrolls sideways with no cue: ${el.className || el.tagName}`)
    }
    const overlaps = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1
    for (const panel of document.querySelectorAll('.chart-panel')) {
      const texts = [...panel.querySelectorAll('svg text')].filter(
        (t) => (t.textContent ?? '').trim() !== '' && visible(t),
      )
      const boxes = texts.map((t) => ({ text: t.textContent ?? '', box: t.getBoundingClientRect() }))
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          if (overlaps(boxes[i]!.box, boxes[j]!.box))
            problems.push(`chart labels overlap: '${boxes[i]!.text}' and '${boxes[j]!.text}'`)
        }
      }
      const button = panel.querySelector('[data-testid=chart-png]')
      if (button)
        for (const b of boxes)
          if (overlaps(button.getBoundingClientRect(), b.box))
            problems.push(`'${b.text}' lies under the download button`)
    }
    return problems
  })
}

/**
 * Text on the page in Chinese characters outside the user's own data: elements marked
 * `data-user` (and the language switch's own 中文) are skipped; a chart's labels may hold
 * the words its panel lists in `data-user-words`.
 */
export function chineseOutsideUserData(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cjk = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff01-\uff60]/
    const found: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      let text = node.textContent ?? ''
      if (!parent || !cjk.test(text) || parent.closest('[data-user], [lang^=zh], script, style, template')) continue
      const style = getComputedStyle(parent)
      if (style.display === 'none' || style.visibility === 'hidden' || parent.getClientRects().length === 0) continue
      const panel = parent.closest('svg') ? parent.closest('.chart-panel') : null
      const words: string[] = panel ? JSON.parse(panel.getAttribute('data-user-words') ?? '[]') : []
      for (const word of [...words].sort((a, b) => b.length - a.length)) text = text.split(word).join('')
      // A fitted chart label ends in an ellipsis after part of a user's word.
      if (panel) text = text.replace(/[^\s·/]*…/g, '')
      if (cjk.test(text)) found.push(text.trim())
    }
    for (const el of document.querySelectorAll('[placeholder], [aria-label]')) {
      // A chart's accessible name may carry a 类别's name: the user's word.
      if (el.closest('[data-user], [lang^=zh], .chart-panel')) continue
      for (const name of ['placeholder', 'aria-label']) {
        const value = el.getAttribute(name)
        if (value && cjk.test(value)) found.push(`${name}="${value}"`)
      }
    }
    return found
  })
}
