import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 18 (issue 12), the pathology batch: margin statements. Expected mentions follow test/narrative/corpus/ANNOTATION.md;
 * codes checked against the FY2026 / FY2027 code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// ANNOTATION.md, "A margin statement that names the neoplasm is a negated mention of the specimen's tumour at the specimen's
// site" ("Margins negative for carcinoma", "margins free of tumor", a synoptic "Margins: Negative for invasive carcinoma"), and
// "an involved margin … is the tumour itself, present". Pathologists write the organ once, in the part's label or the diagnosis,
// never in the margin line (d748 "Parenchymal margin negative for carcinoma", "Margins: All margins negative for invasive
// carcinoma"; d749 "Margin Status: Negative for invasive carcinoma"; d562, d577, d77, d85, d97; d698 "carcinoma present at inked
// margin"). Codes: table: kidney / Malignant Primary, left C64.2 (Tabular C64.2 Malignant neoplasm of left kidney, except renal
// pelvis); table: intestine, large, colon, sigmoid / Malignant Primary C18.7, ascending C18.2; table: prostate / Malignant Primary C61.
const marginStatements: readonly ReadingCase[] = [
  ['a synoptic "Margins: negative for invasive carcinoma" denies the specimen\'s tumour', 'Renal cell carcinoma of the left kidney.\nMargins: negative for invasive carcinoma.',
    [['Renal cell carcinoma of the left kidney', 'C642', 'present'], ['carcinoma', 'C642', 'negated']]],
  ['"margin negative for carcinoma" in a part\'s list is negated, not present', 'KIDNEY, LEFT, PARTIAL NEPHRECTOMY:\n  -  Renal cell carcinoma of the left kidney, clear cell type, 3.4 cm.\n  -  Parenchymal margin negative for carcinoma (closest 0.2 cm).',
    [['Renal cell carcinoma of the left kidney', 'C642', 'present'], ['carcinoma', 'C642', 'negated']]],
  ['"Margins free of carcinoma" after the diagnosis', 'Adenocarcinoma of the sigmoid colon, 4.1 cm. Margins free of carcinoma.',
    [['Adenocarcinoma of the sigmoid colon', 'C187', 'present'], ['carcinoma', 'C187', 'negated']]],
  ['an involved margin is the tumour, present', 'Adenocarcinoma of prostate.\nMargin at base - carcinoma present at inked margin.',
    [['Adenocarcinoma of prostate', 'C61', 'present'], ['carcinoma', 'C61', 'present']]],
  ['margins named in a parenthesis before their verdict (d744)', 'Adenocarcinoma of the ascending colon.\n   3. Margins (proximal ileal, distal colonic, radial/mesenteric) negative for carcinoma.',
    [['Adenocarcinoma of the ascending colon', 'C182', 'present'], ['carcinoma', 'C182', 'negated']]],
  // A synoptic form's margin field under its "Tumor Site:" is the tumour at the margin, not the tumour restated (d124, d743, d744,
  // d97), and "Uninvolved by" denies like "negative for" (d745; table: lung, upper lobe / Malignant Primary, right C34.11).
  ['a synoptic margin field is a mention of its own', 'Tumor Site: Sigmoid colon\nHistologic Type: Adenocarcinoma\nMargins: All margins negative for invasive carcinoma\n',
    [['Adenocarcinoma', 'C187', 'present'], ['carcinoma', 'C187', 'negated']]],
  ['"Margins: Uninvolved by invasive carcinoma" is negated', 'Specimen laterality: Right\nTumor Site: Upper lobe\nHistologic Type: Invasive adenocarcinoma of lung\nMargins: Uninvolved by invasive carcinoma\n',
    [['adenocarcinoma of lung', 'C3411', 'present'], ['carcinoma', 'C3411', 'negated']]],
  // "Tumor" in a margin verdict is the specimen's tumour, its histology included (d75, d89, d745 "margins free of tumor"; d748
  // "margin …, frozen: negative for tumor"; d579 a Mohs BCC: Tabular C44.311 Basal cell carcinoma of skin of nose); "10% of tumor"
  // stays a measure.
  ['"margins free of tumor" denies the specimen\'s carcinoma', 'Adenocarcinoma of the sigmoid colon. Proximal and distal margins free of tumor.',
    [['Adenocarcinoma of the sigmoid colon', 'C187', 'present'], ['tumor', 'C187', 'negated']]],
  ['"margins free of tumor" of a BCC keeps its skin type', 'Basal cell carcinoma, nasal tip. Mohs stage 2: margins free of tumor.',
    [['Basal cell carcinoma, nasal tip', 'C44311', 'present'], ['tumor', 'C44311', 'negated']]],
  ['"10% of tumor" stays a measure', 'Adenocarcinoma of the sigmoid colon, 10% of tumor is mucinous.', [['Adenocarcinoma of the sigmoid colon', 'C187', 'present']]],
  // Not margin statements: a clinician's resection margin with no pathologist's verdict, an excision's margins, and a relative's cancer.
  // Round 19: the margin lends nothing, but "residual carcinoma" restates the encounter's one cancer, doubted (residualCarcinoma.ts;
  // ANNOTATION.md round 17, a proven cancer's residual takes its code in every assertion, as d557's "could represent residual
  // infiltrative tumor" is coded).
  ['a margin without a verdict lends no site', 'Adenocarcinoma of the sigmoid colon. Soft tissue along the resection margin could represent residual carcinoma.',
    [['Adenocarcinoma of the sigmoid colon', 'C187', 'present'], ['carcinoma', 'C187', 'uncertain']]],
  ['a relative\'s cancer is no specimen\'s tumour', 'Mother with ovarian cancer.\nMargins: negative for carcinoma.', [['ovarian cancer', 'Z8041', 'family']]],
];

