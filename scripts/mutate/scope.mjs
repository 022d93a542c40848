// What mutation testing covers (docs/testing.md): the engine and the importer's parsing and
// checking. Each area has its own floor, because the importer's messages and glue are
// less densely specified than the engine's arithmetic.

/** Areas of the code under mutation, with the score each must keep. */
export const AREAS = [
  { name: 'domain', floor: 90, files: ['src/domain/**/*.ts'] },
  {
    name: 'importer',
    floor: 80,
    files: [
      'src/io/csvKinds.ts',
      'src/io/encoding.ts',
      'src/io/parseCsv.ts',
      'src/io/parsedCsv.ts',
      'src/io/csvRows.ts',
      'src/io/parseTable.ts',
      'src/io/rowReader.ts',
      'src/io/rowMapping.ts',
      'src/io/rowMappers.ts',
      'src/io/rowCells.ts',
      'src/io/importPlan.ts',
      'src/io/importChecks/*.ts',
      'src/io/entryPlan.ts',
      'src/io/importFile.ts',
      'src/io/problems.ts',
      'src/io/problemText.ts',
      'src/io/sheetGrid.ts',
      'src/io/sheetReader.ts',
      'src/io/workbook.ts',
      'src/io/zipGuard.ts',
      'src/io/forms/*.ts',
    ],
  },
]

/** Every glob Stryker mutates. */
export const MUTATED = AREAS.flatMap((area) => area.files)
