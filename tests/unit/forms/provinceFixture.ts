/**
 * A workbook of nine forms as provinces print them, three units on three sheets: the
 * 财预〔2020〕10号 letter marks (全年预算数（A）…), a 年度指标值 split in two header rows, the ═
 * comparator, amounts typed `150万` or kept in 元, a deadline 9月前 reported `7月`, line
 * breaks in merged headers, brackets of both widths. The ninth 自评表 reports its deadline
 * as 基本完成, which no deadline accepts: its one real problem.
 */
import * as XLSX from '@e965/xlsx'
import { stacked, workbook, type Cell, type FormSheet } from './formFixtures'

export const PROVINCE_UNITS = ['某县农业农村局', '某县教育体育局', '某县卫生健康委员会'] as const
const [FARM, SCHOOL, HEALTH] = PROVINCE_UNITS

/** Rows padded to `width`, and the merges of the title and year rows from sheet row `start`. */
function sheetOf(start: number, width: number, rows: Cell[][], merges: (r: (n: number) => number) => string[]) {
  const r = (n: number) => start + n
  const last = XLSX.utils.encode_col(width - 1)
  return {
    name: '',
    rows: rows.map((row) => [...row, ...Array(Math.max(0, width - row.length)).fill(null)]),
    merges: [`A${r(0)}:${last}${r(0)}`, `A${r(1)}:${last}${r(1)}`, ...merges(r)],
  } satisfies FormSheet
}

/** A 项目绩效目标申报表 whose 年度指标值 is split in two header rows (指标性质 | 指标值 | 度量单位), funds typed `150万`. */
function splitApplication(start: number): FormSheet {
  return sheetOf(
    start,
    7,
    [
      ['项目绩效目标申报表'],
      ['（2024年度）'],
      ['项目名称', '高标准农田建设', null, '实施单位', FARM],
      ['项目资金\n（万元）', '年度资金总额', '150万'],
      ['绩效指标', '一级指标', '二级指标', '三级\n指标', '年度指标值', null, null],
      [null, null, null, null, '指标性质', '指标值', '度量单位'],
      [null, '产出指标', '数量指标', '新建高标准农田面积', '≥', '1', '万亩'],
      [null, null, '质量指标', '工程验收合格率', '═', '100', '%'],
      [null, null, '时效指标', '项目开工时间', null, '9月前', null],
      [null, '效益指标', '社会效益指标', '受益农户数', '大于等于', '3000', '户'],
      [null, '满意度指标', '服务对象满意度指标', '农户满意度', '≥', '90', '%'],
    ],
    (r) => [
      `A${r(4)}:A${r(10)}`,
      ...['B', 'C', 'D'].map((c) => `${c}${r(4)}:${c}${r(5)}`),
      `E${r(4)}:G${r(4)}`,
      `B${r(6)}:B${r(8)}`,
    ],
  )
}

/** A 项目支出绩效目标执行监控表 at 1-7月: headers with half-width brackets and line breaks; a 9月前 deadline reported `7月`. */
function monitoringForm(
  start: number,
  form: { unit: string; scope: string; money: [number, number]; count: string[]; names: [string, string] },
): FormSheet {
  const { unit, scope, money, count, names } = form
  return sheetOf(
    start,
    8,
    [
      ['项目支出绩效目标执行监控表'],
      ['（2024年度）'],
      ['项目名称', scope, null, '实施单位', unit],
      ['项目资金(万元)', null, '年初预算数(万元)', '1-7月\n执行数', '1-7月执行率(%)', '全年预计执行数'],
      [null, '年度资金总额', money[0], money[1], null, money[0]],
      [
        '一级指标',
        '二级指标',
        '三级指标',
        '年度指标值',
        '1-7月\n执行情况',
        '全年预计完成情况',
        '偏差原因分析',
        '完成目标可能性',
      ],
      ['产出指标', '数量指标', ...count, null, '确定能'],
      [null, '时效指标', names[0], '9月前', '7月', null, null, '确定能'],
      ['满意度指标', '满意度指标', names[1], '≥90%', '93%', '93%', null, '确定能'],
    ],
    (r) => [`A${r(3)}:B${r(3)}`, `A${r(6)}:A${r(7)}`],
  )
}

