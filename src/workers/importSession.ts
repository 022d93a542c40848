import { CatalogRepository } from '@/db/catalogRepository'
import type { JixiaoDatabase } from '@/db/database'
import { ImportRepository } from '@/db/importRepository'
import { RulesRepository } from '@/db/rulesRepository'
import { RankingLater } from './rankingLater'
import { datasetOf, type CommitResult, type ImportedFile, type UnitYearKey, type ImportPlan } from '@/domain/model'
import type { HeldDocuments } from '@/db/documents'
import { sha256HexFast } from '@/io/fileHash'
import { planImportInSlices } from '@/io/importPlan'
import { formsOfFile, planReady, type ImportForm } from '@/io/importForms'
import { summariseRead, summarisePlan, type PlanSummary } from '@/io/importSummary'
import { failedFile, type ParsedCsv } from '@/io/parseCsv'
import type { problemOf } from '@/io/problemText'
import type { FileRefusal, FormChoices, OneBatch, PlannedUnitYears, ReadResult } from './importProtocol'
import { readImportFile, type FileRead } from '@/io/importFile'
import { failure } from '@/db/errors'
import { parentsOf, unitYearIdOf, unitYearsOf, type UnitYear } from '@/domain/unitYears'
import { asAdjustments, type ImportAdjustment } from '@/domain/targetChanges'

/**
 * The import's work, where the rows live: read and parse files, check them together
 * against the stored rows, and write the checked plan in one transaction. Runs in the
 * import worker, so a province's hundred thousand rows are parsed, checked, cloned into
 * IndexedDB and kept in memory off the page; the page gets summaries and counts.
 */
export class ImportSession {
  private readonly files = new Map<number, ParsedCsv[]>()
  /** Per file, its forms: each written whole or not at all. */
  private readonly forms = new Map<number, ImportForm[]>()
  /** Per file of official forms, how to read it again with units the user gave, and its hash and size. */
  private readonly rereads = new Map<number, { read: FileRead; sha256: string; size: number }>()
  private plan: {
    ticket: number
    plan: ImportPlan
    /** The plan of the forms without a problem, when some have one. */
    ready: ImportPlan | null
    held: HeldDocuments
    /** Forms wait for the user's choice: only the ready ones can be written. */
    waiting: boolean
  } | null = null
  /** Per file, the stored documents of the unit-years its rows name, read while its rows were mapped. */
  private readonly ahead = new Map<number, Promise<HeldDocuments>>()
  private readonly catalog: CatalogRepository
  private readonly imports: ImportRepository
  /** The ranking of the years a commit wrote, worked out a moment later. */
  private readonly ranking: RankingLater

  constructor(db: JixiaoDatabase) {
    this.catalog = new CatalogRepository(db)
    this.imports = new ImportRepository(db)
    this.ranking = new RankingLater(this.catalog, new RulesRepository(db))
  }

  /** Reads, hashes and parses a file (CSV or workbook), keeping its parts under `fileId`; `onProgress` hears 0–1. */
  async read(
    fileId: number,
    file: Blob & { name: string },
    onProgress: (share: number) => void = () => {},
  ): Promise<ReadResult> {
    this.ranking.postpone()
    onProgress(0)
    // The database opens meanwhile: the rows' documents are read ahead only on an open one.
    const [buffer] = await Promise.all([file.arrayBuffer(), this.catalog.opened()])
    const bytes = new Uint8Array(buffer)
    // The browser hashes on a thread of its own while this one parses.
    const hashing = sha256HexFast(bytes)
    let lastShare = 0
    const read = await readImportFile(bytes, file.name, {
      onUnitYears: (keys) => this.readAhead(fileId, keys),
      onProgress: (share) => {
        // A message per percent at most.
        if (share - lastShare >= 0.01 || share === 1) {
          lastShare = share
          onProgress(share)
        }
      },
    })
    const sha256 = await hashing
    this.keep(fileId, read)
    if (read.withUnits) this.rereads.set(fileId, { read, sha256, size: bytes.length })
    return { summary: summariseRead(read), sha256, size: bytes.length }
  }

  private keep(fileId: number, read: FileRead): void {
    this.files.set(fileId, read.parts)
    this.forms.set(
      fileId,
      formsOfFile(
        read.fileName,
        read.parts.map((p) => p.fileName),
        read.forms,
      ),
    )
  }

  /**
   * Reads a file's forms again with the units the user gave (by form key) for forms that
   * print none: each re-enters the plan as if its unit were printed on it. Every unit given
   * so far is passed each time; the next check plans the file as read now.
   */
  giveUnits(fileId: number, units: ReadonlyMap<string, string>): ReadResult {
    const kept = this.rereads.get(fileId)
    if (!kept?.read.withUnits) throw failure('workerRestarted', 'the import worker restarted and lost its files')
    const read = kept.read.withUnits(units)
    this.keep(fileId, read)
    this.plan = null
    return { summary: summariseRead(read), sha256: kept.sha256, size: kept.size }
  }

