import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';
import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Hospital documents round 22 (issue 12, tuner D): the documentation coders and CDI specialists read (CDI queries, interval
 * H&Ps, I-PASS and SBAR hand-offs, autopsy reports, coding abstracts; dev d903–d922), read as a coder reads them.
 */

/** The section name of each mention the reader finds in `text`, in order (null outside any section). */
function mentionSections(text: string): (string | null)[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => mention.section?.name ?? null);
}

// ANNOTATION.md "Sections", rule 2: a header followed by the document it was taken from keeps its own name ("Primary Dx (any
// spelling: 'Primary dx per H&P')", Diagnoses): an interval H&P's "Dx per H&P:" (d905, d176). A plan's "Plan per tumor board:"
// or a list item's "- Plan per 2024 Kyoto guidelines:" inside an assessment stays a field of its block (d772).
// Rule 3 by meaning: an I-PASS hand-off's "Patient summary:" is the story of the illness, as "ID/Summary" is (d911); an
// autopsy's "FINAL ANATOMIC DIAGNOSES" is the prosector's final diagnosis, as "Final Diagnosis" is Pathology (d908); an SBAR
// hand-off's "B:" (background, as "Background" is) and "R:" (recommendation, as "Recommendation" is; d922) are headers only
// after their "S:" and "A:", so a mammogram's "R:" side line stays under its findings.
const HEADER_CASES: readonly (readonly [string, string, readonly (string | null)[]])[] = [
  ['"Dx per H&P:" is the diagnosis header (d905)', 'Interval hx: no new sx.\n\nDx per H&P: Papillary thyroid carcinoma, L lobe.', ['Diagnoses']],
  ['a list item\'s "- Plan per … guidelines:" stays in its assessment (d772)',
    'Assessment:\n73M with BD-IPMN.\n- Plan per 2024 Kyoto guidelines: MRI in 6 mo.\n- Germline testing (sister w/ PDAC).', ['Assessment', 'Assessment']],
  ['an I-PASS "Patient summary:" is the history of present illness (d911)',
    'I-PASS HANDOFF\nIllness severity: WATCHER\n\nPatient summary: 62M w/ metastatic clear cell RCC w/ mets to lungs.',
    ['History of Present Illness', 'History of Present Illness']],
  ['an autopsy\'s "FINAL ANATOMIC DIAGNOSES" is Pathology (d908)',
    'CLINICAL SUMMARY: 68M w/ LLL mass.\n\nFINAL ANATOMIC DIAGNOSES:\nI. Lung, left lower lobe: Squamous cell carcinoma\nV. Colon, sigmoid: Tubular adenoma, 0.6 cm',
    ['Pathology', 'Pathology']],
  ['an SBAR "R:" after its "A:" is the assessment and plan (d922)',
    'S: POD #2 s/p craniotomy. Prelim path: glioblastoma.\n\nA: Neuro intact.\n\nR: MRI: small residual enhancing tumor along posterior margin.',
    ['History of Present Illness', 'Assessment and Plan']],
  ['a mammogram\'s "R:" side line is no header', 'FINDINGS:\nL: no suspicious mass.\nR: spiculated mass, biopsy-proven invasive ductal carcinoma.', ['Results']],
];

describe('hospital documents round 22: headers', () => {
  for (const [title, text, expected] of HEADER_CASES) it(title, () => assert.deepEqual(mentionSections(text), expected));
});

// ANNOTATION.md, "CDI or coding query options offered as alternatives are `uncertain`" (d628, d640, d463): a typed query
// leaves a blank for the physician's mark ("   ___ Metastatic prostate cancer to bone", d916) where others print "[ ]" or
// "( )"; the option is a possibility put to the physician, coded as its words (Tabular C61 Malignant neoplasm of prostate;
// table: bone / Malignant Secondary C79.51).
const blankOptions: readonly ReadingCase[] = [
  ['an option after a blank "___" is uncertain (d916)',
    'Clinical indicators:\n- Bone scan: focal uptake T8.\n\nPlease clarify:\n   ___ Metastatic prostate cancer to bone\n   ___ Unable to determine',
    [['prostate cancer', 'C61', 'uncertain'], ['cancer to bone', 'C7951', 'uncertain']]],
];

describe('hospital documents round 22: query options', () => {
  describe('a blank left for the mark', () => checkReadings(blankOptions));
});

