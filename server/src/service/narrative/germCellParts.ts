import type { RawMention } from './rawMention';
import { samePath } from './siteMatch';
import type { Token } from './tokens';

/**
 * The components a pathologist lists inside a mixed germ cell tumour ("Mixed germ cell tumor: embryonal carcinoma 60%, yolk sac
 * tumor 30%, mature teratoma 10%"). ANNOTATION.md ("Mixed germ cell tumour") reads the tumour and each component it names as separate
 * mentions, each with the tumour's code (Index: Tumor, germ cell, mixed — see Neoplasm, malignant, by site): the teratoma of a
 * malignant germ cell tumour is part of that malignancy, not the benign mature teratoma (D29.2-) or uncertain one (D40.1-) it is alone.
 */
const COMPONENT_WORDS: ReadonlySet<string> = new Set([
  'embryonal carcinoma', 'yolk sac tumor', 'yolk sac tumour', 'yst', 'endodermal sinus tumor', 'seminoma',
  'teratoma', 'mature teratoma', 'immature teratoma',
]);

/** The names of a germ cell tumour of several components. */
const MIXED_WORDS: ReadonlySet<string> = new Set([
  'mixed germ cell tumor', 'mixed germ cell tumour', 'mixed gct', 'mixed nsgct', 'nonseminomatous germ cell tumor', 'non-seminomatous germ cell tumor',
]);

/** How many tokens after the mixed tumour its components are listed (a line of percentages, or a short list under it). */
const COMPONENT_REACH = 30;

/**
 * The mention as a component of the mixed germ cell tumour kept just before it, at that tumour's site and column; undefined when it
 * is no such component (another histology, too far, or another site).
 */
export function germCellComponent(kept: readonly RawMention[], mention: RawMention): RawMention | undefined {
  if (!COMPONENT_WORDS.has(mention.histology?.words ?? '')) return undefined;
  for (let index = kept.length - 1; index >= 0; index--) {
    const tumour = kept[index];
    if (tumour === undefined || mention.start - tumour.end > COMPONENT_REACH) return undefined;
    if (!MIXED_WORDS.has(tumour.histology?.words ?? '') || tumour.column !== 'primary') continue;
    const sameSite = tumour.site !== undefined && mention.site !== undefined && samePath(tumour.site.path, mention.site.path);
    return sameSite ? { ...mention, column: tumour.column } : undefined;
  }
  return undefined;
}

/** The teratoma words whose behaviour the testis's germ cell tumour settles (histologyNames.ts gives them `encounterOrgan: testis`). */
const TERATOMA_WORDS: ReadonlySet<string> = new Set(['teratoma', 'mature teratoma']);

/**
 * The column of a site-less word placed at the organ of the encounter's neoplasm (encounterOrgan.ts): a teratoma in a note about a
 * testis germ cell tumour ("EC/YST/teratoma/seminoma", "residual mass given teratoma component") is that malignancy's component, as
 * one listed under the mixed tumour is (ANNOTATION.md, "Mixed germ cell tumour"; Tabular C62.- Malignant neoplasm of testis), not
 * the benign or uncertain neoplasm the word is alone; any other word keeps its own column.
 */
export function germCellPartColumn(mention: RawMention, organ: readonly string[]): RawMention['column'] {
  return organ[0] === 'testis' && TERATOMA_WORDS.has(mention.histology?.words ?? '') ? 'primary' : mention.column;
}

/** The clinical names of a gestational trophoblastic neoplasia (histologyNames.ts). */
const TROPHOBLASTIC_NEOPLASIA: ReadonlySet<string> = new Set(['gtn', 'gestational trophoblastic neoplasia', 'gestational trophoblastic neoplasm']);

/** How many tokens after a choriocarcinoma a trophoblastic neoplasia restates it ("Choriocarcinoma, high-risk GTN (FIGO stage IV)"). */
const RESTATEMENT_REACH = 4;

/**
 * "Choriocarcinoma, high-risk GTN": a gestational trophoblastic neoplasia named right after a choriocarcinoma in its sentence is that
 * malignancy under its clinical name (Tabular C58), a mention of its own, not the uncertain-behaviour neoplasm (D39.2) it is when no
 * tissue has typed it.
 */
export function restatedChoriocarcinoma(tokens: readonly Token[], kept: readonly RawMention[], mention: RawMention): RawMention | undefined {
  const previous = kept[kept.length - 1];
  if (previous === undefined || !TROPHOBLASTIC_NEOPLASIA.has(mention.histology?.words ?? '') || previous.column !== 'primary') return undefined;
  const sameSite = previous.site !== undefined && mention.site !== undefined && samePath(previous.site.path, mention.site.path);
  const near = mention.start - previous.end <= RESTATEMENT_REACH && tokens[previous.start]?.sentence === tokens[mention.start]?.sentence;
  return sameSite && near ? { ...mention, column: 'primary' } : undefined;
}
