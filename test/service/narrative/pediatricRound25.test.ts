import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Paediatric oncology round 25 (issue 12, tuner t25-ped): how notes of children, adolescents and survivors write their
 * cancers. Codes checked against the FY2027 code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// In a child's note the parents are the informants: a parent who worries names the fear about the child's disease, not a
// relative's own cancer (ANNOTATION.md, a patient's or a relative's question or worry is uncertain; Tabular C95.90 Leukemia,
// unspecified not having achieved remission, C91.02 Acute lymphoblastic leukemia, in relapse; d1102 "Parents worried 'it's leukemia' - PCP had mentioned it").
// A relative who had a cancer of their own keeps the family reading (Tabular Z80.6 Family history of leukemia).
const worriedParents: readonly ReadingCase[] = [
  ['parents who worry it is leukemia name the child\'s feared disease',
    'HPI: 3yo with pallor, bruising and "many blasts" on the CBC. Parents worried "it\'s leukemia" - PCP had mentioned it.',
    [['leukemia', 'C9590', 'uncertain']]],
  ['a mother who is worried the leukemia is back speaks of the child\'s disease',
    'HPI: 6yo with B-ALL in maintenance. Mom is worried the leukemia is back because of leg pain.',
    [['B-ALL', 'C9100', 'present'], ['leukemia', 'C9102', 'uncertain']]],
  ['guard: a relative who had leukemia stays a family history',
    'FHx: maternal aunt had ALL at age 5 - treated, cured. Mother had leukemia in her 20s.',
    [['ALL', 'Z806', 'family'], ['leukemia', 'Z806', 'family']]],
];

// "FH" written right before a Wilms tumour is its favourable histology ("stage IV FH Wilms tumor"), the patient's own tumour
// (Index: Wilms' tumor — see Neoplasm, kidney, malignant; table: kidney / Malignant Primary C64.-, right C64.1; d1086 "A/P: 5yo M
// w/ stage IV FH Wilms tumor (R kidney; bilateral lung mets)"). "FH:" leading a line is still the family history (Z80.51).
const favourableHistology: readonly ReadingCase[] = [
  ['FH before a Wilms tumour is its favourable histology',
    'A/P: 5yo M w/ stage IV FH Wilms tumor, R kidney - complete lung response at wk 6.',
    [['Wilms tumor, R kidney', 'C641', 'present']]],
  ['guard: FH leading a line is the family history',
    'FH: Wilms tumor in a maternal cousin as a baby.',
    [['Wilms tumor', 'Z8051', 'family']]],
];

describe('narrative reader: paediatric oncology, round 25', () => {
  describe('a parent\'s worry is about the child', () => checkReadings(worriedParents));
  describe('FH before a Wilms tumour is favourable histology', () => checkReadings(favourableHistology));
});
