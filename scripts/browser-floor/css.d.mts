/** A CSS feature newer than some Chromium, and how to find it in a stylesheet. */
export interface CssFeature {
  name: string
  chrome: number
  pattern?: RegExp
  selector?: RegExp
  atRule?: RegExp
  value?: RegExp
}
export const CSS_FEATURES: CssFeature[]
/** Problems of one stylesheet for a Chromium floor; empty when it works there. */
export function checkCss(css: string, chromeFloor: number, file?: string): string[]