// ANNOTATION.md, "Synoptic 'Histologic Type: X'": the template's title ("SYNOPTIC REPORT (Melanoma of the Skin, Excision)") and
// property labels are not mentions. The CAP title is also written with a dash, the protocol's name up to the colon that names the
// procedure (d743 "SYNOPTIC REPORT - INVASIVE CARCINOMA OF THE BREAST: RESECTION (CAP v4.10.0.0)", d750 "SYNOPTIC REPORT - MELANOMA
// OF THE SKIN: WIDE EXCISION", d271 "SYNOPTIC - GIST"); the fields below it stay mentions (table: breast / Malignant Primary, C50.9-,
// no side or sex here: null).
const dashedTitles: readonly ReadingCase[] = [
  ['the protocol after "SYNOPTIC REPORT -" is no mention', 'SYNOPTIC REPORT - INVASIVE CARCINOMA OF THE BREAST: RESECTION (CAP v4.10.0.0)\nHistologic Type: Invasive ductal carcinoma\n',
    [['ductal carcinoma', 'null', 'present']]],
  ['the protocol after "SYNOPTIC -" is no mention', 'SYNOPTIC - COLON AND RECTUM CARCINOMA: RESECTION (CAP v4.3)\nTumor Site: Sigmoid colon\nHistologic Type: Adenocarcinoma\n',
    [['Adenocarcinoma', 'C187', 'present']]],
  ['a board\'s "- CASE SUMMARY" opens no title', 'MULTIDISCIPLINARY GI TUMOR BOARD - CASE SUMMARY\nAdenocarcinoma of the sigmoid colon.',
    [['Adenocarcinoma of the sigmoid colon', 'C187', 'present']]],
];

