// The built CSS against the support floor: what the minifier wrote must work in Chromium 86.
// Lightning CSS lowers most of it (build.cssTarget); this finds what it could not.

/**
 * Features newer than the floor, with the Chromium that brought each. `value` ones are
 * harmless where the same rule declares the property before with an older value (the
 * browser keeps that one); the others have no such fallback.
 */
export const CSS_FEATURES = [
  { name: 'inset', chrome: 87, pattern: /(?:^|[{;])\s*inset(?:-inline|-block)?(?:-start|-end)?\s*:/ },
  {
    name: 'margin/padding-inline/block shorthand',
    chrome: 87,
    pattern: /(?:^|[{;])\s*(?:margin|padding)-(?:inline|block)\s*:/,
  },
  { name: 'aspect-ratio', chrome: 88, pattern: /(?:^|[{;])\s*aspect-ratio\s*:/ },
  { name: 'translate/rotate/scale properties', chrome: 104, pattern: /(?:^|[{;])\s*(?:translate|rotate|scale)\s*:/ },
  { name: ':where()', chrome: 88, selector: /:where\(/ },
  { name: ':has()', chrome: 105, selector: /:has\(/ },
  { name: 'CSS nesting (&)', chrome: 112, selector: /&/ },
  { name: '@container', chrome: 105, atRule: /@container\b/ },
  { name: '@layer', chrome: 99, atRule: /@layer\b/ },
  { name: 'color-mix()', chrome: 111, value: /color-mix\(/ },
  { name: 'lab()/lch()/oklab()/oklch()', chrome: 111, value: /\b(?:ok)?(?:lab|lch)\(/ },
  { name: 'dynamic viewport units', chrome: 108, value: /\d(?:dvh|svh|lvh|dvw|svw|lvw)\b/ },
  { name: 'overflow: clip', chrome: 90, value: /^overflow(?:-[xy])?:\s*clip\b/ },
]

/** `:is()` (Chromium 88) is fine when Lightning CSS wrote the `:-webkit-any()` twin rule too. */
const IS = { name: ':is()', chrome: 88 }

/** The rules of a minified (or plain) stylesheet: `{ selector, declarations }`, at-rule preludes apart. */
function rules(css) {
  const found = []
  const atRules = []
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""')
  const pattern = /([^{}]*)\{([^{}]*)\}/g
  let match
  while ((match = pattern.exec(text))) {
    // A nested rule's prelude starts after its parent's last declaration.
    const prelude = match[1] ?? ''
    found.push({
      selector: prelude.slice(prelude.lastIndexOf(';') + 1).trim(),
      declarations: (match[2] ?? '').split(';').map((d) => d.trim()),
    })
  }
  for (const at of text.matchAll(/@[\w-]+[^{;]*/g)) atRules.push(at[0])
  return { found, atRules, text }
}

/** A declaration list's earlier declaration of the same property: the older browsers' fallback. */
function hasFallback(declarations, index) {
  const property = declarations[index]?.split(':')[0]?.trim()
  return declarations.slice(0, index).some((d) => d.split(':')[0]?.trim() === property)
}

/**
 * Problems of one stylesheet for a Chromium floor: one line per feature and the first place it
 * is used; empty when the stylesheet works there.
 */
export function checkCss(css, chromeFloor, file = 'stylesheet') {
  const problems = new Map()
  const report = (feature, where) => {
    if (feature.chrome > chromeFloor && !problems.has(feature.name))
      problems.set(feature.name, `${file}: ${feature.name} (Chromium ${feature.chrome}) in "${where.slice(0, 80)}"`)
  }
  const { found, atRules, text } = rules(css)
  const selectors = new Set(found.map((r) => r.selector))
  for (const { selector, declarations } of found) {
    for (const feature of CSS_FEATURES) {
      if (feature.selector?.test(selector)) report(feature, selector)
      declarations.forEach((declaration, index) => {
        if (feature.pattern?.test(`;${declaration}`)) report(feature, declaration)
        if (feature.value?.test(declaration) && !hasFallback(declarations, index)) report(feature, declaration)
      })
    }
    if (selector.includes(':is(') && !selectors.has(selector.replaceAll(':is(', ':-webkit-any('))) report(IS, selector)
  }
  for (const at of atRules) for (const feature of CSS_FEATURES) if (feature.atRule?.test(at)) report(feature, at)
  if (/\{[^{}]*\{/.test(text.replace(/@[^{;]*\{/g, '')))
    report(
      CSS_FEATURES.find((f) => f.selector?.source === '&'),
      'nested rule',
    )
  return [...problems.values()]
}