/** A 项目支出绩效自评表 in the 财预〔2020〕10号 layout, with its letter-marked funds headers. */
function selfEvaluationForm(
  start: number,
  options: { unit: string; scope: string; fundsHeader: string; total: Cell[]; indicators: Cell[][]; breaks?: boolean },
): FormSheet {
  const headers = options.breaks
    ? ['年初预算数(万元)', '全年\n预算数（A）', '全年\n执行数（B）', '分值', '执行率（B/A）', '得分']
    : ['年初预算数', '全年预算数（A）', '全年执行数（B）', '分值', '执行率（B/A）', '得分']
  const actual = options.breaks ? '实际\n完成值' : '实际完成值'
  return sheetOf(
    start,
    9,
    [
      ['项目支出绩效自评表'],
      ['（2024年度）'],
      ['项目名称', null, options.scope],
      ['主管部门', null, options.unit, null, null, '实施单位', options.unit],
      [options.fundsHeader, null, ...headers],
      [null, '年度资金总额', ...options.total],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', actual, '分值', '得分', '偏差原因分析及改进措施'],
      ...options.indicators,
      ['总分'],
    ],
    (r) => [
      `A${r(2)}:B${r(2)}`,
      `A${r(3)}:B${r(3)}`,
      `A${r(4)}:A${r(5)}`,
      `A${r(6)}:A${r(6 + options.indicators.length)}`,
    ],
  )
}

/** A plain 项目绩效目标申报表 with an amount header in full-width brackets, or an amount typed in 元. */
function plainApplication(
  start: number,
  unit: string,
  scope: string,
  amount: Cell,
  names: [string, string][],
): FormSheet {
  return sheetOf(
    start,
    5,
    [
      ['项目绩效目标申报表'],
      ['（2024年度）'],
      ['项目名称', scope, null, '实施单位', unit],
      ['项目资金（万元）', null, '年初预算数（万元）'],
      [null, '年度资金总额', amount],
      ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
      ...names.map(([name, target], i): Cell[] => [
        null,
        i === 0 ? '产出指标' : '效益指标',
        i === 0 ? '数量指标' : '社会效益指标',
        name,
        target,
      ]),
    ],
    (r) => [`A${r(3)}:B${r(3)}`],
  )
}

/** The nine forms; the ninth (疫苗接种) holds the problem: 基本完成 against 9月前. */
export function provinceForms(): Uint8Array {
  const farm = stacked(
    '农业农村局',
    splitApplication,
    (s) =>
      monitoringForm(s, {
        unit: FARM,
        scope: '农机购置补贴',
        money: [80, 42],
        count: ['补贴机具数量', '≥500台', '320台', '520台'],
        names: ['补贴资金兑付时间', '购机户满意度'],
      }),
    (s) =>
      selfEvaluationForm(s, {
        unit: FARM,
        scope: '农村人居环境整治',
        fundsHeader: '项目资金（元）',
        total: [1200000, 1200000, 1080000, 10, '90%', 9],
        indicators: [
          [null, '产出指标', '数量指标', '改造农村户厕', '≥1200户', '1250户', 30, 30],
          [null, '效益指标', '生态效益指标', '生活垃圾无害化处理率', '≥90%', '92%', 30, 30],
          [null, '满意度指标', '服务对象满意度指标', '村民满意度', '≥85%', '88%', 30, 30],
        ],
      }),
  )
  const school = stacked(
    '教育体育局',
    (s) =>
      plainApplication(s, SCHOOL, '学生资助', 200, [
        ['资助学生人数', '≥1500人'],
        ['资助政策知晓率', '≥95%'],
      ]),
    (s) =>
      monitoringForm(s, {
        unit: SCHOOL,
        scope: '校舍维修改造',
        money: [120, 66],
        count: ['维修改造校舍', '≥40间', '26间', '40间'],
        names: ['主体工程完工时间', '师生满意度'],
      }),
    (s) =>
      selfEvaluationForm(s, {
        unit: SCHOOL,
        scope: '教师培训',
        fundsHeader: '项目资金(万元)',
        total: [45, 45, 43.2, 10, '96%', 10],
        breaks: true,
        indicators: [
          [null, '产出指标', '数量指标', '培训教师人次', '≥800人次', '860人次', 45, 45],
          [null, '满意度指标', '服务对象满意度指标', '参训教师满意度', '≥90%', '94%', 45, 45],
        ],
      }),
  )
  const health = stacked(
    '卫健委',
    (s) =>
      plainApplication(s, HEALTH, '基本公共卫生服务', '1,500,000元', [
        ['建立居民健康档案', '≥5万份'],
        ['慢病患者规范管理率', '≥60%'],
      ]),
    (s) =>
      monitoringForm(s, {
        unit: HEALTH,
        scope: '家庭医生签约服务',
        money: [60, 33],
        count: ['组建签约服务团队', '≥30个', '31个', '32个'],
        names: ['签约服务包上线时间', '签约居民满意度'],
      }),
    (s) =>
      selfEvaluationForm(s, {
        unit: HEALTH,
        scope: '疫苗接种',
        fundsHeader: '项目资金（万元）',
        total: [30, 30, 27, 10, '90%', 9],
        indicators: [
          [null, '产出指标', '数量指标', '适龄儿童接种人数', '≥4000人', '4120人', 45, 45],
          [null, null, '时效指标', '疫苗配送完成时间', '9月前', '基本完成', 45, 20],
        ],
      }),
  )
  return workbook([farm, school, health])
}
