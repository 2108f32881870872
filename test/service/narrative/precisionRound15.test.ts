import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Precision round 15 (issue 12): what the reader read that the note does not document, or read with the wrong code or span.
 * Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles
 * (data/icd10cm/2027) and the Table of Neoplasms.
 */

// ANNOTATION.md, "Coordinated sites are one entry per site": sites of one histology word that share one code are one entry
// with that code (table: lymph gland, intra-abdominal — celiac and gastric nodes — Malignant Secondary C77.2; peritoneum and
// omentum, Malignant Secondary C78.6), and node regions joined in one phrase are one entry of Tabular C77.8 Secondary and
// unspecified malignant neoplasm of lymph nodes of multiple regions (cervical C77.0 with retroperitoneal C77.2; axillary
// C77.3 with supraclavicular C77.0). Sites of different codes, and the alternatives of a denial or a family history, stay
// one entry each.
const coordinatedSites: readonly ReadingCase[] = [
  ['celiac and perigastric nodal metastases are one intra-abdominal entry', 'Staging CT: celiac and perigastric nodal metastases.',
    [['celiac and perigastric nodal metastases', 'C772', 'present']]],
  ['peritoneal and omental implants are one peritoneal entry', 'CT A/P: peritoneal and omental implants.',
    [['peritoneal and omental implants', 'C786', 'present']]],
  ['cervical and retroperitoneal nodal mets are lymph nodes of multiple regions', 'Impression: CUP with cervical and retroperitoneal nodal mets.',
    [['CUP', 'C801', 'present'], ['cervical and retroperitoneal nodal mets', 'C778', 'present']]],
  ['axillary and supraclavicular nodal metastases are lymph nodes of multiple regions', 'PET: avid R axillary and supraclavicular nodal metastases.',
    [['R axillary and supraclavicular nodal metastases', 'C778', 'present']]],
  ['liver and bone mets stay two entries', 'CT: liver and bone mets.', [['liver', 'C787', 'present'], ['bone mets', 'C7951', 'present']]],
  ['denied alternative node regions stay two entries', 'PET: no pelvic or para-aortic nodal mets.',
    [['pelvic', 'C775', 'negated'], ['para-aortic nodal mets', 'C772', 'negated']]],
  // Superseded in round 17 by ANNOTATION.md's round-15 second pass ("Sites joined by 'or' that share one code are one entry with
  // that code", d24's gold "liver or GI cancers" one Z80.0 entry): one entry, negated.
  ['a denied family history of two sites of one code is one entry', 'FH: neg for liver or GI cancers.',
    [['liver or GI cancers', 'Z800', 'negated']]],
];

// The title of an imaging protocol or of a synoptic form names the form, not the patient's diagnosis (ANNOTATION.md: "the
// template's title … and property labels are not" mentions; d422, d551). A diagnosis written beside it stays one (table: cervix
// uteri / Malignant Primary C53.9).
const formTitles: readonly ReadingCase[] = [
  ['an MRI protocol title is no mention', 'MRI PELVIS WITH AND WITHOUT CONTRAST - CERVICAL CANCER STAGING PROTOCOL', []],
  ['a synoptic form title is no mention', 'BREAST INVASIVE CARCINOMA SYNOPTIC (CAP)', []],
  ['the diagnosis beside a protocol word stays', 'Cervical cancer, FIGO IB1, staging per protocol.', [['Cervical cancer', 'C539', 'present']]],
];

// ANNOTATION.md, codes by assertion: "Hypothetical: a risk, a screening or surveillance *for*". A surveillance for a cancer the
// note records as history stays hypothetical, coded as the words name it (table: bladder / Malignant Primary C67.9; Index
// Carcinoma, hepatocellular C22.0); the history mention keeps its own Z85 code (Z85.51 Personal history of malignant neoplasm
// of bladder). d393, d415, d497.
const surveillanceFor: readonly ReadingCase[] = [
  ['bladder ca surveillance after a history of bladder cancer stays hypothetical', 'Hx of bladder ca 2019 s/p TURBT and BCG, NED. Plan: continue bladder ca surveillance cystoscopy.',
    [['bladder ca', 'Z8551', 'history'], ['bladder ca', 'C679', 'hypothetical']]],
  ['HCC surveillance after a treated HCC stays hypothetical', 'PMH: Hx HCC s/p MWA 2023, no recurrence.\nPlan: continue q3mo MRI; HCC surveillance.',
    [['HCC', 'Z8505', 'history'], ['HCC', 'C220', 'hypothetical']]],
];

// A treatment summary is history only when the summary says its course is over (Guideline I.C.2.d); a "completed" in
// parentheses right after another diagnosis ends that diagnosis's course, so the labelled diagnosis stays present:
// table: brain, temporal lobe / Malignant Primary C71.2 (d557). (This branch's broader rule, any parenthesised
// "completed", met round 15's other fix of d557 at the merge, whose guard keeps "FOLFOX x 12 (completed 2019)" ending a
// summary; the narrower rule was kept, and d456's "cisplatin x 5 (completed 11/14). HDR boost planned." stays a miss.) Z85.46 Personal history of malignant
// neoplasm of prostate for the treated prostate cancer; a summary whose own field says COMPLETED stays Z85.820 (melanoma).
const summaryCompletion: readonly ReadingCase[] = [
  ['a completed course of another diagnosis in parentheses leaves the labelled one present',
    'Diagnosis: Glioblastoma, R temporal lobe.\nHx of treated prostate adenocarcinoma (IMRT 2018, ADT x 2 yrs completed), PSA undetectable.',
    [['Glioblastoma, R temporal lobe', 'C712', 'present'], ['prostate adenocarcinoma', 'Z8546', 'history']]],
  ['a summary whose treatment field says COMPLETED stays history', 'DX: MELANOMA, R POSTERIOR THIGH\nTX: WLE + SLNB 01/2025, ADJUVANT NIVOLUMAB X 1 YR, COMPLETED',
    [['MELANOMA, R POSTERIOR THIGH', 'Z85820', 'history']]],
];

// ANNOTATION.md, round 14: "A statement about a disease in general is not a mention" (d535, d542, d556); the patient's own
// disease written with a determiner or a state stays a mention (table: kidney / Malignant Primary C64.-, no side: null).
const generalStatements: readonly ReadingCase[] = [
  ['"RCC is relatively radioresistant" is no mention', 'RCC is relatively radioresistant to conventional fractionation; SBRT preferred.', []],
  ['"hepatoblastoma assoc. w/ prematurity" is no mention', 'Pt reassured; hepatoblastoma assoc. w/ prematurity & BWS, neither present here.', []],
  ['"(note: PSTT secretes little hCG)" is no mention', 'hCG monthly (note: PSTT secretes little hCG).', []],
  ['"RCC is stable" stays the patient\'s', 'RCC is stable on imaging.', [['RCC', 'null', 'present']]],
  ['"His RCC is a 3 cm mass" stays the patient\'s', 'His RCC is a 3 cm mass.', [['RCC', 'null', 'present']]],
];

describe('narrative reader, precision round 15', () => {
  describe('a statement about a disease in general', () => checkReadings(generalStatements));
  describe('a completion in parentheses in a treatment summary', () => checkReadings(summaryCompletion));
  describe('a surveillance for a cancer of the note\'s history', () => checkReadings(surveillanceFor));
  describe('coordinated sites of one histology word', () => checkReadings(coordinatedSites));
  describe('protocol and synoptic form titles', () => checkReadings(formTitles));
});
