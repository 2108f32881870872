import { citeCell, cellCode } from '../codes/neoplasm/cells';
import type { NeoplasmColumn, NeoplasmRow, NeoplasmTable } from '../codes/neoplasm/model';
import type { NarrativeCodeLookup } from './context';
import type { Laterality } from './siteLexicon';
import { PART_JOINER } from './joinedParts';
import { rowForPath } from './tablePath';

/**
 * Maps a site and a column to a code through the Table of Neoplasms: the site's row (sub-sites chosen
 * with `findChild`), the column's cell (from the nearest enclosing row that prints one), and for a cell
 * ending in `-` the billable codes below it that fit the laterality and sex the text gives. When the
 * text lacks the detail the code is null and the candidates and what is missing are reported instead.
 * Cells of the FY2025 table that the covering release replaced are corrected (larynx secondary C78.31,
 * pharynx secondary C78.32 in FY2027).
 */
export interface SiteRequest {
  readonly path: readonly string[];
  readonly column: NeoplasmColumn;
  readonly laterality?: Laterality;
  readonly sex?: 'female' | 'male';
  /** A dotted prefix that narrows the cell (DCIS: D05.1). */
  readonly narrowTo?: string;
  /** Words next to the site that may name a sub-site ("distal" esophagus). */
  readonly qualifiers?: readonly string[];
}

export interface CodeChoice {
  readonly code: string | null;
  readonly candidates: readonly string[];
  readonly source: string;
  readonly missing?: string;
  /** The dotted primary code of the site, for history and family codes. */
  readonly primaryCell?: string;
}

/** The row that prints a cell for the column: the row itself or its nearest ancestor. */
function rowWithCell(table: NeoplasmTable, row: NeoplasmRow, column: NeoplasmColumn): NeoplasmRow | undefined {
  let current: NeoplasmRow | undefined = row;
  while (current !== undefined && current.level >= 1) {
    if (current.cells[column] !== undefined) return current;
    current = current.parent === undefined ? undefined : table.rows[current.parent];
  }
  return undefined;
}

/** FY2027 replaced the secondary cells of the larynx and the pharynx (see the FY2025 README). */
const SECONDARY_CORRECTIONS: readonly { readonly primaryPrefix: string; readonly code: string; readonly title: string }[] = [
  { primaryPrefix: 'C32', code: 'C7831', title: 'C78.31 (secondary malignant neoplasm of larynx, FY2027)' },
  { primaryPrefix: 'C14.0', code: 'C7832', title: 'C78.32 (secondary malignant neoplasm of pharynx, FY2027)' },
];

export function chooseCode(table: NeoplasmTable, codes: NarrativeCodeLookup, request: SiteRequest): CodeChoice | undefined {
  const site = rowForPath(table, request.path);
  if (site === undefined) return undefined;
  const row = qualifiedRow(table, site, request.qualifiers);
  const holder = rowWithCell(table, row, request.column);
  const primaryCell = rowWithCell(table, row, 'primary')?.cells.primary;
  if (holder === undefined) return { code: null, candidates: [], source: `Table of Neoplasms: ${table.path(row.id).join(', ')} has no ${request.column} cell`, missing: 'column' };
  const printed = holder.cells[request.column] as string;
  const source = citeCell(table, { row: holder, column: request.column });
  const correction = request.column === 'secondary' ? SECONDARY_CORRECTIONS.find((entry) => primaryCell?.startsWith(entry.primaryPrefix)) : undefined;
  if (correction !== undefined && codes.isBillable(correction.code)) {
    return { code: correction.code, candidates: [], source: `${source}; ${codes.release}: ${correction.title}`, ...(primaryCell === undefined ? {} : { primaryCell }) };
  }
  const cell = cellCode(printed);
  const prefix = request.narrowTo?.replace('.', '') ?? cell.code;
  const choice = cell.needsMoreCharacters || request.narrowTo !== undefined ? completeCode(codes, prefix, request) : exactCode(codes, cell.code);
  return { ...choice, source: `${source} (${printed})`, ...(primaryCell === undefined ? {} : { primaryCell }) };
}

