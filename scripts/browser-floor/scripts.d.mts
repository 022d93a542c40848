/** es-check's names of the built-ins src/polyfills.ts supplies. */
export const POLYFILLED: string[]
/** Web APIs newer than the floor that es-check does not know. */
export const WEB_APIS: { name: string; chrome: number; pattern: RegExp }[]
/** Regular-expression flags es-check does not name, with the Chromium that brought each. */
export const REGEX_FLAGS: { flag: string; chrome: number }[]
/** The flags of the regular-expression literals in a script. */
export function regexFlags(code: string): Set<string>
/** The text es-check reads: Vue's forwarding array methods blanked. */
export function withoutVueForwarders(code: string): string
/** Problems of the built scripts for the browsers of `queries`; empty when all is well. */
export function checkScripts(files: string[], queries: string[], chromeFloor: number): string[]
