/**
 * The stored shape of what the four CSV kinds describe (SPEC §2).
 * Plain data only: the database, the importer and the engine all speak these types.
 */

/** `部门整体` is the department-wide table; any other 类别 is a project name. */
export const DEPARTMENT_SCOPE = '部门整体'

import type { Month } from './period'

export type Basis = '累计' | '时点'
export type Direction = '正向' | '反向'

/** One 三级指标 of a year's 绩效目标 (SPEC §2.1). */
export interface TargetRecord {
  /** 指标编码: as given in the file, or derived from the natural key. */
  readonly code: string
  readonly year: number
  readonly unit: string
  readonly scope: string
  readonly level1: string
  readonly level2: string
  readonly name: string
  /** 指标值 exactly as written on the form. */
  readonly targetText: string
  /** Row order in the file it came from, so screens list indicators as the form does. */
  readonly position: number
  readonly weight?: number
  readonly basis?: Basis
  readonly direction?: Direction
  /**
   * 目标调整 (approved during the year): the 指标值 in force from month `adjustedFrom` on.
   * `targetText` and `weight` stay the original; periods before that month keep them.
   */
  readonly adjustedText?: string
  /** The 分值 in force from `adjustedFrom` on, when the adjustment changed it. */
  readonly adjustedWeight?: number
  readonly adjustedFrom?: Month
  readonly adjustReason?: string
  /** 批准文号 of the adjustment. */
  readonly adjustApproval?: string
  /** 批准日期, YYYY-MM-DD. */
  readonly adjustApprovedOn?: string
  readonly batchId?: number
}

/**
 * Which breakdown a budget line belongs to: by kind of spending (`经费`), by 年度主要任务
 * (`任务`) or by source of the money (`来源`: 财政拨款, 上年结转, 其他资金). Only `经费`
 * lines add up to the budget; the others are the same money told another way.
 */
export type BudgetBreakdown = '经费' | '任务' | '来源'

/** One budget line (SPEC §2.2, extended with 分类/主要内容 for 年度主要任务). */
export interface BudgetRecord {
  readonly id: string
  readonly year: number
  readonly unit: string
  readonly scope: string
  readonly item: string
  /** Row order in the file it came from. */
  readonly position: number
  readonly fundType?: string
  readonly breakdown: BudgetBreakdown
  readonly description?: string
  /** 万元 */
  readonly initialBudget: number
  /** 万元 */
  readonly budget: number
  readonly weight?: number
  readonly batchId?: number
}

/** One indicator's year-to-date value at a month's end (SPEC §2.3, §2.8). */
export interface ActualRecord {
  readonly indicatorCode: string
  /** The month it is as of, 1–12: quarter q is month 3q. */
  readonly month: Month
  /** True when the file gave a month (截至月份 7, 1-7月), so screens name the period as one. */
  readonly byMonth?: boolean
  readonly year: number
  readonly unit: string
  readonly scope: string
  readonly actualText: string
  readonly forecast?: string
  readonly likelihood?: string
  readonly reason?: string
  readonly action?: string
  /** 表内得分: the score a 绩效自评表 itself gave (SPEC §2.7), kept beside the app's own. */
  readonly formScore?: number
  /** True for the bundled illustrative values, which the app must label as such. */
  readonly sample: boolean
  readonly batchId?: number
}

/** One budget line's year-to-date spending at a month's end (SPEC §2.4, §2.8). */
export interface SpendingRecord {
  readonly budgetId: string
  readonly month: Month
  readonly byMonth?: boolean
  readonly year: number
  readonly unit: string
  readonly scope: string
  /** 万元 */
  readonly spent: number
  /** 全年预计执行数: the officer's forecast of the year's spending, 万元. */
  readonly forecast?: number
  /** 表内得分 of the budget's execution, as a 绩效自评表 gave it. */
  readonly formScore?: number
  readonly sample: boolean
  readonly batchId?: number
}