/** The row a site's qualifier words name below it ("distal" esophagus, "lateral wall" of the bladder), else the site's row. */
export function qualifiedRow(table: NeoplasmTable, site: NeoplasmRow, qualifiers: readonly string[] | undefined): NeoplasmRow {
  return (qualifiers ?? []).map((words) => table.findChild(site.id, words) ?? childByModifier(table, site.id, words) ?? nounLastChild(table, site.id, words)
    ?? wallChild(table, site.id, words) ?? parentModifierChild(table, site, words) ?? overlappingChild(table, site, words)).find((child) => child !== undefined) ?? site;
}

/**
 * "pancreatic adenocarcinoma (body/tail)", "of the pancreatic body/tail": one tumour written across two
 * parts of the same organ is the table's "overlapping lesion" row of that organ (pancreas, overlapping
 * lesion C25.8; Tabular C25.8 Malignant neoplasm of overlapping sites of pancreas), when both words are
 * parts of it with different codes and the organ has such a row. The site may be the organ or its first part.
 */
function overlappingChild(table: NeoplasmTable, site: NeoplasmRow, words: string): NeoplasmRow | undefined {
  const joint = words.indexOf(PART_JOINER);
  if (joint < 0) return undefined;
  const parent = site.parent === undefined || site.level < 2 ? undefined : table.rows[site.parent];
  return overlapOfParts(table, site, words.slice(0, joint), words.slice(joint + 1)) ?? (parent === undefined ? undefined : overlapOfParts(table, parent, words.slice(0, joint), words.slice(joint + 1)));
}

/** The organ's "overlapping lesion" row when both words name parts of it with different primary codes. */
function overlapOfParts(table: NeoplasmTable, organ: NeoplasmRow, firstWords: string, secondWords: string): NeoplasmRow | undefined {
  // "posterior wall/trigone": a part may be a wall's side, written noun last (bladder, wall, posterior C67.4).
  const first = table.findChild(organ.id, firstWords) ?? nounLastChild(table, organ.id, firstWords);
  const second = table.findChild(organ.id, secondWords) ?? nounLastChild(table, organ.id, secondWords);
  if (first === undefined || second === undefined || first.cells.primary === second.cells.primary) return undefined;
  return table.findChild(organ.id, 'overlapping lesion');
}

/**
 * "L lateral oral tongue": the words chose a broad part of the organ (tongue, anterior NEC C02.3) and the
 * qualifier is the nonessential modifier of another part of the same organ (tongue, border (lateral) C02.1),
 * which says more. Only a part's qualifier is tried one level up, never an organ's.
 */
function parentModifierChild(table: NeoplasmTable, site: NeoplasmRow, words: string): NeoplasmRow | undefined {
  return site.parent === undefined || site.level < 2 ? undefined : childByModifier(table, site.parent, words);
}

/** "R lateral nasopharyngeal primary": a side of a hollow organ is a part of its wall (nasopharynx, wall, lateral C11.2). */
function wallChild(table: NeoplasmTable, id: number, words: string): NeoplasmRow | undefined {
  const wall = table.findChild(id, 'wall');
  return wall === undefined ? undefined : table.findChild(wall.id, words);
}

/**
 * "lateral wall" of the bladder: English puts the noun last, the table puts it first (bladder, wall,
 * lateral C67.2). A two-word qualifier is read as the child named by its last word and that child's
 * own child named by the first.
 */
function nounLastChild(table: NeoplasmTable, id: number, words: string): NeoplasmRow | undefined {
  const parts = words.split(' ');
  if (parts.length !== 2) return undefined;
  const noun = table.findChild(id, parts[1] as string);
  if (noun === undefined) return undefined;
  // "lateral border" of the tongue: the table prints the first word as the noun's own modifier, "border (lateral)" C02.1.
  return table.findChild(noun.id, parts[0] as string) ?? (nemodOf(noun) === parts[0] ? noun : undefined);
}

