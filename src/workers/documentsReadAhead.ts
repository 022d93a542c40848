import type { CatalogRepository } from '@/db/catalogRepository'
import type { HeldDocuments } from '@/db/documents'
import type { UnitYearKey } from '@/domain/model'

/**
 * Per file, the stored documents of the unit-years its rows name, read while its rows are
 * mapped: the check then reads only what is missing from them.
 */
export class DocumentsReadAhead {
  private readonly ahead = new Map<number, Promise<HeldDocuments>>()

  constructor(private readonly catalog: CatalogRepository) {}

  /** Starts reading the documents a file's rows name; a failure only leaves the check to read them. */
  start(fileId: number, keys: readonly UnitYearKey[]): void {
    const earlier = this.ahead.get(fileId) ?? Promise.resolve(new Map())
    const reading = this.catalog.readAheadForImport(keys).catch(() => new Map() as HeldDocuments)
    // A workbook's sheets each name theirs.
    this.ahead.set(
      fileId,
      Promise.all([earlier, reading]).then(([a, b]) => new Map([...a, ...b])),
    )
  }

  /** The documents read ahead for `fileIds`, together. */
  async of(fileIds: readonly number[]): Promise<HeldDocuments> {
    const ahead = await Promise.all(fileIds.map((id) => this.ahead.get(id) ?? (new Map() as HeldDocuments)))
    return new Map(ahead.flatMap((held) => [...held]))
  }

  /** Forgets what was read ahead for a file. */
  forget(fileId: number): void {
    this.ahead.delete(fileId)
  }
}
