import type zhCN from './focus.zh-CN'

/** The priority-monitoring words in English; typed against the Chinese so no key is missing. */
const focus: typeof zhCN = {
  intro:
    'Units ranked by a weighted sum of budget size, execution behind time progress, red lines and overdue corrective actions: the ones that most need priority monitoring first.',
  department: 'Supervising department',
  allDepartments: 'All departments',
  download: 'Export CSV',
  weightsLink: 'Adjust weights',
  weightsInForce: 'Weights',
  rank: 'Rank',
  criteria: {
    budget: 'Budget size',
    behind: 'Behind time',
    red: 'Red lines',
    overdue: 'Overdue actions',
  },
  units: {
    budget: '×10k CNY',
    behind: 'pts',
    red: '',
    overdue: '',
  },
  points: '{n} points',
  score: 'Score',
  asOf: 'as of {period}',
  shown: '{n} of {total} units shown',
  more: 'Show more',
  none: 'No unit of this year can be ranked',
  noneInDepartment: 'This department has no unit this year',
  note: 'Each criterion is scaled by the largest figure among the units listed: the largest earns the whole weight, the others their proportion; the score is the sum (out of 100). Behind time = time progress − execution rate (0 when ahead); red lines are the red indicators of the dual monitoring; overdue actions are open corrective actions past their deadline.',
  weightsTitle: 'Priority-monitoring weights',
  weightsHint: 'Only the proportions of the weights count; once saved the priority list is ranked by them at once.',
  save: 'Save weights',
  reset: 'Restore defaults',
  saved: 'Priority-monitoring weights saved',
  problems: {
    negative: 'Each weight must be a number not below 0',
    allZero: 'The weights cannot all be 0',
  },
  navLink: 'Priority monitoring list',
}

export default focus
