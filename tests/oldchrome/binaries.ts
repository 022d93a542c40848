// The old Chromium builds the suite runs in, each a complete headless Chromium shipped inside an
// npm package (`@sparticuz/chromium`, installed under the aliases chromium92 and chromium109), so
// no browser is ever downloaded. The package ships the binary brotli-compressed; it is unpacked
// once into ~/.cache/jixiao-board/chromium-<version>/ and reused by every later run.
import { accessSync, constants, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { brotliDecompressSync } from 'node:zlib'

/** The aliases of `@sparticuz/chromium` in package.json, by the Chromium major version each holds. */
export const OLD_CHROMIUMS = { 92: 'chromium92', 109: 'chromium109' } as const
export type OldChromium = keyof typeof OLD_CHROMIUMS

const require = createRequire(import.meta.url)

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return statSync(path).size > 0
  } catch {
    return false
  }
}

/**
 * The path of the unpacked Chromium of that major version, unpacking it on first use.
 * Only the browser itself is unpacked: the package's Lambda libraries (`aws.tar.br`) and
 * SwiftShader are not needed where Debian's Chromium dependencies are installed and the GPU is off.
 */
export function oldChromiumPath(major: OldChromium): string {
  const packageDir = dirname(require.resolve(`${OLD_CHROMIUMS[major]}/package.json`))
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }
  const cache = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'jixiao-board', `chromium-${version}`)
  const binary = join(cache, 'chromium')
  if (isExecutable(binary)) return binary
  mkdirSync(cache, { recursive: true })
  // Written aside and renamed, so a run stopped halfway never leaves a truncated browser behind.
  const partial = `${binary}.${process.pid}.part`
  writeFileSync(partial, brotliDecompressSync(readFileSync(join(packageDir, 'bin', 'chromium.br'))), { mode: 0o755 })
  renameSync(partial, binary)
  return binary
}
