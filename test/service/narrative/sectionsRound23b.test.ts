import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';
import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 23's second section pass (issue 12, tuner S2): headers of unseen genres named as ANNOTATION.md's header rules name
 * them, without changing the codes and assertions their text is read with. Codes are checked in the FY2027 code list
 * (icd10cm-codes-2027): C71.1 "Malignant neoplasm of frontal lobe" (table: brain, frontal lobe / Malignant Primary), Z85.038
 * "Personal history of other malignant neoplasm of large intestine".
 */

/** The section name of each mention the reader finds in `text`, in order (null outside any section). */
function mentionSections(text: string): (string | null)[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => mention.section?.name ?? null);
}

/** Each text with the section names of its mentions. */
const MENTION_SECTIONS: readonly (readonly [string, string, readonly (string | null)[]])[] = [
  // Rule 2 and the header table's Past Medical History row: "Medical hx (also "Medical hx / HPI", by its first half)" — a
  // joined header is named by its first half (a physical therapy evaluation's "Medical hx / HPI (per chart):", d212).
  ['a past history joined to the HPI is named by its first half', 'Medical hx / HPI (per chart): 61 y/o male w/ GBM of the R frontal lobe.',
    ['Past Medical History']],
  // The header table's Past Medical History row: "Other PMH", "PMH otherwise (also after "# ")" — a dietitian's "Other PMH:"
  // (d961) and a discharge summary's problem-by-problem course closing with "# PMH otherwise:" (d812).
  ['"Other PMH:" is a past history', 'Nutrition hx / interval update:\nWt down.\n\nOther PMH: COPD. Cervical cancer in her 30s, hysterectomy.',
    ['Past Medical History']],
  ['"# PMH otherwise:" in a hospital course is a past history', 'Hospital course:\n# Colitis: steroids.\n# PMH otherwise: h/o papillary thyroid ca s/p thyroidectomy 2015.',
    ['Past Medical History']],
  // Rule 3, the past: a label holding the past medical history's own abbreviation means it ("PERTINENT PMH:" of a discharge
  // summary after its hospital course, d333).
  ['a qualified "PMH" opening a block is a past history', 'HOSPITAL COURSE\nStent placed.\n\nPERTINENT PMH: HTN. Breast cancer 2010, no recurrence.',
    ['Past Medical History']],
  // Rule 3, the pathologist's report (the table's "Final pathology", "Final surgical path": Pathology): a "Final path" label that
  // opens its own block, dated or marked as reviewed (a post-operative visit's "Final path (reviewed w/ pt):", d860; an
  // operative note's "Final path (addended 11/13/2026):", d699). Inside a paragraph it stays a field (d501's HPI).
  ['a "Final path" label opening a block is the pathology', 'S: 2 wks s/p TLH/BSO.\n\nFinal path (reviewed w/ pt):\n- Leiomyoma, intramural, 1.5 cm',
    ['Pathology']],
  ['a dated "Final path" label after a blank line is the pathology', 'Plan:\n- Voice check.\n\nFinal path (addended 11/13/2026): A. Papillary thyroid carcinoma, L lobe, 3.1 cm.',
    ['Pathology']],
  ['a "Final path" field inside a paragraph stays in it', 'Interval: healing.\nFinal path (11/10/2026): endometrioid adenocarcinoma of the endometrium.',
    ['History of Present Illness']],
  // Rule 2: a header's date or provenance leaves its name, also when a qualifier follows after a comma ("Final Pathology
  // (11/27/2026), reviewed w/ pt:", d702).
  ['a dated header qualified after a comma keeps its name', 'S: 2 wks s/p TLH/BSO.\n\nFinal Pathology (11/27/2026), reviewed w/ pt:\n- Uterus, other: intramural leiomyomas.',
    ['Pathology']],
  // The header table's Chief Complaint row: "a referral line with its reason ("Referral:", "Ref:", "Referred by:" followed by a
  // quoted reason)", wherever it opens a line, also inside a demographic block (d931, d933, d951, d957).
  ['a referral line quoting its reason under the demographics is the chief complaint',
    'Gutierrez, Marisol  |  44F\nRef: Dr. A. Chu (sports medicine) - "incidental humerus lesion on MRI, ?enchondroma"\n\nHPI: shoulder pain.',
    ['Chief Complaint']],
  ['a quoted referral right under the visit date is the chief complaint', 'Visit: 12/02/2026\nReferral: "L adrenal nodule on CT - hx melanoma, r/o met"',
    ['Chief Complaint', 'Chief Complaint']],
  // The header table's History of Present Illness row: "Identifying data / CC" (a psychiatric evaluation's opening, d955).
  ['"Identifying data / CC" is the history of present illness', 'Date: 11/30/2026\n\nIdentifying data / CC: 66 yo man w/ metastatic pancreatic adenocarcinoma.',
    ['History of Present Illness']],
  // The header table's History of Present Illness row: "Tx (a line of treatment history among "Dx:" lines)" (d954); a "Tx:"
  // line under another header stays that header's text (an ED note's results, d178).
  ['a "Tx:" line under a "Dx:" line is the history of present illness',
    'Dx: NET of the terminal ileum, G2.\nTx: s/p ileocecal resection 06/2025 (path: 3 multifocal ileal NETs, 6/14 LN+).',
    ['Diagnoses', 'History of Present Illness']],
  ['a "Tx:" line under the results stays in them', 'Labs: CBC unremarkable.\nTx: dexamethasone for brain metastases.', ['Results']],
  // Rule 2: a copy's provenance leaves the header's own name; a header copied "per" a note keeps it under another header too
  // (a pharmacy verification's "Indication per onc note 11/20:" under its "Dx on order:", d629). "Plan per tumor board:"
  // names no note and stays a field of its block.
  ['a header copied per a note keeps its name', 'Dx on order: Malignant neoplasm of sigmoid colon\nIndication per onc note 11/20: "Sigmoid adenocarcinoma w/ liver mets"',
    ['Diagnoses', 'History of Present Illness', 'History of Present Illness']],
  ['a plan per the tumor board stays a field', 'Dx: rectal adenocarcinoma\nPlan per tumor board: TNT.', ['Diagnoses']],
  // Rule 1: a short line that is nothing but a header, here framed by rules of "=" as a survivorship care plan's template
  // writes its parts (d192: "==== CANCER TREATMENT SUMMARY ====", "==== OTHER HEALTH ====", the table's HPI and PMH rows).
  ['a header framed by rules is that header', 'SURVIVORSHIP CARE PLAN\n\n==== CANCER TREATMENT SUMMARY ====\nCancer type / location:     Colon adenocarcinoma, ascending colon\n\n==== OTHER HEALTH ====\nCervical ca 1998, hysterectomy.',
    ['History of Present Illness', 'Past Medical History']],
];

/**
 * The text under such a joined header holds the present illness too, so its reading stays the HPI's: the glioblastoma is
 * present, not a personal history (d212).
 */
const READINGS: readonly ReadingCase[] = [
  ['the joined header keeps the present illness present', 'Medical hx / HPI (per chart): 61 y/o male, new glioblastoma of the right frontal lobe.\nPMH: colon cancer 2012.',
    [['glioblastoma of the right frontal lobe', 'C711', 'present'], ['colon cancer', 'Z85038', 'history']]],
];

describe('narrative sections round 23b: headers named by ANNOTATION.md', () => {
  for (const [title, text, expected] of MENTION_SECTIONS) it(title, () => assert.deepEqual(mentionSections(text), expected));
});
describe('narrative sections round 23b: readings under those headers', () => checkReadings(READINGS));
