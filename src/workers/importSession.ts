import { CatalogRepository } from '@/db/catalogRepository'
import type { JixiaoDatabase } from '@/db/database'
import { ImportRepository } from '@/db/importRepository'
import { RulesRepository } from '@/db/rulesRepository'
import { RankingLater } from './rankingLater'
import { DocumentsReadAhead } from './documentsReadAhead'
import { planParsed, plannedUnitYears } from './importPlanning'
import { adjusted, readyToWrite, wholeToWrite, writePlan, type ToWrite } from './sessionCommit'
import type { CommitResult, ImportedFile, ImportPlan } from '@/domain/model'
import type { HeldDocuments } from '@/db/documents'
import { sha256HexFast } from '@/io/fileHash'
import { formsOfFile, type ImportForm } from '@/io/importForms'
import { summariseRead, type PlanSummary } from '@/io/importSummary'
import { failedFile, type ParsedCsv } from '@/io/parsedCsv'
import type { problemOf } from '@/io/problemText'
import type { FileRefusal, FormChoices, OneBatch, PlannedUnitYears, ReadResult } from './importProtocol'
import { readImportFile, type FileRead } from '@/io/importFile'
import { failure } from '@/db/errors'
import type { ImportAdjustment } from '@/domain/targetChanges'

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
  private readonly ahead: DocumentsReadAhead
  private readonly catalog: CatalogRepository
  private readonly imports: ImportRepository
  /** The ranking of the years a commit wrote, worked out a moment later. */
  private readonly ranking: RankingLater

  constructor(db: JixiaoDatabase) {
    this.catalog = new CatalogRepository(db)
    this.imports = new ImportRepository(db)
    this.ahead = new DocumentsReadAhead(this.catalog)
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
      onUnitYears: (keys) => this.ahead.start(fileId, keys),
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
      this.ahead.forget(id)
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
    const leftOut = new Set(choices.leftOut)
    const waiting = new Set(choices.waiting)
    const checked = await planParsed(
      this.catalog,
      (parsed as ParsedCsv[][]).flat().filter((p) => !leftOut.has(p.fileName)),
      fileIds.flatMap((id) => this.forms.get(id) ?? []).filter((f) => !f.parts.some((p) => leftOut.has(p))),
      await this.ahead.of(fileIds),
      onProgress,
      waiting,
    )
    if (!this.plan || ticket >= this.plan.ticket) {
      const { plan, ready, held } = checked
      this.plan = { ticket, plan, ready, held, waiting: waiting.size > 0 }
    }
    return checked.summary
  }

  /**
   * The plan checked under `ticket`'s unit-years, and for those in `asked` (by `unitYearIdOf`)
   * its rows that update stored ones and the stored names to tell them by: a sync's conflicts.
   */
  planned(ticket: number, asked: readonly string[]): PlannedUnitYears {
    if (!this.plan || this.plan.ticket !== ticket) throw failure('planChanged', 'the plan changed since it was checked')
    return plannedUnitYears(this.plan.plan, this.plan.held, asked)
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
    const { held } = this.plan
    let toWrite: ToWrite
    if (readyOnly) {
      if (!this.plan.ready) throw failure('planChanged', 'no form of the plan was held back')
      toWrite = readyToWrite(this.plan.ready, files)
    } else {
      if (this.plan.waiting) throw failure('planChanged', 'forms wait for a choice: only the ready ones can be written')
      toWrite = wholeToWrite(this.plan.plan, files, asOne)
    }
    const result = await writePlan(
      this.imports,
      this.ranking,
      { plan: adjusted(toWrite.plan, adjustment), written: toWrite.written },
      { onProgress, held, by, ...(!readyOnly && { reason: asOne?.reason }) },
    )
    // Done with: its files' rows are let go.
    this.forget(files.map((f) => f.fileId))
    return result
  }
}
