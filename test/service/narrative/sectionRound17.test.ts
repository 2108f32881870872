import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Round 17's section cases (issue 12): the header spellings ANNOTATION.md's header table lists ("Sections", rules 2 and 3,
 * and "Questions round 17's reviewers and tuner left": CLINICAL DATA, REASON FOR EXAM, GROSS / MICROSCOPIC / IHC /
 * CYTOGENETICS / FISH / MOLECULAR, INTERPRETATION, Suggest, Education, Treatment summary, Discussion, Recommendation,
 * Overall, Diagnosis provided, Documentation in the record, EUA).
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
  // Health Maintenance: a late-effects block under its table spellings (d114, d351).
  ['Late effects review:\n- Thyroid US.\n\nLATE EFFECTS & SURVEILLANCE\n* Breast MRI.', ['Health Maintenance', 'Health Maintenance']],
  // Query: a query's evidence block under its longer spellings (d628, d640).
  ['Clinical indicators from the medical record:\n- H&P.\nDocumentation in the record:\n- ED note.', ['Query', 'Query']],
];

describe('narrative sections round 17: header spellings', () => {
  for (const [text, names] of HEADER_SPELLINGS) {
    it(JSON.stringify(text), () => assert.deepEqual(sectionNames(text), names));
  }
  // An ICU plan by organ system names its infectious-disease item "ID:"; with no age after it, it is no header.
  it('an organ system\'s "ID:" item is no header', () => assert.deepEqual(sectionNames('A/P:\nID: febrile neutropenia, cefepime D3.'), ['Assessment and Plan']));
});

/** Each text with the section of each mention in it; the codes are checked in the FY2027 code titles. */
const MENTION_SECTIONS: readonly (readonly [string, readonly (string | null)[]])[] = [
  // C50.911 Malignant neoplasm of unspecified site of right female breast, in the identifying summary (d256).
  ['ID: 45F premenopausal, R breast cancer, cT2N1M0.', ['History of Present Illness']],
];

describe('narrative sections round 17: the sections of mentions', () => {
  for (const [text, sections] of MENTION_SECTIONS) {
    it(JSON.stringify(text), () => assert.deepEqual(mentionSections(text), sections));
  }
});
