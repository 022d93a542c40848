/** 重点监控 的文字：清单页和数据页的权重表单。 */
const focus = {
  intro: '按预算规模、执行滞后序时进度、红灯数和逾期整改，对各单位加权排序，列出最需要重点监控的单位。',
  department: '主管部门',
  allDepartments: '全部主管部门',
  download: '导出 CSV',
  weightsLink: '调整权重',
  weightsInForce: '权重',
  rank: '排名',
  criteria: {
    budget: '预算规模',
    behind: '执行滞后',
    red: '红灯数',
    overdue: '逾期整改',
  },
  units: {
    budget: '万元',
    behind: '百分点',
    red: '个',
    overdue: '项',
  },
  points: '{n} 分',
  score: '总分',
  asOf: '截至{period}',
  shown: '共 {total} 个单位，显示前 {n} 个',
  more: '显示更多',
  none: '该年度没有可排序的单位',
  noneInDepartment: '该主管部门在本年度没有单位',
  note: '各项按所列单位中的最大值折算：最大者得该项全部权重，其余按比例；总分 = 各项得分之和（满分 100）。执行滞后 = 序时进度 − 执行率（超前为 0）；红灯数为双监控红灯指标数；逾期整改为已过完成时限仍未完成的整改事项。',
  weightsTitle: '重点监控权重',
  weightsHint: '各项权重只看比例，保存后重点监控清单立即按新权重排序。',
  save: '保存权重',
  reset: '恢复默认',
  saved: '重点监控权重已保存',
  problems: {
    negative: '权重须为不小于 0 的数',
    allZero: '权重不能全为 0',
  },
  navLink: '重点监控清单',
}

export default focus
