import type zhCN from './rules.zh-CN'

/** The rules form in English; typed against the Chinese so no key is missing. */
const rules: typeof zhCN = {
  title: 'Scoring rules',
  defaultName: 'Ministry of Finance default',
  customName: 'Custom',
  intro:
    'Provinces set their own grade bands and warning thresholds: once saved here, every screen, print and export is worked out under the new rules at once. Each change is recorded in the import history (who, when, from which rules to which) and can be undone.',
  inForce: 'Rules in force:',
  defaultBasis:
    'Per Ministry of Finance document Caiyu [2020] No. 10, with the grade and warning bands of common budget performance systems',
  preset: 'Preset',
  groups: {
    grades: 'Grades (lowest total)',
    pace: 'Pace warnings (cumulative indicators: k = share done ÷ time progress)',
    other: 'Other thresholds (rates, multiples and shares as decimals: 0.9 is 90%)',
  },
  // A no-break space keeps each sign with its label on a phone.
  fields: {
    gradeYou: 'Excellent: total\u00a0≥',
    gradeLiang: 'Good: total\u00a0≥',
    gradeZhong: 'Fair: total\u00a0≥',
    paceBlue: 'Blue (ahead): k\u00a0≥',
    paceGreen: 'Green: k\u00a0≥',
    paceYellow: 'Yellow: k\u00a0≥',
    ceilingYellow: 'Ceilings, yellow: projected ≤ target\u00a0×',
    levelYellow: 'Point-in-time rates, yellow: achievement\u00a0≥',
    qualitativeGreen: 'Qualitative, green: achievement\u00a0≥',
    qualitativeYellow: 'Qualitative, yellow: achievement\u00a0≥',
    yearEndYellow: 'Year end “mostly done”: achievement\u00a0≥',
    redShare: 'Unit red: share of red indicators\u00a0≥',
    minScoredShare: 'A total needs scored weight\u00a0≥',
  },
  names: {
    gradeYou: 'Excellent bound',
    gradeLiang: 'Good bound',
    gradeZhong: 'Fair bound',
    paceBlue: 'Blue bound',
    paceGreen: 'Green bound',
    paceYellow: 'Yellow bound',
    ceilingYellow: 'Ceiling multiple',
    levelYellow: 'Point-in-time yellow bound',
    qualitativeGreen: 'Qualitative green bound',
    qualitativeYellow: 'Qualitative yellow bound',
    yearEndYellow: 'Mostly-done bound',
    redShare: 'Red share',
    minScoredShare: 'Scored weight share',
  },
  below: { grades: 'Below the Fair bound is Poor', pace: 'Below the yellow bound is red' },
  conflict: {
    notNumber: '{field} must be a number',
    notNumberTyped: '{field} must be a number: “{typed}” is not one',
    order: '{field} ({value}) must be below {other} ({otherValue})',
    range: '{field} ({value}) must be {lower} and {upper}',
    above: 'above {n}',
    atLeast: 'at least {n}',
    under: 'below {n}',
    atMost: 'at most {n}',
  },
  preview: {
    where: '{unit}, {year}, {period}',
    lead: 'Under the new rules, for {where}: ',
    lights: '{n} indicator(s) change status',
    grade: '{scope} grade {from} → {to}',
    overall: '{scope} dual monitoring {from} → {to}',
    separator: '; ',
    none: 'Under the new rules, statuses and grades of {where} stay as they are.',
    nothingShown: 'Choose a unit to preview here what the change does to its statuses and grades.',
  },
  save: 'Save and apply',
  saved: 'Scoring rules changed to “{name}”: every screen is worked out anew',
  unchanged: 'The rules are unchanged',
  reset: 'Back to the Ministry defaults',
  resetConfirm:
    'Go back to the Ministry of Finance defaults (Caiyu [2020] No. 10)? The change is recorded in the history and can be undone.',
  savePreset: 'Save as preset',
  presetPrompt: 'Name these rules (e.g. “Jiangxi”)',
  emptyName: 'Enter a name',
  presetSaved: 'Preset “{name}” saved',
  deletePreset: 'Delete this preset',
  deleteConfirm: 'Delete the preset “{name}”? The rules in force stay as they are.',
  presetDeleted: 'Preset “{name}” deleted',
  download: 'Download rules file',
  downloadHint:
    'Give the rules file to the administrator who publishes the data: published with it, every unit opening the published data works under the same rules.',
}

export default rules
