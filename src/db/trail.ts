import { DATA_TABLE_NAMES, type UnitYearDocument } from '@/domain/model'
import { joinKey } from '@/domain/keys'
import { DEFAULT_RULES, readRules, type Rules } from '@/domain/engine/rules'
import { documentLines, rulesLines, trailNames, type BatchLines, type TrailLine } from '@/domain/trailLines'
import type { BatchBeforeRecord, DocumentParts } from '@/domain/storedRecords'
import type { JixiaoDatabase } from './database'
import { RULES_KEY } from './rulesRepository'
import { decodeBefore, decodeDocument } from './storedForm'

type Parts = DocumentParts
const PARTS = [...DATA_TABLE_NAMES, 'parent', 'rectify', 'review'] as const

/**
 * The lines of every batch that kept what it changed, by batch id. What a batch left is what
 * the next batch touching the same tables found (its before record), or what is stored now:
 * so the batches are walked newest first from the current documents and rules, each one's
 * before record becoming the state the one before it left. An undo kept without a before
 * record (before the trail had lines) leaves what its batches left unknown.
 */
export async function readTrail(db: JixiaoDatabase): Promise<Map<number, BatchLines>> {
  return db.transaction('r', [db.batches, db.before, db.documents, db.settings], async () => {
    const batches = await db.batches.orderBy('id').reverse().toArray()
    const befores = new Map((await db.before.toArray()).map((r) => [r.batchId, decodeBefore(r)] as const))
    const keys = new Map<string, [number, string]>()
    for (const record of befores.values()) for (const { key } of record.documents) keys.set(joinKey(...key), key)
    const stored = await db.documents.bulkGet([...keys.values()])
    const state = new Map<string, Parts | null>(
      [...keys.keys()].map((k, i): [string, UnitYearDocument | null] => [
        k,
        stored[i] ? decodeDocument(stored[i]) : null,
      ]),
    )
    const unknown = new Set<string>()
    let rules: Rules | 'unknown' = readRules((await db.settings.get(RULES_KEY))?.value) ?? DEFAULT_RULES
    const trail = new Map<number, BatchLines>()
    for (const batch of batches) {
      const record = batch.id === undefined ? undefined : befores.get(batch.id)
      if (!record) {
        if (batch.kind === 'undo') {
          for (const b of batches)
            if (b.undoneAt === batch.importedAt) {
              const kept = befores.get(b.id!)
              for (const { key } of kept?.documents ?? []) for (const p of PARTS) unknown.add(joinKey(...key, p))
              if (kept?.rules !== undefined) rules = 'unknown'
            }
        }
        continue
      }
      const lines: TrailLine[] = []
      let complete = true
      for (const { key, parts } of record.documents) {
        const k = joinKey(...key)
        const touched = parts === null ? PARTS : PARTS.filter((p) => parts[p] !== undefined)
        const after = state.get(k) ?? null
        if (touched.some((p) => unknown.has(joinKey(...key, p)))) complete = false
        else lines.push(...documentLines(key[1], parts, after, trailNames(parts ?? {}, after ?? {})))
        for (const p of touched) unknown.delete(joinKey(...key, p))
        state.set(k, parts === null ? null : { ...after, ...parts })
      }
      if (record.rules !== undefined) lines.push(...rulesOf(record, rules, () => (complete = false)))
      if (record.rules !== undefined) rules = record.rules ?? DEFAULT_RULES
      trail.set(record.batchId, { lines, complete })
    }
    return trail
  })
}

/** A change of rules' lines against the rules it left, when those are known. */
function rulesOf(record: BatchBeforeRecord, after: Rules | 'unknown', lost: () => void): TrailLine[] {
  if (after === 'unknown') {
    lost()
    return []
  }
  return rulesLines(record.rules ?? DEFAULT_RULES, after)
}
