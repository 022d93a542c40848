import type { LightColor } from '@/domain/engine/lights'

/** The lights' colours on charts: the same hues as the status tags. */
export const STATUS_COLORS: Record<LightColor, string> = {
  blue: '#2563eb',
  green: '#16a34a',
  yellow: '#d97706',
  red: '#dc2626',
  grey: '#9ca3af',
}

/** The lights' shapes, so that a chart never relies on colour alone (as the status tags). */
export const STATUS_SYMBOLS: Record<LightColor, string> = { blue: '▲', green: '●', yellow: '◆', red: '■', grey: '○' }
