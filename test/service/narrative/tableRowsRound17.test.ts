import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Table of Neoplasms coverage, second pass of round 17 (issue 12): rows and spellings the first pass left unread. The
 * evidence is the official table (FY2025 file, data/icd10cm/2025) and the Index, not the corpus; codes checked against
 * the FY2027 code titles (data/icd10cm/2027).
 */

// Eponyms written with their diacritics: table "Rosenmuller's fossa" C11.2; Index "Sezary disease" C84.1- (with stage IVA, more
// than one region: the fifth character 8, multiple sites), "Macroglobulinemia, Waldenström" C88.0 (C88.00 Waldenstrom
// macroglobulinemia not having achieved remission), history Z85.79. Before, the tokenizer cut "Rosenmüller" at its "ü" and no
// word of the vocabulary was read.
const diacritics: readonly ReadingCase[] = [
  ['fossa of Rosenmüller', 'NPC of the fossa of Rosenmüller.', [['NPC of the fossa of Rosenmüller', 'C112', 'present']]],
  ["Rosenmüller's fossa", "Carcinoma of the R Rosenmüller's fossa.", [["Carcinoma of the R Rosenmüller's fossa", 'C112', 'present']]],
  ['Sézary syndrome', 'Sézary syndrome, stage IVA.', [['Sézary syndrome', 'C8418', 'present']]],
  ['Waldenström macroglobulinemia', 'Waldenström macroglobulinemia, IgM 3.2 g/dL.', [['Waldenström macroglobulinemia', 'C8800', 'present']]],
  ["history of Waldenström's macroglobulinemia", "Hx of Waldenström's macroglobulinemia.", [["Waldenström's macroglobulinemia", 'Z8579', 'history']]],
];

// A table sub-row written with its site's adjective, longer than the lexicon's word for that adjective, is the site written (as a
// level-1 title already was: "tonsillar fossa"): table "dura › cerebral" C70.0 / secondary C79.32, "meninges › spinal" C70.1 /
// C79.49, "esophagus › cervical" C15.3, "hepatic › duct" C24.0, "pyloric › antrum" C16.3, "oral › mucosa" C06.0, "salivary
// gland or duct › sublingual" C08.1 (each side of the site's "or": "sublingual salivary gland"), "larynx › ventricular band"
// C32.1. Before, "cerebral", "spinal", "cervical", "hepatic", "pyloric", "oral" and "sublingual" were read alone (brain, spine,
// cervix, liver, pylorus, mouth, floor of mouth) and the noun after them as a second site or not at all. The adjective alone is
// still the lexicon's ("Hepatic mets" C78.7, "Cervical cancer" C53.9, "Pyloric adenocarcinoma" C16.4).
const subRowsAfterAdjective: readonly ReadingCase[] = [
  ['cerebral dura metastasis', 'MRI: enhancing cerebral dura metastasis.', [['cerebral dura metastasis', 'C7932', 'present']]],
  ['mets to the cerebral dura and spinal meninges', 'Mets to the cerebral dura and spinal meninges.',
    [['Mets to the cerebral dura', 'C7932', 'present'], ['spinal meninges', 'C7949', 'present']]],
  ['SCC of the cervical esophagus', 'SCC of the cervical esophagus, 18 cm from incisors.', [['SCC of the cervical esophagus', 'C153', 'present']]],
  ['adenocarcinoma of the common hepatic duct', 'Adenocarcinoma of the common hepatic duct.', [['Adenocarcinoma of the common hepatic duct', 'C240', 'present']]],
  ['adenocarcinoma of the pyloric antrum', 'Adenocarcinoma of the pyloric antrum.', [['Adenocarcinoma of the pyloric antrum', 'C163', 'present']]],
  ['SCC of the oral mucosa', 'SCC of the oral mucosa.', [['SCC of the oral mucosa', 'C060', 'present']]],
  ['sublingual salivary gland', 'Adenoid cystic carcinoma of the sublingual salivary gland.', [['carcinoma of the sublingual salivary gland', 'C081', 'present']]],
  ['carcinoma of the laryngeal ventricular band', 'Carcinoma of the laryngeal ventricular band.', [['Carcinoma of the laryngeal ventricular band', 'C321', 'present']]],
  ['the adjective alone stays the lexicon\'s', 'Hepatic mets. Cervical cancer. Pyloric adenocarcinoma.',
    [['Hepatic mets', 'C787', 'present'], ['Cervical cancer', 'C539', 'present'], ['Pyloric adenocarcinoma', 'C164', 'present']]],
];

describe('narrative reader: Table of Neoplasms rows, second pass (round 17)', () => {
  describe('eponyms with diacritics', () => checkReadings(diacritics));
  describe('sub-rows written after their site\'s adjective', () => checkReadings(subRowsAfterAdjective));
});
