import { cellInYear } from '../../../server/src/service/codes/neoplasm/cellInYear';
import { cellCode } from '../../../server/src/service/codes/neoplasm/cells';
import type { NeoplasmRow, NeoplasmTable } from '../../../server/src/service/codes/neoplasm/model';
import type { CodeSets } from '../../../server/src/service/codes/codeSet';
import { primarySentence, rowPhrases, secondarySentence, skipReason } from './tableRowPhrases';
import type { CoverageCase } from './tableRowPhrases';
import { readingSummaryWithCandidates } from './readingCases';

/**
 * The coverage cases of the Table of Neoplasms (`tableCoverageRound17.test.ts`): every level-1 and level-2 row the
 * phrasing rules of `tableRowPhrases.ts` can write, except the rows the skip rules name, in the primary and
 * secondary columns, with the code the official table's cell gives in the covering release (FY2027: a cell a later
 * table replaced, `cellInYear.ts`, is read as its replacement).
 */
export function coverageCases(table: NeoplasmTable, codeSets: CodeSets, skips: readonly (readonly [RegExp, string])[]): CoverageCase[] {
  const cases: CoverageCase[] = [];
  for (const row of table.rows) {
    if ((row.level !== 1 && row.level !== 2) || row.see !== undefined || skipReason(table, row, skips) !== undefined) continue;
    for (const column of ['primary', 'secondary'] as const) {
      const printed = row.cells[column];
      if (printed === undefined) continue;
      const judged = cellInYear(table, { row, column }, codeSets, codeSets.newest);
      // A cell the covering release subdivided (C57.1 → C57.10–C57.12 by side) needs characters the phrase does not give.
      const needsMoreCharacters = cellCode(printed).needsMoreCharacters || (judged.replacement === undefined && judged.status === 'header');
      const code = judged.replacement ?? judged.code;
      for (const site of rowPhrases(table, row)) {
        const sentence = column === 'primary' ? primarySentence(site) : secondarySentence(site);
        cases.push({ row, column, site, sentence, code, needsMoreCharacters });
      }
    }
  }
  return cases;
}

/**
 * The coverage cases of clinical spellings the table does not print as titles (`[spelling, printed path]`: "GE junction" for
 * "gastroesophageal junction", "bile duct" for "bile or biliary › duct or passage"), judged by the printed row's own cells
 * as `coverageCases` judges a title; a path that names no row is an error of the list, not a skip.
 */
export function spellingCases(table: NeoplasmTable, codeSets: CodeSets, spellings: readonly (readonly [string, readonly string[]])[]): CoverageCase[] {
  return spellings.flatMap(([site, path]) => {
    const row = rowAt(table, path);
    if (row === undefined) throw new Error(`no table row ${path.join(' › ')}`);
    return (['primary', 'secondary'] as const).flatMap((column) => {
      const printed = row.cells[column];
      if (printed === undefined) return [];
      const judged = cellInYear(table, { row, column }, codeSets, codeSets.newest);
      const needsMoreCharacters = cellCode(printed).needsMoreCharacters || (judged.replacement === undefined && judged.status === 'header');
      const sentence = column === 'primary' ? primarySentence(site) : secondarySentence(site);
      return [{ row, column, site, sentence, code: judged.replacement ?? judged.code, needsMoreCharacters }];
    });
  });
}

/** The row whose titles from level 1 down are `path`, as printed. */
function rowAt(table: NeoplasmTable, path: readonly string[]): NeoplasmRow | undefined {
  let rows = table.rows.filter((row) => row.level === 1);
  let found: NeoplasmRow | undefined;
  for (const title of path) {
    found = rows.find((row) => row.title === title);
    if (found === undefined) return undefined;
    rows = [...table.children(found.id)];
  }
  return found;
}

/**
 * Why the reader's reading of a case is not the table's cell, or undefined when it is: one mention, whose code is the
 * cell's; for a cell that needs more characters the phrase does not give (a side), the code or every candidate of
 * a null code starts with the cell's stem.
 */
export function coverageMiss(entry: CoverageCase): string | undefined {
  const mentions = readingSummaryWithCandidates(entry.sentence);
  const read = mentions.map(([text, code, candidates]) => `${text}=${code}${candidates === '' ? '' : ` [${candidates}]`}`).join('; ');
  const [only] = mentions;
  if (mentions.length !== 1 || only === undefined) return `read ${read === '' ? 'nothing' : read}`;
  const [, code, candidates] = only;
  if (!entry.needsMoreCharacters) return code === entry.code ? undefined : `read ${read}`;
  const codes = code === 'null' ? candidates.split(',').filter((each) => each !== '') : [code];
  return codes.length > 0 && codes.every((each) => each.startsWith(entry.code)) ? undefined : `read ${read}`;
}
