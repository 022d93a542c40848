import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { checkCss } from '../../scripts/browser-floor/css.mjs'
import { chromiumFloor, floorQueries, floorTargets } from '../../scripts/browser-floor/floor.mjs'
import { checkScripts, withoutVueForwarders } from '../../scripts/browser-floor/scripts.mjs'

const QUERIES = ['chrome >= 86', 'firefox >= 115']

/** A folder holding the given files, as a built dist/ would. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'jx-floor-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}

/** The problems checkScripts finds in one module of the given text. */
function scriptProblems(code: string): string[] {
  const dir = folder({ 'a.js': code })
  return checkScripts([join(dir, 'a.js')], QUERIES, 86).map((p) => p.replace(`${dir}/`, ''))
}

describe('the support floor', () => {
  it('is read from package.json: Chromium 86 and Firefox ESR 115, as build targets', () => {
    expect(floorQueries()).toEqual(QUERIES)
    expect(floorTargets()).toEqual(['chrome86', 'firefox115'])
    expect(chromiumFloor()).toBe(86)
    expect(() => floorTargets(['last 2 versions'])).toThrow('is not of the form')
  })
})

describe('the script check (es-check per browser, and web APIs by name)', () => {
  it('passes what Chromium 86 runs: class fields, private methods, optional chaining, ??=', () => {
    expect(
      scriptProblems(
        'export class A { x = 1; #y = 2; static z = 3; #m() { return this.#y } n(o) { o.p ??= o?.q ?? 1 } }\n',
      ),
    ).toEqual([])
  })

  it('fails a class static block (Chromium 94)', () => {
    expect(scriptProblems('export class B { static { this.x = 1 } }\n')).toEqual([
      'a.js: Unsupported features detected: ClassStaticBlocks (chrome 86 requires 94). These require a higher ES version than 12 or are not supported by the target browsers.',
    ])
  })

  it('fails top-level await (Chromium 89)', () => {
    expect(scriptProblems('export const v = await Promise.resolve(1)\n')).toEqual([
      'a.js: Unsupported features detected: TopLevelAwait (chrome 86 requires 89). These require a higher ES version than 12 or are not supported by the target browsers.',
    ])
  })

  it('lets Object.hasOwn and Array.prototype.at through, since src/polyfills.ts supplies them', () => {
    expect(scriptProblems('export const a = Object.hasOwn({}, "k") && [1].at(-1)\n')).toEqual([])
  })

  it('fails a built-in nothing supplies: findLast (Chromium 97)', () => {
    expect(scriptProblems('export const f = [1, 2].findLast((x) => x > 1)\n')).toEqual([
      'a.js: Unsupported features detected: ArrayFindLast (chrome 86 requires 97). These require a higher ES version than 12 or are not supported by the target browsers.',
    ])
  })

  it('fails a web API es-check does not know: structuredClone (Chromium 98)', () => {
    expect(scriptProblems('export const c = structuredClone({})\n')).toEqual([
      'a.js: structuredClone (Chromium 98) is not in Chromium 86',
    ])
  })

  it('fails the regular-expression flag d (Chromium 90), which es-check does not name', () => {
    expect(scriptProblems('export const r = /a(b)/d, s = "/x/d", t = 1 / 2 / 3\n')).toEqual([
      'a.js: the regular-expression flag d (Chromium 90) is not in Chromium 86',
    ])
    expect(scriptProblems('export const r = /a(b)/gi, s = "/x/d", d = 4, t = 1 / d / 2\n')).toEqual([])
  })

  it("passes Vue's reactive arrays forwarding toSorted, but fails the app's own call", () => {
    const forwarders =
      'const r={toSorted(e){return Mt(this).toSorted(e)},toSpliced(...e){return Mt(this).toSpliced(...e)}};'
    expect(withoutVueForwarders(forwarders)).toBe(
      'const r={toSorted(e){return Mt(this)},toSpliced(...e){return Mt(this)}};',
    )
    expect(scriptProblems(`${forwarders}export{r}\n`)).toEqual([])
    expect(scriptProblems(`${forwarders}export const s=[2,1].toSorted()\n`)).toEqual([
      'a.js: Unsupported features detected: ArrayToSorted (chrome 86 requires 110). These require a higher ES version than 12 or are not supported by the target browsers.',
    ])
  })
})

