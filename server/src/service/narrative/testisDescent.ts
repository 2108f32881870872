import type { RawMention } from './rawMention';
import { wordInSentenceWindow } from './sentenceWindow';
import type { Token } from './tokens';
import { WORD_CLASS } from './wordClasses';

/**
 * Whether the note documents the testes as descended or not. The Table of Neoplasms divides the testis
 * by it: "testis, descended" and "scrotal" Malignant Primary C62.1-, "undescended", "ectopic" and
 * "retained" C62.0-, the testis alone C62.9- (unspecified whether descended). An examination that says
 * "Both testes normally descended" or a history of cryptorchidism decides the row for every testis
 * mention of the note; a note that says both, or neither, leaves the testis alone. One pass over the tokens.
 */
export type TestisDescent = 'descended' | 'undescended';

const UNDESCENDED_WORDS: ReadonlySet<string> = new Set(['undescended', 'cryptorchid', 'cryptorchidism', 'ectopic', 'retained', 'maldescended', 'intra-abdominal']);
/** Every word the pass looks for (its word class `testisDescent`). */
export const DESCENT_WORDS: ReadonlySet<string> = new Set(['descended', ...UNDESCENDED_WORDS]);
/** The length of the shortest word looked for ("ectopic"), worked out from the words themselves. */
const SHORTEST_WORD = Math.min('descended'.length, ...[...UNDESCENDED_WORDS].map((word) => word.length));
/** Words within two tokens before that deny the word after them ("no hx cryptorchidism", "not descended"). */
const DENIALS = new Set(['no', 'not', 'never', 'denies', 'without', 'incompletely', 'partially']);

function denied(tokens: readonly Token[], index: number): boolean {
  return wordInSentenceWindow(tokens, index, index, { words: DENIALS, sentence: tokens[index]?.sentence, before: 3 });
}

/** The descent the note documents for the testes, or undefined when it documents none or both. */
export function testisDescent(tokens: readonly Token[]): TestisDescent | undefined {
  let descended = false;
  let undescended = false;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    // A token whose word is none looked for (most of a note) is passed over at once.
    if (token === undefined || (token.classes & WORD_CLASS.testisDescent) === 0) continue;
    const word = token.norm;
    if (word.length < SHORTEST_WORD) continue;
    if (word === 'descended' && !denied(tokens, index)) descended = true;
    // "ectopic", "retained" and "intra-abdominal" name an undescended testis only next to a testis word.
    else if (UNDESCENDED_WORDS.has(word) && !denied(tokens, index) && (word.startsWith('cryptorch') || word === 'undescended' || word === 'maldescended' || isTestisWord(tokens[index + 1]?.norm))) undescended = true;
  }
  if (descended === undescended) return undefined;
  return descended ? 'descended' : 'undescended';
}

function isTestisWord(word: string | undefined): boolean {
  return word === 'testis' || word === 'testes' || word === 'testicle' || word === 'testicles';
}

/** The mention with its testis narrowed to the documented descent (table path testis → descended / undescended). */
export function withTestisDescent(mention: RawMention, descent: TestisDescent | undefined): RawMention {
  const site = mention.site;
  if (descent === undefined || site === undefined || site.lymphNode || site.path.length !== 1 || site.path[0] !== 'testis') return mention;
  return { ...mention, site: { ...site, path: ['testis', descent] } };
}
