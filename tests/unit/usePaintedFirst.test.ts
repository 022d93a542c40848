// @vitest-environment happy-dom
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { usePaintedFirst } from '@/components/usePaintedFirst'

/** Resolves after a frame and a task: when `afterNextPaint` has resolved. */
const afterFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 5)))

describe('usePaintedFirst', () => {
  it('turns true only after the frame that first shows the part', async () => {
    const shown = ref(false)
    let painted = ref(false)
    mount(
      defineComponent({
        setup() {
          painted = usePaintedFirst(() => shown.value)
          return () => h('div')
        },
      }),
    )
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