  /** Starts reading the documents a file's rows name; a failure only leaves the check to read them. */
  private readAhead(fileId: number, keys: readonly UnitYearKey[]): void {
    const earlier = this.ahead.get(fileId) ?? Promise.resolve(new Map())
    const reading = this.catalog.readAheadForImport(keys).catch(() => new Map() as HeldDocuments)
    // A workbook's sheets each name theirs.
    this.ahead.set(
      fileId,
      Promise.all([earlier, reading]).then(([a, b]) => new Map([...a, ...b])),
    )
  }

  /**
   * Keeps a file the page refused before reading (over 50 MB) as a file with its one
   * problem, so that checking it with the others reports it rather than a lost file.
   */
  refuse(fileId: number, fileName: string, why: FileRefusal): void {
    this.files.set(fileId, [failedFile(fileName, why as ReturnType<typeof problemOf>)])
    this.forms.set(fileId, formsOfFile(fileName, [fileName], []))
  }

  /** Forgets files (removed from the screen, or done with). */
  forget(fileIds: readonly number[]): void {
    for (const id of fileIds) {
      this.files.delete(id)
      this.forms.delete(id)
      this.rereads.delete(id)
      this.ahead.delete(id)
    }
    this.plan = null
  }

  /**
   * Checks the files together and against what is stored for the unit-years they touch,
   * reading only the tables their kinds need. The plan is kept under `ticket` for the
   * commit; a later ticket replaces an earlier one. `choices` leaves out the forms the
   * user chose not to import, and holds back those waiting for a choice.
   */
  async check(
    ticket: number,
    fileIds: readonly number[],
    onProgress: (share: number) => void = () => {},
    choices: FormChoices = { waiting: [], leftOut: [] },
  ): Promise<PlanSummary> {
    this.ranking.postpone()
    const parsed = fileIds.map((id) => this.files.get(id))
    // A worker that was restarted has lost its files: checking the rest would import less than chosen.
    if (parsed.some((f) => f === undefined))
      throw failure('workerRestarted', 'the import worker restarted and lost its files')
    const ahead = await Promise.all(fileIds.map((id) => this.ahead.get(id) ?? (new Map() as HeldDocuments)))
    const leftOut = new Set(choices.leftOut)
    return this.checkParsed(
      ticket,
      (parsed as ParsedCsv[][]).flat().filter((p) => !leftOut.has(p.fileName)),
      fileIds.flatMap((id) => this.forms.get(id) ?? []).filter((f) => !f.parts.some((p) => leftOut.has(p))),
      new Map(ahead.flatMap((held) => [...held])),
      onProgress,
      new Set(choices.waiting),
    )
  }

  private async checkParsed(
    ticket: number,
    parsed: readonly ParsedCsv[],
    forms: readonly ImportForm[],
    known: HeldDocuments,
    onProgress: (share: number) => void,
    waiting: ReadonlySet<string>,
  ): Promise<PlanSummary> {
    const unitYears = unitYearsOf(
      parsed.flatMap((file): readonly UnitYear[] => [...(file.tagged?.records ?? []), ...(file.review ?? [])]),
      (r) => r,
    )
    // The whole documents: the commit writes them back from memory when no one changed them meanwhile.
    const held = await this.catalog.loadForImport(unitYears, known)
    const documents = [...held.values()].map((h) => h.document)
    const rectify = documents.flatMap((d) => d.rectify ?? [])
    const review = documents.flatMap((d) => d.review ?? [])
    // The stored 整改 items: a form's 整改 columns update them rather than add beside them; a 审核 file's states meet the stored reviews.
    const existing = {
      ...datasetOf(documents),
      parents: parentsOf(documents),
      ...(rectify.length > 0 && { rectify }),
      ...(review.length > 0 && { review }),
    }
    // A form waiting for a choice is no part of the whole plan: never written with the rest.
    const plan = await planImportInSlices(
      parsed.filter((p) => !waiting.has(p.fileName)),
      existing,
      async (share) => onProgress(share),
    )
    // Forms with problems hold back only themselves: the rest is planned again, alone.
    const ready = await planReady(parsed, forms, plan, existing, undefined, waiting)
    if (!this.plan || ticket >= this.plan.ticket)
      this.plan = { ticket, plan, ready: ready?.plan ?? null, held, waiting: waiting.size > 0 }
    return summarisePlan(plan, ready)
  }

