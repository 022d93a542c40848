import type { Light } from '@/domain/engine/lights'
import type { Period } from '@/domain/period'
import type { RectifySubject } from '@/domain/rectify'

/** A line that may be behind: an indicator or a budget line, its light at a period and the reason given. */
export interface RectifyLine {
  year: number
  unit: string
  scope: string
  subject: RectifySubject
  ref: string
  name: string
  period: Period
  light: Light | null
  reason?: string | undefined
  /** The 改进措施 typed with the value: the first 整改措施. */
  action?: string | undefined
}
