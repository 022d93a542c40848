/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/client" />

/** A hash of src/domain at build time: see vite.config.ts. */
declare const __ENGINE_VERSION__: string
