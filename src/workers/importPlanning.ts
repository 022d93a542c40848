import type { CatalogRepository } from '@/db/catalogRepository'
import type { HeldDocuments } from '@/db/documents'
import { datasetOf, type ImportPlan } from '@/domain/model'
import { parentsOf, unitYearIdOf, unitYearsOf, type UnitYear } from '@/domain/unitYears'
import { planImportInSlices } from '@/io/importPlan'
import { planReady, type ImportForm } from '@/io/importForms'
import { summarisePlan, type PlanSummary } from '@/io/importSummary'
import type { ParsedCsv } from '@/io/parsedCsv'
import type { PlannedUnitYears } from './importProtocol'

/** A checked plan, with what the commit needs to write it. */
export interface CheckedPlan {
  plan: ImportPlan
  /** The plan of the forms without a problem, when some have one. */
  ready: ImportPlan | null
  held: HeldDocuments
  summary: PlanSummary
}

/**
 * Checks parsed files together and against the stored documents of the unit-years they
 * touch (`known`: those read ahead). Forms in `waiting` are no part of the whole plan;
 * forms with problems hold back only themselves, the rest planned again alone.
 */
export async function planParsed(
  catalog: CatalogRepository,
  parsed: readonly ParsedCsv[],
  forms: readonly ImportForm[],
  known: HeldDocuments,
  onProgress: (share: number) => void,
  waiting: ReadonlySet<string>,
): Promise<CheckedPlan> {
  const unitYears = unitYearsOf(
    parsed.flatMap((file): readonly UnitYear[] => [...(file.tagged?.records ?? []), ...(file.review ?? [])]),
    (r) => r,
  )
  // The whole documents: the commit writes them back from memory when no one changed them meanwhile.
  const held = await catalog.loadForImport(unitYears, known)
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
  return { plan, ready: ready?.plan ?? null, held, summary: summarisePlan(plan, ready) }
}

/**
 * A plan's unit-years, and for those in `asked` (by `unitYearIdOf`) its rows that update
 * stored ones and the stored names to tell them by: a sync's conflicts.
 */
export function plannedUnitYears(plan: ImportPlan, held: HeldDocuments, asked: readonly string[]): PlannedUnitYears {
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
