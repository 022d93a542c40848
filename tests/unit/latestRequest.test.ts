import { describe, expect, it } from 'vitest'
import { latestRequest } from '@/stores/latestRequest'

describe('latestRequest: the latest request wins', () => {
  it('keeps only the newest request current, numbering them in order', () => {
    const requests = latestRequest()
    const first = requests.start()
    expect(first).toMatchObject({ ticket: 1 })
    expect(first.isCurrent()).toBe(true)
    const second = requests.start()
    expect([first.isCurrent(), second.isCurrent(), second.ticket, requests.ticket]).toEqual([false, true, 2, 2])
  })

  it('drops an older answer that arrives after a newer one', async () => {
    const requests = latestRequest()
    const shown: string[] = []
    const load = async (value: string, delay: number) => {
      const request = requests.start()
      await new Promise((resolve) => setTimeout(resolve, delay))
      if (request.isCurrent()) shown.push(value)
    }
    await Promise.all([load('slow, older', 20), load('fast, newer', 1)])
    expect(shown).toEqual(['fast, newer'])
  })
})