describe('the stylesheet check', () => {
  it('passes what Lightning CSS writes for Chromium 86: longhands, :-webkit-any twins, fallbacks', () => {
    const css =
      '.a{top:0;right:0;bottom:0;left:0}.b:not(:-webkit-any(.c,.d)){color:red}.b:not(:is(.c,.d)){color:red}' +
      '.e{height:100vh;height:100dvh}@media (min-width:1px){.f{gap:4px}}'
    expect(checkCss(css, 86)).toEqual([])
  })

  it('fails inset, :is() without its twin, :where(), aspect-ratio, nesting and color-mix() without a fallback', () => {
    const css =
      '.a{position:absolute;inset:0}.b:is(.c,.d){color:red}:where(.e){margin:0}.f{aspect-ratio:1/1}' +
      '.g{color:red;&:hover{color:blue}}:root{--x:color-mix(in srgb, red, white 30%)}'
    expect(checkCss(css, 86, 'x.css')).toEqual([
      'x.css: inset (Chromium 87) in "inset:0"',
      'x.css: :is() (Chromium 88) in ".b:is(.c,.d)"',
      'x.css: :where() (Chromium 88) in ":where(.e)"',
      'x.css: aspect-ratio (Chromium 88) in "aspect-ratio:1/1"',
      'x.css: CSS nesting (&) (Chromium 112) in "&:hover"',
      'x.css: color-mix() (Chromium 111) in "--x:color-mix(in srgb, red, white 30%)"',
    ])
  })

  it('passes the same features for a floor that has them', () => {
    expect(checkCss('.a{inset:0}.b:is(.c){aspect-ratio:1}', 88)).toEqual([])
  })
})

describe('npm run check:browsers', () => {
  const run = (dir: string) => spawnSync('node', ['scripts/check-browsers.mjs', dir], { encoding: 'utf8' })

  it('passes a built folder within the floor, with an ES5 boot check', () => {
    const dir = folder({
      'boot-check.js': "(function () { var a = [1]; if (a.length) { document.title = 'x' } })()\n",
      'assets/index.js': 'export const a = (o) => o?.b ?? 1\n',
      'assets/index.css': '.a{top:0;left:0}\n',
    })
    expect(execFileSync('node', ['scripts/check-browsers.mjs', dir], { encoding: 'utf8' })).toBe(
      'check:browsers (chrome >= 86, firefox >= 115): 1 scripts, 1 ES5 scripts, 1 stylesheets; 0 problems\n',
    )
  })

  it('fails, exit 1, on a boot check that is not ES5, a static block and inset', () => {
    const dir = folder({
      'boot-check.js': 'let a = 1\nwindow.addEventListener("error", f, true,)\n',
      'assets/index.js': 'export class B { static { this.x = 1 } }\n',
      'assets/index.css': '.a{inset:0}\n',
    })
    const result = run(dir)
    expect(result.status).toBe(1)
    expect(result.stdout).toBe(
      'check:browsers (chrome >= 86, firefox >= 115): 1 scripts, 1 ES5 scripts, 1 stylesheets; 3 problems\n',
    )
    const lines = result.stderr.trim().split('\n')
    expect(lines[0]).toBe(
      `${dir}/assets/index.js: Unsupported features detected: ClassStaticBlocks (chrome 86 requires 94). These require a higher ES version than 12 or are not supported by the target browsers.`,
    )
    expect(lines[1]).toMatch(new RegExp(`^${dir}/boot-check.js: not ES5: `))
    expect(lines[2]).toBe(`${dir}/assets/index.css: inset (Chromium 87) in "inset:0"`)
  })

  it('fails a folder with nothing built', () => {
    const result = run(folder({ 'index.html': '<!doctype html>' }))
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(': no scripts to check (build first)')
  })
})

// Loading the project's ESLint config (typescript-eslint, Vue) takes seconds on a busy machine.
describe("ESLint's compat rule on src/", { timeout: 60_000 }, () => {
  const eslint = new ESLint()
  const lint = async (code: string) => {
    const [result] = await eslint.lintText(code, { filePath: 'src/floorProbe.ts' })
    return result!.messages.filter((m) => m.ruleId === 'compat/compat').map((m) => m.message)
  }

  it('fails an API Chromium 86 lacks and nothing supplies', async () => {
    expect(await lint('export const c = structuredClone({ a: 1 })\n')).toEqual([
      'structuredClone is not supported in Chrome 86',
    ])
  })

  it('lets through the built-ins src/polyfills.ts supplies', async () => {
    expect(await lint("export const a = Object.hasOwn({ a: 1 }, 'a') && [1, 2].at(-1)\n")).toEqual([])
  })
})
