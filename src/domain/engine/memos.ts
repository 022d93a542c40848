/**
 * The engine's memos in one place: each one's store, the key it is kept by, and when an
 * entry may answer a call. Every memo rests on two rules that the types keep:
 *
 * - stored rows are never changed in place (records are read only), so a row object
 *   stands for its content and can be a key by identity;
 * - settings are known by their content ({@link fingerprintOf}), never by which object
 *   holds them, so equal rules made twice share the same entries.
 *
 * The module that uses a memo holds its one instance, typed with the result it makes (the
 * result types live beside the code that makes them, which imports this module, not the
 * other way round). {@link resetEngineMemos} empties every memo, and the parse caches too.
 */
import type { ActualRecord, BudgetRecord, TargetRecord } from '../records'
import type { Month } from '../period'
import type { ActualError, ParsedActual } from './actualParser'
import { resetParseCaches } from './parseCache'
import { settingsFingerprint } from './rules'
import type { ScoreLine, WeightSource } from './scoring'
import type { EngineSettings } from './settings'
import type { ParsedTarget } from './target'

/** How each memo empties itself, in the order they were made. */
const resets: (() => void)[] = []

/**
 * Empties every memo of the engine, the settings' fingerprints and the parse caches: for
 * tests, and for a caller that wants to start cold. Results handed out before stay valid;
 * they are only no longer shared with later calls.
 */
export function resetEngineMemos(): void {
  for (const reset of resets) reset()
  fingerprints = new WeakMap()
  lastSettings = null
  resetParseCaches()
}

// Settings are read only, so an object's fingerprint is worked out once.
let fingerprints = new WeakMap<EngineSettings, string>()
let lastSettings: EngineSettings | null = null
let lastFingerprint = ''

/**
 * The content fingerprint of a settings object ({@link settingsFingerprint}), worked out
 * once per object: what every memo compares settings by.
 */
export function fingerprintOf(settings: EngineSettings): string {
  // A screen asks with one settings object for every indicator: one comparison, no lookup.
  // Stryker disable next-line ConditionalExpression: equivalent, the lookup below gives the same text (docs/testing.md)
  if (settings === lastSettings) return lastFingerprint
  let fingerprint = fingerprints.get(settings)
  // Stryker disable next-line ConditionalExpression: equivalent, working it out again gives the same text
  if (fingerprint === undefined) fingerprints.set(settings, (fingerprint = settingsFingerprint(settings)))
  lastSettings = settings
  lastFingerprint = fingerprint
  return fingerprint
}

/** What one stored target row keeps beside it: its parsed target, and its last result with what it was made for. */
export interface RowEntry<Result> {
  readonly target: ParsedTarget
  last: Result | null
  actualRecord: ActualRecord | null
  m: Month
  fingerprint: string
  weight: number
  source: WeightSource
}

/**
 * Memo of an indicator's result, kept beside its stored target row.
 *
 * Key: the target row, by identity. Kept for good: the row's parsed target. Kept once (the
 * last call): the row's result, which answers only for the same reported row (by identity),
 * month, settings fingerprint, weight and weight source. A screen or a ranking shows the
 * same rows again and again: one lookup per indicator instead of one per cache.
 */
export class IndicatorMemo<Result> {
  private rows = new WeakMap<TargetRecord, RowEntry<Result>>()

  /** `parse` reads a row's target the first time the row is seen. */
  constructor(private readonly parse: (record: TargetRecord) => ParsedTarget) {
    resets.push(() => (this.rows = new WeakMap()))
  }

  /** The row's entry, made (and its target parsed) when the row is new. */
  entryOf(record: TargetRecord): RowEntry<Result> {
    let entry = this.rows.get(record)
    if (entry === undefined) {
      // Stryker disable StringLiteral: equivalent, a new entry's last is null whatever its key (docs/testing.md)
      entry = {
        target: this.parse(record),
        last: null,
        actualRecord: null,
        m: 12,
        fingerprint: '',
        weight: 0,
        source: 'default',
      }
      // Stryker restore StringLiteral
      this.rows.set(record, entry)
    }
    return entry
  }

  /** The row's last result when it was made for these inputs, else null. */
  lastOf(
    entry: RowEntry<Result>,
    actualRecord: ActualRecord | null,
    m: Month,
    settings: EngineSettings,
    weight: number,
    source: WeightSource,
  ): Result | null {
    // A new entry's key matches no call (no settings have an empty fingerprint), and its last is null anyway.
    if (entry.actualRecord !== actualRecord || entry.m !== m || entry.weight !== weight || entry.source !== source)
      return null
    return entry.fingerprint === fingerprintOf(settings) ? entry.last : null
  }

  /** Keeps `result` as the row's last, made for these inputs; returns it. */
  remember(
    entry: RowEntry<Result>,
    actualRecord: ActualRecord | null,
    m: Month,
    settings: EngineSettings,
    weight: number,
    source: WeightSource,
    result: Result,
  ): Result {
    entry.actualRecord = actualRecord
    entry.m = m
    entry.fingerprint = fingerprintOf(settings)
    entry.weight = weight
    entry.source = source
    return (entry.last = result)
  }
}

