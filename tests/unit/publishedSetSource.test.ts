import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { usePublishedStore } from '@/stores/published'

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

afterEach(() => vi.unstubAllGlobals())

describe('published store: setSource', () => {
  it('waits for a sync under way instead of skipping the new folder', async () => {
    vi.stubGlobal('location', { href: 'http://app.test/' })
    const server = fakeFetch('/a/')
    vi.stubGlobal('fetch', server.fetch)
    setActivePinia(createPinia())
    const published = usePublishedStore()
    await published.load()
    const first = published.setSource('a/')
    await vi.waitFor(() => expect(server.asked).toEqual(['/a/jixiao-manifest.json']))
    const second = published.setSource('b/')
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(server.asked).toEqual(['/a/jixiao-manifest.json'])
    server.release()
    expect(await first).toMatchObject({ source: 'a/', ok: true, imported: 0 })
    expect(await second).toMatchObject({ source: 'b/', ok: true, imported: 0 })
    expect(server.asked).toEqual(['/a/jixiao-manifest.json', '/b/jixiao-manifest.json'])
    expect(published.status).toMatchObject({ source: 'b/', ok: true })
  })
})
