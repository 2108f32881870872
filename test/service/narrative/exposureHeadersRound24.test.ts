import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Round 24 (issue 12, tuner OB): the headers of occupational and environmental exposure and compensation notes, read by what
 * they mean (ANNOTATION.md rule 3) or, for a form's numbered part, by the title after its number (rule 1; round 18: a header
 * qualified by a dash takes the label after it). Each case gives the mentions' words and section names in text order.
 */
type SectionCase = readonly [title: string, text: string, expected: readonly (readonly [string, string | null])[]];

function sectionsOf(text: string): [string, string | null][] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => [mention.text, mention.section?.name ?? null]);
}

const cases: readonly SectionCase[] = [
  // d1025 "Determination:" after "FHx:" (gold Assessment for "Prostate cancer", "Thyroid cancer", "other cancers").
  ['a programme\'s "Determination:" is the assessment, not the family history above it',
    'FH: father colon ca.\n\nDetermination:\nProstate cancer - on the List of WTC-Related Health Conditions; certification recommended.',
    [['colon ca', 'Family History'], ['Prostate cancer', 'Assessment']]],
  // d1027 "Opinion:" after "FH:" (gold Assessment for "L temporal glioblastoma"); d1041 "Opinion on causation:".
  ['an examiner\'s "Opinion:" is the assessment',
    "FH: maternal uncle brain tumor.\n\nOpinion: It is at least as likely as not that the Veteran's glioblastoma was caused by burn pit exposure.",
    [['brain tumor', 'Family History'], ['glioblastoma', 'Assessment']]],
  // d1036 "Certification:" after "FHx:" (gold Assessment for "Primary lung cancer (small cell"); d708 "CERTIFICATION STATEMENT:".
  ['a "Certification:" of the claimed illness is the assessment',
    'FHx: brother with stomach cancer.\n\nCertification: Primary lung cancer (small cell), diagnosed by tissue 08/2026.',
    [['stomach cancer', 'Family History'], ['lung cancer', 'Assessment']]],
  // d1028 "Physician statement:" after "Other history:" (d1028 gold Assessment for "right testicular seminoma").
  ['a "Physician statement:" on a claim form is the assessment',
    "FH: father melanoma.\n\nPhysician statement: In my opinion the claimant's right testicular seminoma falls within the presumption.",
    [['melanoma', 'Family History'], ['right testicular seminoma', 'Assessment']]],
  // d1042 "Claimed: CLL; MGUS" in the form's head (gold Diagnoses); d1036 "Compensable illness claimed:"; d1025 "Condition(s)
  // requested for certification:" (gold Diagnoses).
  ['a claim\'s "Claimed:" line names its diagnoses',
    'VA C&P EXAMINATION - HEMATOLOGIC DBQ\nClaimed: CLL; MGUS - herbicide exposure\n',
    [['CLL', 'Diagnoses'], ['MGUS', 'Diagnoses']]],
  ['"Compensable illness claimed:" names the claim\'s diagnosis',
    'Claimant: 76 y/o miner.\n\nCompensable illness claimed: primary lung cancer\n',
    [['lung cancer', 'Diagnoses']]],
  ['"Condition(s) requested for certification:" lists the diagnoses',
    'Exposure: pile 2001.\n\nCondition(s) requested for certification:\n1. Malignant neoplasm of prostate\n',
    [['Malignant neoplasm of prostate', 'Diagnoses']]],
  // d1026 "SECTION I - DIAGNOSIS", "SECTION II - MEDICAL HISTORY", "SECTION IV - DIAGNOSTIC TESTING" (gold Diagnoses, Past
  // Medical History, Results).
  ['a DBQ\'s numbered parts are the headers their titles name',
    'SECTION I - DIAGNOSIS\n1a. Diagnosis: Adenocarcinoma of prostate\nSECTION II - MEDICAL HISTORY\nHx of bladder ca? - No.\nSECTION IV - DIAGNOSTIC TESTING\nPSMA PET: no evidence of metastatic disease.',
    [['Adenocarcinoma of prostate', 'Diagnoses'], ['bladder ca', 'Past Medical History'], ['metastatic disease', 'Results']]],
  // d1042 "REMARKS" alone on its line after "FINDINGS" (gold Comment).
  ['a DBQ\'s "REMARKS" are the examiner\'s comment',
    'FINDINGS\nNodes 1-2 cm.\n\nREMARKS\nCLL is active and on treatment.',
    [['CLL', 'Comment']]],
  // Guards: a numbered part whose title names no header opens none; a field about the diagnosis stays a field.
  ['guard: a lettered part naming no header keeps the section above',
    'Diagnosis: adenocarcinoma of the sigmoid colon\nSECTION A - LEFT OVARY\nno carcinoma identified.',
    [['adenocarcinoma of the sigmoid colon', 'Diagnoses'], ['carcinoma', 'Diagnoses']]],
  ['guard: a plain "Opinion" inside a sentence is no header',
    'HPI: 60M. In my opinion: lung cancer is likely.',
    [['lung cancer', 'History of Present Illness']]],
];

describe('narrative sections: exposure and compensation headers round 24', () => {
  for (const [title, text, expected] of cases) it(title, () => assert.deepEqual(sectionsOf(text), expected));
});
