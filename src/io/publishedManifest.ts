/**
 * The manifest of a published data folder (SPEC §8): `jixiao-manifest.json`, listing the
 * folder's CSV and `.xlsx` files with the SHA-256 of each. Read and checked here; what is
 * fetched and imported is decided by the published-data store. A bureau may publish its
 * province's scoring rules with its data (`"rules": {"name": …, "values": {…}}`).
 */
import { readRules, type Rules } from '@/domain/engine/rules'
import { checkRules } from '@/domain/engine/rulesCheck'

export const MANIFEST_NAME = 'jixiao-manifest.json'

export interface PublishedFile {
  /** Relative to the folder: `2024/targets.csv`. */
  path: string
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string
}

export interface Manifest {
  version: 1
  files: PublishedFile[]
  /** The scoring rules the data is to be read under, when the bureau publishes them. */
  rules?: Rules
}

export type ManifestRead = { ok: true; manifest: Manifest } | { ok: false; error: string }

const SHA256 = /^[0-9a-f]{64}$/
/** A path inside the folder: no scheme, no leading slash, no `..`, a file the importer reads. */
const SAFE_PATH = /^(?!\/)(?!.*(?:^|\/)\.\.(?:\/|$))[^\\:?#]+\.(csv|txt|xlsx|xls)$/i

/** Reads a manifest's text; every way it can be wrong is a Chinese sentence. */
export function readManifest(text: string): ManifestRead {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, error: '清单文件不是有效的 JSON' }
  }
  const data = value as { version?: unknown; files?: unknown; rules?: unknown }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, error: '清单文件应为一个对象：{"version":1,"files":[…]}' }
  if (data.version !== 1) return { ok: false, error: `清单版本 ${JSON.stringify(data.version)} 无法识别：应为 1` }
  if (!Array.isArray(data.files)) return { ok: false, error: '清单缺少 files 列表' }
  const files: PublishedFile[] = []
  const seen = new Set<string>()
  for (const [i, entry] of data.files.entries()) {
    const file = entry as { path?: unknown; sha256?: unknown }
    if (typeof file?.path !== 'string' || !SAFE_PATH.test(file.path))
      return { ok: false, error: `清单第 ${i + 1} 项的 path 无效：应为文件夹内的 .csv、.xlsx 或 .xls 文件` }
    if (typeof file.sha256 !== 'string' || !SHA256.test(file.sha256.toLowerCase()))
      return { ok: false, error: `清单第 ${i + 1} 项（${file.path}）的 sha256 无效：应为 64 位十六进制` }
    if (seen.has(file.path)) return { ok: false, error: `清单中 ${file.path} 出现了两次` }
    seen.add(file.path)
    files.push({ path: file.path, sha256: file.sha256.toLowerCase() })
  }
  if (data.rules === undefined) return { ok: true, manifest: { version: 1, files } }
  const rules = readRules(data.rules)
  if (!rules || checkRules(rules.values).length > 0)
    return { ok: false, error: '清单中的评分规则（rules）无效：应有名称和次序正确的各项阈值' }
  return { ok: true, manifest: { version: 1, files, rules } }
}

/**
 * The folder's URL as the app fetches it: absolute, ending in `/`, and on the app's own
 * origin (the strict CSP allows no other). Null, with the reason, otherwise.
 */
export function folderUrl(source: string, appUrl: string): { ok: true; url: string } | { ok: false; error: string } {
  let url: URL
  try {
    url = new URL(source, appUrl)
  } catch {
    return { ok: false, error: `数据来源地址无效：${source}` }
  }
  if (url.origin !== new URL(appUrl).origin)
    return { ok: false, error: `数据来源须与本应用同源（${new URL(appUrl).origin}）：${url.origin} 不允许` }
  url.hash = ''
  url.search = ''
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return { ok: true, url: url.href }
}
