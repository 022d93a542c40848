import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readManifest } from '@/io/publishedManifest'

describe('npm run publish', () => {
  it('copies the files and writes a manifest the app reads, with each file\'s SHA-256', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jx-publish-'))
    mkdirSync(join(dir, 'in', '2024'), { recursive: true })
    writeFileSync(join(dir, 'in', '2024', 'targets.csv'), '年度,单位\n')
    writeFileSync(join(dir, 'in', 'budget.csv'), '年度,单位,预算项目\n')
    writeFileSync(join(dir, 'notes.md'), 'not data')
    execFileSync('node', ['scripts/publish.mjs', '--out', join(dir, 'out'), join(dir, 'in')])
    const manifest = readManifest(readFileSync(join(dir, 'out', 'jixiao-manifest.json'), 'utf8'))
    const sha = (text: string) => createHash('sha256').update(text).digest('hex')
    expect(manifest).toEqual({ ok: true, manifest: { version: 1, files: [{ path: '2024/targets.csv', sha256: sha('年度,单位\n') }, { path: 'budget.csv', sha256: sha('年度,单位,预算项目\n') }] } })
    expect(readFileSync(join(dir, 'out', '2024', 'targets.csv'), 'utf8')).toBe('年度,单位\n')
    expect(() => execFileSync('node', ['scripts/publish.mjs', '--out', join(dir, 'out2'), join(dir, 'notes.md')], { stdio: 'pipe' })).toThrow(/not a \.csv/)
  })
})
