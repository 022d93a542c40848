#!/usr/bin/env node
/**
 * Deterministic test data at city or province scale, in the four CSV kinds of
 * docs/formats.md, with the seed department's mix of target forms, units and quarter
 * spellings.
 *
 *   npm run gen -- --units 200 --indicators 30 --years 3 [--quarters 1,2,3] [--encoding utf8|gbk] [--departments n]
 *                  [--out bench-data] [--seed 1] [--kinds targets,budget,actuals,spending]
 *
 * The same options always write the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import iconv from 'iconv-lite'

/** A small seeded PRNG (mulberry32): the same seed, the same data. */
function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const CITIES = [
  '九江市',
  '南昌市',
  '赣州市',
  '上饶市',
  '宜春市',
  '吉安市',
  '抚州市',
  '景德镇市',
  '萍乡市',
  '新余市',
  '鹰潭市',
]
const DISTRICTS = [
  '柴桑区',
  '濂溪区',
  '浔阳区',
  '东湖区',
  '西湖区',
  '章贡区',
  '信州区',
  '袁州区',
  '吉州区',
  '临川区',
  '昌江区',
  '安源区',
  '渝水区',
  '月湖区',
  '武宁县',
  '修水县',
  '永修县',
  '德安县',
  '都昌县',
  '湖口县',
]
const BUREAUS = [
  '商务局',
  '财政局',
  '教育体育局',
  '卫生健康委员会',
  '农业农村局',
  '交通运输局',
  '住房和城乡建设局',
  '民政局',
  '文化广电新闻出版旅游局',
  '科学技术局',
  '市场监督管理局',
  '生态环境局',
  '水利局',
  '人力资源和社会保障局',
  '自然资源局',
]
const PROJECTS = ['招商引资', '乡村振兴专项', '城市更新改造', '职业技能培训补贴', '义务教育保障', '基层医疗能力提升']

/** Target forms as the seed forms write them, each with how to write an actual against it. */
const FORMS = [
  {
    level1: '产出指标',
    level2: '数量指标',
    name: '组织集中学习次数',
    target: (r) => `≥${4 + Math.floor(r() * 8)}次`,
    actual: (r, share) => `${Math.round(share * (4 + r() * 8))}次`,
  },
  {
    level1: '产出指标',
    level2: '数量指标',
    name: '参加招商推介会、展会次数',
    target: (r) => `≧${2 + Math.floor(r() * 6)}场`,
    actual: (r, share) => `${Math.round(share * (2 + r() * 6))}场`,
  },
  {
    level1: '产出指标',
    level2: '数量指标',
    name: '新签约项目个数',
    target: (r) => `≥${10 + Math.floor(r() * 30)}个`,
    actual: (r, share) => `${Math.round(share * (10 + r() * 30))}个`,
  },
  {
    level1: '产出指标',
    level2: '数量指标',
    name: '实际进资金额',
    target: (r) => `≧${50 + Math.floor(r() * 100)}亿元`,
    actual: (r, share) => `${Math.round(share * (50 + r() * 100))}亿元`,
  },
  {
    level1: '产出指标',
    level2: '质量指标',
    name: '项目验收合格率',
    target: () => '=100%',
    actual: (r) => `${90 + Math.floor(r() * 11)}%`,
  },
  {
    level1: '产出指标',
    level2: '质量指标',
    name: '资金使用合规率',
    target: (r) => `≥${70 + Math.floor(r() * 25)}%`,
    actual: (r) => `${60 + Math.floor(r() * 40)}%`,
  },
  {
    level1: '产出指标',
    level2: '时效指标',
    name: '年度任务完成时间',
    target: (_r, year) => `${year}年12月31日前`,
    actual: (r, share, year) =>
      share >= 1 || r() < 0.3 ? `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-15` : '未完成',
  },
  {
    level1: '产出指标',
    level2: '成本指标',
    name: '项目支出成本',
    target: (r) => `≦${(200 + r() * 800).toFixed(2)}万元`,
    actual: (r, share) => `${(share * (150 + r() * 800)).toFixed(2)}万元`,
  },
  {
    level1: '效益指标',
    level2: '经济效益指标',
    name: '新开工项目占比',
    target: (r) => `≧${50 + Math.floor(r() * 30)}%`,
    actual: (r) => `${40 + Math.floor(r() * 50)}%`,
  },
  {
    level1: '效益指标',
    level2: '社会效益指标',
    name: '带动就业人数',
    target: (r) => `≥${100 + Math.floor(r() * 900)}人`,
    actual: (r, share) => `${Math.round(share * (100 + r() * 900))}人`,
  },
  {
    level1: '效益指标',
    level2: '社会效益指标',
    name: '信息公开作用',
    target: () => '作用明显',
    actual: (r) => ['作用明显', '基本达成', '部分达成'][Math.floor(r() * 3)],
  },
  {
    level1: '效益指标',
    level2: '可持续影响指标',
    name: '服务水平',
    target: () => '不断提升',
    actual: (r) => ['不断提升', '基本达成', '部分达成'][Math.floor(r() * 3)],
  },
  {
    level1: '效益指标',
    level2: '生态效益指标',
    name: '绿色项目占比',
    target: (r) => `≥${60 + Math.floor(r() * 30)}%`,
    actual: (r) => `${50 + Math.floor(r() * 50)}%`,
  },
  {
    level1: '满意度指标',
    level2: '服务对象满意度指标',
    name: '服务对象满意度',
    target: (r) => `≥${80 + Math.floor(r() * 15)}%`,
    actual: (r) => `${75 + Math.floor(r() * 25)}%`,
  },
  {
    level1: '产出指标',
    level2: '质量指标',
    name: '财务管理规范性',
    target: () => '合规',
    actual: (r) => (r() < 0.9 ? '合规' : '基本达成'),
  },
]

