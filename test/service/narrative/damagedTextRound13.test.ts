import { checkReadings, type ReadingCase } from './readingCases';
import { SPLIT_FRAGMENTS } from '../../../server/src/service/narrative/damagedWords';
import * as assert from 'node:assert/strict';

/**
 * Round 13, tuner A: words that damaged text splits or misspells, read whole again only when the repaired
 * word is a term (damagedWords.ts, joinedWords.ts). Codes checked against icd10cm-codes-2027 and the
 * Table of Neoplasms: C25.0 head of pancreas; C77.1 intrathoracic nodes (station 4L); C77.2 intra-abdominal
 * nodes (table: lymph gland, retroperitoneal); C82.90 follicular lymphoma, unspecified site; C18.7 sigmoid
 * colon; C78.7 secondary of liver; D35.2 pituitary (macro- and microadenoma: Index "Adenoma, pituitary");
 * C79.51 secondary of bone; C24.0 extrahepatic bile duct (hilar cholangiocarcinoma, Klatskin); C40.22 long
 * bones of left lower limb (femur); C74.92 unspecified part of left adrenal gland (neuroblastoma: Index
 * "see Neoplasm, malignant, by site"); D24.2 benign neoplasm of left breast (Index "Fibroadenoma, specified
 * site - see Neoplasm, benign"); C77.0 nodes of head, face and neck (table: lymph gland, supraclavicular);
 * C02.1 border of tongue (table: tongue, border (lateral)); C67.2 lateral wall of bladder; C61 prostate;
 * Z85.038 history of other malignant neoplasm of large intestine.
 */
const ocrCases: readonly ReadingCase[] = [
  ['OCR "1" for "I" in a pathology part', 'PATHOLOGY:\nSTATION 4L: NEGATIVE FOR MAL1GNANCY.', [['MAL1GNANCY', 'C771', 'negated']]],
  ['OCR "0" for "O" in a node word', 'CT: ENLARGED RETROPERITONEAL LYMPH N0DES C/W METASTATIC DISEASE.', [['RETROPERITONEAL LYMPH N0DES C/W METASTATIC DISEASE', 'C772', 'uncertain']]],
  ['OCR "1" for "l"', 'Dx: 1ymphoma, follicular.', [['1ymphoma, follicular', 'C8290', 'present']]],
  ['a compound typed with a hyphen inside', 'Colon cancer meta-static to the liver.', [['Colon cancer', 'C189', 'present'], ['meta-static to the liver', 'C787', 'present']]],
  ['a stage and a gene keep their digits', 'Stage T2N0M0 rectal adenocarcinoma, BRCA1 carrier.', [['rectal adenocarcinoma', 'C20', 'present']]],
];

const wrappedCases: readonly ReadingCase[] = [
  ['a word split by a line-end hyphen', '1. PANCREATIC HEAD ADENOCARCI-\nNOMA, BORDERLINE RESECTABLE.', [['PANCREATIC HEAD ADENOCARCI-\nNOMA', 'C250', 'present']]],
  ['a real hyphen whose halves are no term stays as written', 'RUL mass, bx: non-\nsmall cell lung cancer.', [['lung cancer', 'C3411', 'present']]],
];

/** One case per fragment of `SPLIT_FRAGMENTS`, in its order. */
const splitCases: readonly ReadingCase[] = [
  ['adeno', 'Sigmoid colon adeno carcinoma, resected last week.', [['Sigmoid colon adeno carcinoma', 'C187', 'present']]],
  ['meta', 'Colon cancer, meta static to liver.', [['Colon cancer', 'C189', 'present'], ['meta static to liver', 'C787', 'present']]],
  ['macro', 'Pituitary macro adenoma, stable.', [['Pituitary macro adenoma', 'D352', 'present']]],
  ['micro', 'Pituitary micro adenoma, stable.', [['Pituitary micro adenoma', 'D352', 'present']]],
  ['oligo', 'Prostate cancer, now oligo metastatic to bone.', [['Prostate cancer', 'C61', 'present'], ['oligo metastatic to bone', 'C7951', 'present']]],
  ['cholangio', 'Hilar cholangio carcinoma with biliary obstruction.', [['Hilar cholangio carcinoma', 'C240', 'present']]],
  ['osteo', 'Osteo sarcoma of the left distal femur.', [['Osteo sarcoma of the left distal femur', 'C4022', 'present']]],
  ['neuro', 'Neuro blastoma of the left adrenal gland.', [['Neuro blastoma of the left adrenal gland', 'C7492', 'present']]],
  ['fibro', 'Left breast fibro adenoma on core biopsy.', [['Left breast fibro adenoma', 'D242', 'present']]],
  ['fiber', 'Left breast fiber\nadenoma on core biopsy.', [['Left breast fiber\nadenoma', 'D242', 'present']]],
  ['super', 'Enlarged left super clavicular lymph node, FNA positive for metastatic carcinoma.',
    [['left super clavicular lymph node, FNA positive for metastatic carcinoma', 'C770', 'present']]],
  // Round 20 (d846, d854): "car cinema", the second half a common word of its sound (damagedWords.ts, `SOUND_ALIKE_HALVES`).
  ['car', 'Right upper lobe nodule biopsy showed non small cell car cinema.', [['non small cell car cinema', 'C3411', 'present']]],
];

