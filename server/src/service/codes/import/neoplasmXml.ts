import { NEOPLASM_COLUMNS } from '../neoplasm/model';
import type { NeoplasmColumn, NeoplasmRow } from '../neoplasm/model';
import { neoplasmRow } from '../neoplasm/row';
import type { ImportProblem } from './problems';
import { childElements, readXml, textOf } from './xmlReader';
import type { XmlElement } from './xmlReader';

/**
 * Importer for the official Table of Neoplasms XML (`icd10cm_neoplasm_2027.xml`,
 * `icd-10-cm-neoplasm-2025.xml`, …; document element `<ICD10CM.index>`). It keeps every `<term>` as a
 * row in document order with its nesting, its title without the nonessential modifiers, the `<nemod>`,
 * `<see>`, `<seeAlso>` and `<manif>` texts, and the six behaviour cells. Damaged cells and markup are
 * reported as problems naming the line; the rows that can be read are kept.
 */

/** What the importer read from one file. */
export interface NeoplasmImport {
  /** The `<version>` (fiscal year), when present and a four-digit year. */
  readonly version?: number;
  /** The main term (id 0, level 0) followed by every `<term>` in document order. */
  readonly rows: readonly NeoplasmRow[];
  /** How many `<term>` elements were read (the rows without the main term). */
  readonly termCount: number;
  /** How many `<cell>` elements were read, including those that print `-` (no code). */
  readonly cellCount: number;
  readonly problems: readonly ImportProblem[];
}

/**
 * The shape of a cell as printed: a code with or without its dot (`C78.7`, `C80.1`), a code that needs
 * more characters (`C34.9-`, and `D05.-` where the table stops at the category), or `-` for no code.
 */
const cellPattern = /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{0,4})?-?$/;

/** The deepest nesting the official table uses is 4; anything deeper is reported but still kept. */
const deepestLevel = 4;

/** Parses the Table of Neoplasms XML text. */
export function parseNeoplasmXml(text: string): NeoplasmImport {
  const { root, problems: xmlProblems } = readXml(text);
  const problems: ImportProblem[] = [...xmlProblems];
  const rows: NeoplasmRow[] = [];
  let cellCount = 0;
  if (!root) {
    problems.push({ message: 'the file holds no XML element' });
    return { rows, termCount: 0, cellCount, problems };
  }
  if (root.name !== 'ICD10CM.index') problems.push({ line: root.line, message: `expected <ICD10CM.index> as the document element, found <${root.name}>` });
  const versionText = textOf(childElements(root, 'version')[0]);
  const version = /^[0-9]{4}$/.test(versionText) ? Number(versionText) : undefined;

  const readRow = (element: XmlElement, level: number, parent: number | undefined): void => {
    const id = rows.length;
    const cells = readCells(element, problems);
    cellCount += cells.count;
    rows.push(rowOf(element, id, level, parent, cells.values));
    const printedLevel = element.attributes.level;
    if (level > 0 && printedLevel !== undefined && printedLevel !== String(level)) {
      problems.push({ line: element.line, message: `<term level="${printedLevel}"> is nested at level ${level}` });
    }
    if (level > deepestLevel) problems.push({ line: element.line, message: `<term> is nested deeper than level ${deepestLevel}` });
    for (const child of childElements(element, 'term')) readRow(child, level + 1, id);
  };

  const mainTerms = childElements(root, 'letter').flatMap((letter) => childElements(letter, 'mainTerm'));
  if (mainTerms.length === 0) problems.push({ message: 'the file holds no <mainTerm> (expected "Neoplasm, neoplastic")' });
  if (mainTerms.length > 1) problems.push({ line: (mainTerms[1] as XmlElement).line, message: 'the file holds more than one <mainTerm>; only the first is read' });
  const main = mainTerms[0];
  if (main) readRow(main, 0, undefined);
  return { ...(version === undefined ? {} : { version }), rows, termCount: Math.max(0, rows.length - 1), cellCount, problems };
}

/** A row from its element; the title is the `<title>` text outside its `<nemod>` parts. */
function rowOf(element: XmlElement, id: number, level: number, parent: number | undefined, cells: NeoplasmRow['cells']): NeoplasmRow {
  const titleElement = childElements(element, 'title')[0];
  const { title, nemod } = splitTitle(titleElement);
  const optional = (name: string): string | undefined => {
    const found = childElements(element, name);
    return found.length === 0 ? undefined : found.map(textOf).join('; ');
  };
  return neoplasmRow({ id, title, level, parent, nemod, see: optional('see'), seeAlso: optional('seeAlso'), manif: optional('manif'), cells });
}

/**
 * The printed title without its nonessential modifiers, and the modifiers. A `<nemod>` may stand in
 * the middle of a title (`posterior<nemod>(laryngeal)</nemod> surface`), so the title is the title
 * element's own text runs joined, not the text before the first modifier.
 */
export function splitTitle(element: XmlElement | undefined): { title: string; nemod: string } {
  if (!element) return { title: '', nemod: '' };
  let title = '';
  const nemods: string[] = [];
  for (const child of element.children) {
    if (typeof child === 'string') title += child;
    else if (child.name === 'nemod') nemods.push(textOf(child));
    else title += textOf(child);
  }
  return { title: collapse(title), nemod: collapse(nemods.join(' ')) };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The cells of a row, keyed by column; `-` cells are counted but not kept. */
function readCells(element: XmlElement, problems: ImportProblem[]): { values: NeoplasmRow['cells']; count: number } {
  const values: Partial<Record<NeoplasmColumn, string>> = {};
  const seen = new Set<string>();
  let count = 0;
  for (const cell of childElements(element, 'cell')) {
    count++;
    const col = cell.attributes.col ?? '';
    const column = NEOPLASM_COLUMNS[Number(col) - 2];
    const value = textOf(cell);
    if (!/^[2-7]$/.test(col) || column === undefined) {
      problems.push({ line: cell.line, message: `<cell col="${col}"> is not one of the columns 2 to 7` });
      continue;
    }
    if (seen.has(col)) {
      problems.push({ line: cell.line, message: `column ${col} is printed twice in this row; the first cell is kept` });
      continue;
    }
    seen.add(col);
    if (!cellPattern.test(value) && value !== '-') {
      problems.push({ line: cell.line, message: `cell "${value.slice(0, 20)}" in column ${col} is neither a code nor "-"` });
      continue;
    }
    if (value !== '-') values[column] = value;
  }
  return { values, count };
}