/** The row's nonessential modifier without its parentheses, in lower case ("border (lateral)" → "lateral"). */
function nemodOf(row: NeoplasmRow): string | undefined {
  return row.nemod?.toLowerCase().replace(/[()]/g, '').trim();
}

/**
 * The child whose nonessential modifier is the word ("lateral" → tongue, border (lateral)): the table
 * prints such words in parentheses after the title. Taken only when every child with that modifier
 * has the same primary cell (tongue: "border (lateral)" and "margin (lateral)" are both C02.1).
 */
function childByModifier(table: NeoplasmTable, id: number, words: string): NeoplasmRow | undefined {
  const wanted = words.toLowerCase();
  const matching = table.children(id).filter((child) => nemodOf(child) === wanted);
  const first = matching[0];
  return first !== undefined && matching.every((child) => child.cells.primary === first.cells.primary) ? first : undefined;
}

function exactCode(codes: NarrativeCodeLookup, code: string): Omit<CodeChoice, 'source'> {
  if (codes.isBillable(code)) return { code, candidates: [] };
  const below = codes.billableWithPrefix(code);
  return { code: null, candidates: below, missing: below.length > 0 ? 'sub-site' : 'release' };
}

/** The billable code below a dash-ended cell that fits the text's laterality and sex, or the candidates. */
function completeCode(codes: NarrativeCodeLookup, prefix: string, request: SiteRequest): Omit<CodeChoice, 'source'> {
  const all = codes.billableWithPrefix(prefix);
  let fitting = [...all];
  const missing: string[] = [];
  const sided = all.some((code) => /\b(right|left)\b/i.test(codes.title(code) ?? ''));
  if (sided) {
    if (request.laterality === undefined) missing.push('laterality');
    else fitting = filterByWord(codes, fitting, request.laterality);
  }
  const sexed = all.some((code) => /\b(female|male)\b/i.test(codes.title(code) ?? ''));
  if (sexed) {
    if (request.sex === undefined) missing.push('sex');
    else fitting = fitting.filter((code) => new RegExp(`\\b${request.sex}\\b`, 'i').test(codes.title(code) ?? ''));
  }
  if (fitting.length > 1) fitting = filterByPart(codes, fitting, request.path);
  if (fitting.length > 1) fitting = preferUnspecifiedPart(codes, fitting);
  if (fitting.length === 1 && missing.length === 0) return { code: fitting[0] as string, candidates: [] };
  if (request.laterality === 'bilateral' && fitting.length === 0) {
    return { code: null, candidates: all.filter((code) => /\b(right|left)\b/i.test(codes.title(code) ?? '')), missing: 'bilateral: report the right and the left code' };
  }
  return { code: null, candidates: fitting.length > 0 ? fitting : all, missing: missing.length > 0 ? missing.join(', ') : 'sub-site' };
}

function filterByWord(codes: NarrativeCodeLookup, list: readonly string[], laterality: Laterality): string[] {
  return list.filter((code) => new RegExp(`\\b${laterality}\\b`, 'i').test(codes.title(code) ?? ''));
}

/** Path words the table has no row for but the codes' titles name: the upper or lower eyelid (C44.1-, D23.1-, D22.1-, C43.1-). */
export const TITLE_PARTS: ReadonlySet<string> = new Set(['upper', 'lower']);

/** The codes whose title names the part the path gives ("right upper eyelid"), when some do; else the list unchanged. */
function filterByPart(codes: NarrativeCodeLookup, list: readonly string[], path: readonly string[]): string[] {
  const part = path.find((word) => TITLE_PARTS.has(word));
  if (part === undefined) return [...list];
  const named = list.filter((code) => new RegExp(`\\b${part}\\b`, 'i').test(codes.title(code) ?? ''));
  return named.length > 0 ? named : [...list];
}

/** Among codes that differ only in the part of the site, the one for the unspecified part ("unspecified site of right female breast"). */
function preferUnspecifiedPart(codes: NarrativeCodeLookup, list: readonly string[]): string[] {
  const unspecified = list.filter((code) => /unspecified (site|part|type)/i.test(codes.title(code) ?? ''));
  return unspecified.length === 1 ? unspecified : [...list];
}
