/**
 * The words for a specimen taken from the patient, in one place: the readers that ask whether an organ, a node station or a
 * label names a sample ("liver bx", "4R, 7 TBNA:", "BM aspirate/bx", "excisional bx:") share these tables, and each keeps
 * beside them only the words its own reading adds (a marrow's trephine, a label's excision, a lesion's place). Before
 * review 24 each reader wrote its own list, and the lists had drifted apart by a plural or a needle's name.
 */

/** A biopsy or a needle's sample of a lesion ("liver bx", "core biopsies", "FNA", "FNB", "aspirate", "aspiration"). */
export const TISSUE_SAMPLE_WORDS: ReadonlySet<string> = new Set(['bx', 'biopsy', 'biopsies', 'fna', 'fnb', 'core', 'aspirate', 'aspiration']);

/**
 * An endobronchial ultrasound's needle sample of the thoracic node stations ("EBUS 4R/7", "EBUS-TBNA 4R and 11L", "4R, 7 TBNA:"):
 * the words after which, or before which, numbers are node stations (`sampledStations.ts`, `nodeStations.ts`).
 */
export const STATION_SAMPLING_WORDS: ReadonlySet<string> = new Set(['ebus', 'ebus-tbna', 'ebus-fna', 'tbna']);

/**
 * The marrow's samples: the tissue samples, the aspirates of both sides, the trephine core and the clot section ("BM
 * aspirate/bx", "Bone marrow, aspirate and clot").
 */
const MARROW_SAMPLE_WORDS: ReadonlySet<string> = new Set([...TISSUE_SAMPLE_WORDS, 'aspirates', 'trephine', 'clot']);

/**
 * Results written right after the marrow itself ("BM negative for neuroblastoma", "bone marrow positive for Ewing sarcoma"): the
 * marrow was sampled and read, as when the sample is named. "Marrow involvement by melanoma" (round 23) reports the same reading
 * as a noun: the tumour found, or denied, in the marrow.
 */
const MARROW_RESULT_WORDS: ReadonlySet<string> = new Set(['negative', 'positive', 'neg', 'pos', 'free', 'clear', 'involved', 'involvement']);

/** Whether a word names a marrow sample, the first of a slashed pair too ("aspirate/bx"). */
export function namesMarrowSample(word: string): boolean {
  const slash = word.indexOf('/');
  return MARROW_SAMPLE_WORDS.has(slash < 0 ? word : word.slice(0, slash));
}

/**
 * Whether the word right after the marrow says it was sampled or read ("BM bx", "bone marrow aspirate/bx", "BM negative for …"):
 * the one test for the site finder's capitalised "BM" (`shapedSites.ts`) and for a marrow sample before its tumour
 * (`marrowSpread.ts`).
 */
export function marrowSampledOrRead(word: string): boolean {
  return namesMarrowSample(word) || MARROW_RESULT_WORDS.has(word);
}

/**
 * Round 25 (tuner C): whether a word names how a sample was taken, written before the organ in a part's label ("US-guided FNA L level II
 * node:", "EBUS-TBNA 4R:", "Core bx R breast:"): the sample's words and an image's guidance, which leave the organ the label's subject.
 */
export function namesSamplingStep(word: string): boolean {
  return TISSUE_SAMPLE_WORDS.has(word) || STATION_SAMPLING_WORDS.has(word) || word.endsWith('-guided') || word === 'guided';
}
