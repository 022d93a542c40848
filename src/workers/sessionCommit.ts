import type { HeldDocuments } from '@/db/documents'
import type { ImportRepository } from '@/db/importRepository'
import type { CommitResult, ImportedFile, ImportPlan } from '@/domain/model'
import { asAdjustments, type ImportAdjustment } from '@/domain/targetChanges'
import type { OneBatch } from './importProtocol'
import type { RankingLater } from './rankingLater'

/** A plan and the batches it is written as. */
export interface ToWrite {
  plan: ImportPlan
  written: readonly ImportedFile[]
}

/** Changed 指标值 as adjustments from `adjustment`'s month: the stored targets stay the originals. */
export function adjusted(plan: ImportPlan, adjustment?: ImportAdjustment): ImportPlan {
  return adjustment ? { ...plan, rows: asAdjustments(plan.rows, adjustment) } : plan
}

/** The ready forms' plan, written as the batches of the files' parts it holds rows of, each whole. */
export function readyToWrite(ready: ImportPlan, files: readonly ImportedFile[]): ToWrite {
  const parts = new Set(
    [...ready.rows, ...ready.parents, ...(ready.rectify ?? []), ...(ready.review ?? [])].map((r) => r.file),
  )
  return { plan: ready, written: files.filter((f) => parts.has(f.fileName)) }
}

/**
 * The whole plan, written as one batch per file, or, for a published folder (`asOne`),
 * as one batch under the folder's name: every row under it.
 */
export function wholeToWrite(
  plan: ImportPlan,
  files: readonly (ImportedFile & { fileId: number })[],
  asOne?: OneBatch,
): ToWrite {
  if (!asOne) return { plan, written: files.map(({ fileId: _id, ...file }) => file) }
  return {
    plan: {
      ...plan,
      rows: plan.rows.map((r) => ({ ...r, file: asOne.fileName })),
      parents: plan.parents.map((p) => ({ ...p, file: asOne.fileName })),
      // Each unit-year's last planned items are its items after every file: the one batch writes those.
      ...(plan.rectify && { rectify: plan.rectify.map((p) => ({ ...p, file: asOne.fileName })) }),
      ...(plan.review && { review: plan.review.map((p) => ({ ...p, file: asOne.fileName })) }),
    },
    written: [{ fileName: asOne.fileName, kind: asOne.kind, sha256: '', size: files.reduce((n, f) => n + f.size, 0) }],
  }
}

/**
 * Writes `plan` as `written`'s batches in one transaction (see ImportRepository.commit),
 * then has the ranking of the years it wrote worked out a moment later.
 */
export async function writePlan(
  imports: ImportRepository,
  ranking: RankingLater,
  { plan, written }: ToWrite,
  options: { onProgress: (share: number) => void; held: HeldDocuments; by?: string; reason?: string },
): Promise<CommitResult> {
  const { onProgress, held, by, reason } = options
  const result = await imports.commit(
    plan,
    written.map(({ fileName, kind, sha256, size }) => ({ fileName, kind, sha256, size })),
    { onProgress, held, ...(by && { by }), ...(reason && { reason }) },
  )
  if (result.batchIds.length > 0)
    ranking.soon(new Set([...plan.rows.map((r) => r.record.year), ...plan.parents.map((p) => p.year)]))
  return result
}
