import { CatalogRepository } from './catalogRepository'
import { db } from './database'
import { DatasetRepository } from './datasetRepository'
import { ImportRepository } from './importRepository'
import { ParentRepository } from './parentRepository'
import { RectifyRepository } from './rectifyRepository'
import { ReviewRepository } from './reviewRepository'
import { RulesRepository } from './rulesRepository'
import { SettingsRepository } from './settingsRepository'
import { SyncRepository } from './syncRepository'
import type { DataChangeListener } from './dataChanges'

export type { DataChange } from './dataChanges'

/** The repositories over the app's database, for the stores. */
export const repositories = {
  catalog: new CatalogRepository(db),
  dataset: new DatasetRepository(db),
  imports: new ImportRepository(db),
  parents: new ParentRepository(db),
  rectify: new RectifyRepository(db),
  review: new ReviewRepository(db),
  rules: new RulesRepository(db),
  settings: new SettingsRepository(db),
  sync: new SyncRepository(db),
}

/**
 * Calls `listener` after every committed change of the stored data, written here, in the
 * import worker or in another tab; returns the unsubscribe.
 */
export function onDataChanged(listener: DataChangeListener): () => void {
  return db.changes.listen(listener)
}

/** Calls `listener` when another tab upgrades the database schema. */
export function onUpgradeElsewhere(listener: () => void): () => void {
  return db.onUpgradeElsewhere(listener)
}

/** Whether opening the database will first upgrade data an older version of the app stored. */
export function upgradePending(): Promise<boolean> {
  return db.upgradePending()
}
