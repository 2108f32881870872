import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Recall round 18 (issue 12): procedure reports and outside records, the two genres the reader read worst. Expected mentions
 * follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles (/work/shared/codesets) and the
 * Table of Neoplasms (FY2025).
 */

// ANNOTATION.md, "What is a mention" and "'Tumor' of a proven cancer": "Tumor" alone is a neoplasm of unspecified behaviour
// (Index: Tumor — see Neoplasm, unspecified behavior), and a tumour not proven is D49.- by site. An operative note names its
// lesion once with its organ ("PREOPERATIVE DIAGNOSIS: Bladder tumor") and then by its gross description or its part of the
// organ ("3.5 cm broad-based papillary tumor L lateral wall", "Dome tumor resected"): each restates the organ's tumour (table:
// bladder / Unspecified Behavior D49.4 Neoplasm of unspecified behavior of bladder), also beside a past cancer of another organ
// (d687's prostate ca, Z85.46). A pathology that proves the cancer makes them the cancer (table: bladder / lateral wall /
// Malignant Primary C67.2; d156). A qualified "new primary tumor" is a new neoplasm, not the tumour restated (round 17; d541).
const unprovenTumours: readonly ReadingCase[] = [
  ['a described tumour restates the op note\'s unproven bladder tumour',
    'PREOPERATIVE DIAGNOSIS: Bladder tumor.\nFINDINGS: 3.5 cm broad-based papillary tumor L lateral wall. 1 cm papillary tumor at the dome.',
    [['Bladder tumor', 'D494', 'present'], ['tumor', 'D494', 'present'], ['tumor', 'D494', 'present']]],
  ['a part of the organ before "tumor" restates it beside a past cancer of another organ',
    'Indication: bladder tumor. Hx of prostate ca s/p EBRT 2015.\nThe L lateral wall tumor was resected. Dome tumor resected.',
    [['bladder tumor', 'D494', 'present'], ['prostate ca', 'Z8546', 'history'], ['tumor', 'D494', 'present'], ['tumor', 'D494', 'present']]],
  ['the restated tumour takes the cancer its pathology proves',
    'Cysto: bladder tumor, L lateral wall. Hx of prostate ca.\nTURBT: 3 cm papillary tumor resected.\nPath: L lateral wall bladder, TURBT: high grade urothelial carcinoma.',
    [['bladder tumor', 'C672', 'present'], ['prostate ca', 'Z8546', 'history'], ['tumor', 'C672', 'present'], ['urothelial carcinoma', 'C672', 'present']]],
  ['a tumour of another organ\'s spread is not placed', 'Bladder tumor. Liver mets. The papillary tumor was resected.',
    [['Bladder tumor', 'D494', 'present'], ['Liver mets', 'C787', 'present']]],
  ['"a new primary tumor" is no restatement', 'Hx of brain tumor. No findings to suggest a new primary tumor.',
    [['brain tumor', 'D496', 'history']]],
];

// ANNOTATION.md, "Damaged text" as for "meta static" and OCR's "rnelanoma": a dictated record writes a site word as a common
// word of the same sound. "Consistent with a long primary" of an EBUS node (d703) is the lung's primary (table: lung / lower lobe /
// Malignant Primary C34.3-, right from the note's RLL mass: C34.31 Malignant neoplasm of lower lobe, right bronchus or lung); "prostrate cancer" a prostate cancer (Z85.46 Personal history of malignant
// neoplasm of prostate); "plural mets" the pleura's (table: pleura / Malignant Secondary C78.2). Only before a word no other
// reading goes with: "long history", "long term care" and "found prostrate" keep their sense.
const dictatedHomophones: readonly ReadingCase[] = [
  ['"a long primary" after a node\'s adenocarcinoma is the lung\'s', 'RLL mass.\nStation 7 FNA: adenocarcinoma, TTF-1 positive, c/w a long primary.',
    [['adenocarcinoma', 'C771', 'present'], ['long primary', 'C3431', 'present']]],
  ['"prostrate cancer" is the prostate\'s', 'Hx of prostrate cancer s/p RT 2014.', [['prostrate cancer', 'Z8546', 'history']]],
  ['"plural mets" are the pleura\'s', 'Large right plural effusion; plural mets likely.', [['plural mets', 'C782', 'uncertain']]],
  ['"long history", "long term" and "found prostrate" keep their sense', 'Long history of COPD; long term care. Found prostrate on the floor.', []],
];

