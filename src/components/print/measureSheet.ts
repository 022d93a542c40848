import type { SheetHeights } from './pagination'

/** The heights `paginate` needs, read from a sheet drawn in one flow (PrintSheet with `measure`). */
export function measureSheet(sheet: HTMLElement): SheetHeights {
  const box = sheet.getBoundingClientRect()
  const table = sheet.querySelector<HTMLTableElement>('table.indicators')
  const head = table?.tHead?.getBoundingClientRect()
  if (!table || !head) return { top: box.height, head: 0, rows: [], tail: 0 }
  const rows = [...(table.tBodies[0]?.rows ?? [])].map((row) => row.getBoundingClientRect())
  const last = rows.at(-1) ?? head
  return {
    top: head.top - box.top,
    head: head.height,
    rows: rows.map((row) => row.height),
    tail: box.bottom - last.bottom,
  }
}
