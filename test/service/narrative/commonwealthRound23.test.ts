import * as assert from 'node:assert/strict';
import { british } from '../../../server/src/service/narrative/britishSpellings';
import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Commonwealth round 23 (issue 12, tuner F): notes written in British and Commonwealth English (NHS letters, MDT outcomes,
 * RCPath histopathology; dev d983–d1002). Codes checked against the FY2027 code titles (/work/shared/codesets) and the
 * Table of Neoplasms (FY2025).
 */

// One spelling table for every lexicon: each phrase the reader matches (sites, histologies, morphologies, triggers, the table's
// rows) is also read in its British spelling, so the pairs below are the whole of what a new spelling needs.
const SPELLING_PAIRS: readonly (readonly [string, string])[] = [
  ['tumor', 'tumour'], ['leukemia', 'leukaemia'], ['leukemic', 'leukaemic'], ['hemangioma', 'haemangioma'],
  ['hematologic malignancy', 'haematologic malignancy'], ['hemorrhage', 'haemorrhage'], ['hemoptysis', 'haemoptysis'],
  ['hemicolectomy', 'hemicolectomy'], ['anemia', 'anaemia'], ['polycythemia vera', 'polycythaemia vera'],
  ['essential thrombocythemia', 'essential thrombocythaemia'], ['waldenstrom macroglobulinemia', 'waldenstrom macroglobulinaemia'],
  ['esophagus', 'oesophagus'], ['gastroesophageal junction', 'gastro-oesophageal junction'], ['cecum', 'caecum'], ['cecal', 'caecal'],
  ['ileocecal valve', 'ileocaecal valve'], ['edema', 'oedema'], ['lymphedema', 'lymphoedema'], ['estrogen receptor', 'oestrogen receptor'],
  ['etiology', 'aetiology'], ['esthesioneuroblastoma', 'aesthesioneuroblastoma'], ['nevus', 'naevus'], ['dysplastic nevi', 'dysplastic naevi'],
  ['pediatric', 'paediatric'], ['orthopedic', 'orthopaedic'], ['gynecologic', 'gynaecologic'], ['fetal', 'foetal'], ['celiac', 'coeliac'],
  ['ischemic', 'ischaemic'], ['localized', 'localised'], ['metastasized', 'metastasised'], ['generalized', 'generalised'], ['size', 'size'],
  ['anorectal', 'ano-rectal'], ['rectosigmoid', 'recto-sigmoid'], ['systemic mastocytosis', 'systemic mastocytosis'],
];

describe('narrative commonwealth round 23: the British spelling table', () => {
  for (const [american, britishSpelling] of SPELLING_PAIRS) {
    it(`"${american}" is read as "${britishSpelling}" too`, () => assert.equal(british(american), britishSpelling));
  }
});

// British spellings of the Table's rows and of the Index's morphologies (table: colon / cecum / Malignant Primary C18.0, Tabular
// C18.0 Malignant neoplasm of cecum; Tabular D45 Polycythemia vera, D47.3 Essential (hemorrhagic) thrombocythemia, C88.00
// Waldenstrom macroglobulinemia not having achieved remission; d988 "Caecal ca on colonoscopy", "adenocarcinoma of the caecum").
const britishSpellings: readonly ReadingCase[] = [
  ['the caecum and its adjective are the cecum',
    'Clinical details: Caecal ca on colonoscopy. Conclusion: adenocarcinoma of the caecum, pT3 pN1b.',
    [['Caecal ca', 'C180', 'present'], ['adenocarcinoma of the caecum', 'C180', 'present']]],
  ['the -aemia of a myeloproliferative neoplasm and of a macroglobulinaemia',
    'Haematology clinic: JAK2-positive polycythaemia vera. Previously labelled essential thrombocythaemia. Also Waldenstrom macroglobulinaemia.',
    [['polycythaemia vera', 'D45', 'present'], ['essential thrombocythaemia', 'D473', 'present'], ['Waldenstrom macroglobulinaemia', 'C8800', 'present']]],
];

describe('narrative commonwealth round 23: British spellings', () => {
  checkReadings(britishSpellings);
});