// ANNOTATION.md, "'Tumor' of a proven cancer" and round 17's first consistency pass: "residual tumor" of a proven cancer takes its
// code. Where a spread is written "the tumor" may be a metastasis and is left, but a spread the note denies ("No liver or
// peritoneal mets at exploration", d696: table: rectum / Malignant Primary C20) is none, and "the primary tumor" is never a
// metastasis (d721: table: gastroesophageal junction / Malignant Primary C16.0 Malignant neoplasm of cardia, beside C78.7
// Secondary malignant neoplasm of liver). "Tumor 8.4 cm, confined to kidney" is the object of a measurement (round 17, d383).
const tumourBesideSpread: readonly ReadingCase[] = [
  ['a denied spread leaves "residual tumor" the rectal cancer\'s',
    'Pre-op dx: rectal adenocarcinoma, mid rectum. No liver or peritoneal mets at exploration. Residual tumor palpable at 8 cm.',
    [['rectal adenocarcinoma', 'C20', 'present'], ['liver', 'C787', 'negated'], ['peritoneal mets', 'C786', 'negated'], ['tumor', 'C20', 'present']]],
  ['"the primary tumor" beside liver metastases is the primary', 'Adenocarcinoma of the GEJ, metastatic to liver. Progressive dysphagia from the primary tumor.',
    [['Adenocarcinoma of the GEJ', 'C160', 'present'], ['metastatic to liver', 'C787', 'present'], ['tumor', 'C160', 'present']]],
  ['"residual tumor" beside a stated spread is left', 'Adenocarcinoma of the GEJ, metastatic to liver. Residual tumor on CT.',
    [['Adenocarcinoma of the GEJ', 'C160', 'present'], ['metastatic to liver', 'C787', 'present']]],
  ['"Tumor 8.4 cm" is a measurement', 'L nephrectomy path: Wilms tumor of the L kidney. No pulmonary metastases. Tumor 8.4 cm, confined to kidney.',
    [['Wilms tumor of the L kidney', 'C642', 'present'], ['pulmonary metastases', 'null', 'negated']]],
];

// ANNOTATION.md, "Sites and columns": a biopsy label names the organ its result is of, and an organ-naming procedure says it
// ("Office EMB: endometrioid adenocarcinoma", table: endometrium / Malignant Primary C54.1 Malignant neoplasm of endometrium;
// "TURBT path:", table: bladder / Malignant Primary C67.9). An outside record adds the label's provenance in a parenthesis
// ("Office EMB 10/2026 (outside):", d704; "(OSH)"), which names no other sample.
const outsideLabels: readonly ReadingCase[] = [
  ['"(outside)" after an EMB label keeps its organ', 'Office EMB 10/2026 (outside): endometrioid adenocarcinoma, FIGO grade 2.', [['adenocarcinoma', 'C541', 'present']]],
  ['"(OSH)" after a TURBT label keeps its organ', 'TURBT (OSH): high grade urothelial carcinoma.', [['urothelial carcinoma', 'C679', 'present']]],
];

describe('narrative reader: procedure reports and outside records, round 18', () => {
  describe('an unproven tumour restated by its description', () => checkReadings(unprovenTumours));
  describe('a dictated homophone of a site word', () => checkReadings(dictatedHomophones));
  describe('a tumour beside a denied spread, and the primary tumour', () => checkReadings(tumourBesideSpread));
  describe('an outside record\'s provenance in a biopsy label', () => checkReadings(outsideLabels));
});