/** The seed's quarter spellings, in the proportions a province's files mix them. */
const QUARTER_SPELLINGS = [
  (q) => String(q),
  (q) => `Q${q}`,
  (q) => `第${q}季度`,
  (q) => `${'一二三四'[q - 1]}季度`,
  (q) => (q === 4 ? '全年' : String(q)),
]

const REASONS = [
  '受宏观经济影响，项目推进放缓',
  '资金到位时间推迟',
  '季节性因素，下半年集中实施',
  '前期手续办理时间较长',
  '',
]

function unitName(i) {
  const city = CITIES[i % CITIES.length]
  const district = DISTRICTS[Math.floor(i / CITIES.length) % DISTRICTS.length]
  const bureau = BUREAUS[Math.floor(i / (CITIES.length * DISTRICTS.length)) % BUREAUS.length]
  const round = Math.floor(i / (CITIES.length * DISTRICTS.length * BUREAUS.length))
  return `${city}${district}${bureau}${round > 0 ? `第${round + 1}分局` : ''}`
}

const quote = (cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)
const line = (cells) => cells.map((c) => quote(String(c ?? ''))).join(',')

/** Units per 主管部门 by default: a province's 3,334 units fall in 120 of them. */
const UNITS_PER_DEPARTMENT = 28

/** How many 主管部门 `units` fall in by default. */
export function departmentCount(units) {
  return Math.ceil(units / UNITS_PER_DEPARTMENT)
}

/** The 主管部门 of unit i among `departments`: units dealt out in turn, so each gets its share. */
export function departmentName(i, departments) {
  return `第${(i % departments) + 1}主管部门`
}

/**
 * Builds the four files' lines. Units have 部门整体 and up to two projects; the
 * indicators are spread over them; every unit-year has 经费 lines and spending. Each
 * unit-year names its 主管部门 once, on its first target row (the 主管部门 column's other
 * cells are empty, which names nothing), and on each of its budget lines.
 */