const cleanCases: readonly ReadingCase[] = [
  ['a fragment whose compound is no term stays apart', 'A meta analysis of breast cancer trials was discussed.', [['breast cancer', 'null', 'present']]],
  ['a homophone whose compound is no term stays apart', 'She was super tired; her breast cancer is stable.', [['breast cancer', 'null', 'present']]],
];

/** A side written before a part named before its organ (partOfOrgan.ts), as second-language and dictated notes write it. */
const sidedPartCases: readonly ReadingCase[] = [
  ['a side before the part', 'Squamous carcinoma of left border of tongue, cT2', [['carcinoma of left border of tongue', 'C021', 'present']]],
  ['a side and a position before the part', 'SCC of the left lateral border of tongue.', [['SCC of the left lateral border of tongue', 'C021', 'present']]],
  ['a side before a wall part', 'Urothelial carcinoma of the left lateral wall of the bladder.',
    [['Urothelial carcinoma of the left lateral wall of the bladder', 'C672', 'present']]],
];

/** "prostrate", the common misspelling of "prostate", only before a word of its cancer or gland (siteLexicon.ts). */
const misspelledSiteCases: readonly ReadingCase[] = [
  ['prostrate cancer', 'He has prostrate cancer, on ADT.', [['prostrate cancer', 'C61', 'present']]],
  ['prostrate ca', 'Prostrate ca, Gleason 7.', [['Prostrate ca', 'C61', 'present']]],
  ['lying prostrate is no site', 'Found prostrate on the floor; hx of colon cancer.', [['colon cancer', 'Z85038', 'history']]],
];

/**
 * Histologies whose Index entry names their unspecified site (histologyLexicon.ts): Carcinoma, follicular — unspecified site
 * C73 (Malignant neoplasm of thyroid gland); Adenoma, follicular — unspecified site D34 (Benign neoplasm of thyroid gland);
 * a site written with it is its own (D35.02 Benign neoplasm of left adrenal gland).
 */
const indexSiteCases: readonly ReadingCase[] = [
  ['follicular carcinoma and adenoma, as a patient message states them', 'Could be a benign follicular adenoma or a follicular carcinoma.',
    [['follicular adenoma', 'D34', 'uncertain'], ['follicular carcinoma', 'C73', 'uncertain']]],
  ['follicular carcinoma with no site', 'Follicular carcinoma, widely invasive, s/p total thyroidectomy 2019.', [['Follicular carcinoma', 'C73', 'present']]],
  ['a written site is its own', 'Follicular adenoma of the left adrenal.', [['Follicular adenoma of the left adrenal', 'D3502', 'present']]],
];

/**
 * "in sight", speech recognition's homophone of "in situ" after a carcinoma (histologyLexicon.ts): D05.12 intraductal carcinoma
 * in situ of left breast, D05.01 lobular carcinoma in situ of right breast, D06.9 carcinoma in situ of cervix, unspecified.
 */
const dictatedInSituCases: readonly ReadingCase[] = [
  ['ductal', 'She has ductal carcinoma in sight of the left breast.', [['ductal carcinoma in sight of the left breast', 'D0512', 'present']]],
  ['lobular', 'Lobular carcinoma in sight, right breast, female.', [['Lobular carcinoma in sight, right breast', 'D0501', 'present']]],
  ['carcinoma', 'Carcinoma in sight of the cervix.', [['Carcinoma in sight of the cervix', 'D069', 'present']]],
];

describe('damaged text (round 13)', () => {
  describe('"in sight" dictated for "in situ"', () => checkReadings(dictatedInSituCases));
  describe('sites the Index gives a histology', () => checkReadings(indexSiteCases));
  describe('misspelled sites', () => checkReadings(misspelledSiteCases));
  describe('a side before a part of an organ', () => checkReadings(sidedPartCases));
  describe('OCR digits read as letters', () => checkReadings(ocrCases));
  describe('line-end hyphens', () => checkReadings(wrappedCases));
  describe('dictated split compounds', () => {
    checkReadings(splitCases);
    it('tests every fragment', () => assert.deepEqual(splitCases.map(([title]) => title), [...SPLIT_FRAGMENTS.keys()]));
  });
  describe('clean text', () => checkReadings(cleanCases));
});
