import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_RULES } from '@/domain/engine/rules'
import { readManifest } from '@/io/publishedManifest'

describe('npm run publish', () => {
  it("copies the files and writes a manifest the app reads, with each file's SHA-256", () => {
    const dir = mkdtempSync(join(tmpdir(), 'jx-publish-'))
    mkdirSync(join(dir, 'in', '2024'), { recursive: true })
    writeFileSync(join(dir, 'in', '2024', 'targets.csv'), '年度,单位\n')
    writeFileSync(join(dir, 'in', 'budget.csv'), '年度,单位,预算项目\n')
    writeFileSync(join(dir, 'notes.md'), 'not data')
    execFileSync('node', ['scripts/publish.mjs', '--out', join(dir, 'out'), join(dir, 'in')])
    const manifest = readManifest(readFileSync(join(dir, 'out', 'jixiao-manifest.json'), 'utf8'))
    const sha = (text: string) => createHash('sha256').update(text).digest('hex')
    expect(manifest).toEqual({
      ok: true,
      manifest: {
        version: 1,
        files: [
          { path: '2024/targets.csv', sha256: sha('年度,单位\n') },
          { path: 'budget.csv', sha256: sha('年度,单位,预算项目\n') },
        ],
      },
    })
    expect(readFileSync(join(dir, 'out', '2024', 'targets.csv'), 'utf8')).toBe('年度,单位\n')
    expect(() =>
      execFileSync('node', ['scripts/publish.mjs', '--out', join(dir, 'out2'), join(dir, 'notes.md')], {
        stdio: 'pipe',
      }),
    ).toThrow(/not a \.csv/)
  })

  it('puts a rules file into the manifest, and refuses one that is not rules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jx-publish-rules-'))
    writeFileSync(join(dir, 'targets.csv'), '年度,单位\n')
    const values = { ...DEFAULT_RULES.values, gradeYou: 85 }
    writeFileSync(join(dir, '规则.json'), JSON.stringify({ name: '江西省', values }))
    execFileSync('node', [
      'scripts/publish.mjs',
      '--out',
      join(dir, 'out'),
      '--rules',
      join(dir, '规则.json'),
      join(dir, 'targets.csv'),
    ])
    const manifest = readManifest(readFileSync(join(dir, 'out', 'jixiao-manifest.json'), 'utf8'))
    expect(manifest.ok && manifest.manifest.rules).toEqual({ name: '江西省', values })
    writeFileSync(join(dir, '坏.json'), JSON.stringify({ name: '江西省', values: { gradeYou: '85' } }))
    expect(() =>
      execFileSync(
        'node',
        ['scripts/publish.mjs', '--out', join(dir, 'out2'), '--rules', join(dir, '坏.json'), join(dir, 'targets.csv')],
        { stdio: 'pipe' },
      ),
    ).toThrow(/a rules file has a name/)
  })
})