// ANNOTATION.md, "Synoptic 'Histologic Type: X'" is coded as the tumour site the synoptic gives, and a pathology part's label is the
// statement's own site. A skin specimen or synoptic "Tumor Site:" names the skin of a body surface ("Skin of upper back", d750;
// "SPECIMEN: Skin, left upper back"): Index: Melanoma, skin, trunk → Tabular C43.59 Malignant melanoma of other part of trunk;
// melanoma in situ, upper limb → Tabular D03.62 Melanoma in situ of left upper limb, including shoulder. Skin alone stays C43.9.
const skinSpecimens: readonly ReadingCase[] = [
  ['"Tumor Site: Skin of upper back" places the synoptic melanoma on the trunk', 'Tumor Site: Skin of upper back\nSpecimen Laterality: Left\nHistologic Type: Superficial spreading melanoma\n',
    [['Superficial spreading melanoma', 'C4359', 'present']]],
  ['"SPECIMEN: Skin of left forearm" places the diagnosis on the left upper limb', 'SPECIMEN: Skin of left forearm, wide local excision\nDIAGNOSIS: Residual melanoma in situ.',
    [['melanoma in situ', 'D0362', 'present']]],
  ['"Tumor Site: Skin" alone names no surface', 'Tumor Site: Skin\nHistologic Type: Superficial spreading melanoma\n', [['Superficial spreading melanoma', 'C439', 'present']]],
];

// ANNOTATION.md, "Negative for X in a pathology part is a negated mention at the part's own labelled site": a CAP part label names
// the node, then its side, region, kind and number ("B. LYMPH NODE, LEFT AXILLARY SENTINEL #1, EXCISION:", d743, d750), and its
// items' "one lymph node" is that region's (table: lymph gland, axilla / Malignant Secondary C77.3).
const numberedNodeLabels: readonly ReadingCase[] = [
  ['a numbered sentinel node label gives its region to "one lymph node"', 'B. LYMPH NODE, LEFT AXILLARY SENTINEL #2, EXCISION:\n   - One lymph node, negative for metastatic carcinoma (0/1).\n',
    [['lymph node, negative for metastatic carcinoma', 'C773', 'negated']]],
  ['a numbered node label gives its region to a metastasis "in one lymph node"', 'B. LYMPH NODE, LEFT AXILLARY SENTINEL #1, EXCISION:\n   - METASTATIC MELANOMA IN ONE LYMPH NODE (1/1).\n',
    [['METASTATIC MELANOMA IN ONE LYMPH NODE', 'C773', 'present']]],
];

// ANNOTATION.md, "Spread written as disease" and round 17's region-less "nodal" word: "L neck nodal disease" of a tonsil SCC is its
// neck nodes (table: lymph gland, cervical / Malignant Secondary C77.0), even when the patient also has an untreated CLL (d757;
// Tabular C91.10; C09.9 Malignant neoplasm of tonsil, unspecified); a lymphoma's "bulky nodal disease" stays the lymphoma itself.
const spreadBesideHaematologic: readonly ReadingCase[] = [
  ['a solid cancer\'s nodal disease stays a mention beside a CLL', 'PMH: CLL, untreated.\nA/P: p16+ L tonsil SCC with L neck nodal disease, week 5 of chemoRT.',
    [['CLL', 'C9110', 'present'], ['L tonsil SCC', 'C099', 'present'], ['L neck nodal disease', 'C770', 'present']]],
  ['a lymphoma\'s nodal disease is no secondary beside a past solid cancer', 'Hx of prostate ca.\nNew DLBCL with bulky nodal disease, starting R-CHOP.',
    [['prostate ca', 'Z8546', 'history'], ['DLBCL', 'C8330', 'present']]],
];

describe('narrative reader: margin statements and synoptic titles (round 18)', () => {
  describe('spread written as disease beside a haematological neoplasm', () => checkReadings(spreadBesideHaematologic));
  describe('a numbered node label names its region', () => checkReadings(numberedNodeLabels));
  describe('a skin specimen names its body surface', () => checkReadings(skinSpecimens));
  describe('a margin statement names the specimen\'s tumour', () => checkReadings(marginStatements));
  describe('a synoptic title written with a dash', () => checkReadings(dashedTitles));
});
