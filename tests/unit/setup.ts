// Every test file gets an in-memory IndexedDB before any Dexie database is opened.
import 'fake-indexeddb/auto'
