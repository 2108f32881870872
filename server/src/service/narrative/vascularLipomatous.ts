/**
 * Hemangiomas and lipomatous neoplasms, coded by site through the Index (Hemangioma D18.0-: `morphologyCode.ts`; Lipoma D17.-, which
 * angiomyolipoma is sent to): the morphology lexicon's entries for them (`morphologyLexicon.ts` imports these, not the other way round).
 */

/** The fields of a morphology term (morphologyLexicon.ts) these entries set. */
export interface VascularLipomatousTerm {
  readonly words: string;
  readonly siteAxis?: 'hemangioma' | 'lipoma';
  readonly code: string;
  readonly history: string;
  readonly family: string;
  readonly source: string;
}

const BENIGN_HISTORY = { history: 'Z86.018', family: 'Z80.8' };

/** "Renal AML" (and "AML" in a note about an angiomyolipoma: `noteRestatements.ts`), the kidney's angiomyolipoma. */
export const RENAL_ANGIOMYOLIPOMA = { code: 'D17.71', ...BENIGN_HISTORY, source: 'Index: Angiomyolipoma — see Lipoma; Tabular D17.71 Benign lipomatous neoplasm of kidney' };

export const VASCULAR_AND_LIPOMATOUS_TERMS: readonly VascularLipomatousTerm[] = [
  ...['hemangioma', 'hemangiomas'].map((words): VascularLipomatousTerm => ({ words, siteAxis: 'hemangioma', code: 'D18.00', ...BENIGN_HISTORY, source: 'Index: Hemangioma D18.00' })),
  // A cavernoma is a cavernous hemangioma (Index: Hemangioma (cavernous)), in notes nearly always the brain's: with no site written,
  // Tabular D18.02 Hemangioma of intracranial structures; a site written codes by it ("hepatic cavernoma" D18.03).
  ...['cavernoma', 'cavernomas', 'cavernous hemangioma', 'cavernous angioma'].map((words): VascularLipomatousTerm => ({
    words, siteAxis: 'hemangioma', code: 'D18.02', ...BENIGN_HISTORY, source: 'Index: Hemangioma (cavernous); Tabular D18.02 Hemangioma of intracranial structures' })),
  { words: 'lipoma', siteAxis: 'lipoma', code: 'D17.9', ...BENIGN_HISTORY, source: 'Index: Lipoma D17.9' },
  // Index: Angiomyolipoma — see Lipoma (by site: kidney D17.71); "renal AML" is the kidney's.
  ...['angiomyolipoma', 'angiomyolipomas'].map((words): VascularLipomatousTerm => ({ words, siteAxis: 'lipoma', code: 'D17.9', ...BENIGN_HISTORY, source: 'Index: Angiomyolipoma — see Lipoma D17.9' })),
  { words: 'renal aml', ...RENAL_ANGIOMYOLIPOMA },
  // A renal mass's differential names the angiomyolipoma by its fat ("Fat-poor AML and oncocytoma less likely"): a kidney imaging term.
  ...['fat-poor aml', 'lipid-poor aml', 'fat-invisible aml', 'fat-poor angiomyolipoma', 'lipid-poor angiomyolipoma'].map((words) => ({ words, ...RENAL_ANGIOMYOLIPOMA })),
];
