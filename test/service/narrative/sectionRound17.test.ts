import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Round 17's section cases (issue 12): the header spellings ANNOTATION.md's header table lists ("Sections", rules 2 and 3,
 * and "Questions round 17's reviewers and tuner left": CLINICAL DATA, REASON FOR EXAM, GROSS / MICROSCOPIC / IHC /
 * CYTOGENETICS / FISH / MOLECULAR, INTERPRETATION, Suggest, Education, Treatment summary, Discussion, Recommendation,
 * Overall, Diagnosis provided, Documentation in the record, EUA), and three layouts: a header qualified after a spaced dash,
 * a whole-line header with a parenthesis, and a rule line that closes a tumour board case.
 */

/** The section names the reader gives the headers of `text`, in order. */
function sectionNames(text: string): string[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).sections.map((section) => section.name);
}

/** The section name of each mention the reader finds in `text`, in order (null outside any section). */
function mentionSections(text: string): (string | null)[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => mention.section?.name ?? null);
}

/** Each text with the section names of its headers. */
const HEADER_SPELLINGS: readonly (readonly [string, readonly string[]])[] = [
  // The table's History of Present Illness row: "Clinical Data" (d131, d294, d659), "Treatment summary" / "Tx summary" (d346,
  // d454, d682, d711), an identifying summary "ID: 45F …" (d256, d349, d570, d593, d618) and "ID/ONC HX" (d241), and an
  // operation's indication ("Indication(s):", d684; "Indication for surgery:", d535).
  ['CLINICAL DATA: 24 yo F.\nTreatment summary:\n- ABVD x6.\nTx summary: 7+3.', ['History of Present Illness', 'History of Present Illness', 'History of Present Illness']],
  ['ID: 45F premenopausal.\nID/ONC HX:\n(1) L breast IDC.', ['History of Present Illness', 'History of Present Illness']],
  ['Indication(s): hematochezia.\nIndication for surgery: persistent hCG.', ['History of Present Illness', 'History of Present Illness']],
  // Chief Complaint: "REASON FOR EXAM" (d132, d671).
  ['REASON FOR EXAM: palpable R neck nodule.', ['Chief Complaint']],
  // Results: a discharge summary's "PERTINENT RESULTS" (d716).
  ['PERTINENT RESULTS:\nBM bx 11/24 hypocellular.', ['Results']],
  // Pathology: a pathology report's parts and a laboratory report's interpretation (d413, d509, d552, d646, d647, d661).
  ['GROSS: tan fragments.\nMICROSCOPIC: atypical cells.\nIHC: CD20+.\nCytogenetics: 46,XX.\nMOLECULAR:\nMYD88 neg.\nINTERPRETATION:\nCLL.',
    ['Pathology', 'Pathology', 'Pathology', 'Pathology', 'Pathology', 'Pathology']],
  // Assessment and Plan: "Discussion", "Recommendation", a pathologist's "Suggest" (d200, d266, d280, d441, d525, d647).
  ['Discussion: new primary.\nRECOMMENDATION: surgery.\nSuggest: FISH CLL panel.', ['Assessment and Plan', 'Assessment and Plan', 'Assessment and Plan']],
  // Impression: a breast imaging report's final category line (d140, d404, d546).
  ['OVERALL: BI-RADS 5\nOVERALL BI-RADS: 6', ['Impression', 'Impression']],
  // Diagnoses: "Diagnosis provided" (d302), a survivorship plan's "CANCER DIAGNOSIS" (d351), an operative note's hyphenated
  // "Pre-operative Diagnosis" (d694) and a procedure's "Pre-procedure dx" (d691), a hospice's "Primary terminal dx" (d708).
  ['Diagnosis provided: lung adenocarcinoma.\n\nCANCER DIAGNOSIS\nType: CHL\nPre-operative Diagnosis:\n1. L breast IDC\nPre-procedure dx: HCC\nPrimary terminal dx: pancreas ca',
    ['Diagnoses', 'Diagnoses', 'Diagnoses', 'Diagnoses', 'Diagnoses']],
  // Plan: a nurse's "Education" / "Education needs" (d174, d677, d680).
  ['Education:\nneutropenic precautions.\nEducation needs: diet.', ['Plan', 'Plan']],
  // Procedure: "EUA today (sevoflurane)" (d617).
  ['EUA today (sevoflurane):\nOD: regressed tumor.', ['Procedure']],
  // Health Maintenance: a late-effects block under its table spellings (d114, d351), also as a whole line with a parenthesis.
  ['Late effects review:\n- Thyroid US.\n\nLATE EFFECTS & SURVEILLANCE (COG long-term follow-up guidelines)\n* Breast MRI.', ['Health Maintenance', 'Health Maintenance']],
  // Query: a query's evidence block under its longer spellings (d628, d640).
  ['Clinical indicators from the medical record:\n- H&P.\nDocumentation in the record:\n- ED note.', ['Query', 'Query']],
  // A pathology or results header qualified after a spaced dash keeps its first words' name (the table's "Pathology - Final
  // Diagnosis", "SURGICAL PATHOLOGY — FINAL DIAGNOSIS"; d03, d63, d450, d527); an addendum's dash names what it adds (d443).
  ['Pathology - Final Diagnosis\nSigmoid colon, segmental resection:', ['Pathology']],
  ['IMPRESSION: biopsy done.\n\nSURGICAL PATHOLOGY \u2014 FINAL DIAGNOSIS (11/20/2026)\nLiver core:', ['Impression', 'Pathology']],
  ['Imaging - MRI brain + total spine w/wo (11/28):\nNo drop mets.', ['Results']],
  ['ADDENDUM - Surgical pathology 12/03/26:\nR colon: adenocarcinoma.', ['Pathology']],
];

