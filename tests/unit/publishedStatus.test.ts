// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import PublishedStatus from '@/components/PublishedStatus.vue'
import { i18n } from '@/i18n'
import { usePublishedStore } from '@/stores/published'
import type { FollowedFolder } from '@/stores/publishedFolders'

/** A folder followed whose last sync said `ok` (or an error), or waits for `pending` choices. */
const followed = (source: string, ok = true, pending?: number): FollowedFolder => ({
  source,
  files: {},
  baseline: 0,
  marks: {},
  status: {
    source,
    checkedAt: 2,
    updatedAt: 1,
    ok,
    ...(pending && { pending }),
    ...(!ok && { error: `${source} 无法访问` }),
  },
})

function shown(folders: FollowedFolder[]) {
  const pinia = createPinia()
  setActivePinia(pinia)
  usePublishedStore().folders = folders
  const wrapper = mount(PublishedStatus, { global: { plugins: [i18n, pinia] } })
  return {
    each: wrapper.findAll('[data-testid=published-status]').map((w) => w.find('code').text()),
    summary: wrapper.find('[data-testid=published-summary]').exists()
      ? wrapper.find('[data-testid=published-summary]').text()
      : null,
  }
}

describe('where the data comes from, on the overview', () => {
  it('shows up to three folders each', () => {
    expect(shown([followed('a/'), followed('b/', false), followed('c/')])).toEqual({
      each: ['a/', 'b/', 'c/'],
      summary: null,
    })
  })

  it('past three, sums up those synced well and shows each one that failed or waits for a choice', () => {
    const result = shown([
      followed('a/'),
      followed('b/', false),
      followed('c/'),
      followed('d/', true, 2),
      followed('e/'),
    ])
    expect(result.each).toEqual(['b/', 'd/'])
    expect(result.summary).toContain('3 个数据来源已同步')
  })

  it('shows nothing before any folder has synced', () => {
    expect(shown([{ source: 'a/', files: {}, baseline: 0, marks: {} }])).toEqual({ each: [], summary: null })
  })
})
