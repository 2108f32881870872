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
  ['"Metastatic CRC:" before its sites stays the cancer', 'Metastatic CRC: liver, lung.', [['CRC', 'C19', 'present'], ['liver', 'C787', 'present'], ['lung', 'null', 'present']]],
  ['"CRC to the liver" stays the spread', 'Metastatic CRC to the liver.', [['CRC to the liver', 'C787', 'present'], ['CRC', 'C19', 'present']]],
  ["a father's CRC stays family history", 'FHx: father CRC at 70.', [['CRC', 'Z800', 'family']]],
];

describe('narrative reader: precision round 17', () => {
  describe('a disease name before a group of patients', () => checkReadings(patientGroups));
  describe('CRC as a clinical research coordinator', () => checkReadings(researchCoordinator));
});
