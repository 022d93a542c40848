/// <reference types="vite/client" />

/** A hash of src/domain at build time: see vite.config.ts. */
declare const __ENGINE_VERSION__: string
