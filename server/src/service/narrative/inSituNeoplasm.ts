import type { HistologyTerm } from './histologyTerm';
import type { Token } from './token';

/**
 * "Personal history of in-situ neoplasm of cervix uteri" (Tabular Z86.001), "in situ neoplasm of the cervix": the Tabular
 * titles name an in-situ neoplasm with "in-situ" before "neoplasm", which the Table of Neoplasms codes in its Ca in situ
 * column (cervix D06.9), not as a neoplasm of unspecified behaviour (D49.59). The words are read from the "neoplasm"
 * anchor looking back, as "carcinoma in situ" is read from its anchor looking on: a lexicon phrase opening with "in" would
 * give "in" the anchor lexicons' word class, so every sentence opening "In …" would be looked up as a diagnosis.
 */
export const IN_SITU_NEOPLASM: HistologyTerm = { words: 'in-situ neoplasm', role: 'in-situ' };

/** The first token of the in-situ words ("in-situ", "in situ") written right before the anchor at `index` in its sentence, or -1. */
export function inSituWordsBefore(tokens: readonly Token[], index: number): number {
  const sentence = tokens[index]?.sentence;
  const first = tokens[index - 1]?.norm === 'in-situ' ? index - 1 : tokens[index - 1]?.norm === 'situ' && tokens[index - 2]?.norm === 'in' ? index - 2 : -1;
  return first >= 0 && tokens[first]?.sentence === sentence ? first : -1;
}

/** The in-situ neoplasm's term for a bare "neoplasm" after the in-situ words; `term` otherwise. */
export function inSituNeoplasmOr(tokens: readonly Token[], index: number, term: HistologyTerm): HistologyTerm {
  return term.words === 'neoplasm' && term.role === 'unspecified' && inSituWordsBefore(tokens, index) >= 0 ? IN_SITU_NEOPLASM : term;
}
