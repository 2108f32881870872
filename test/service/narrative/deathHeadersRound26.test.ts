import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Round 26 (issue 12, tuner DEATH): the headers of death documents, read by what they mean (ANNOTATION.md rules 1 and 3 and its
 * header table): a death certificate's Part I and Part II and its "Death certificate:" / "Cause of death:" block certify diagnoses
 * (`Diagnoses`, the table's "Cause of death / Immediate cause / Other significant conditions (contributing)"; `certificateParts.ts`);
 * an autopsy's clinicopathologic correlation and a certifier's notes comment (`Comment`, as "Clinical correlation" and "CODER
 * NOTES" do); a registrar's query and the certifier's response are a query (`Query`, as "Provider response" is); autopsy findings
 * and a report's final diagnoses after its microscopic description are the prosector's reading (`Pathology`;
 * `reportFinalDiagnoses.ts`). Each case gives the mentions' words and section names in text order.
 */
type SectionCase = readonly [title: string, text: string, expected: readonly (readonly [string, string | null])[]];

function sectionsOf(text: string): [string, string | null][] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => [mention.text, mention.section?.name ?? null]);
}

const certificateParts: readonly SectionCase[] = [
  // d1145 "PART I. Chain of events (…)" and "PART II. Other significant conditions contributing to death …:" (gold Diagnoses for
  // "brain metastases" and "urothelial carcinoma of bladder"), "Certifier notes (for the record, not on certificate):" (gold Comment).
  ['a certificate worksheet\'s Part I and Part II are diagnoses and its certifier\'s notes a comment',
    'DEATH CERTIFICATE WORKSHEET\nDecedent: H. P.   DOD 11/28/2026\n\nPART I. Chain of events (enter the disease, not the mechanism; one cause per line)\n  a. Immediate cause: Acute respiratory failure\n  b. Due to: Metastatic non-small cell lung cancer\n\nPART II. Other significant conditions contributing to death but not resulting in the underlying cause:\n  COPD; brain metastases s/p SRS 03/2026\n\nCertifier notes (for the record, not on certificate):\n- Liver lesions "possibly metastatic" - not biopsied.',
    [['lung cancer', 'Diagnoses'], ['brain metastases', 'Diagnoses'], ['Liver lesions "possibly metastatic', 'Comment']]],
  // d1157 "Query from registrar:" and "Certifier's response:" (gold Query for "ascending colon primary"); the response's "Part II:"
  // is a line of that answer (gold Query for "Follicular lymphoma", ANNOTATION.md round 26 F).
  ['a registrar\'s query and the certifier\'s response are a query, the response\'s Part II one of its lines',
    'Decedent: A. F., 74 M, DOD 11/19/2026\n\nQuery from registrar:\nPlease specify the primary site of the cancer.\n\nCertifier\'s response:\nIb. Adenocarcinoma of the colon (ascending colon primary) - interval 2 years\nPart II: Follicular lymphoma, treated 2012, in remission without treatment since 2013; CKD stage 3.',
    [['cancer', 'Query'], ['Adenocarcinoma of the colon', 'Query'], ['ascending colon primary', 'Query'], ['Follicular lymphoma', 'Query']]],
  // d1144 "Death certificate: relapsed acute myeloid leukemia -> pulmonary hemorrhage." (gold Diagnoses), d1160 "Death certificate:
  // Ia renal failure, Ib multiple myeloma." (gold Diagnoses), d1152 "Death certificate (as filed):" (gold Diagnoses).
  ['a "Death certificate:" line certifies diagnoses wherever it stands',
    'Brief hx: 58M w/ AML, relapsed 09/2026.\nNotified: Dr. H. Autopsy declined.\nDeath certificate: relapsed acute myeloid leukemia -> pulmonary hemorrhage.',
    [['AML', 'History of Present Illness'], ['acute myeloid leukemia', 'Diagnoses']]],
  ['"Death certificate (as filed):" heads the certificate\'s parts',
    'Patient: I. H.   DOD 10/17/2026\n\nDeath certificate (as filed):\n  Part I a. Cardiopulmonary arrest   b. Metastatic breast cancer   c. --\n  Part II: Hypertension',
    [['breast cancer', 'Diagnoses']]],
  // Guards: a "Part I" in a note that has spoken of no death keeps the section above; a death certificate still to be signed, a
  // sentence, opens nothing (d1154 "Death certificate to be signed by Dr. Feld: Ia metastatic prostate cancer.", gold no section).
  ['guard: a form\'s "Part I." in a note that speaks of no death opens nothing',
    'HPI: 60F with breast cancer.\nPART I. Questions about your health\n  Do you have a history of breast cancer?',
    [['breast cancer', 'History of Present Illness'], ['breast cancer', 'History of Present Illness']]],
  ['guard: a certificate still to be signed is a sentence, no header',
    'Pronounced dead at 23:46. Pt: 84M w/ metastatic prostate cancer.\nDeath certificate to be signed by Dr. Feld: Ia metastatic prostate cancer.',
    [['prostate cancer', null], ['prostate cancer', null]]],
];

const autopsyParts: readonly SectionCase[] = [
  // d1143 "CLINICOPATHOLOGIC CORRELATION:" (gold Comment for "pancreatic primary"), after the certification block (Diagnoses).
  ['an autopsy\'s clinicopathologic correlation is its comment',
    'CAUSE OF DEATH:\nImmediate cause: Septic shock due to acute cholangitis\nDue to: Biliary obstruction by metastatic pancreatic adenocarcinoma\n\nCLINICOPATHOLOGIC CORRELATION:\nThe pancreatic primary was known clinically.',
    [['pancreatic adenocarcinoma', 'Diagnoses'], ['pancreatic primary', 'Comment']]],
  // d1147 "MICROSCOPIC:" then "FINAL DIAGNOSES:" (gold Pathology for "clear cell renal cell carcinoma"); d1159 "AUTOPSY FINDINGS:"
  // (gold Pathology for "follicular adenoma").
  ['a report\'s final diagnoses after its microscopic description are the prosector\'s',
    'MICROSCOPIC:\nL kidney mass: clear cell renal cell carcinoma, WHO/ISUP grade 2.\n\nFINAL DIAGNOSES:\n1. Incidental: clear cell renal cell carcinoma, left kidney, 2.3 cm (pT1a)',
    [['renal cell carcinoma', 'Pathology'], ['renal cell carcinoma, left kidney', 'Pathology']]],
  ['autopsy findings are the prosector\'s reading',
    'HISTORY (investigator): found unresponsive.\n\nAUTOPSY FINDINGS:\n- Thyroid: multinodular; largest nodule 1.6 cm - follicular adenoma',
    [['follicular adenoma', 'Pathology']]],
  // Guard: a discharge summary's final diagnoses after its hospital course stay the discharge diagnoses.
  ['guard: final diagnoses after a hospital course are the discharge diagnoses',
    'HOSPITAL COURSE:\nAdmitted with SBO from peritoneal carcinomatosis.\n\nFINAL DIAGNOSES:\n1. Peritoneal carcinomatosis',
    [['peritoneal carcinomatosis', 'History of Present Illness'], ['Peritoneal carcinomatosis', 'Discharge Diagnoses']]],
];

describe('death document headers (round 26)', () => {
  for (const [title, text, expected] of [...certificateParts, ...autopsyParts]) it(title, () => assert.deepEqual(sectionsOf(text), expected));
});
