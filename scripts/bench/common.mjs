/** Paths and helpers shared by the benchmark's modules. */
import { join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '..', '..')
export const DATA = join(ROOT, 'bench-data')
export const PORT = Number(process.env.BENCH_PORT ?? 4181)
export const BASE = `http://127.0.0.1:${PORT}/`

/** The middle value (the mean of the two middle ones for an even count). */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}

/** Progress on stderr, so stdout carries only the table. */
export const log = (message) => process.stderr.write(`· ${message}\n`)

/** Waits until a preview server answers at `base` (twenty seconds at most). */
export async function waitForServer(base) {
  for (let i = 0; i < 100; i++) {
    const up = await fetch(base).then(
      (r) => r.ok,
      () => false,
    )
    if (up) return
    await new Promise((r) => setTimeout(r, 200))
  }
}
