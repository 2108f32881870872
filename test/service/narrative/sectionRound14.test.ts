import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';
import { type ReadingCase, checkReadings } from './readingCases';

/**
 * Round 14's section cases (issue 12). Codes checked against the FY2027 code list (icd10cm-codes-2027): Z80.9 Family
 * history of malignant neoplasm, unspecified; Z80.3 … of breast; Z85.3 Personal history of malignant neoplasm of breast;
 * C34.11 Malignant neoplasm of upper lobe, right bronchus or lung. ANNOTATION.md: a family history of a cancer with no site
 * is Z80.9 ("Family history of cancer"), a denied one `negated`; an unknown header is the canonical section it means.
 */

/** The section names the reader gives the headers of `text`, in order. */
function sectionNames(text: string): string[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).sections.map((section) => section.name);
}

/**
 * A relative's site-less cancer stays site-less: the lesion or specimen the patient's text names before it (often in the
 * section above the family history) is no site of the relative's cancer. Its own words after it still are.
 */
const FAMILY_STATEMENTS: readonly ReadingCase[] = [
  ['a family history after a lesion of the patient keeps no site', 'CT: 3 cm RUL mass.\nFamily history: mother with cancer.', [['cancer', 'Z809', 'family']]],
  ['a Family History section\'s bare cancer keeps no site of the biopsy before it', 'Bx of the RUL mass.\nFH: cancer (type unknown).', [['cancer', 'Z809', 'family']]],
  ['a denied family history after a renal mass keeps no site', 'CT: 2 cm L renal mass.\n\nFH: no known family hx of cancer.', [['cancer', 'Z809', 'negated']]],
  ['the relative\'s own parenthesis still names the site', 'FH: Mother - cancer (breast) at 60.', [['cancer', 'Z803', 'family']]],
  ['the patient\'s site-less result after the lesion still takes it', 'CT: 3 cm RUL mass.\nPath: adenocarcinoma.', [['adenocarcinoma', 'C3411', 'present']]],
];

/** "Family:" is the Family History header (ANNOTATION.md's table: an unknown header means its canonical section). */
const FAMILY_HEADER: readonly ReadingCase[] = [
  ['a lower-case "family:" line does not join the past history\'s line', 'PMH: breast ca s/p lumpectomy\nfamily: mother - cancer', [['breast ca', 'Z853', 'history'], ['cancer', 'Z809', 'family']]],
];

describe('narrative sections round 14: a relative\'s cancer takes no site from the patient\'s text', () => checkReadings(FAMILY_STATEMENTS));

describe('narrative sections round 14: the "Family:" header', () => {
  checkReadings(FAMILY_HEADER);
  for (const header of ['Family:', 'FAMILY:', 'family:']) {
    it(`"${header}" opens Family History`, () => assert.deepEqual(sectionNames(`${header} mother - breast cancer at 52.`), ['Family History']));
  }
});

/**
 * A study label that opens a block (after a blank line) heads its report: ANNOTATION.md's table of unknown headers reads a
 * study label ("CT head non-con:", "STAGING CT C/A/P 11/12:") as Results. Each text with the section names it has.
 */
const STUDY_LABELS: readonly (readonly [string, readonly string[]])[] = [
  ['HPI: 60F.\n\nCT C/A/P w/ contrast 11/02/26:\nNew 2 cm liver lesion.', ['History of Present Illness', 'Results']],
  ['HPI: 60F.\n\nMRI brain w/wo (10/1) (my review):\nno enhancing lesions.', ['History of Present Illness', 'Results']],
  ['HPI: 60F.\n\nStaging PET/CT: avid RUL mass and hilar nodes.', ['History of Present Illness', 'Results']],
  ['HPI: 60F.\n\nCT head / MRI brain: no acute findings.', ['History of Present Illness', 'Results']],
  ['FH: mother - breast ca.\n\nSTAGING CT C/A/P 11/12: 6.2 cm para-aortic nodal conglomerate.', ['Family History', 'Results']],
  // The impression of a copied report is the Impression.
  ['HPI: 60F.\n\nCT ABD/PELVIS 11/30/2026 - IMPRESSION (copied):\n1. 3 cm renal mass.', ['History of Present Illness', 'Impression']],
];

/** Study lines that open no section: the story of the section above, a listed study, a biopsy, a study to come, the note's title. */
const NOT_STUDY_LABELS: readonly (readonly [string, readonly string[]])[] = [
  ['HPI: 60F with weight loss.\nCT C/A/P 11/02: liver lesions.', ['History of Present Illness']],
  ['HPI: 60F.\n\n- CT C/A/P 11/02: liver lesions.', ['History of Present Illness']],
  ['HPI: 60F.\n\nCT-guided bx 11/3: adenocarcinoma.', ['History of Present Illness']],
  ['Plan: restage.\n\nCT C/A/P in 3 mo: to assess response.', ['Plan']],
  ['CT chest: 5 cm anterior mediastinal mass.', []],
  ['HPI: 60F.\n\nCT 10:30: done.', ['History of Present Illness']],
];

