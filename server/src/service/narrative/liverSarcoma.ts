import type { CodeChoice } from './mapping';
import type { RawMention } from './rawMention';

/**
 * Round 25: a sarcoma whose site is the liver has a code of its own in the liver's category. The Table sends a sarcoma to
 * connective tissue, and a sarcoma of the liver to the liver's row (C22.8 primary, C22.9 not said to be primary), but the
 * Tabular divides C22 by morphology: C22.3 "Angiosarcoma of liver" (Index: Angiosarcoma, liver C22.3) and C22.4 "Other sarcomas of liver". So an angiosarcoma of the liver ("hepatic angiosarcoma",
 * "Angiosarcoma of liver", and a site-less "angiosarcoma" that takes the liver the note documents) is C22.3, and any other
 * sarcoma of the liver C22.4. Only the primary column changes: a sarcoma metastatic to the liver stays C78.7, and a history
 * keeps the liver's Z85.05.
 */

/** The Tabular's liver codes by sarcoma morphology: the angiosarcoma's own, and the other sarcomas'. */
const ANGIOSARCOMA_OF_LIVER = 'C223';
const OTHER_SARCOMA_OF_LIVER = 'C224';

/** Histology words of an angiosarcoma (`histologyLexicon.ts`' term; the Index sends a hemangiosarcoma to it). */
const ANGIOSARCOMA_WORDS: ReadonlySet<string> = new Set(['angiosarcoma']);

/** The tissue row a sarcoma's histology is sent to (`histologyLexicon.ts`: Index, Sarcoma — see Neoplasm, connective tissue). */
const CONNECTIVE_TISSUE = 'connective tissue';

/** The liver's morphology code for a primary sarcoma the Table placed in the liver, or the choice as it was. */
export function liverSarcomaChoice(mention: RawMention, choice: CodeChoice): CodeChoice {
  const histology = mention.histology;
  if (mention.column !== 'primary' || histology?.tissue !== CONNECTIVE_TISSUE || choice.code?.startsWith('C22') !== true) return choice;
  const angiosarcoma = ANGIOSARCOMA_WORDS.has(histology.words);
  const code = angiosarcoma ? ANGIOSARCOMA_OF_LIVER : OTHER_SARCOMA_OF_LIVER;
  const title = angiosarcoma ? 'Angiosarcoma of liver' : 'Other sarcomas of liver';
  const dotted = `${code.slice(0, 3)}.${code.slice(3)}`;
  return { ...choice, code, candidates: [], source: `Tabular ${dotted} ${title}; ${choice.source}`, primaryCell: dotted };
}