  /**
   * The plan checked under `ticket`'s unit-years, and for those in `asked` (by `unitYearIdOf`)
   * its rows that update stored ones and the stored names to tell them by: a sync's conflicts.
   */
  planned(ticket: number, asked: readonly string[]): PlannedUnitYears {
    if (!this.plan || this.plan.ticket !== ticket) throw failure('planChanged', 'the plan changed since it was checked')
    const { plan, held } = this.plan
    const wanted = new Set(asked)
    const rows = plan.rows.filter((r) => r.status === 'updated' && wanted.has(unitYearIdOf(r.record)))
    const documents = [...wanted].flatMap((k) => {
      const kept = held.get(k)
      return kept ? [kept.document] : []
    })
    // Each unit-year's last planned items are its items after every file.
    const items = new Map(
      (plan.rectify ?? []).filter((p) => wanted.has(unitYearIdOf(p))).map((p) => [unitYearIdOf(p), p]),
    )
    const rectify = [...items].map(([k, p]) => ({
      year: p.year,
      unit: p.unit,
      stored: held.get(k)?.document.rectify ?? [],
      planned: p.items,
    }))
    return {
      unitYears: unitYearsOf([...plan.rows.map((r) => r.record), ...plan.parents, ...(plan.rectify ?? [])], (r) => r),
      rows,
      rectify,
      names: {
        indicators: documents.flatMap((d) => d.targets.map((t): [string, string] => [t.code, t.name])),
        budgetLines: documents.flatMap((d) => d.budgets.map((b): [string, string] => [b.id, b.item])),
      },
    }
  }

  /**
   * Writes the plan checked under `ticket` in one transaction (see ImportRepository.commit),
   * then lets go of its files' rows. Refuses a plan that is not the latest checked.
   * `readyOnly` writes only the forms without a problem, each whole, nothing of the others.
   */
  async commit(
    ticket: number,
    files: readonly (ImportedFile & { fileId: number })[],
    onProgress: (share: number) => void = () => {},
    by?: string,
    asOne?: OneBatch,
    readyOnly = false,
    adjustment?: ImportAdjustment,
  ): Promise<CommitResult> {
    if (!this.plan || this.plan.ticket !== ticket) throw failure('planChanged', 'the plan changed since it was checked')
    // Changed 指标值 as adjustments: the stored targets stay the originals.
    const adjusted = (plan: ImportPlan) => (adjustment ? { ...plan, rows: asAdjustments(plan.rows, adjustment) } : plan)
    if (readyOnly) {
      const { ready } = this.plan
      if (!ready) throw failure('planChanged', 'no form of the plan was held back')
      const parts = new Set(
        [...ready.rows, ...ready.parents, ...(ready.rectify ?? []), ...(ready.review ?? [])].map((r) => r.file),
      )
      return this.write(
        adjusted(ready),
        files.filter((f) => parts.has(f.fileName)),
        files,
        onProgress,
        by,
      )
    }
    if (this.plan.waiting) throw failure('planChanged', 'forms wait for a choice: only the ready ones can be written')
    // A published folder's files are one batch: every row under the batch's one name.
    const written = asOne
      ? [{ fileName: asOne.fileName, kind: asOne.kind, sha256: '', size: files.reduce((n, f) => n + f.size, 0) }]
      : files.map(({ fileId: _id, ...file }) => file)
    const plan = asOne
      ? {
          ...this.plan.plan,
          rows: this.plan.plan.rows.map((r) => ({ ...r, file: asOne.fileName })),
          parents: this.plan.plan.parents.map((p) => ({ ...p, file: asOne.fileName })),
          // Each unit-year's last planned items are its items after every file: the one batch writes those.
          ...(this.plan.plan.rectify && {
            rectify: this.plan.plan.rectify.map((p) => ({ ...p, file: asOne.fileName })),
          }),
          ...(this.plan.plan.review && {
            review: this.plan.plan.review.map((p) => ({ ...p, file: asOne.fileName })),
          }),
        }
      : this.plan.plan
    return this.write(adjusted(plan), written, files, onProgress, by, asOne?.reason)
  }

  /** Writes `plan` as `written`'s batches, then lets go of `files`' rows. */
  private async write(
    plan: ImportPlan,
    written: readonly ImportedFile[],
    files: readonly { fileId: number }[],
    onProgress: (share: number) => void,
    by?: string,
    reason?: string,
  ): Promise<CommitResult> {
    const result = await this.imports.commit(
      plan,
      written.map(({ fileName, kind, sha256, size }) => ({ fileName, kind, sha256, size })),
      { onProgress, held: this.plan!.held, ...(by && { by }), ...(reason && { reason }) },
    )
    this.forget(files.map((f) => f.fileId))
    if (result.batchIds.length > 0)
      this.ranking.soon(new Set([...plan.rows.map((r) => r.record.year), ...plan.parents.map((p) => p.year)]))
    return result
  }
}
