/**
 * Leiomyomas of the uterus (fibroids), coded through the Index (Leiomyoma, uterus D25.9) and by the layer the Tabular names
 * (D25.0–D25.2): the morphology lexicon's entries for them (`morphologyLexicon.ts` imports these, not the other way round).
 */

/** The fields of a morphology term (morphologyLexicon.ts) these entries set. */
export interface UterineLeiomyomaTerm {
  readonly words: string;
  readonly code: string;
  readonly history: string;
  readonly family: string;
  readonly source: string;
  /** A leiomyoma written with another organ than the uterus is that organ's (`leiomyomaSite.ts`); a fibroid is the uterus's. */
  readonly siteAxis?: 'leiomyoma';
}

const UTERINE_LEIOMYOMA = { code: 'D25.9', history: 'Z86.018', family: 'Z80.8', source: 'Index: Leiomyoma, uterus D25.9' };

export const UTERINE_LEIOMYOMA_TERMS: readonly UterineLeiomyomaTerm[] = [
  { words: 'leiomyoma', ...UTERINE_LEIOMYOMA, siteAxis: 'leiomyoma' },
  { words: 'leiomyomas', ...UTERINE_LEIOMYOMA, siteAxis: 'leiomyoma' },
  { words: 'leiomyomata', ...UTERINE_LEIOMYOMA, siteAxis: 'leiomyoma' },
  { words: 'leiomyomata uteri', ...UTERINE_LEIOMYOMA },
  { words: 'fibroids', code: 'D25.9', history: 'Z86.018', family: 'Z80.8', source: 'Index: Fibroid (uterus) D25.9' },
  // Tabular D25.0 Submucous, D25.1 Intramural, D25.2 Subserosal leiomyoma of uterus: the layer written before the fibroid or after its name.
  ...uterineLeiomyomaByLayer('submucosal', 'D25.0'), ...uterineLeiomyomaByLayer('submucous', 'D25.0'),
  ...uterineLeiomyomaByLayer('intramural', 'D25.1'),
  ...uterineLeiomyomaByLayer('subserosal', 'D25.2'), ...uterineLeiomyomaByLayer('subserous', 'D25.2'),
];

/**
 * "intramural fibroid", "subserosal leiomyomas", "uterine leiomyoma, intramural": Tabular D25.0–D25.2 by the layer of the uterus;
 * "Leiomyomata, intramural, largest 3.2 cm": a pathology line sets the layer off after the plural too.
 */
function uterineLeiomyomaByLayer(layer: string, code: string): UterineLeiomyomaTerm[] {
  const names = ['fibroid', 'fibroids', 'leiomyoma', 'leiomyomas', 'leiomyomata', 'myoma', 'myomas'];
  const spellings = [...names.map((name) => `${layer} ${name}`), ...names.map((name) => `${name} , ${layer}`)];
  return spellings.map((words) => ({ words, code, history: 'Z86.018', family: 'Z80.8', source: `Tabular ${code} ${layer} leiomyoma of uterus` }));
}
