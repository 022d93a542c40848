import { repositories } from '@/db'

/** What a folder's last sync said: where the data came from, when, and what happened. */
export interface SyncStatus {
  source: string
  /** When the folder was last reached. */
  checkedAt: number
  /** When data from it was last written. */
  updatedAt?: number
  ok: boolean
  /** Files imported by the last sync that wrote anything. */
  imported?: number
  /** Unit-years changed here that the folder would change: waiting for a choice, nothing written. */
  pending?: number
  /** Why the last sync wrote nothing (unreachable, a bad manifest, a tampered file …), in Chinese. */
  error?: string
}

/** Each published file last imported: its hash and the batch that imported it. */
export type ImportedFiles = Record<string, { sha256: string; batchId: number }>

/** A published folder the app follows, and what it remembers of it. */
export interface FollowedFolder {
  source: string
  status?: SyncStatus
  files: ImportedFiles
  /** The newest batch when the folder was added: a change after it counts for unit-years the folder never saw. */
  baseline: number
  /** Per unit-year (`unitYearIdOf`), the newest batch when the folder last wrote or saw it. */
  marks: Record<string, number>
}

const FOLDERS_KEY = 'publishedFolders'

/**
 * The folders followed. Before several could be, one folder was kept under `publishedSource`,
 * `publishedStatus` and `publishedFiles`: it becomes the first of the list, its data taken as
 * seen by it up to the newest batch.
 */
export async function loadFolders(): Promise<FollowedFolder[]> {
  const stored = await repositories.settings.get<FollowedFolder[]>(FOLDERS_KEY)
  if (Array.isArray(stored)) return stored
  const [source, status, files] = await Promise.all([
    repositories.settings.get<string>('publishedSource'),
    repositories.settings.get<SyncStatus>('publishedStatus'),
    repositories.settings.get<ImportedFiles>('publishedFiles'),
  ])
  if (typeof source !== 'string' || source === '') return []
  const folders = [
    {
      source,
      ...(status && { status }),
      files: files ?? {},
      baseline: await repositories.sync.latestBatchId(),
      marks: {},
    },
  ]
  await saveFolders(folders)
  return folders
}

/** Stores the folders followed, and what is remembered of each. */
export async function saveFolders(folders: readonly FollowedFolder[]): Promise<void> {
  await repositories.settings.set(FOLDERS_KEY, folders)
}

/** A folder newly followed: nothing imported from it yet, and changes made here before it not counted. */
export async function newFolder(source: string): Promise<FollowedFolder> {
  return { source, files: {}, baseline: await repositories.sync.latestBatchId(), marks: {} }
}