describe('narrative sections round 17: header spellings', () => {
  for (const [text, names] of HEADER_SPELLINGS) {
    it(JSON.stringify(text), () => assert.deepEqual(sectionNames(text), names));
  }
  // An ICU plan by organ system names its infectious-disease item "ID:"; with no age after it, it is no header.
  it('an organ system\'s "ID:" item is no header', () => assert.deepEqual(sectionNames('A/P:\nID: febrile neutropenia, cefepime D3.'), ['Assessment and Plan']));
  // A problem label of an assessment before a dash stays in the assessment ("# Goals of care - POLST:", d707).
  it('a problem label before a dash is no header', () => assert.deepEqual(sectionNames('A/P:\n# Goals of care - POLST: DNR.'), ['Assessment and Plan']));
  // A pathology report's whole-line synoptic title stays text: the synoptic reading takes its organ from it (d292). Since round 18
  // it also opens the synoptic report's own Pathology section, with an empty header span so that its words stay tokens
  // (synopticTitles.ts; synopticRound18.test.ts checks the organ read from the title).
  it('a synoptic title with its parenthesis stays text', () => assert.deepEqual(sectionNames('FINAL DIAGNOSIS:\nA. Uterus.\n\nSYNOPTIC SUMMARY (CAP Endometrium, Hysterectomy)\nHistologic Type: x'), ['Pathology', 'Pathology']));
});

/** Each text with the section of each mention in it; the codes are checked in the FY2027 code titles. */
const MENTION_SECTIONS: readonly (readonly [string, readonly (string | null)[]])[] = [
  // C50.911 Malignant neoplasm of unspecified site of right female breast, in the identifying summary (d256).
  ['ID: 45F premenopausal, R breast cancer, cT2N1M0.', ['History of Present Illness']],
  // C18.7 Malignant neoplasm of sigmoid colon, in "Pathology - Final Diagnosis" (d03).
  ['Pathology - Final Diagnosis\nSigmoid colon, segmental resection:\n- Adenocarcinoma of the sigmoid colon, pT3 N0.', ['Pathology']],
  // A tumour board's minutes (d200, d441): C73 Malignant neoplasm of thyroid gland, in case 2's presentation below a rule line,
  // is no part of case 1's recommendation (the case text has no header, so no section); a rule right under a table's column
  // titles is their underline (d464, d598: D12.2 Benign neoplasm of ascending colon stays in the problem list).
  ['RECOMMENDATION: embolization of the L renal AML.\n\n----------------------------------------\nCASE 2 - 45F\nFNA: papillary thyroid carcinoma.',
    ['Assessment and Plan', null]],
  ['Problem List                 Status\n------------------------------------\nBenign neoplasm of ascending colon   Active', ['Problem List']],
];

describe('narrative sections round 17: the sections of mentions', () => {
  for (const [text, sections] of MENTION_SECTIONS) {
    it(JSON.stringify(text), () => assert.deepEqual(mentionSections(text), sections));
  }
});
