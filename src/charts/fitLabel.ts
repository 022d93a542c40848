/** Width of a character at font size 1: full width for CJK and other wide scripts, a conservative 0.6 for the rest. */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 0
  // CJK radicals to Hangul, CJK compatibility forms, full-width forms.
  const wide =
    (code >= 0x2e80 && code <= 0xd7ff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60)
  return wide ? 1 : 0.6
}

/**
 * An axis label cut to fit `width` pixels at `fontSize`, ending in "…" when cut. The
 * widths are estimated, never measured: ECharts' own truncation measures a long label
 * character by character, a large share of the overview's first chart drawing (docs/benchmarks.md).
 * Estimates err wide, so the chart's own truncation (kept as a safety net) rarely runs.
 */
export function fitLabel(text: string, width: number, fontSize = 12): string {
  const chars = [...text]
  const widths = chars.map((char) => charWidth(char) * fontSize)
  if (widths.reduce((sum, w) => sum + w, 0) <= width) return text
  const room = width - fontSize // The ellipsis is drawn full width in CJK fonts.
  let used = 0
  let kept = 0
  while (kept < chars.length && used + (widths[kept] ?? 0) <= room) used += widths[kept++] ?? 0
  return `${chars.slice(0, kept).join('')}…`
}
