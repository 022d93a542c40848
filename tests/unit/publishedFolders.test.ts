import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { usePublishedStore } from '@/stores/published'
import { repositories } from '@/db'
import { db } from '@/db/database'

/** A manifest fetch per folder; `held` answers only when released. */
function fakeFetch(held: string) {
  const asked: string[] = []
  let release: () => void = () => undefined
  const gate = new Promise<void>((resolve) => (release = resolve))
  const fetch = async (url: URL) => {
    asked.push(url.pathname)
    if (url.pathname.startsWith(held)) await gate
    return new Response(JSON.stringify({ version: 1, files: [] }))
  }
  return { asked, release, fetch }
}

afterEach(async () => {
  vi.unstubAllGlobals()
  await db.settings.clear()
})

describe('published store: folders followed', () => {
  it('follows a second folder beside the first, after the first one’s sync, each with its own status', async () => {
    vi.stubGlobal('location', { href: 'http://app.test/' })
    const server = fakeFetch('/a/')
    vi.stubGlobal('fetch', server.fetch)
    setActivePinia(createPinia())
    const published = usePublishedStore()
    await published.load()
    const first = published.follow('a/')
    await vi.waitFor(() => expect(server.asked).toEqual(['/a/jixiao-manifest.json']))
    const second = published.follow('b/')
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(server.asked).toEqual(['/a/jixiao-manifest.json'])
    server.release()
    expect(await first).toMatchObject({ source: 'a/', ok: true, imported: 0 })
    expect(await second).toMatchObject({ source: 'b/', ok: true, imported: 0 })
    expect(server.asked).toEqual(['/a/jixiao-manifest.json', '/b/jixiao-manifest.json'])
    expect(published.folders.map((f) => [f.source, f.status?.source, f.status?.ok])).toEqual([
      ['a/', 'a/', true],
      ['b/', 'b/', true],
    ])
    await published.remove('a/')
    expect(published.folders.map((f) => f.source)).toEqual(['b/'])
    expect((await repositories.settings.get<{ source: string }[]>('publishedFolders'))?.map((f) => f.source)).toEqual([
      'b/',
    ])
  })

  it('takes the one folder stored before several could be as the first of the list, its files kept', async () => {
    await repositories.settings.set('publishedSource', 'old/')
    await repositories.settings.set('publishedStatus', { source: 'old/', checkedAt: 5, updatedAt: 4, ok: true })
    await repositories.settings.set('publishedFiles', { 'a.csv': { sha256: 'f'.repeat(64), batchId: 7 } })
    setActivePinia(createPinia())
    const published = usePublishedStore()
    await published.load()
    expect(published.folders).toEqual([
      {
        source: 'old/',
        status: { source: 'old/', checkedAt: 5, updatedAt: 4, ok: true },
        files: { 'a.csv': { sha256: 'f'.repeat(64), batchId: 7 } },
        baseline: 0,
        marks: {},
      },
    ])
    // Migrated once: the list is what is read from now on.
    expect(await repositories.settings.get('publishedFolders')).toEqual(published.folders)
  })
})