// ANNOTATION.md, "Sites and columns": "metastatic to X": X is a secondary site. An autopsy's final anatomic diagnoses list the
// organs one per numbered line under "Metastatic squamous cell carcinoma to:" (d908): each line's site is its metastasis (table:
// lymph gland, intrathoracic / Malignant Secondary C77.1; liver C78.7; Tabular C79.72 Secondary malignant neoplasm of left
// adrenal gland). The numbers must count up: a list of other findings after the spread's lines is not read.
const itemizedSpread: readonly ReadingCase[] = [
  ['each numbered site under "Metastatic … to:" is a metastasis (d908)',
    'FINAL ANATOMIC DIAGNOSES:\nI. Lung, left lower lobe:\n  C. Metastatic squamous cell carcinoma to:\n     1. Hilar and mediastinal lymph nodes (subcarinal; 5 of 7 nodes)\n     2. Liver (4 nodules)\n     3. Left adrenal gland (2.1 cm)\n  D. Post-obstructive pneumonia',
    [['Hilar', 'C771', 'present'], ['Liver', 'C787', 'present'], ['Left adrenal gland', 'C7972', 'present']]],
  ['a list under a colon that names no spread is not read', 'Findings to follow up:\n1. Liver lesion\n2. Adrenal nodule', []],
];

describe('hospital documents round 22: itemized spread', () => {
  describe('numbered sites under "Metastatic … to:"', () => checkReadings(itemizedSpread));
});

// ANNOTATION.md, "Codes by assertion" (negated: the code the words would have): an attending's correction says a diagnosis of
// the H&P was typed in error ("PMH lists "CML" - this is a transcription error, pt has never had CML", d917), so the listed
// diagnosis is denied, with its own code (Index: Leukemia, myeloid, chronic C92.10), across the quote and the clause before the cue.
const typedInError: readonly ReadingCase[] = [
  ['a diagnosis a correction calls a transcription error is denied (d917)',
    'Correction:\n2. PMH lists "CML" - this is a transcription error. Pt has CLL dx 2019, on ibrutinib.',
    [['CML', 'C9210', 'negated'], ['CLL', 'C9110', 'present']]],
];

describe('hospital documents round 22: corrections', () => {
  describe('a diagnosis typed in error', () => checkReadings(typedInError));
});

// ANNOTATION.md, "Codes by assertion" (uncertain: "cannot exclude") and ConText's nearer trigger: a report's list opened by
// "no" denies its first item, and a later item's own hedge right after it is that item's reading ("CT C/A/P: …, no liver
// lesions, small volume ascites, subtle peritoneal nodularity - carcinomatosis cannot be excluded", d910; table: peritoneum /
// Malignant Secondary C78.6). A denial of the item's own clause is untouched.
const hedgedListItems: readonly ReadingCase[] = [
  ['a hedge right after a later item outranks the list\'s "no" (d910)',
    'CT C/A/P: no liver lesions, small volume ascites, subtle peritoneal nodularity - carcinomatosis cannot be excluded.',
    [['carcinomatosis', 'C786', 'uncertain']]],
  ['the denial of the item itself stays', 'CT C/A/P: small volume ascites, no carcinomatosis.', [['carcinomatosis', 'C786', 'negated']]],
];

describe('hospital documents round 22: hedged list items', () => {
  describe('a hedge after a later item of a denied list', () => checkReadings(hedgedListItems));
});

// ANNOTATION.md, "Lymph node metastasis by region" and round 21's "the words that name the metastasis are" the mention: a brief op
// note's frozen section numbers the sentinel nodes it sent ("Frozen section: SLN #1 positive for metastatic carcinoma", d907), and
// the number names which node, so the finding is the node's (a breast cancer's sentinel node: table: lymph gland, axilla / Malignant
// Secondary C77.3). A node with no region keeps C77.9 (table: lymph gland / Malignant Secondary).
const numberedNodes: readonly ReadingCase[] = [
  ['a numbered sentinel node positive for metastatic carcinoma is its metastasis (d907)',
    'Pre-op dx: R breast IDC.\nFindings: Frozen section: SLN #1 positive for metastatic carcinoma, ~2.5 mm focus.',
    [['R breast IDC', 'null', 'present'], ['SLN #1 positive for metastatic carcinoma', 'C773', 'present']]],
  ['a numbered node of no region keeps the unspecified row', 'Lymph node 3 positive for metastatic carcinoma.',
    [['Lymph node 3 positive for metastatic carcinoma', 'C779', 'present']]],
];

describe('hospital documents round 22: numbered nodes', () => {
  describe('a node numbered in the specimen list', () => checkReadings(numberedNodes));
});

