import type { CodeSets, CodeSetYear } from '../codes/codeSet';
import { describeCell } from '../codes/neoplasm/cells';
import { cellInYear, KNOWN_LATER_TABLE_CHANGES } from '../codes/neoplasm/cellInYear';
import { NEOPLASM_COLUMN_TITLES } from '../codes/neoplasm/model';
import { isNeoplasm } from '../codes/roles';
import type { NeoplasmCellRef, NeoplasmTable } from '../codes/neoplasm/model';

/**
 * The hover's "Table of Neoplasms" paragraph: the table rows that lead to the hovered code, so a coder
 * sees which documented site words give it ("liver → Malignant Secondary"). It stays short: a few rows,
 * those whose site the code's own title names first, then the most general.
 */

/** How many table rows the hover names before saying how many more there are. */
const ROWS_SHOWN = 3;

/**
 * The hover paragraphs about the Table of Neoplasms for a code (dotless), or none when no row leads to it.
 * Every cell of the table prints a code of chapter 2 (C00–D49: its columns are the malignant, in situ,
 * benign, uncertain and unspecified behaviours), and so does every known later change, so any other
 * code is answered without unpacking the table: a claim's first hover is usually on such a code.
 */
export function neoplasmTableLines(code: string, year: CodeSetYear, codeSets: CodeSets, escape: (text: string) => string): string[] {
  if (!isNeoplasm(code)) return [];
  const table = codeSets.neoplasmTable?.();
  if (!table) return [];
  const refs = rankByTitle(table, table.cellsForCode(code), codeSets.title(code) ?? '');
  const lines: string[] = [];
  if (refs.length > 0) {
    const shown = refs.slice(0, ROWS_SHOWN).map((ref) => escape(describeCell(table, ref)));
    const more = refs.length > ROWS_SHOWN ? `; and ${refs.length - ROWS_SHOWN} more ${refs.length - ROWS_SHOWN === 1 ? 'row' : 'rows'}` : '';
    lines.push(`Table of Neoplasms (${table.release}): ${shown.join('; ')}${more}`);
  }
  const changed = changedCells(table, refs, codeSets, year, escape);
  if (changed) lines.push(changed);
  const adopted = laterTableRows(table, code, year, escape);
  if (adopted) lines.push(adopted);
  return lines;
}

/** Words that join site words without naming a site. */
const joiningWords = new Set(['of', 'or', 'and', 'the', 'nec', 'nos', 'with']);

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^a-z]+/).filter((word) => word !== '' && !joiningWords.has(word));
}

/**
 * The rows whose site the code's own title names come first: ranked by the share of the row's path
 * words that the title contains (C78.0 "… of lung": `lung` before `lingula, lung`), then by how early
 * in the title they stand (C78.7 "… of liver and intrahepatic bile duct": `liver` before `intrahepatic
 * duct`), then in the table's most-general-first order.
 */
function rankByTitle(table: NeoplasmTable, refs: readonly NeoplasmCellRef[], title: string): NeoplasmCellRef[] {
  const titleWords = wordsOf(title);
  const scored = refs.map((ref, order) => {
    const pathWords = table.pathWords(ref.row.id).filter((word) => !joiningWords.has(word));
    const positions = pathWords.map((word) => titleWords.indexOf(word)).filter((position) => position >= 0);
    const share = pathWords.length === 0 ? 0 : positions.length / pathWords.length;
    return { ref, share, first: positions.length === 0 ? Infinity : Math.min(...positions), order };
  });
  scored.sort((a, b) => b.share - a.share || a.first - b.first || a.order - b.order);
  return scored.map((entry) => entry.ref);
}

/**
 * Rows of the loaded table whose cell is not the code to report in the year of the date of service
 * (a later table prints a new code there, or the code does not exist that year), said once for all
 * such rows rather than offered as if it were right.
 */
function changedCells(table: NeoplasmTable, refs: readonly NeoplasmCellRef[], codeSets: CodeSets, year: CodeSetYear, escape: (text: string) => string): string | undefined {
  const byReason = new Map<string, string[]>();
  for (const ref of refs) {
    const judged = cellInYear(table, ref, codeSets, year);
    if (judged.usable || judged.reason === undefined) continue;
    const sites = byReason.get(judged.reason) ?? [];
    sites.push(table.path(ref.row.id).join(', ') || ref.row.title);
    byReason.set(judged.reason, sites);
  }
  if (byReason.size === 0) return undefined;
  const parts = [...byReason].map(([reason, sites]) => {
    const others = sites.length > 1 ? ` (and ${sites.length - 1} more ${sites.length === 2 ? 'row' : 'rows'})` : '';
    return `${escape(sites[0] as string)}${others}: ${escape(reason)}`;
  });
  return `For ${year.label}: ${parts.join('; ')}.`;
}

/** For a code a later table adopted (C78.31 in FY2027), the rows that print it there. */
function laterTableRows(table: NeoplasmTable, code: string, year: CodeSetYear, escape: (text: string) => string): string | undefined {
  const changes = KNOWN_LATER_TABLE_CHANGES.filter((change) => change.year <= year.year && change.replacement.replace(/[.-]/g, '') === code);
  if (changes.length === 0) return undefined;
  const rows = changes.map((change) => `${escape(change.site.join(', '))} → ${NEOPLASM_COLUMN_TITLES[change.column]} (the ${table.release} table printed ${change.printed})`);
  return `Table of Neoplasms (FY${changes[0]?.year ?? year.year}, known change): ${rows.join('; ')}`;
}