export function generate({
  units,
  indicators,
  years,
  quarters,
  seed = 1,
  lastYear = 2024,
  departments = departmentCount(units),
}) {
  const r = prng(seed)
  const targets = ['年度,单位,类别,一级指标,二级指标,三级指标,指标值,分值,主管部门']
  const budget = ['年度,单位,类别,预算项目,经费类型,分类,年初预算数,全年预算数,主管部门']
  const actuals = ['年度,单位,类别,三级指标,季度,实际值,完成可能性,偏差原因']
  const spending = ['年度,单位,类别,预算项目,季度,执行数']
  for (let y = 0; y < years; y++) {
    const year = lastYear - years + 1 + y
    for (let u = 0; u < units; u++) {
      const unit = unitName(u)
      const parent = departmentName(u, departments)
      const projects = PROJECTS.slice(u % PROJECTS.length, (u % PROJECTS.length) + (u % 3)).filter(Boolean)
      const scopes = ['部门整体', ...projects]
      const weight = Math.round((90 / Math.max(1, Math.ceil(indicators / scopes.length))) * 100) / 100
      for (let i = 0; i < indicators; i++) {
        const form = FORMS[i % FORMS.length]
        const scope = scopes[i % scopes.length]
        const name = `${form.name}${i >= FORMS.length ? `（${Math.floor(i / FORMS.length) + 1}）` : ''}`
        targets.push(
          line([
            year,
            unit,
            scope,
            form.level1,
            form.level2,
            name,
            form.target(r, year),
            weight,
            i === 0 ? parent : '',
          ]),
        )
        const pace = 0.6 + r() * 0.6
        for (const q of quarters) {
          const value = form.actual(r, Math.min(1.3, (q / 4) * pace * 1.1), year)
          const behind = pace < 0.8
          const spelled = QUARTER_SPELLINGS[Math.floor(r() * QUARTER_SPELLINGS.length)](q)
          actuals.push(
            line([
              year,
              unit,
              scope,
              name,
              spelled,
              value,
              behind ? '有可能' : '确定能',
              behind ? REASONS[Math.floor(r() * REASONS.length)] : '',
            ]),
          )
        }
      }
      const lines = [
        ['部门整体', '人员经费', '人员经费', 300 + r() * 600],
        ['部门整体', '公用经费', '公用经费', 50 + r() * 200],
        ['部门整体', '项目经费', '项目经费', 100 + r() * 900],
        ...projects.map((p) => [p, `${p}项目资金`, '项目经费', 20 + r() * 200]),
      ]
      for (const [scope, item, fundType, amount] of lines) {
        const initial = Math.round(amount * 100) / 100
        const adjusted = Math.round(initial * (0.9 + r() * 0.3) * 100) / 100
        budget.push(line([year, unit, scope, item, fundType, '经费', initial, adjusted, parent]))
        const pace = 0.5 + r() * 0.7
        for (const q of quarters)
          spending.push(
            line([year, unit, scope, item, q, Math.round(adjusted * Math.min(1, (q / 4) * pace) * 100) / 100]),
          )
      }
    }
  }
  return { targets, budget, actuals, spending }
}

function main() {
  const { values } = parseArgs({
    options: {
      units: { type: 'string', default: '200' },
      indicators: { type: 'string', default: '30' },
      years: { type: 'string', default: '3' },
      quarters: { type: 'string', default: '1,2,3' },
      encoding: { type: 'string', default: 'utf8' },
      out: { type: 'string', default: 'bench-data' },
      seed: { type: 'string', default: '1' },
      departments: { type: 'string' },
      kinds: { type: 'string', default: 'targets,budget,actuals,spending' },
    },
  })
  const options = {
    units: Number(values.units),
    indicators: Number(values.indicators),
    years: Number(values.years),
    quarters: values.quarters.split(',').map(Number),
    seed: Number(values.seed),
    ...(values.departments !== undefined && { departments: Number(values.departments) }),
  }
  if (
    ![options.units, options.indicators, options.years].every((n) => Number.isInteger(n) && n > 0) ||
    options.quarters.some((q) => ![1, 2, 3, 4].includes(q))
  ) {
    console.error(
      'usage: npm run gen -- --units 200 --indicators 30 --years 3 [--quarters 1,2,3] [--encoding utf8|gbk] [--out dir] [--seed n]',
    )
    process.exit(2)
  }
  if (!['utf8', 'gbk'].includes(values.encoding)) {
    console.error('--encoding must be utf8 or gbk')
    process.exit(2)
  }
  const files = generate(options)
  const out = resolve(values.out)
  mkdirSync(out, { recursive: true })
  const tag = `${options.units}u-${options.indicators}i-${options.years}y-q${options.quarters.join('')}-${values.encoding}`
  for (const kind of values.kinds.split(',')) {
    const text = files[kind].join('\r\n') + '\r\n'
    const bytes = values.encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from('\uFEFF' + text, 'utf8')
    const path = join(out, `${kind}-${tag}.csv`)
    writeFileSync(path, bytes)
    console.log(`${path}  ${files[kind].length - 1} rows  ${(bytes.length / 1024 / 1024).toFixed(1)} MB`)
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main()
