/** What a committed write changed, as every context of the app (tabs, the import worker) hears it. */
export interface DataChange {
  /** The data version after the write: a catalog read at this version or later already shows it. */
  version: number
  /** Units' data changed (and with it the catalog, the history and the kept ranking). */
  documents: boolean
  /** The rules in force or the presets may have changed. */
  rules: boolean
}

/** Hears a change of the stored data. */
export type DataChangeListener = (change: DataChange) => void

/**
 * The data-changed signal of one database: a change announced here reaches this
 * context's listeners directly and every other context through a BroadcastChannel
 * (which never delivers to the object that posted).
 */
export class DataChanges {
  private readonly listeners = new Set<DataChangeListener>()
  /** Opened at first use; null where the platform has no BroadcastChannel. */
  private channel: BroadcastChannel | null | undefined

  constructor(private readonly databaseName: string) {}

  /** Tells every listener, here and in the other contexts, of a change that has been committed. */
  announce(change: DataChange): void {
    this.opened()?.postMessage(change)
    this.tell(change)
  }

  /** Calls `listener` after every committed change, wherever it was written; returns the unsubscribe. */
  listen(listener: DataChangeListener): () => void {
    this.opened()
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private tell(change: DataChange): void {
    for (const listener of [...this.listeners]) {
      // A failing listener must neither silence the others nor fail a write that has committed.
      try {
        listener(change)
      } catch (cause) {
        if (typeof reportError === 'function') reportError(cause)
        else console.error(cause)
      }
    }
  }

  private opened(): BroadcastChannel | null {
    if (this.channel !== undefined) return this.channel
    this.channel =
      typeof BroadcastChannel === 'function' ? new BroadcastChannel(`${this.databaseName}:data-changed`) : null
    if (this.channel) {
      this.channel.onmessage = ({ data }: MessageEvent<unknown>) => {
        if (isDataChange(data)) this.tell(data)
      }
      // Under Node (the tests) an open channel would keep the process alive; browsers have no unref.
      const inNode = this.channel as { unref?: () => void }
      inNode.unref?.()
    }
    return this.channel
  }
}

function isDataChange(data: unknown): data is DataChange {
  const change = data as Partial<DataChange> | null
  return (
    typeof change?.version === 'number' && typeof change.documents === 'boolean' && typeof change.rules === 'boolean'
  )
}
