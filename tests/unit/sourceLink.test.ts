import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { followSourceLinks, sourceOf } from '@/router/sourceLink'

const Blank = defineComponent({ render: () => null })

/** A router on the app's shape of routes, already at `start`. */
async function routerAt(start: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Blank },
      { path: '/data', component: Blank },
    ],
  })
  await router.push(start)
  await router.isReady()
  return router
}

/** A follow that records each source it is given, in order. */
function recorder() {
  const followed: string[] = []
  return { followed, follow: (source: string) => (followed.push(source), Promise.resolve()) }
}

/** Lets queued follows run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('sourceOf', () => {
  it('reads the first non-empty source of a query', () => {
    expect(sourceOf({ source: 'data/2024/' })).toBe('data/2024/')
    expect(sourceOf({ source: ['a/', 'b/'] })).toBe('a/')
    expect(sourceOf({ source: '' })).toBeNull()
    expect(sourceOf({ source: null })).toBeNull()
    expect(sourceOf({ unit: 'x' })).toBeNull()
  })
})

describe('followSourceLinks', () => {
  it('follows the link the app opened with once, and not again on navigations that keep it', async () => {
    const router = await routerAt('/?source=a%2F')
    const { followed, follow } = recorder()
    expect(followSourceLinks(router, follow)).toBe(true)
    await router.replace({ query: { ...router.currentRoute.value.query, unit: 'u', year: '2024', q: '3' } })
    await router.push({ path: '/data', query: router.currentRoute.value.query })
    await router.push({ path: '/', query: { ...router.currentRoute.value.query, q: '2' } })
    await settle()
    expect(followed).toEqual(['a/'])
  })

  it('follows a link pasted later, once, whichever the route', async () => {
    const router = await routerAt('/?unit=u&year=2024&q=3')
    const { followed, follow } = recorder()
    expect(followSourceLinks(router, follow)).toBe(false)
    await router.push('/data')
    await settle()
    expect(followed).toEqual([])
    await router.push('/data?source=b%2F')
    await router.replace('/data?source=b%2F&unit=u&year=2024&q=3')
    await settle()
    expect(followed).toEqual(['b/'])
    await router.push('/?source=c%2F&unit=u&year=2024&q=3')
    await settle()
    expect(followed).toEqual(['b/', 'c/'])
  })

  it('ignores a navigation that did not happen', async () => {
    const router = await routerAt('/')
    router.beforeEach((to) => to.path !== '/data')
    const { followed, follow } = recorder()
    followSourceLinks(router, follow)
    await router.push('/data?source=d%2F')
    await settle()
    expect(router.currentRoute.value.fullPath).toBe('/')
    expect(followed).toEqual([])
  })

  it('runs follows one after another, in the order the links came, past one that fails', async () => {
    const router = await routerAt('/?source=a%2F')
    const log: string[] = []
    let release: () => void = () => undefined
    const first = new Promise<void>((resolve) => (release = resolve))
    followSourceLinks(router, async (source) => {
      log.push(`start ${source}`)
      if (source === 'a/') await first
      if (source === 'b/') throw new Error('unreachable')
      log.push(`end ${source}`)
    })
    await router.push('/?source=b%2F')
    await router.push('/?source=c%2F')
    await settle()
    expect(log).toEqual(['start a/'])
    release()
    await settle()
    expect(log).toEqual(['start a/', 'end a/', 'start b/', 'start c/', 'end c/'])
  })
})
