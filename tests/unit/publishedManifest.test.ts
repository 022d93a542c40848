import { describe, expect, it } from 'vitest'
import { DEFAULT_RULES } from '@/domain/engine/rules'
import { folderUrl, readManifest } from '@/io/publishedManifest'

const SHA = 'a'.repeat(64)

describe("the published folder's manifest", () => {
  it('reads a valid manifest, paths relative to the folder, hashes in lower case', () => {
    expect(
      readManifest(
        JSON.stringify({
          version: 1,
          files: [
            { path: '2024/targets.csv', sha256: SHA.toUpperCase() },
            { path: '监控表.xlsx', sha256: SHA },
          ],
        }),
      ),
    ).toEqual({
      ok: true,
      manifest: {
        version: 1,
        files: [
          { path: '2024/targets.csv', sha256: SHA },
          { path: '监控表.xlsx', sha256: SHA },
        ],
      },
    })
  })

  it("reads the province's rules a bureau publishes with its data, and refuses rules out of order", () => {
    const values = { ...DEFAULT_RULES.values, gradeYou: 85, gradeLiang: 75 }
    const with_ = (rules: unknown) => readManifest(JSON.stringify({ version: 1, files: [], rules }))
    expect(with_({ name: '江西省', values })).toEqual({
      ok: true,
      manifest: { version: 1, files: [], rules: { name: '江西省', values } },
    })
    expect(with_({ name: '江西省', values: { ...values, gradeLiang: 90 } })).toEqual({
      ok: false,
      error: '清单中的评分规则（rules）无效：应有名称和次序正确的各项阈值',
    })
    expect(with_({ name: '江西省' })).toEqual({
      ok: false,
      error: '清单中的评分规则（rules）无效：应有名称和次序正确的各项阈值',
    })
  })

  it.each([
    ['not json', '清单文件不是有效的 JSON'],
    ['[]', '清单文件应为一个对象：{"version":1,"files":[…]}'],
    ['{"version":2,"files":[]}', '清单版本 2 无法识别：应为 1'],
    ['{"version":1}', '清单缺少 files 列表'],
    [
      `{"version":1,"files":[{"path":"../secret.csv","sha256":"${SHA}"}]}`,
      '清单第 1 项的 path 无效：应为文件夹内的 .csv、.xlsx 或 .xls 文件',
    ],
    [
      `{"version":1,"files":[{"path":"/etc/a.csv","sha256":"${SHA}"}]}`,
      '清单第 1 项的 path 无效：应为文件夹内的 .csv、.xlsx 或 .xls 文件',
    ],
    [
      `{"version":1,"files":[{"path":"http://x/a.csv","sha256":"${SHA}"}]}`,
      '清单第 1 项的 path 无效：应为文件夹内的 .csv、.xlsx 或 .xls 文件',
    ],
    [
      `{"version":1,"files":[{"path":"a.exe","sha256":"${SHA}"}]}`,
      '清单第 1 项的 path 无效：应为文件夹内的 .csv、.xlsx 或 .xls 文件',
    ],
    [
      '{"version":1,"files":[{"path":"a.csv","sha256":"abc"}]}',
      '清单第 1 项（a.csv）的 sha256 无效：应为 64 位十六进制',
    ],
    [
      `{"version":1,"files":[{"path":"a.csv","sha256":"${SHA}"},{"path":"a.csv","sha256":"${SHA}"}]}`,
      '清单中 a.csv 出现了两次',
    ],
  ])('refuses %s with a Chinese reason', (text, error) => {
    expect(readManifest(text)).toEqual({ ok: false, error })
  })

  it("resolves the folder on the app's own origin only", () => {
    const app = 'https://jx.example.cn/app/index.html#/'
    expect(folderUrl('data/2024', app)).toEqual({ ok: true, url: 'https://jx.example.cn/app/data/2024/' })
    expect(folderUrl('/published/?x=1#y', app)).toEqual({ ok: true, url: 'https://jx.example.cn/published/' })
    expect(folderUrl('https://evil.example.com/data/', app)).toEqual({
      ok: false,
      error: '数据来源须与本应用同源（https://jx.example.cn）：https://evil.example.com 不允许',
    })
  })
})
