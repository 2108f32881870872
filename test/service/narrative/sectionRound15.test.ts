import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Round 15's section cases (issue 12): header spellings of real notes, each with the section ANNOTATION.md gives it (its
 * "Sections" rules 2 and 3: an unknown header is the canonical section it means, by the table there).
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
  // "Clinical info" is the requisition's short "Clinical Information", History of Present Illness by the table.
  ['Clinical info: L cheek patch, r/o lentigo maligna.\n\nFINAL DIAGNOSIS: melanoma in situ.', ['History of Present Illness', 'Pathology']],
  ['CLINICAL INFO:\nenlarging nodule.', ['History of Present Illness']],
  // "Dx list" is the short "Diagnosis list", a spelling of Diagnoses.
  ['Dx list:\n1. Essential thrombocythemia\n\nInterval History: stable.', ['Diagnoses', 'History of Present Illness']],
  // A psychiatric consult's family history of mental and medical illness is the Family History.
  ['Reason for consult: low mood.\nFamily Psych/Medical Hx: father - pancreatic cancer.', ['Chief Complaint', 'Family History']],
  ['Family psychiatric history: mother - depression.', ['Family History']],
  ['FAMILY PSYCH HX: none.', ['Family History']],
  // ANNOTATION.md's table: "Radiology Review" is Results; a brief HPI is the HPI; discharge meds are the Medications; a
  // day's labs are Results; an operative note's post-op plan is the Plan.
  ['Radiology review: CT C/A/P - no distant disease.', ['Results']],
  ['Brief HPI: 64M with R femur lesion.\nLabs today: Hgb 10.2.', ['History of Present Illness', 'Results']],
  ['FHx: mother - breast ca.\nDischarge meds: letrozole 2.5 mg daily.', ['Family History', 'Medications']],
  ['PROCEDURE: IM nail L femur.\n\nPOST-OP PLAN:\n- WBAT LLE\n- Onc f/u for metastatic RCC', ['Procedure', 'Plan']],
  ['Post-op plan: rad onc referral.', ['Plan']],
  // A RECIST report's lesion tables and other findings are its findings: Results, as "Findings" is.
  ['Hx: 56F, ovarian ca.\n\nTARGET LESIONS\n| 1 | Perihepatic implant | 24 mm |\n\nNON-TARGET LESIONS\n| Omental nodularity | Present |\n\nNEW LESIONS: No\n\nOTHER FINDINGS: R renal cyst.\n\nIMPRESSION: partial response.',
    ['History of Present Illness', 'Results', 'Results', 'Results', 'Results', 'Impression']],
  ['Incidental findings: 1 cm L adrenal adenoma.', ['Results']],
  // A review of the slides is Pathology, as the table's "Radiology Review" of the images is Results; it ends a family block.
  ['FHx: mother - breast ca.\nRadiology review: 3 cm primary.\nPathology review: agree with SCC, p16+.', ['Family History', 'Results', 'Pathology']],
  ['PATH REVIEW: epithelioid mesothelioma.', ['Pathology']],
  // A primary care note's chronic issues, and the problems of this visit, are its Problem List (a copy's provenance after
  // the header leaves its name, ANNOTATION.md rule 2).
  ['HPI: dysuria.\nChronic issues (copied from last visit, reviewed):\n- HTN\n- breast ca 2019', ['History of Present Illness', 'Problem List']],
  ['FHx: mother - colon ca.\nProblem list for this visit:\n1. L breast cancer survivor', ['Family History', 'Problem List']],
  ['Chronic problems:\n- CLL, watch and wait', ['Problem List']],
  // A tumor board's case presentation is the history (as "Summary of History"), its consensus the assessment and plan (as
  // "DISCUSSION / CONSENSUS"); a consult's "Assessment/Recs" is "Assessment/Recommendations".
  ['Case summary: 2 mo of L otalgia.\n\nCONSENSUS:\nTORS + neck dissection.', ['History of Present Illness', 'Assessment and Plan']],
  ['FHx: mother - breast ca.\nConsensus Recommendation: neoadjuvant FOLFIRINOX.', ['Family History', 'Assessment and Plan']],
  ['Assessment/Recs:\n1. Pain from bone mets.', ['Assessment and Plan']],
  // A discharge summary's diagnoses under other names are its Discharge Diagnoses.
  ['DISCHARGE SUMMARY\nDx on discharge:\n1. Gastric adenocarcinoma', ['Discharge Diagnoses']],
  ['Diagnoses this admission:\n1. Cholangitis', ['Discharge Diagnoses']],
  // "PE:" is the physical exam of a clinic or ED note.
  ['HPI: 19M.\nPE: R testis w/ firm 2 cm mass lower pole.\nA/P: orchiectomy.', ['History of Present Illness', 'Physical Exam', 'Assessment and Plan']],
];