// An ultrasound describes how sound passes a lesion ("posterior acoustic enhancement", "acoustic shadowing"): no acoustic nerve,
// so the lesion keeps the organ the report names (table: parotid gland / Benign D11.0, Tabular D11.0 Benign neoplasm of parotid
// gland; acoustic nerve / Benign D33.3 only for the nerve; d1002 "lesion, superficial lobe left parotid, posterior acoustic
// enhancement - features most suggestive of a pleomorphic adenoma").
const ultrasoundAcoustic: readonly ReadingCase[] = [
  ['posterior acoustic enhancement is no acoustic nerve',
    'Ultrasound: 24 x 19 mm well-defined hypoechoic lesion, superficial lobe left parotid, posterior acoustic enhancement - features most suggestive of a pleomorphic adenoma.',
    [['pleomorphic adenoma', 'D110', 'uncertain']]],
  ['an acoustic neuroma is still the nerve',
    'MRI: 12 mm enhancing lesion in the left internal auditory canal, typical of an acoustic neuroma.',
    [['acoustic neuroma', 'D333', 'present']]],
];

describe('narrative commonwealth round 23: ultrasound wording', () => {
  checkReadings(ultrasoundAcoustic);
});

// A hedged finding put down to the patient's own disease ("likely malignant ascites from her peritoneal disease", "likely
// multifactorial (… hepatomegaly from her liver secondaries …)"): the hedge is on the finding, the owned cause is known (ANNOTATION.md,
// assertion: a hedge scopes over its object only, the known background of a hedge is not hedged; table: peritoneum / Malignant
// Secondary C78.6, liver / Malignant Secondary C78.7; d991). A relative's death "from her" cancer stays the relative's.
const ownedCause: readonly ReadingCase[] = [
  ['the cause a hedged finding is put down to is the patient\'s known disease',
    'Abdominal distension - this is likely malignant ascites from her peritoneal metastases. Nausea - likely multifactorial (opioids, hepatomegaly from her liver secondaries).',
    [['peritoneal metastases', 'C786', 'present'], ['liver secondaries', 'C787', 'present']]],
  ['a relative who died from her cancer is still the relative',
    'FH: mother died from her ovarian cancer aged 60.',
    [['ovarian cancer', 'Z8041', 'family']]],
];

describe('narrative commonwealth round 23: an owned cause of a hedged finding', () => {
  checkReadings(ownedCause);
});

// A sample's result set off by a comma or a dash, or after its reporting category, as a colon sets it off (ANNOTATION.md, "A cytology
// or tissue result": what follows a sample's label is its tissue diagnosis, and a site-less one restates the encounter's cancer; the
// RCPath / NHSBSP categories B1–B5 and C1–C5 restate the result in a number). Table: breast, upper-outer quadrant / Malignant Primary
// C50.4-, Tabular C50.411 Malignant neoplasm of upper-outer quadrant of right female breast; d993 "Screen detected R breast lesion
// 10 o'clock (UOQ) - core bx B5b, invasive carcinoma NST grade 2". A list's bullet dash is no sample's result (d787, d404).
const sampleResultSeparators: readonly ReadingCase[] = [
  ['a core biopsy\'s category and comma set off its result',
    'Patient: Mrs J Rowntree.\nClinical information:\nScreen detected R breast lesion 10 o\'clock (UOQ) - core bx B5b, invasive carcinoma NST grade 2, ER+.',
    [['carcinoma', 'C50411', 'present']]],
  ['a dash after the sample word sets off its result',
    'Mrs J Rowntree. Right breast mass. Core biopsy - invasive carcinoma grade 2.',
    [['carcinoma', 'C50911', 'present']]],
  ['a bullet dash is no sample\'s result',
    'Operative findings: pelvic sentinel lymph node mapping and biopsy\n- Endometrioid adenocarcinoma of endometrium, FIGO grade 1.',
    [['adenocarcinoma of endometrium', 'C541', 'present']]],
];

describe('narrative commonwealth round 23: a sample result set off by a comma, a dash or its category', () => {
  checkReadings(sampleResultSeparators);
});

// A British letter names the patient "this pleasant 47-year-old lady" or "gentleman": the sex the female and male breast codes need
// (Tabular C50.912 Malignant neoplasm of unspecified site of left female breast, C50.922 … left male breast; d987 "47 year old
// lady with a grade 3 invasive ductal carcinoma of the left breast", d983 "this pleasant 67-year-old gentleman").
const letterSex: readonly ReadingCase[] = [
  ['a lady\'s breast cancer is of the female breast',
    '47 year old lady with a grade 3 invasive ductal carcinoma of the left breast.',
    [['ductal carcinoma of the left breast', 'C50912', 'present']]],
  ['a gentleman\'s breast cancer is of the male breast',
    'I reviewed this pleasant 67 year old gentleman with an invasive ductal carcinoma of the left breast.',
    [['ductal carcinoma of the left breast', 'C50922', 'present']]],
];

