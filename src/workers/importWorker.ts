// The import worker: reads, parses and checks uploaded files and writes them to the
// database, all off the page's main thread (see ImportSession). The page sends jobs and
// hears progress and summaries.
import '@/polyfills'
import { JixiaoDatabase } from '@/db/database'
import type { ImportRequest, ImportResponse, JobError } from './importProtocol'
import { ImportSession } from './importSession'

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null
  postMessage(message: ImportResponse): void
}

// The worker's own connection: like the page's, it closes when another tab upgrades the schema.
const db = new JixiaoDatabase()
const sessions = { import: new ImportSession(db), published: new ImportSession(db) }

/** The error's own name, or that of the IndexedDB error Dexie wraps. */
function jobError(cause: unknown): JobError {
  const error = cause as { name?: string; message?: string; inner?: { name?: string } } | null
  return { name: error?.inner?.name ?? error?.name ?? 'Error', message: error?.message ?? String(cause) }
}

scope.onmessage = async ({ data: request }) => {
  const { job } = request
  const session = sessions[request.session ?? 'import']
  const progress = (share: number) => scope.postMessage({ job, type: 'progress', share })
  try {
    switch (request.type) {
      case 'read':
        scope.postMessage({ job, type: 'read', result: await session.read(request.fileId, request.file, progress) })
        return
      case 'units':
        scope.postMessage({
          job,
          type: 'read',
          result: session.giveUnits(request.fileId, new Map(request.units)),
        })
        return
      case 'forget':
        session.forget(request.fileIds)
        scope.postMessage({ job, type: 'forgotten' })
        return
      case 'refuse':
        session.refuse(request.fileId, request.fileName, request.why)
        scope.postMessage({ job, type: 'refused' })
        return
      case 'check':
        scope.postMessage({
          job,
          type: 'checked',
          plan: await session.check(request.ticket, request.fileIds, progress, request.choices),
        })
        return
      case 'planned':
        scope.postMessage({ job, type: 'planned', planned: session.planned(request.ticket, request.unitYears) })
        return
      case 'commit':
        scope.postMessage({
          job,
          type: 'committed',
          result: await session.commit(
            request.ticket,
            request.files,
            progress,
            request.by,
            request.asOne,
            request.readyOnly,
            request.adjustment,
          ),
        })
        return
    }
  } catch (cause) {
    scope.postMessage({ job, type: 'failed', error: jobError(cause) })
  }
}
