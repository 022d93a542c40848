import { describe, expect, it } from 'vitest'
import { preloadLazy } from '../../scripts/vite/preloadLazy.mjs'

/** A built chunk as Vite hands it to `transformIndexHtml`. */
const chunk = (fileName: string, imports: string[], css: string[] = [], more: Record<string, unknown> = {}) => ({
  type: 'chunk',
  fileName,
  imports,
  viteMetadata: { importedCss: new Set(css) },
  ...more,
})

// The entry needs a shared chunk; the charts need it too, their own chunk and ECharts.
const BUNDLE = {
  'assets/index.js': chunk('assets/index.js', ['assets/vue.js'], ['assets/index.css'], { isEntry: true }),
  'assets/vue.js': chunk('assets/vue.js', []),
  'assets/Charts.js': chunk('assets/Charts.js', ['assets/vue.js', 'assets/echarts.js'], ['assets/Charts.css'], {
    facadeModuleId: '/app/src/components/Charts.vue',
  }),
  'assets/echarts.js': chunk('assets/echarts.js', [], ['assets/index.css']),
  'assets/Other.js': chunk('assets/Other.js', [], ['assets/Other.css'], { facadeModuleId: '/app/src/Other.vue' }),
}

function tagsFor(modules: string[]) {
  const plugin = preloadLazy(modules) as unknown as {
    configResolved(config: { base: string }): void
    transformIndexHtml: { handler(html: string, ctx: { bundle?: unknown }): unknown }
  }
  plugin.configResolved({ base: './' })
  return plugin.transformIndexHtml.handler('<html></html>', { bundle: BUNDLE })
}

describe('preloadLazy', () => {
  it('preloads the chunks and styles a lazy module needs and the entry does not', () => {
    expect(tagsFor(['/src/components/Charts.vue'])).toEqual([
      {
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: './assets/Charts.js' },
        injectTo: 'head',
      },
      {
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: './assets/echarts.js' },
        injectTo: 'head',
      },
      { tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: './assets/Charts.css' }, injectTo: 'head' },
    ])
  })

  it('fails the build when no chunk holds the module named', () => {
    expect(() => tagsFor(['/src/components/Gone.vue'])).toThrow('no chunk for /src/components/Gone.vue')
  })
})
