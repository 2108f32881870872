import { SPLIT_FRAGMENTS } from './damagedWords';
import { DICTATED_HOMOPHONES } from './dictatedHomophones';
import { STATION_CLASS_WORDS, mayBeLetteredStation } from './nodeStations';
import { BRAIN_SUBSITES } from './organSubsites';
import { OPERATION_ORGANS } from './operatedSides';
import { SHAPED_SITE_FIRST_WORDS, mayNameSide } from './siteFinder';
import type { SiteRowIndex } from './siteRows';
import { SYNOPTIC_FIRST_WORDS } from './specimen';
import { LOBES } from './studyContext';
import { TREATMENT_WORDS } from './statedOutcome';
import { METASTASIS_WORDS } from './spineLevels';
import { DESCENT_WORDS } from './testisDescent';
import { writtenWithDigitFirst } from './numberWords';
import type { WordClassifier } from './wordClasses';
import { WORD_CLASS, setClassifier, unitedClassifier } from './wordClasses';

/**
 * The word classes of the reader context: each lexicon's first words (`lexicons`, the vocabulary's
 * classifier), and each word set that a pass over every token tests (`WORD_CLASS`), taken from the
 * module that owns the set, so a class names exactly the words its pass looks for. The context's
 * `TokenWords` asks once per spelling.
 */
export function readerClassifier(lexicons: WordClassifier, siteRows: SiteRowIndex): WordClassifier {
  return unitedClassifier([
    lexicons,
    (_raw, norm) => (siteRows.startsRow(norm) ? WORD_CLASS.siteRowFirst : 0),
    (raw, norm) => (mayNameSide(raw, norm) ? WORD_CLASS.side : 0),
    setClassifier(SYNOPTIC_FIRST_WORDS, WORD_CLASS.synopticFirst),
    setClassifier(STATION_CLASS_WORDS, WORD_CLASS.station),
    setClassifier(LOBES, WORD_CLASS.brainLobe),
    setClassifier(DESCENT_WORDS, WORD_CLASS.testisDescent),
    (_raw, norm) => (mayBeLetteredStation(norm) ? WORD_CLASS.letteredStation : 0),
    setClassifier(OPERATION_ORGANS, WORD_CLASS.operation),
    setClassifier(METASTASIS_WORDS, WORD_CLASS.spineMetastasis),
    setClassifier(SHAPED_SITE_FIRST_WORDS, WORD_CLASS.shapedSiteFirst),
    setClassifier(BRAIN_SUBSITES, WORD_CLASS.brainSubsite),
    setClassifier(SPLIT_FRAGMENTS, WORD_CLASS.splitFragment),
    setClassifier(DICTATED_HOMOPHONES, WORD_CLASS.homophone),
    setClassifier(TREATMENT_WORDS, WORD_CLASS.treatment),
    (raw, norm) => (writtenWithDigitFirst(raw) || writtenWithDigitFirst(norm) ? WORD_CLASS.digitFirst : 0),
  ]);
}