/** One judgement with what it was made for. */
interface JudgementEntry<Judgement> {
  readonly target: ParsedTarget
  readonly year: number
  readonly fingerprint: string
  readonly judgement: Judgement
}

/**
 * Memo of a reported value's judgement (light, projection, scoring ratio), and of the score
 * lines made from each judgement.
 *
 * Judgements — key: the parsed value, by identity (the parse caches share one object among
 * every row with the same target and text), and the month; one entry per key, which answers
 * only for the same parsed target (by identity), year and settings fingerprint. Nothing
 * reported — key: the month alone, since it reads the same for every target, year and
 * settings. Score lines — key: the judgement object, the weight source and the weight; the
 * same split weights recur in every unit.
 */
export class JudgementMemo<Judgement extends object> {
  private judged = new WeakMap<ParsedActual | ActualError, (JudgementEntry<Judgement> | undefined)[]>()
  private notReported: (Judgement | undefined)[] = []
  private lines = new WeakMap<Judgement, Map<WeightSource, Map<number, ScoreLine>>>()

  constructor() {
    resets.push(() => {
      this.judged = new WeakMap()
      this.notReported = []
      this.lines = new WeakMap()
    })
  }

  /** The judgement of `actual` at month m when one was made for this target, year and settings; else undefined. */
  get(
    target: ParsedTarget,
    actual: ParsedActual | ActualError,
    year: number,
    m: Month,
    settings: EngineSettings,
  ): Judgement | undefined {
    const hit = this.judged.get(actual)?.[m]
    return hit !== undefined &&
      hit.target === target &&
      hit.year === year &&
      hit.fingerprint === fingerprintOf(settings)
      ? hit.judgement
      : undefined
  }

  /** Keeps `judgement` as the one of `actual` at month m, made for this target, year and settings; returns it. */
  remember(
    target: ParsedTarget,
    actual: ParsedActual | ActualError,
    year: number,
    m: Month,
    settings: EngineSettings,
    judgement: Judgement,
  ): Judgement {
    let byMonth = this.judged.get(actual)
    // Stryker disable next-line ConditionalExpression: equivalent, a new list only forgets other months' judgements (docs/testing.md)
    if (byMonth === undefined) this.judged.set(actual, (byMonth = []))
    byMonth[m] = { target, year, fingerprint: fingerprintOf(settings), judgement }
    return judgement
  }

  /** The judgement of nothing reported at month m, made by `make` the first time. */
  notReportedAt(m: Month, make: () => Judgement): Judgement {
    return (this.notReported[m] ??= make())
  }

  /** The score line of `judgement` at this weight, made by `make` the first time. */
  lineOf(judgement: Judgement, weight: number, source: WeightSource, make: () => ScoreLine): ScoreLine {
    let bySource = this.lines.get(judgement)
    if (bySource === undefined) this.lines.set(judgement, (bySource = new Map()))
    let byWeight = bySource.get(source)
    if (byWeight === undefined) bySource.set(source, (byWeight = new Map()))
    let line = byWeight.get(weight)
    if (line === undefined) byWeight.set(weight, (line = make()))
    return line
  }
}

/** One budget result with what it was made for. */
interface BudgetEntry<Result> {
  readonly lines: readonly BudgetRecord[]
  readonly spent: readonly (number | undefined)[]
  readonly m: Month
  readonly fingerprint: string
  readonly result: Result
}

/**
 * Memo of a 类别's budget result.
 *
 * Key: the 类别's first 经费 line, by identity; one entry per key, which answers only for
 * the same lines (each by identity, in order), the same spending of each line, the same
 * month and the same settings fingerprint.
 */
export class BudgetMemo<Result> {
  private byFirstLine = new WeakMap<BudgetRecord, BudgetEntry<Result>>()

  constructor() {
    resets.push(() => (this.byFirstLine = new WeakMap()))
  }

  /** The result kept for these lines and spending at month m under these settings, else undefined. */
  get(
    lines: readonly BudgetRecord[],
    spent: readonly (number | undefined)[],
    m: Month,
    settings: EngineSettings,
  ): Result | undefined {
    const last = this.byFirstLine.get(lines[0]!)
    if (
      last &&
      last.m === m &&
      last.fingerprint === fingerprintOf(settings) &&
      sameItems(last.lines, lines) &&
      sameItems(last.spent, spent)
    )
      return last.result
    return undefined
  }

  /** Keeps `result` for these lines and spending at month m under these settings; returns it. */
  remember(
    lines: readonly BudgetRecord[],
    spent: readonly (number | undefined)[],
    m: Month,
    settings: EngineSettings,
    result: Result,
  ): Result {
    // A copy of the list: the caller's list may be reused for other lines.
    this.byFirstLine.set(lines[0]!, { lines: [...lines], spent, m, fingerprint: fingerprintOf(settings), result })
    return result
  }
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i])
}
