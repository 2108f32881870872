import { sameOrganForSide } from './sameOrgan';
import type { SiteMatch } from './siteMatch';
import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * How far a site-less "tumor" looks, each way within its sentence, for the sites the sentence names: the organ a lesion word
 * grows in or narrows is written beside it ("tumor now narrowing the distal trachea and R mainstem"), and the bound keeps the
 * look linear in the note's length however long a run-on sentence is.
 */
const REACH = 24;

/**
 * Rows the Table of Neoplasms codes as one organ: the bronchus and the lung share their rows' codes (table: bronchus C34.9-,
 * main C34.0-; lung C34.9-, upper lobe C34.1-), so a bronchus the tumour's sentence names is a site of the lung primary's organ.
 */
const ORGAN_KIN: ReadonlyMap<string, string> = new Map([['bronchus', 'lung']]);

/** The organ a row belongs to for this question: the row itself, or the organ it shares its codes with (`ORGAN_KIN`). */
function organOf(row: string | undefined): string | undefined {
  return row === undefined ? undefined : ORGAN_KIN.get(row) ?? row;
}

/** The organs (as `organOf` groups them) of the note's distant spread, for `sentenceNamesOwnOrgan`. */
export function spreadOrgansOf(secondaries: readonly RawMention[]): ReadonlySet<string> {
  const organs = new Set<string>();
  for (const mention of secondaries) {
    const organ = organOf(mention.site?.path[0]);
    if (organ !== undefined) organs.add(organ);
  }
  return organs;
}

/**
 * Whether the sentence of a site-less "tumor" at `start` names a site of the one primary's `organ` (a sub-site, a lobe, its
 * bronchus) and no organ the note's spread is written at (`spreadOrgans`): a coder reads "CT chest: tumor now narrowing the
 * distal trachea and R mainstem" of a lung primary with liver and brain metastases as the primary's own growth, while "tumor
 * in the liver" of the same note may be a metastasis and stays held back. A lymph node names no organ of the primary.
 */
export function sentenceNamesOwnOrgan(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], start: number, organ: string, spreadOrgans: ReadonlySet<string>,
): boolean {
  const sentence = tokens[start]?.sentence;
  if (sentence === undefined) return false;
  let own = false;
  const first = Math.max(0, start - REACH);
  const last = Math.min(tokens.length - 1, start + REACH);
  for (let position = first; position <= last; position++) {
    const site = sites[position];
    if (site === undefined || site.lymphNode || tokens[position]?.sentence !== sentence) continue;
    const row = organOf(site.path[0]);
    if (row !== undefined && spreadOrgans.has(row)) return false;
    if (sameOrganForSide(row, organOf(organ))) own = true;
  }
  return own;
}
