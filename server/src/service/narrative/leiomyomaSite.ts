import type { NarrativeContext } from './context';
import { chooseCode } from './mapping';
import type { RawMention } from './rawMention';
import { rowForPath } from './tablePath';

/**
 * A leiomyoma written with an organ other than the uterus. The Index codes a leiomyoma of the uterus to D25.- and sends every
 * other one to the Table ("Leiomyoma — see also Neoplasm, connective tissue, benign"); the Table's note to its connective
 * tissue list codes a site the list names by that list ("connective tissue, stomach" Benign D21.4) and any other site as a
 * neoplasm of the site itself (an esophageal leiomyoma is the esophagus's benign neoplasm, D13.0). A leiomyoma of the female
 * genital organs or of an ill-defined region (the pelvis, where a leiomyoma is the uterus's fibroid) keeps the Index's D25.9.
 */

/** Primary cells of the female genital organs (C51–C58) and the ill-defined regions (C76): the leiomyoma stays the uterus's. */
const UTERINE_OR_REGIONAL_PRIMARY = /^C(5[1-8]|76)/;

/** The code a site gives the leiomyoma, in the shape of `morphologyCode.ts`' sited codes (which imports this file, so not that type). */
interface LeiomyomaCode {
  readonly code: string | null;
  readonly candidates: readonly string[];
  readonly source: string;
}

/** The Table's head row of the connective tissue list. */
const CONNECTIVE_TISSUE = 'connective tissue';

export function leiomyomaCode(context: NarrativeContext, mention: RawMention): LeiomyomaCode | undefined {
  const site = mention.site;
  if (site === undefined || site.lymphNode) return undefined;
  const primaryChoice = context.memo.remember('code', `${site.path.join('/')}|primary||||`, () => chooseCode(context.table, context.codes, { path: site.path, column: 'primary' }));
  const primary = primaryChoice?.code ?? primaryChoice?.candidates[0];
  if (primary === undefined || UTERINE_OR_REGIONAL_PRIMARY.test(primary)) return undefined;
  const path = connectiveTissueRow(context, site.path[0]) ? [CONNECTIVE_TISSUE, site.path[0] as string] : site.path;
  const laterality = path === site.path ? site.laterality : undefined;
  const request = { path, column: 'benign' as const, ...(laterality === undefined ? {} : { laterality }) };
  const choice = context.memo.remember('code', `${path.join('/')}|benign|${laterality ?? ''}|||`, () => chooseCode(context.table, context.codes, request));
  if (choice === undefined || (choice.code === null && choice.candidates.length === 0)) return undefined;
  const via = `a leiomyoma outside the uterus (Index: Leiomyoma — see also Neoplasm, connective tissue, benign): ${choice.source}`;
  return choice.code !== null ? { code: choice.code, candidates: [], source: via } : { code: null, candidates: choice.candidates, source: via };
}

/** Whether the Table's connective tissue list prints a row of its own for the site's organ (stomach, abdomen, thorax …). */
function connectiveTissueRow(context: NarrativeContext, organ: string | undefined): boolean {
  if (organ === undefined) return false;
  const head = rowForPath(context.table, [CONNECTIVE_TISSUE]);
  return head !== undefined && context.table.findChild(head.id, organ) !== undefined;
}
