import { lastAtOrBeforeBy } from '../sortedSearch';
import { CANCER_DRUGS } from './cancerDrugs';
import type { NoteSection } from './model';
import { wordInSentenceWindow } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * The drugs of the shared list given only against a few cancers, with the code categories of those cancers (as if
 * present): a note whose Medications list holds one documents treatment directed to that cancer now, so the cancer is
 * current (Guideline I.C.2.d; ANNOTATION.md: adjuvant endocrine therapy keeps a cancer present).
 */
const DRUG_CATEGORIES: ReadonlyMap<string, readonly string[]> = new Map(
  CANCER_DRUGS.flatMap((drug) => drug.treats === undefined ? [] : drug.names.map((name): [string, readonly string[]] => [name, drug.treats ?? []])),
);

/** Words after a drug on its line that say it is not taken now ("tamoxifen - completed 2020", "letrozole (stopped)"). */
const NOT_TAKEN = new Set(['completed', 'stopped', 'discontinued', 'finished', 'off', 'declined']);
/** How many tokens after a drug are read for a word that says it is not taken. */
const NOT_TAKEN_REACH = 4;

/** The code categories of the cancers the encounter's Medications sections treat now. */
export function categoriesTreatedByMedications(tokens: readonly Token[], sections: readonly NoteSection[]): ReadonlySet<string> {
  const treated = new Set<string>();
  for (const section of sections) {
    if (section.kind !== 'medications') continue;
    const end = section.span.offset + section.span.length;
    const first = lastAtOrBeforeBy((index) => tokens[index]?.start ?? 0, tokens.length, section.span.offset) + 1;
    for (let index = first; index < tokens.length && (tokens[index]?.start ?? end) < end; index++) {
      const categories = DRUG_CATEGORIES.get(tokens[index]?.norm ?? '');
      if (categories !== undefined && takenNow(tokens, index)) for (const category of categories) treated.add(category);
    }
  }
  return treated;
}

function takenNow(tokens: readonly Token[], index: number): boolean {
  return !wordInSentenceWindow(tokens, index, index + 1, { words: NOT_TAKEN, sentence: tokens[index]?.sentence, after: NOT_TAKEN_REACH });
}
