/** Bundle sizes and the rows of the printed table. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { median, ROOT } from './common.mjs'

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

/** Budgets on a slow office PC (the CPU slowed `rate` times), in ms; the sample's and the city's alike. */
const SLOW_BUDGETS = { firstScreen: 1200, cold: 2000, switchUnit: 400 }

/**
 * The overview's figures at full speed beside the same slowed `rate` times: the first
 * screen (score and 双监控 light), the charts drawn, the switch and the drill-down.
 */
export function slowTable(sample, city, rate) {
  const lines = [
    `| measure | full speed | CPU ÷ ${rate} | budget at ${rate}× | verdict | runs at ${rate}× |`,
    '|---|---|---|---|---|---|',
  ]
  const measures = [
    ['firstScreen', 'cold load of #/ until the score and the 双监控 light show'],
    ['cold', 'cold load of #/ until the charts in view are drawn'],
    ['switchUnit', null],
    ['drill', 'opening a drill-down, its trend drawn'],
  ]
  for (const [name, fast, slow] of [
    ['sample', sample[1], sample[rate]],
    ['city', city, city.slow],
  ])
    for (const [key, words] of measures) {
      const label = words ?? (name === 'sample' ? 'switching from Q3 to Q2 (one unit)' : 'switching unit')
      const value = median(slow[key])
      const budget = key === 'switchUnit' && name === 'sample' ? undefined : SLOW_BUDGETS[key]
      lines.push(
        `| ${name}: ${label} | ${median(fast[key]).toFixed(0)} ms | ${value.toFixed(0)} ms | ${budget ? `≤ ${budget} ms` : '—'} | ${budget ? (value <= budget ? 'pass' : '**over**') : '—'} | ${slow[key].map((v) => v.toFixed(0)).join(', ')} |`,
      )
    }
  return lines
}