// ANNOTATION.md round 21, "A lymph-node count or status is not a mention; the words that name the metastasis are": a brief op
// note's "(T1, 1 positive SLN, BCS w/ WBRT planned)" counts the positive sentinel nodes for the Z0011 criteria (d907), as "one
// positive lymph node" of d849 does; an uncounted "positive SLN" of a diagnosis line stays the node's metastasis (C77.3).
const countedPositiveNodes: readonly ReadingCase[] = [
  ['a counted positive sentinel node is no mention (d907)', 'R breast IDC in a woman. Per Z0011 (T1, 1 positive SLN, BCS w/ WBRT planned) -> no ALND.',
    [['R breast IDC', 'C50911', 'present']]],
  ['an uncounted positive sentinel node is its metastasis', 'Post-op dx: R breast IDC in a woman, positive SLN.',
    [['R breast IDC', 'C50911', 'present'], ['positive SLN', 'C773', 'present']]],
];

describe('hospital documents round 22: counted positive nodes', () => {
  describe('a count of positive nodes', () => checkReadings(countedPositiveNodes));
});

// ANNOTATION.md, "Every occurrence is its own mention" and round 18's cytology category: a rapid on-site evaluation states the
// category and the type it favours in one sentence ("ROSE (periesophageal LN): malignant cells present, favor carcinoma", d915);
// the favoured type is a reading of its own, hedged (uncertain: "favor"), at the label's node (table: lymph gland, intrathoracic /
// Malignant Secondary C77.1), as the category's typed diagnosis in the next sentence is. A type with no hedge stays the category's.
const favouredTypes: readonly ReadingCase[] = [
  ['the type favoured after the category is its own uncertain reading (d915)', 'ROSE (periesophageal LN): malignant cells present, favor carcinoma.',
    [['malignant cells', 'C771', 'present'], ['carcinoma', 'C771', 'uncertain']]],
  ['a type with no hedge restates the category', 'FNA L neck node: malignant cells, squamous cell carcinoma.', [['malignant cells', 'C770', 'present']]],
];

describe('hospital documents round 22: favoured types', () => {
  describe('a category and the type it favours', () => checkReadings(favouredTypes));
});

// ANNOTATION.md, "Side and sub-site": a progress note's addendum reports the biopsy of a site set off before its result by a dash
// ("gastric body bx - poorly differentiated adenocarcinoma with signet ring cells", d910), as "gastric body mass - …" already reads:
// the result is the biopsied site's (table: stomach, body / Malignant Primary C16.2; antrum C16.3; Tabular C20 rectum).
const dashedBiopsies: readonly ReadingCase[] = [
  ['a biopsy\'s result after a dash is the biopsied site\'s (d910)', 'gastric antrum bx - poorly differentiated adenocarcinoma.', [['adenocarcinoma', 'C163', 'present']]],
  ['so is a rectal one', 'Rectal bx - adenocarcinoma, MMR pending.', [['adenocarcinoma', 'C20', 'present']]],
];

// "Path back (called by Dr. Nwachukwu): …" (d910): "back" after a result that has returned is the verb's particle, not the back
// as a body region (table: back NEC / Malignant Primary C76.8), so it labels no finding; "SCC of the upper back" keeps its site.
const resultsBack: readonly ReadingCase[] = [
  ['"Path back:" names no back (d910)', 'Path back (called by Dr. N): gastric body bx - poorly differentiated adenocarcinoma.', [['adenocarcinoma', 'C162', 'present']]],
  ['a result come back names no site', 'Path back: poorly differentiated adenocarcinoma.', []],
  ['the back as a body region stays', 'Lipoma of the back.', [['Lipoma of the back', 'D171', 'present']]],
];

describe('hospital documents round 22: biopsy results', () => {
  describe('a biopsy set off by a dash', () => checkReadings(dashedBiopsies));
  describe('a result that has come back', () => checkReadings(resultsBack));
});

// ANNOTATION.md, "Side and sub-site documented elsewhere in the note" and "Lymph node metastasis by region": an interval H&P's PET
// line names the nodes by region and IASLC station ("R hilar (10R) and R lower paratracheal (4R) nodes", d920); the node word is
// shared over the glossed region, so "R hilar" is the hilar nodes, not the lung's hilus (C34.0-), and the suspected lung primary
// takes the documented RUL nodule (table: lung, upper lobe / Malignant Primary C34.1-, right C34.11).
const glossedRegions: readonly ReadingCase[] = [
  ['a station gloss after a region keeps the shared node word (d920)',
    'HPI: 2.3 cm spiculated RUL nodule. PET: FDG-avid R hilar (10R) and R lower paratracheal (4R) nodes. Highly suspicious for primary lung malignancy.',
    [['lung malignancy', 'C3411', 'uncertain']]],
];

describe('hospital documents round 22: glossed node regions', () => {
  describe('a region glossed by its station', () => checkReadings(glossedRegions));
});
