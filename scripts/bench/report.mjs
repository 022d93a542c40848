/** Bundle sizes and the rows of the printed table. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { ROOT } from './common.mjs'

export function bundleSizes(scripts) {
  const assets = join(ROOT, 'dist', 'assets')
  const gz = (name) => gzipSync(readFileSync(join(assets, name))).length
  const all = readdirSync(assets).filter((f) => f.endsWith('.js'))
  const sum = (files) => files.reduce((total, f) => total + gz(f), 0)
  const initial = [...new Set(scripts.filter((s) => s.beforePaint).map((s) => s.file))].filter((f) => all.includes(f))
  const rendered = [...new Set(scripts.map((s) => s.file))].filter((f) => all.includes(f))
  return {
    initialGz: sum(initial),
    renderedGz: sum(rendered),
    initial,
    deferred: rendered.filter((f) => !initial.includes(f)),
    chunks: all.map((f) => ({ file: f, gz: gz(f) })).sort((a, b) => b.gz - a.gz),
  }
}

// ---------- report ----------

export function row(measure, value, unit, budget, verdictOk, note = '') {
  const shown =
    unit === 'KB'
      ? `${(value / 1024).toFixed(1)} KB`
      : unit === 'MB'
        ? `${(value / 1024 / 1024).toFixed(0)} MB`
        : unit === '×'
          ? `${value.toFixed(2)} ×`
          : `${value.toFixed(0)} ms`
  return `| ${measure} | ${shown} | ${budget} | ${verdictOk === null ? '—' : verdictOk ? 'pass' : '**over**'} | ${note} |`
}
