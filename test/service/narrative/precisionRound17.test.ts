import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Precision round 17 (issue 12): what the reader read that the note does not document, or read with the wrong code.
 * Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2026 / FY2027 code titles
 * (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// ANNOTATION.md, round 14: "A statement about a disease in general is not a mention". A disease name before a plural noun of
// people ("CLL pts have ~2-8x risk of skin cancer", d426; "CLL pts at 2-8x risk", d571, whose gold calls the clause no mention)
// speaks of a group of patients. The patient's own risk stays hypothetical (table: skin NOS / Malignant Primary C44.90), the
// patient's own CLL present (Tabular C91.10 Chronic lymphocytic leukemia of B-cell type not having achieved remission), and a
// singular "lymphoma pt" is this patient (Index: Lymphoma C85.90).
const patientGroups: readonly ReadingCase[] = [
  ['"CLL pts" is a group of patients, not a history of CLL', 'CLL, Rai I - observation.\n2) Hx of BCC - CLL pts at 2-8x risk of skin cancer; derm q4mo.',
    [['CLL', 'C9110', 'present'], ['BCC', 'Z85828', 'history'], ['skin cancer', 'C4490', 'hypothetical']]],
  ['"CLL patients have" speaks of the disease in general', 'Explained that CLL patients have a higher risk of infections.', []],
  ['"breast cancer survivors" speaks of a group', 'Discussed that breast cancer survivors should keep annual mammograms.', []],
  ['a singular "lymphoma pt" is this patient', '72M lymphoma pt admitted with fever.', [['lymphoma', 'C8590', 'present']]],
];

// ANNOTATION.md, "Not mentions: names of clinics, services ..." and the round-16 note on "CRC" as a clinical research coordinator
// (d147 "CRC to contact", d625 "CRC: M. Tran, BSN"): before a person's initial, credential or errand the abbreviation is a
// member of the trial's staff. Colorectal cancer stays where a spread or a relative follows it (table: rectum, and colon /
// Malignant Primary C19; liver / Malignant Secondary C78.7; Z80.0 Family history of malignant neoplasm of digestive organs).
const researchCoordinator: readonly ReadingCase[] = [
  ['"CRC to contact" is the research coordinator', 'Clinical trial: eligible for screening - CRC to contact.', []],
  ['"CRC:" before a name and credential is the research coordinator', 'Subject ID: 0142-017   Screening date: 12/02/2026   CRC: M. Tran, BSN', []],
  ['"CRC will call" is the research coordinator', 'CRC will call pt re consent.', []],
  ['"Metastatic CRC:" before its sites stays the cancer', 'Metastatic CRC: liver, lung.', [['CRC', 'null', 'present'], ['liver', 'C787', 'present'], ['lung', 'null', 'present']]],
  ['"CRC to the liver" stays the spread', 'Metastatic CRC to the liver.', [['Metastatic CRC to the liver', 'C787', 'present'], ['CRC', 'null', 'present']]],
  ["a father's CRC stays family history", 'FHx: father CRC at 70.', [['CRC', 'Z800', 'family']]],
];

// ANNOTATION.md, round 15: "Sites joined by 'or' that share one code are one entry with that code", in a denial or a family
// history as in a present phrase (d159 "FHx: no colorectal or anal ca", d24 "FH: neg for liver or GI cancers", d471 "stomach or
// pancreas cancer"): Z80.0 Family history of malignant neoplasm of digestive organs; "cervical or supraclavicular nodal mets" are
// both table: lymph, lymphatic channel NEC, gland, cervical / supraclavicular → Malignant Secondary C77.0. Sites of two codes stay
// two entries (Z80.3 Family history of malignant neoplasm of breast, Z80.41 … of ovary; C78.7 liver, C79.51 bone).
const coordinatedAlternatives: readonly ReadingCase[] = [
  ['a denied "colorectal or anal ca" is one entry', 'FHx: no colorectal or anal ca. Mother - cervical cancer.',
    [['colorectal or anal ca', 'Z800', 'negated'], ['cervical cancer', 'Z8049', 'family']]],
  ['a denied "liver or GI cancers" is one entry', 'FH: neg for liver or GI cancers.', [['liver or GI cancers', 'Z800', 'negated']]],
  ['a relative\'s "stomach or pancreas cancer" is one entry', '- Maternal grandmother: "stomach or pancreas cancer", 70s', [['stomach or pancreas cancer', 'Z800', 'family']]],
  ['a relative\'s "colon and rectal cancer" is one entry', 'FH: father with colon and rectal cancer.', [['colon and rectal cancer', 'Z800', 'family']]],
  ['denied nodes of one region are one entry', 'No cervical or supraclavicular nodal mets.', [['cervical or supraclavicular nodal mets', 'C770', 'negated']]],
  ['a relative\'s "breast or ovarian cancer" stays two entries', 'FH: mother with breast or ovarian cancer.', [['breast', 'Z803', 'family'], ['ovarian cancer', 'Z8041', 'family']]],
  ['"liver and bone mets" stay two entries', 'Liver and bone mets.', [['Liver', 'C787', 'present'], ['bone mets', 'C7951', 'present']]],
];

describe('narrative reader: precision round 17', () => {
  describe('coordinated alternatives of one code', () => checkReadings(coordinatedAlternatives));
  describe('a disease name before a group of patients', () => checkReadings(patientGroups));
  describe('CRC as a clinical research coordinator', () => checkReadings(researchCoordinator));
});
