/** The grade bands of SPEC §3 for qualitative targets, with their achievement r. */
export interface GradeBand {
  band: '达成' | '基本达成' | '部分达成' | '未达成'
  r: number
}

const BANDS: [GradeBand, string[]][] = [
  [
    { band: '达成', r: 1 },
    ['达成', '达到', '完成', '已完成', '达成预期指标', '合格', '合规', '是', '优', '高', '好', '显著', '明显'],
  ],
  [{ band: '基本达成', r: 0.8 }, ['基本达成', '基本达到', '基本完成', '较好', '较高', '良']],
  [{ band: '部分达成', r: 0.7 }, ['部分达成', '部分完成', '一般', '中']],
  [{ band: '未达成', r: 0.3 }, ['未达成', '未达到', '未完成', '不合格', '不合规', '否', '差', '低']],
]

const BY_WORD = new Map<string, GradeBand>(BANDS.flatMap(([band, words]) => words.map((w) => [w, band] as const)))

/** The band a grade word names (`良` → 基本达成, 0.8), or null for any other text. */
export function gradeOf(word: string): GradeBand | null {
  return BY_WORD.get(word) ?? null
}