describe('narrative commonwealth round 23: the patient\'s sex in a letter', () => {
  checkReadings(letterSex);
});

// A parenthesis after a site that holds only a part of the same organ places the tumour there, as the part set off by a comma does
// (ANNOTATION.md: the sub-site documented for that same disease; table: breast, upper-outer quadrant / Malignant Primary C50.4-,
// lower-inner quadrant C50.3-, Tabular C50.412 Malignant neoplasm of upper-outer quadrant of left female breast; d987 "grade 3
// invasive ductal carcinoma of the left breast (upper outer quadrant)"). A parenthesis of other details keeps the organ.
const parenthesizedPart: readonly ReadingCase[] = [
  ['the quadrant in a parenthesis after the breast',
    'Mrs A. Invasive ductal carcinoma of the left breast (upper outer quadrant) with biopsy proven nodal disease.',
    [['ductal carcinoma of the left breast', 'C50412', 'present'], ['nodal disease', 'C779', 'present']]],
  ['a quadrant of two words in a parenthesis',
    'Mrs A. Invasive ductal carcinoma of the left breast (lower inner quadrant).',
    [['ductal carcinoma of the left breast', 'C50312', 'present']]],
  ['a parenthesis of other details keeps the organ',
    'Mrs A. Invasive ductal carcinoma of the left breast (cT2 N1).',
    [['ductal carcinoma of the left breast', 'C50912', 'present']]],
];

describe('narrative commonwealth round 23: a part of the organ in a parenthesis', () => {
  checkReadings(parenthesizedPart);
});

// A British team or service named after its field ("NHS Lothian - Lung Cancer MDT", "Malignant Haematology (Myeloma Site Group)")
// is a place, no diagnosis, as a tumour board is (ANNOTATION.md: boards and a clinic's name are no mentions; d990, d994). The
// diagnosis written in the letter is still read (Tabular C90.00 Multiple myeloma not having achieved remission).
const britishTeams: readonly ReadingCase[] = [
  ['a cancer MDT and a myeloma site group name no diagnosis',
    'NHS Lothian - Lung Cancer MDT\nPrincess Margaret Cancer Centre - Malignant Haematology (Myeloma Site Group)\nDiagnosis: IgG kappa multiple myeloma, R-ISS II.',
    [['multiple myeloma', 'C9000', 'present']]],
];

describe('narrative commonwealth round 23: British teams named after their field', () => {
  checkReadings(britishTeams);
});

// A second primary a finding is set off as by a dash ("Right buccal mucosa thickening - ?second primary") is that finding's organ,
// as "?malignancy" there is (ANNOTATION.md: a finding's hedged diagnosis is at the finding's organ; table: mucosa, buccal /
// Malignant Primary C06.0, Tabular C06.0 Malignant neoplasm of cheek mucosa; d999). A second primary spoken of as a risk keeps C80.1.
const findingSecondPrimary: readonly ReadingCase[] = [
  ['a finding set off before a queried second primary places it',
    'Mr A. Tongue SCC. Right buccal mucosa thickening - ?second primary.',
    [['Tongue SCC', 'C029', 'present'], ['second primary', 'C060', 'uncertain']]],
  ['a second primary spoken of as a risk stays unplaced',
    'Mr A. Tongue SCC. Right buccal mucosa thickening, benign. He knows his risk of a second primary.',
    [['Tongue SCC', 'C029', 'present'], ['second primary', 'C801', 'hypothetical']]],
];

describe('narrative commonwealth round 23: a finding\'s queried second primary', () => {
  checkReadings(findingSecondPrimary);
});

// The British "nil" is "no" ("Nil lung mets", "nil previous cancer"): a denial (ANNOTATION.md: negated; a denied metastasis keeps its
// own code, table: lung / Malignant Secondary C78.0-, no side here; a site-less denied prior cancer is Z85.9, Tabular Z85.9 Personal
// history of malignant neoplasm, unspecified; d1001 "Nil lung mets").
const nilDenial: readonly ReadingCase[] = [
  ['"nil" denies what follows',
    'CT CAP: small R pleural effusion. Nil lung mets.\nPast history: nil previous cancer.',
    [['lung mets', 'null', 'negated'], ['cancer', 'Z859', 'negated']]],
];

describe('narrative commonwealth round 23: the British "nil"', () => {
  checkReadings(nilDenial);
});
