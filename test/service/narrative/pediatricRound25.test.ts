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

// The clinics write a tumour's abbreviation after its full name; the capitals are other words elsewhere (parts per billion, a root
// mean square, a panoramic dental film), so they are read only beside the long form. Index: Blastoma, pulmonary — see Neoplasm,
// lung, malignant (table: lung, lower lobe / Malignant Primary C34.3-, right C34.31; Tabular Z85.118 Personal history of other
// malignant neoplasm of bronchus and lung; d1098 "h/o type I PPB … no recurrent PPB"); Index: Rhabdomyosarcoma — see Neoplasm,
// connective tissue, malignant, the orbit keeping its own row (table: orbit / Malignant Primary C69.6-, left C69.62; d1091
// "Embryonal rhabdomyosarcoma of the left orbit … embryonal RMS of L orbit"); Index: Glioma — see Neoplasm, malignant, by site
// (table: optic nerve, chiasm, or tract / Malignant Primary C72.3-, left C72.32; d1099 "L optic pathway glioma … OPG: stable");
// Index: Medulloepithelioma — see Neoplasm, malignant, by site (table: ciliary body / Malignant Primary C69.4-, no side: null; d1098).
const paediatricNames: readonly ReadingCase[] = [
  ['PPB beside pleuropulmonary blastoma is that blastoma of the lung',
    'HPI: h/o type I pleuropulmonary blastoma of the RLL, resected 2022.\nCT chest 11/2026: no recurrent PPB.',
    [['pleuropulmonary blastoma of the RLL', 'Z85118', 'history'], ['PPB', 'C3431', 'negated']]],
  ['guard: PPB without its long form is parts per billion',
    'Air quality: ozone 40 PPB today; no cancer history.',
    [['cancer', 'Z859', 'negated']]],
  ['RMS beside rhabdomyosarcoma is that sarcoma at its orbit',
    'DIAGNOSIS: Embryonal rhabdomyosarcoma of the left orbit.\nIMPRESSION: 4M w/ group III embryonal RMS of L orbit, good response to VAC.',
    [['rhabdomyosarcoma of the left orbit', 'C6962', 'present'], ['RMS of L orbit', 'C6962', 'present']]],
  ['guard: RMS without its long form is no tumour',
    'Gait lab: RMS error 2.1 deg.',
    []],
  ['OPG beside an optic pathway glioma is that glioma',
    'Problem list:\n1. L optic pathway glioma, on observation.\nA/P:\n- OPG: stable on MRI, continue observation.',
    [['L optic pathway glioma', 'C7232', 'present'], ['OPG', 'C7232', 'present']]],
  ['guard: OPG without a glioma is a dental film',
    'OPG (panoramic dental x-ray) today: no caries.',
    []],
  ['a medulloepithelioma screened for is hypothetical, its side open',
    'Plan: annual dilated eye exam to screen for ciliary body medulloepithelioma.',
    [['ciliary body medulloepithelioma', 'null', 'hypothetical']]],
];

// A childhood-cancer survivor's cancer is over (Guideline I.C.2.d: excised or eradicated, no further treatment, no evidence of it;
// Tabular Z85.71 Personal history of Hodgkin lymphoma), and "now with" after it opens the second malignant neoplasm, not the old
// cancer's status (Tabular C50.912 Malignant neoplasm of unspecified site of left female breast; d1095 "34F, survivor of Hodgkin
// lymphoma (cured), now with L breast IDC (ER+/HER2-), a radiation-associated second cancer"). A cancer that spread ("h/o L breast
// cancer, now with liver mets") stays current: its metastasis is still treated (table: liver / Malignant Secondary C78.7).
const survivorNowWith: readonly ReadingCase[] = [
  ['"now with" after a survivor\'s cancer opens the new cancer',
    'Assessment: 34F, survivor of Hodgkin lymphoma (cured), now with L breast IDC.',
    [['Hodgkin lymphoma', 'Z8571', 'history'], ['L breast IDC', 'C50912', 'present']]],
  ['guard: a cancer now with its metastases stays current',
    'Assessment: 58F with h/o L breast cancer, now with liver mets.',
    [['L breast cancer', 'C50912', 'present'], ['liver mets', 'C787', 'present']]],
];

describe('narrative reader: paediatric oncology, round 25', () => {
  describe('a parent\'s worry is about the child', () => checkReadings(worriedParents));
  describe('FH before a Wilms tumour is favourable histology', () => checkReadings(favourableHistology));
  describe('paediatric tumour names and their abbreviations', () => checkReadings(paediatricNames));
  describe('a survivor\'s cancer is over before what is new', () => checkReadings(survivorNowWith));
});
