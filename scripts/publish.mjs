#!/usr/bin/env node
/**
 * npm run publish -- --out DIR [--rules RULES.json] FILE…
 *
 * Writes a published data folder (SPEC §8, docs/deploy.md): the files copied into DIR and
 * DIR/jixiao-manifest.json listing each with its SHA-256. Copy DIR next to the app on the
 * web server; the app opened with `#/?source=<DIR's address>` imports what changed.
 * A folder given as a FILE is taken whole, its files keeping their paths under it.
 * With --rules, the province's scoring rules (the file 数据 → 评分规则 → 下载规则文件 saves)
 * go into the manifest, and the app puts them in force with the data.
 */
import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative, sep } from 'node:path'
import { parseArgs } from 'node:util'

const { values, positionals } = parseArgs({
  options: { out: { type: 'string' }, rules: { type: 'string' } },
  allowPositionals: true,
})
const fail = (message) => {
  console.error(`publish: ${message}`)
  process.exit(1)
}
if (!values.out || positionals.length === 0)
  fail('usage: npm run publish -- --out DIR FILE… (CSV, .xlsx or .xls files, or folders of them)')

const READABLE = /\.(csv|txt|xlsx|xls)$/i
const MAX_BYTES = 50 * 1024 * 1024
/** [path in the folder, file on disk] for every file given, folders walked. */
const entries = []
for (const given of positionals) {
  const stat = statSync(given, { throwIfNoEntry: false })
  if (!stat) fail(`${given}: no such file`)
  if (stat.isDirectory()) {
    for (const name of readdirSync(given, { recursive: true })) {
      const file = join(given, name)
      if (statSync(file).isFile() && READABLE.test(file))
        entries.push([relative(given, file).split(sep).join('/'), file])
    }
  } else if (READABLE.test(given)) entries.push([basename(given), given])
  else fail(`${given}: not a .csv, .txt, .xlsx or .xls file`)
}
const seen = new Set()
for (const [path] of entries) {
  if (seen.has(path)) fail(`two files would be ${path} in the folder`)
  seen.add(path)
}

const files = entries
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, file]) => {
    const bytes = readFileSync(file)
    if (bytes.length > MAX_BYTES) fail(`${file}: over the 50 MB the app reads`)
    const target = join(values.out, ...path.split('/'))
    mkdirSync(dirname(target), { recursive: true })
    copyFileSync(file, target)
    return { path, sha256: createHash('sha256').update(bytes).digest('hex') }
  })
/** The rules file as the app saves it: a name and a number per threshold (the app checks their order). */
function readRulesFile(file) {
  let rules
  try {
    rules = JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    fail(`${file}: not a rules file (JSON)`)
  }
  const numbers = rules?.values && Object.values(rules.values)
  if (typeof rules?.name !== 'string' || !rules.name.trim() || !numbers?.length || !numbers.every(Number.isFinite))
    fail(`${file}: a rules file has a name and a number per threshold`)
  return { name: rules.name.trim(), values: rules.values }
}
const rules = values.rules === undefined ? undefined : readRulesFile(values.rules)
mkdirSync(values.out, { recursive: true })
writeFileSync(
  join(values.out, 'jixiao-manifest.json'),
  `${JSON.stringify({ version: 1, files, ...(rules && { rules }) }, null, 2)}\n`,
)
console.log(`published ${files.length} files to ${values.out} with jixiao-manifest.json`)
