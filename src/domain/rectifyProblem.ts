/** The 问题 a new 整改 item starts with, told from the line's light and its 偏差原因. */

/** What the 问题 is told from. */
export interface ProblemFacts {
  /** 指标 or 预算执行. */
  subject: 'indicator' | 'budget'
  name: string
  /** The period in Chinese (第3季度, 1-7月). */
  period: string
  light: 'yellow' | 'red'
  /** The light's words (预警, 严重偏离). */
  status: string
  /** The 偏差原因 given for the period, if any. */
  reason?: string | undefined
}

/**
 * The prefilled 问题, e.g. `第3季度 指标“新增就业人数”亮红灯（严重偏离），偏差原因：项目延期。`
 * A budget line reads `预算执行“办公经费”`; without a reason the sentence ends at the light.
 */
export function prefilledProblem({ subject, name, period, light, status, reason }: ProblemFacts): string {
  const what = subject === 'indicator' ? '指标' : '预算执行'
  const lamp = light === 'red' ? '红灯' : '黄灯'
  const why = reason?.trim() ? `，偏差原因：${reason.trim().replace(/[。.]$/, '')}` : ''
  return `${period} ${what}“${name}”亮${lamp}（${status}）${why}。`
}
