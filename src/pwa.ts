/**
 * The service worker that makes the app installable and usable offline (SPEC §8). Over
 * plain HTTP browsers allow none: the app then works as a web page, and 数据 says why.
 * A new build is announced, never swapped in on its own (see stores/appUpdate).
 */
import { registerSW } from 'virtual:pwa-register'

/** Whether this browser, on this address, can install the app and open it offline. */
export const canWorkOffline = (): boolean => window.isSecureContext && 'serviceWorker' in navigator

/** Registers the service worker; `onNewVersion` hears of a new build with the function that swaps it in. */
export function startServiceWorker(onNewVersion: (apply: () => Promise<void>) => void): void {
  if (!canWorkOffline()) return
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => onNewVersion(() => update(true)),
  })
}
