/**
 * A Vite plugin: `<link rel="modulepreload">` in index.html for the chunks that lazily
 * loaded modules need and the entry does not, and their stylesheets, so the browser fetches
 * them while the first screen is built; the modules run only once imported. For the overview's charts:
 * ECharts is the largest chunk, and on a slow PC fetching it only when the charts are asked
 * for made them wait (docs/benchmarks.md).
 */
export function preloadLazy(modules) {
  let base = './'
  return {
    name: 'jixiao:preload-lazy',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html
        const chunks = new Map(
          Object.values(bundle)
            .filter((output) => output.type === 'chunk')
            .map((chunk) => [chunk.fileName, chunk]),
        )
        const reached = (starts) => {
          const seen = new Set()
          const walk = (file) => {
            if (seen.has(file)) return
            seen.add(file)
            for (const next of chunks.get(file)?.imports ?? []) walk(next)
          }
          starts.forEach(walk)
          return seen
        }
        const initial = reached([...chunks.values()].filter((c) => c.isEntry).map((c) => c.fileName))
        const lazy = modules.map((module) => {
          const chunk = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith(module))
          if (!chunk) throw new Error(`preloadLazy: no chunk for ${module}`)
          return chunk.fileName
        })
        const files = [...reached(lazy)].filter((file) => !initial.has(file))
        const cssOf = (files) =>
          new Set([...files].flatMap((file) => [...(chunks.get(file)?.viteMetadata?.importedCss ?? [])]))
        const initialCss = cssOf(initial)
        // Their styles too (a few KB): when the modules are imported, nothing is left to fetch.
        const styles = [...cssOf(files)].filter((file) => !initialCss.has(file))
        return [
          ...files.map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head',
          })),
          ...styles.map((file) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head',
          })),
        ]
      },
    },
  }
}
