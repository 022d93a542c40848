/**
 * The benchmark's probe page: the app's own engine and importer, and the libraries it
 * stands on, exposed on `window` so the benchmark can time them in the same browser as
 * the app. Built by scripts/bench.mjs; never part of the app.
 */
import Dexie from 'dexie'
import Papa from 'papaparse'
import { evaluateAllAtLatest } from '@/domain/engine/evaluateAll'
import { planImport } from '@/io/importPlan'
import { parseCsvText } from '@/io/parseCsv'
import { SCHEMA_VERSIONS } from '@/db/schema'

// The stores of the schema versions before documents (v1–v6), to write a database as that release left it.
const legacyStores = SCHEMA_VERSIONS.filter((v) => v.version <= 6).map((v) => v.stores)

Object.assign(window, { jixiaoProbe: { Dexie, Papa, evaluateAllAtLatest, planImport, parseCsvText, legacyStores } })
