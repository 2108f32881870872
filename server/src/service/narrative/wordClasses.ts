/**
 * Classes of a word that the reader's passes test on many tokens, as bits of `Token.classes`. The
 * context's `TokenWords` works them out once per spelling, so a pass over every token reads one number
 * instead of comparing strings or asking a set about each token.
 *
 * A bit is a filter, never an answer: a clear bit says the word is surely not of the class, a set bit
 * only that it may be, and the pass then tests the token as it would without the bit. A token whose
 * classes are unknown (tokenized without a reader context) has every bit set, so it is tested as before.
 */

/** The lexicons (phrase matchers) of the reader's vocabulary, one bit each: the word is the first word of one of its phrases. */
export const LEXICON_CLASS = {
  sites: 1 << 0,
  nodeWords: 1 << 1,
  nodeRegions: 1 << 2,
  histology: 1 << 3,
  morphology: 1 << 4,
  triggers: 1 << 5,
  terminators: 1 << 6,
} as const;

/** The lexicons whose phrases anchor a mention (a histology or a morphology word). */
export const ANCHOR_LEXICONS = LEXICON_CLASS.histology | LEXICON_CLASS.morphology;

/** The bits of every lexicon: a word with none of them starts no lexicon phrase. */
export const ANY_LEXICON = 0x7f;

/** Classes that are no lexicon's. */
export const WORD_CLASS = {
  /** The first word of a site row key of the Table of Neoplasms ("pancreas", "bile" of "bile duct"). */
  siteRowFirst: 1 << 7,
  /** A word that may name a side ("right", "lt", "R"). */
  side: 1 << 8,
  /** The first word of a synoptic report's opening ("synoptic", "tumor", "primary"). */
  synopticFirst: 1 << 9,
  /** A word for a thoracic node station ("station", "stn"). */
  station: 1 << 10,
  /** A lobe adjective of the brain ("frontal", "temporal"). */
  brainLobe: 1 << 11,
  /** A word that documents whether a testis descended ("descended", "cryptorchidism", "ectopic"). */
  testisDescent: 1 << 12,
  /** A word shaped like a lettered thoracic station ("4r", "11l": two or three characters, the first a digit 1-9). */
  letteredStation: 1 << 13,
  /** An operation named after its organ ("mastectomy", "nephrectomy"). */
  operation: 1 << 14,
  /** A metastasis word that a list of spine levels may follow ("mets", "metastases"). */
  spineMetastasis: 1 << 15,
  /** A word that starts a site of its own shape, in no lexicon ("level" II, "nasal" tip, "hilar" mass, "BM" biopsy). */
  shapedSiteFirst: 1 << 16,
  /** A sub-site word of the brain ("frontal", "cerebellar", "frontoparietal"): `BRAIN_SUBSITES` of organSubsites.ts. */
  brainSubsite: 1 << 17,
  /** The first half of a compound that dictation writes apart ("meta" static, "adeno" carcinoma): `SPLIT_FRAGMENTS` of damagedWords.ts. */
  splitFragment: 1 << 18,
  /** A common word that dictation writes for a site word of the same sound ("long" for lung): `DICTATED_HOMOPHONES` of dictatedHomophones.ts. */
  homophone: 1 << 19,
  /** A word written with a digit first ("12", "3.5", "4R", "5mg"): `numberWords.ts` tests its shape. */
  digitFirst: 1 << 20,
  /** A treatment word that `statedOutcome.ts` weighs beside a metastasis ("SBRT", "metastasectomy", "FOLFOX"): `TREATMENT_WORDS` there. */
  treatment: 1 << 21,
} as const;

/** The classes of a token whose word was not classified: every bit set, so every test runs. */
export const UNKNOWN_CLASSES = -1;

/** The classes of a word from its spellings (as written and in lower case). */
export type WordClassifier = (raw: string, norm: string) => number;

/** The first words of each lexicon, by the lexicon's bit. */
export interface LexiconFirstWords {
  readonly bit: number;
  readonly words: Iterable<string>;
}

/** A classifier that sets each lexicon's bit for exactly the first words of its phrases. */
export function lexiconClassifier(lexicons: readonly LexiconFirstWords[]): WordClassifier {
  const bitsByWord = new Map<string, number>();
  for (const lexicon of lexicons) for (const word of lexicon.words) bitsByWord.set(word, (bitsByWord.get(word) ?? 0) | lexicon.bit);
  return (_raw, norm) => bitsByWord.get(norm) ?? 0;
}

/** A classifier for a bare set of first words (no lexicon known apart): any lexicon's bits for a member, none otherwise; other classes unknown. */
export function firstWordClassifier(firstWords: ReadonlySet<string>): WordClassifier {
  return (_raw, norm) => (firstWords.has(norm) ? UNKNOWN_CLASSES : ~ANY_LEXICON);
}

/** A classifier that sets `bit` for exactly the words (in lower case) of `words`. */
export function setClassifier(words: { has(word: string): boolean }, bit: number): WordClassifier {
  return (_raw, norm) => (words.has(norm) ? bit : 0);
}

/** A classifier whose classes are those of every one given. */
export function unitedClassifier(classifiers: readonly WordClassifier[]): WordClassifier {
  return (raw, norm) => {
    let classes = 0;
    for (const classify of classifiers) classes |= classify(raw, norm);
    return classes;
  };
}
