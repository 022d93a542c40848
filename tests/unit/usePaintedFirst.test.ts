// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref, type Ref } from 'vue'
import { usePaintedFirst } from '@/components/usePaintedFirst'

/** Resolves after a frame and a task: when `afterNextPaint` has resolved. */
const afterFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5)))

describe('usePaintedFirst', () => {
  it('turns true only after the frame that first shows the part', async () => {
    const shown = ref(false)
    const held: { painted?: Ref<boolean> } = {}
    mount(
      defineComponent({
        setup() {
          held.painted = usePaintedFirst(() => shown.value)
          return () => h('div')
        },
      }),
    )
    const painted = held.painted!
    await afterFrame()
    // Not shown yet: a frame passing does not count.
    expect(painted.value).toBe(false)
    shown.value = true
    await nextTick()
    expect(painted.value).toBe(false)
    await afterFrame()
    await afterFrame()
    expect(painted.value).toBe(true)
  })
})