describe('narrative sections round 14: study labels open Results', () => {
  for (const [text, names] of [...STUDY_LABELS, ...NOT_STUDY_LABELS]) {
    it(JSON.stringify(text), () => assert.deepEqual(sectionNames(text), names));
  }
  // The label's words stay the study's: a site-less metastasis of its report is in the organ it images (C79.31).
  checkReadings([['the study label names the organ of its report', 'FH: mother - breast ca.\n\nMRI brain w/wo:\npossible early mets.', [['breast ca', 'Z803', 'family'], ['early mets', 'C7931', 'uncertain']]]]);
  it('the report\'s finding is in the Results section', () => {
    const text = 'FH: mother - breast ca.\n\nMRI brain w/wo:\npossible early mets.';
    assert.deepEqual(readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => mention.section?.name), ['Family History', 'Results']);
  });
});

/** Header spellings round 14 adds, each with the canonical section ANNOTATION.md's rules give it. */
const HEADERS: readonly (readonly [string, string])[] = [
  // A tumor board's discussion and its conclusion, read as "Discussion / Recommendation" is (Assessment and Plan).
  ['DISCUSSION / CONSENSUS', 'Assessment and Plan'],
  // Other spellings of known sections: the words name the section the table's own spelling does.
  ['Hx of Present Illness', 'History of Present Illness'],
  ['Other Hx', 'Past Medical History'],
  ['Personal History', 'Past Medical History'],
  ['Biopsy Results', 'Pathology'],
  ['Biopsy Results (11/18/26)', 'Pathology'],
  ['Pathology Addendum', 'Pathology'],
  ['ED Impression', 'Impression'],
  ['Hospital problem list', 'Problem List'],
  ['Counseling / Plan', 'Plan'],
  // A header the writer marks as reviewed or updated keeps its name.
  ['FHx reviewed', 'Family History'],
  ['Problem list reviewed', 'Problem List'],
  ['PMH updated', 'Past Medical History'],
];

describe('narrative sections round 14: header spellings', () => {
  for (const [header, name] of HEADERS) {
    it(`"${header}:" opens ${name}`, () => assert.deepEqual(sectionNames(`${header}: adenocarcinoma of the sigmoid colon.`), [name]));
    it(`"${header}" on a line of its own opens ${name}`, () => assert.deepEqual(sectionNames(`${header}\nadenocarcinoma of the sigmoid colon.`), [name]));
  }
});

/** Whole texts with the section names the reader gives them: lines that look like headers but are none, and EHR header lines. */
const SECTION_TEXTS: readonly (readonly [string, readonly string[]])[] = [
  // "s/p" after a list mark is no "S" (Subjective) joined to another header by a slash.
  ['PROBLEM LIST:\n- s/p R hip hemiarthroplasty 11/27/2026 - WBAT\n- MDS, on azacitidine', ['Problem List']],
  // A header set off from the export's other columns by a run of spaces, as by a tab.
  ['ACTIVE PROBLEM LIST                          Last reviewed: 11/25/2026 by T. Nguyen, NP\n\nMalignant neoplasm of prostate', ['Problem List']],
  ['Active Problems                                      ICD-10     Chronic  Noted\nMalignant neoplasm of prostate  C61', ['Problem List']],
  // A qualifier that says when or whence the list was written.
  ['ACTIVE PROBLEM LIST (as of 12/02/2026)          Pt: 67 F\n\n1. Malignant neoplasm of prostate', ['Problem List']],
  ['PROBLEM LIST (last updated 12/2026)\n- prostate ca', ['Problem List']],
  ['Pathology (received 11/16/2026):\nadenocarcinoma', ['Pathology']],
  // A synoptic report's "Procedure:" field stays in the pathology report; an operative note's Procedure header opens its section.
  ['FINAL DIAGNOSIS:\nLung, RUL, lobectomy: adenocarcinoma.\nPROCEDURE: LOBECTOMY\nHISTOLOGIC TYPE: adenocarcinoma', ['Pathology']],
  ['PATHOLOGY:\nsee below\n\nPROCEDURE:\nLobectomy.', ['Pathology', 'Procedure']],
  ['PREOPERATIVE DIAGNOSIS: colon cancer.\nPROCEDURE: Laparoscopic right hemicolectomy.', ['Diagnoses', 'Procedure']],
];

describe('narrative sections round 14: header lines as EHRs write them', () => {
  for (const [text, names] of SECTION_TEXTS) it(JSON.stringify(text), () => assert.deepEqual(sectionNames(text), names));
});
