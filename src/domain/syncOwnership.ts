/**
 * Who owns what a published folder carries (docs/ownership.md): a unit owns its values, its
 * reasons and its 整改 progress; its 主管部门 owns the review states and the roll-up. A sync
 * asks before a folder's copy of a unit's part replaces one changed here since the folder's
 * last sync; a part the 主管部门 owns is taken from the folder as it is.
 */
import type { DataTableName } from './model'

/** The parts of a unit-year a folder may carry. */
export type SyncPart = 'values' | 'reasons' | 'rectify' | 'review'

/** Who owns each part: the unit that reports it, or its 主管部门. */
export const PART_OWNER: { readonly [P in SyncPart]: 'unit' | 'department' } = {
  values: 'unit',
  reasons: 'unit',
  rectify: 'unit',
  review: 'department',
}

/** The part a field of a table belongs to: a 偏差原因 is a reason, every other field a value. */
export function partOfField(table: DataTableName | 'rectify' | 'review', field: string): SyncPart {
  if (table === 'rectify' || table === 'review') return table
  return field === 'reason' ? 'reasons' : 'values'
}

/**
 * Whether the folder's copy of a part is written without asking: always for a part the
 * 主管部门 owns; for a unit's own part only when it was not changed here since the last sync.
 */
export function folderCopyWins(part: SyncPart, changedHere: boolean): boolean {
  return PART_OWNER[part] === 'department' || !changedHere
}
