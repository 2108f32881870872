import type { NeoplasmRow, NeoplasmTable } from '../codes/neoplasm/model';
import type { HistologyTerm } from './histologyTerm';

/**
 * The "carcinoma" sub-rows of the Table of Neoplasms: under a site whose own row is a bone the table prints the cell of a
 * carcinoma there, which arises in the mucosa over the bone ("alveolar › ridge or process" C41.1 › "carcinoma" C03.9, lower
 * C03.1, upper C03.0; "maxilla › carcinoma" C03.0; "jaw › carcinoma" C76.0). A carcinoma's primary is read at that sub-row,
 * with the site's remaining words under it ("lower alveolar ridge" → carcinoma › lower C03.1); a sarcoma or a bone tumour,
 * which the Index sends to its tissue, keeps the bone's cell.
 */
const CARCINOMA_ROW = 'carcinoma';

/** Whether the histology is read through the table's carcinoma sub-rows: a primary malignancy the Index sends to no tissue. */
export function readsCarcinomaRow(histology: HistologyTerm | undefined): boolean {
  return histology !== undefined && histology.tissue === undefined && histology.impliedSite === undefined && histology.role === 'primary';
}

/**
 * The path with "carcinoma" inserted below its deepest row that prints a carcinoma sub-row, when the path's words after that row
 * are rows under the sub-row too ("lower", "upper"); else the path itself ("maxillary sinus" is the sinus, not the maxilla's bone).
 */
export function carcinomaRowPath(table: NeoplasmTable, path: readonly string[]): readonly string[] {
  const [first] = path;
  const top = first === undefined ? undefined : table.findSite(first).find((candidate) => candidate.level === 1);
  // The table prints a carcinoma sub-row under very few sites: a path under none of them is returned before its rows are
  // walked, and a row's children are searched for the sub-row only where one of them is its child.
  const carcinomaRows = table.findSite(CARCINOMA_ROW);
  if (top === undefined || !carcinomaRows.some((carcinomaRow) => isUnder(table, carcinomaRow, top))) return path;
  let row: NeoplasmRow | undefined = top;
  let deepest = 0;
  let carcinoma: NeoplasmRow | undefined;
  for (let depth = 1; row !== undefined && depth <= path.length; depth++) {
    const parentId = row.id;
    const subRow = carcinomaRows.some((carcinomaRow) => carcinomaRow.parent === parentId) ? table.findChild(row.id, CARCINOMA_ROW) : undefined;
    if (subRow !== undefined) [deepest, carcinoma] = [depth, subRow];
    const words = path[depth];
    row = words === undefined ? undefined : table.findChild(row.id, words);
  }
  if (carcinoma === undefined) return path;
  let under: NeoplasmRow | undefined = carcinoma;
  for (const words of path.slice(deepest)) under = under === undefined ? undefined : table.findChild(under.id, words);
  return under === undefined ? path : [...path.slice(0, deepest), CARCINOMA_ROW, ...path.slice(deepest)];
}

/** Whether `row` lies below `ancestor` in the table (parents come before their children, so the walk up is short). */
function isUnder(table: NeoplasmTable, row: NeoplasmRow, ancestor: NeoplasmRow): boolean {
  for (let parent = row.parent; parent !== undefined; parent = table.rows[parent]?.parent) if (parent === ancestor.id) return true;
  return false;
}
