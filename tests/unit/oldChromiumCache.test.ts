import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { oldChromiumPath } from '../oldchrome/binaries'

const saved = process.env.XDG_CACHE_HOME
const made: string[] = []

/** An empty cache folder, taken as XDG_CACHE_HOME, removed after the test (a browser is 160 MB). */
function freshCache(): string {
  const cache = mkdtempSync(join(tmpdir(), 'jixiao-cache-'))
  made.push(cache)
  process.env.XDG_CACHE_HOME = cache
  return cache
}

afterEach(() => {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true })
  if (saved === undefined) delete process.env.XDG_CACHE_HOME
  else process.env.XDG_CACHE_HOME = saved
})

describe('oldChromiumPath', () => {
  it('reuses a browser already unpacked in the cache, named by the package version, without unpacking it again', () => {
    const cache = freshCache()
    const folder = join(cache, 'jixiao-board', 'chromium-92.0.0')
    mkdirSync(folder, { recursive: true })
    const binary = join(folder, 'chromium')
    writeFileSync(binary, 'already here', { mode: 0o755 })
    const before = statSync(binary).mtimeMs

    expect(oldChromiumPath(92)).toBe(binary)
    expect(readFileSync(binary, 'utf8')).toBe('already here')
    expect(statSync(binary).mtimeMs).toBe(before)
  })

  it('unpacks again over a cached file that cannot be run', () => {
    const cache = freshCache()
    const folder = join(cache, 'jixiao-board', 'chromium-109.0.6')
    mkdirSync(folder, { recursive: true })
    const binary = join(folder, 'chromium')
    writeFileSync(binary, 'not a browser', { mode: 0o644 })

    expect(oldChromiumPath(109)).toBe(binary)
    // An ELF executable, of a browser's size.
    expect(readFileSync(binary).subarray(0, 4)).toEqual(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))
    expect(statSync(binary).size).toBeGreaterThan(100_000_000)
    expect(statSync(binary).mode & 0o111).not.toBe(0)
  }, 60_000)
})
