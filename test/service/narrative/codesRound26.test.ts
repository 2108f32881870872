import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Codes round 26 (issue 12, tuner A): the right code for a mention the reader already finds. Codes checked against the FY2027
 * code titles (/work/shared/codesets/icd10cm-2027: C91.01, C91.02, C92.02, C84.00, C84.09, C45.0, C45.9).
 */

// A return the untyped word's own words state is its status, whatever remission the note's type of the disease is in (ANNOTATION.md,
// round 16: a mention whose own words state a relapse takes the relapse code, with its own assertion; Tabular C91.02 Acute
// lymphoblastic leukemia, in relapse, C92.02 Acute myeloblastic leukemia, in relapse; d431 "worried the\nleukemia is back",
// d618 "no signs of leukemia coming back"). A relapse word that only dates the mention ("no CNS leukemia at dx or at relapse",
// d235) and an untyped word that states no return keep the type's remission (C91.01).
const ownReturn: readonly ReadingCase[] = [
  ['a leukaemia worried to be back is in relapse beside an AML in remission',
    'AML w/ FLT3-ITD, in CR1 after 7+3. She is worried the\nleukemia is back because she has been tired.',
    [['AML', 'C9201', 'present'], ['leukemia', 'C9202', 'uncertain']]],
  ['a leukaemia denied coming back is denied in relapse beside a B-ALL in remission',
    '7yo w/ B-ALL in MRD-negative remission, maintenance cycle 6. Reassured today: no signs of leukemia coming back.',
    [['B-ALL', 'C9101', 'present'], ['leukemia', 'C9102', 'negated']]],
  ['guard: a relapse word that dates a denial keeps the remission',
    '9F with relapsed B-ALL in CR2, day +21 after MUD BMT. CNS: no CNS leukemia at dx or at relapse.',
    [['B-ALL', 'C9101', 'present'], ['CNS leukemia', 'C9101', 'negated']]],
  ['guard: an untyped leukaemia stating no return keeps the remission',
    '7yo w/ B-ALL in MRD-negative remission. Leukemia well controlled on maintenance.',
    [['B-ALL', 'C9101', 'present'], ['Leukemia', 'C9101', 'present']]],
];

// An ISCL/EORTC stage IA or IB (T1–T2 N0 M0) is disease of the skin alone: the stage written with the mycosis fungoides names its
// extranodal site (ANNOTATION.md, round 24 decision X; Tabular C84.09 Mycosis fungoides, extranodal and solid organ sites; d519
// "Mycosis fungoides, stage IB (T2b N0 M0 B0)", "MF, stage IB, improving on nbUVB"). A mycosis fungoides with no stage or site,
// a later stage, and a patch stage (which the decision does not settle; vocabulary.test.ts) stay C84.00.
const skinStage: readonly ReadingCase[] = [
  ['a mycosis fungoides staged IB is of the skin',
    'A/P:\n1. Mycosis fungoides, stage IB, improving on nbUVB - continue 2x/wk.',
    [['Mycosis fungoides', 'C8409', 'present']]],
  ['a mycosis fungoides staged IA before it is of the skin',
    'Dx: stage IA mycosis fungoides, on topical steroids.',
    [['mycosis fungoides', 'C8409', 'present']]],
  ['guard: a mycosis fungoides with no stage or site stays unspecified',
    'A/P:\n1. Mycosis fungoides, improving on nbUVB - continue 2x/wk.',
    [['Mycosis fungoides', 'C8400', 'present']]],
  ['guard: a later stage names no one site',
    'A/P:\n1. Mycosis fungoides, stage IVA2, on mogamulizumab.',
    [['Mycosis fungoides', 'C8400', 'present']]],
];

// A mesothelioma is a tumour of a serous lining, coded by that lining (Index: Mesothelioma, pleura C45.0; C45.9 unspecified): in a
// note whose one serous cavity is the pleura, the mesothelioma doubted is the pleura's (d1023 "pleural plaques on CT; r/o
// mesothelioma", d971 "Pleural fluid, left, thoracentesis … Mesothelioma is not favored"), and one denied in the pleural fluid's
// report is denied there (d753, d828 "Source: Pleural fluid, right, thoracentesis … Mesothelioma is not supported"). A note that
// also names the peritoneum, a risk, and a denial outside a pleural fluid report keep C45.9.
const pleuralMesothelioma: readonly ReadingCase[] = [
  ['a mesothelioma ruled out over pleural plaques is the pleura\'s',
    'Reason for consult: Asbestos exposure hx, pleural plaques on CT; r/o mesothelioma.',
    [['mesothelioma', 'C450', 'uncertain']]],
  ['a mesothelioma denied in a pleural fluid report is denied at the pleura',
    'Source: Pleural fluid, right, thoracentesis.\nDIAGNOSIS: Metastatic adenocarcinoma. Mesothelioma is not supported (calretinin, WT-1 negative).',
    [['adenocarcinoma', 'C782', 'present'], ['Mesothelioma', 'C450', 'negated']]],
  ['guard: a note naming the peritoneum too leaves the mesothelioma unplaced',
    'CT: pleural plaques and small volume ascites. r/o mesothelioma.',
    [['mesothelioma', 'C459', 'uncertain']]],
  ['guard: a risk of mesothelioma stays as written',
    'Pleural plaques on CT. Counseled: lifetime risk of mesothelioma persists after exposure ends.',
    [['mesothelioma', 'C459', 'hypothetical']]],
  ['guard: a denial outside a pleural fluid report stays as written',
    'Pleural plaques on CT, benign appearing. No mesothelioma.',
    [['mesothelioma', 'C459', 'negated']]],
];

describe('narrative reader: codes round 26 (a return in the words, a skin-only stage, the pleura the note examines)', () => {
  describe('a leukaemia\'s own return beside its type in remission', () => checkReadings(ownReturn));
  describe('a mycosis fungoides staged in the skin alone', () => checkReadings(skinStage));
  describe('a site-less mesothelioma in a note about the pleura', () => checkReadings(pleuralMesothelioma));
});
