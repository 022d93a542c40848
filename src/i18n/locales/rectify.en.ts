import type zhCN from './rectify.zh-CN'

/** The 整改 screens' words in English; typed against the Chinese so no key is missing. */
const rectify: typeof zhCN = {
  importPlan:
    "Adds {added} and updates {updated} corrective actions (the forms' corrective-action columns or a corrective actions file)",
  title: 'Corrective actions',
  intro:
    'A yellow or red indicator or budget line can get a corrective action: the problem, the measures, who is responsible and by when, followed to the end. Every new action and every change is recorded in the import history and can be undone.',
  new: 'New corrective action',
  edit: 'Edit',
  dialogNew: 'New corrective action',
  dialogEdit: 'Edit corrective action',
  problem: 'Problem',
  measure: 'Measures',
  owner: 'Responsible',
  due: 'Deadline',
  state: 'State',
  stateReason: 'Reason for the state',
  stateReasonNeeded: 'Say why it is no longer needed',
  result: 'Result',
  steps: 'Changes of state',
  line: 'Line',
  unit: 'Unit',
  save: 'Save',
  cancel: 'Cancel',
  saved: 'Corrective action saved',
  states: { notStarted: 'Not started', inProgress: 'In progress', done: 'Done', notNeeded: 'No longer needed' },
  subject: { indicator: 'Indicator', budget: 'Budget execution' },
  refusal: {
    sameState: 'The state is unchanged',
    notAllowed: 'The current state cannot change to this one',
    reasonNeeded: 'Say why it is no longer needed',
    beforeLast: 'The date is before the last change of state',
    badDate: 'Not a valid date',
  },
  overdue: '{n} days overdue',
  overdueTag: 'Overdue',
  noDue: 'No deadline',
  empty:
    'No corrective actions this year yet. On an indicator page or the fill-in page, a yellow or red indicator offers to create one.',
  emptyFiltered: 'No corrective action matches the filters',
  filterUnit: 'Unit',
  filterState: 'State',
  filterOverdue: 'Overdue only',
  filterOwner: 'Responsible',
  allUnits: 'All units',
  allStates: 'All states',
  count: '{n} in all, {overdue} overdue',
  forLine: 'Corrective actions for this indicator',
  lineCount: '{n} corrective actions',
  card: 'Corrective actions',
  cardValue: 'open',
  cardOverdue: '{n} overdue',
  reminders: '{n} corrective actions overdue',
  since: '{state} ({date})',
}

export default rectify
