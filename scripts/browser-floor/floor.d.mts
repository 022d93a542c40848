/** The browserslist queries of package.json, e.g. `['chrome >= 86', 'firefox >= 115']`. */
export function floorQueries(packageJsonPath?: URL | string): string[]
/** The floor as build targets (`chrome86`, `firefox115`). */
export function floorTargets(queries?: string[]): string[]
/** The lowest Chromium version of the floor. */
export function chromiumFloor(queries?: string[]): number