describe('narrative sections round 15: header spellings', () => {
  for (const [text, names] of HEADER_SPELLINGS) {
    it(JSON.stringify(text), () => assert.deepEqual(sectionNames(text), names));
  }
});

/** Each text with the section of each mention in it (D47.3 Essential (hemorrhagic) thrombocythemia; Z80.0 above). */
const MENTION_SECTIONS: readonly (readonly [string, readonly (string | null)[]])[] = [
  ['Clinical info: hx of BCC R temple.', ['History of Present Illness']],
  ['Dx list:\n1. Essential thrombocythemia, JAK2 V617F+', ['Diagnoses']],
  // Z80.0 Family history of malignant neoplasm of digestive organs: the father's pancreatic cancer, in the Family History.
  ['Reason for consult: low mood.\nFamily Psych/Medical Hx: father - pancreatic cancer (d. 2015).', ['Family History']],
  // Z80.0 (the father's colon cancer) in the Family History; the exam's doubted melanoma of the upper back (C43.59 Malignant
  // melanoma of other part of trunk) in the Physical Exam, not the family's.
  ['FHx: father - colon ca.\nPE: 6 mm irregular pigmented lesion L upper back, suspicious for melanoma.', ['Family History', 'Physical Exam']],
  // C78.6 Secondary malignant neoplasm of retroperitoneum and peritoneum: a measured perihepatic implant of the ovarian cancer.
  ['Hx: 56F, high-grade serous carcinoma of the R ovary.\n\nTARGET LESIONS\n| 1 | Perihepatic implant | 24 mm |', ['History of Present Illness', 'Results']],
  // The reviewed PDAC (C25.9 Malignant neoplasm of pancreas, unspecified) after a family history is the patient's, in Pathology.
  ['FHx: father - colon ca.\nPathology review: PDAC confirmed.', ['Family History', 'Pathology']],
];

describe('narrative sections round 15: the mentions under the new spellings', () => {
  for (const [text, names] of MENTION_SECTIONS) {
    it(JSON.stringify(text), () => assert.deepEqual(mentionSections(text), names));
  }
});

/**
 * A study named by its body region before its name ("Scrotal US 11/30:", "Pelvic MRI:") opening a block is a study label,
 * Results by ANNOTATION.md's table ("a study label"); the same words in a sentence or a listed item open none.
 */
const REGION_STUDY_LABELS: readonly (readonly [string, readonly string[]])[] = [
  ['HPI: 19M with R testis mass.\n\nScrotal US 11/30: 2.3 cm hypoechoic intratesticular mass.', ['History of Present Illness', 'Results']],
  ['HPI: 60F.\n\nPelvic MRI w/wo (11/20):\n4 cm cervical mass.', ['History of Present Illness', 'Results']],
  ['HPI: 60M.\n\nChest CT 11/02: new RUL nodule.', ['History of Present Illness', 'Results']],
  ['HPI: 60F.\n\nThyroid ultrasound: 2 cm TI-RADS 5 nodule.', ['History of Present Illness', 'Results']],
  ['HPI: 60F.\n\n- Thyroid US 2025: benign.', ['History of Present Illness']],
  ['HPI: 60F.\n\nScrotal pain: 2 weeks.', ['History of Present Illness']],
];

describe('narrative sections round 15: a study named by its region opens Results', () => {
  for (const [text, names] of REGION_STUDY_LABELS) {
    it(JSON.stringify(text), () => assert.deepEqual(sectionNames(text), names));
  }
  // C62.91 Malignant neoplasm of right testis, unspecified whether descended or undescended, doubted: the report's words
  // are in its Results section.
  it('the report\'s finding is in the Results section', () => {
    assert.deepEqual(mentionSections('HPI: 19M.\n\nScrotal US 11/30: R testis mass concerning for germ cell tumor.'), ['Results']);
  });
});
