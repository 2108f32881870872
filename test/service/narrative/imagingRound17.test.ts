import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Imaging and infusion round 17 (issue 12, tuner B): how radiology and nuclear-medicine reports write their readings.
 * Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles
 * (data/icd10cm/2027) and the Table of Neoplasms.
 */

// ANNOTATION.md, "Codes by assertion" (uncertain: "suspicious for", "highly suggestive of", Guidelines II.H) and "Side and sub-site
// documented elsewhere": a report's numbered impression often gives the finding in one sentence and its reading in a verbless one
// after it ("… mass in the left breast at 2:00, … with associated calcifications. Highly suggestive of malignancy.", d664, the
// BI-RADS 5 wording). The reading is the finding's, at the quadrant its clock position names (table: breast / upper-outer quadrant /
// Malignant Primary C50.41-, female, left → C50.412). A denial after a full stop is not read so: it may close the whole report.
const verblessConclusions: readonly ReadingCase[] = [
  ['a verbless hedge concludes the finding before it', '58 yo female.\nIMPRESSION:\n1. 1.9 cm irregular mass in the left breast at 2:00, with associated calcifications. Highly suggestive of malignancy.',
    [['malignancy', 'C50412', 'uncertain']]],
  ['a hedge in the finding\'s sentence takes the clock\'s quadrant', '58 yo female.\nIMPRESSION:\n1. Irregular mass in the right breast at 10:00, 5 cm FN, with associated calcifications, suspicious for malignancy.',
    [['malignancy', 'C50411', 'uncertain']]],
  ['a verbless denial after a finding is no reading of it', '58 yo female.\nFINDINGS: Oval mass in the left breast at 2:00. Negative for malignancy.', []],
];

// ANNOTATION.md, "Codes by assertion" (uncertain: "compatible with", Guidelines II.H): a report's comparison with an earlier study
// ("not identified pre-operatively", "not present on the prior CT", "not described on the pre-op US") says when the finding
// appeared, not that it is absent (negated) or past (history): d670's "compatible with nodal metastasis, not identified
// pre-operatively" (R level IV node: table: lymph gland, neck / Malignant Secondary C77.0). A finding not seen on this exam stays denied.
const comparisons: readonly ReadingCase[] = [
  ['a finding not identified pre-operatively is not denied', 'Iodine-avid R level IV lymph node, compatible with nodal metastasis, not identified pre-operatively.',
    [['nodal metastasis', 'C770', 'uncertain']]],
  ['a finding not present on the prior study is neither denied nor past', 'New 1.1 cm liver lesion, not present on the prior CT, suspicious for metastasis.',
    [['liver lesion, not present on the prior CT, suspicious for metastasis', 'C787', 'uncertain']]],
  ['a finding not visualized previously is not denied', 'Liver lesion not visualized previously, suspicious for metastasis.',
    [['Liver lesion not visualized previously, suspicious for metastasis', 'C787', 'uncertain']]],
  ['a metastasis not seen on this exam stays denied', 'Known liver metastasis is not seen on this exam.', [['liver metastasis', 'C787', 'negated']]],
];

// Tabular C7B Secondary neuroendocrine tumors (C78.7's and C77's Excludes1 send a carcinoid's spread there): a somatostatin-receptor
// PET report about a NET alone writes the tumour in its history and the spread in findings and impression far below (d668: "hepatic
// metastatic disease" C7B.02, "osseous metastasis" C7B.03). With no other cancer in the note the spread is the NET's however far
// apart; beside another cancer only a near NET claims it (table: liver / Malignant Secondary C78.7).
const TECHNIQUE_FILLER = 'TECHNIQUE: 4.8 mCi Ga-68 DOTATATE IV, imaging at 58 min. Last lanreotide injection 07/30/2026 (15 days prior). '
  + 'Non-contrast low dose CT for attenuation correction and localization. '.repeat(12);
const netReports: readonly ReadingCase[] = [
  ['the spread of a NET alone is its secondary however far', `HISTORY: well-differentiated neuroendocrine tumor of the terminal ileum, on lanreotide.\n${TECHNIQUE_FILLER}\nIMPRESSION: Progression of hepatic metastatic disease.`,
    [['well-differentiated neuroendocrine tumor of the terminal ileum', 'C7A012', 'present'], ['hepatic metastatic disease', 'C7B02', 'present']]],
  ['beside another cancer a far spread stays the table\'s', `HISTORY: well-differentiated neuroendocrine tumor of the terminal ileum; sigmoid colon adenocarcinoma.\n${TECHNIQUE_FILLER}\nIMPRESSION: Progression of hepatic metastatic disease.`,
    [['well-differentiated neuroendocrine tumor of the terminal ileum', 'C7A012', 'present'], ['sigmoid colon adenocarcinoma', 'C187', 'present'], ['hepatic metastatic disease', 'C787', 'present']]],
];

// ANNOTATION.md, "Lymph node metastasis by region": the nodes in the colon's mesentery are its colic nodes (table: lymph gland,
// colic / Malignant Secondary C77.2; d663's "Sigmoid mesocolic nodal metastasis"), and an organ written right before a node region
// says whose regional nodes they are, not a second site of spread (table: lymph gland, mesenteric C77.2, gastric C77.2; intrapelvic
// C77.5 for the mesorectal nodes). Joined by a conjunction, the organ is a site of its own (table: liver / Malignant Secondary C78.7).
const regionalNodes: readonly ReadingCase[] = [
  ['mesocolic nodes are the colic nodes', 'Lymph nodes: Sigmoid mesocolic nodal metastasis previously 1.4 cm short axis now 0.7 cm.', [['mesocolic nodal metastasis', 'C772', 'present']]],
  // Since the table's node rows are read (tableNodeRegions.ts, "gastric" a region right before its node words), the organ's adjective
  // opens the node phrase itself; what this case guards is that it is no second site of spread (no C78.89 beside the C77.2).
  ['the organ before a node region is no site of spread', 'Gastric perigastric nodal metastasis.', [['Gastric perigastric nodal metastasis', 'C772', 'present']]],
  ['the rectum before its mesorectal nodes', 'Rectal mesorectal nodal metastasis, 8 mm.', [['mesorectal nodal metastasis', 'C775', 'present']]],
  ['an organ joined to the nodes is a site of its own', 'Hepatic and mesenteric nodal metastases.', [['Hepatic', 'C787', 'present'], ['mesenteric nodal metastases', 'C772', 'present']]],
];

// ANNOTATION.md, "A breast cancer with neither side nor sex stated is null" (C50.91-/C50.92- need both): a nuclear medicine report
// names its tracer with a nuclide's mass number ("Tc-99m MDP", "18F-FDG"), which is no age with a sex letter, so d674's "68 y/o
// female" is the patient's only sex (table: breast / Malignant Primary C50.91-, female, left → C50.912).
const nuclideNames: readonly ReadingCase[] = [
  ['a technetium tracer is no male cue', 'NM BONE SCAN (Tc-99m MDP)\nHX: 68 y/o female. L breast ca 2019, on letrozole.\nTECHNIQUE: 24.6 mCi Tc-99m MDP IV.',
    [['L breast ca', 'C50912', 'present']]],
  ['a fluorine tracer is no female cue', 'PET/CT 18F-FDG. 18F-FDG 10 mCi IV. 60 yo M. R breast ca 2019, on tamoxifen.', [['R breast ca', 'C50921', 'present']]],
];

// ANNOTATION.md, "Side and sub-site documented elsewhere": breast imaging writes a lesion's place as a side and a clock position
// with no breast word ("Indeterminate 6 mm R 7:00 enhancing mass, likely benign (fibroadenoma vs intramammary node)", d665); the
// side is the lesion's (Index: Fibroadenoma - see Neoplasm, breast, benign D24.-, right → D24.1). A side with no clock after it, on a
// line no organ labels, lends nothing (D24.9 needs a side: null).
const clockedSides: readonly ReadingCase[] = [
  ['a side before a clock position is the lesion\'s', '44 F.\nIMPRESSION:\n2. Indeterminate 6 mm R 7:00 enhancing mass, likely benign (fibroadenoma vs intramammary node).',
    [['fibroadenoma', 'D241', 'uncertain']]],
  ['a side without a clock lends nothing', '44 F.\nIMPRESSION:\n2. Indeterminate 6 mm R enhancing mass, likely benign (fibroadenoma vs intramammary node).',
    [['fibroadenoma', 'null', 'uncertain']]],
];

// ANNOTATION.md, 'A lymphoma's extranodal site in its own sentence is "extranodal and solid organ sites" (…9)': "<organ> involvement
// by lymphoma" is the inverted form of "lymphoma involving <organ>" (d666's "Thyroid involvement by lymphoma is considered less
// likely": the note's DLBCL, Tabular C83.398 Diffuse large B-cell lymphoma, other extranodal and solid organ sites; C83.390 for the
// CNS). A denied involvement names no place ("no CNS involvement", settled 2026-12-04: Tabular C83.30 unspecified site; d671's
// "to suggest thyroid lymphoma", C85.90 Non-Hodgkin lymphoma, unspecified, unspecified site).
const involvedOrgans: readonly ReadingCase[] = [
  ['an organ involved by the lymphoma is its site', 'DLBCL, stage IIIA.\nIMPRESSION: Thyroid involvement by lymphoma is considered less likely given the response elsewhere.',
    [['DLBCL', 'C8338', 'present'], ['lymphoma', 'C83398', 'uncertain']]],
  ['the CNS involved by the lymphoma', 'DLBCL.\nMRI brain: CNS involvement by lymphoma.', [['DLBCL', 'C8330', 'present'], ['lymphoma', 'C83390', 'present']]],
  ['a denied involvement names no place', 'DLBCL.\nNo CNS involvement by lymphoma.', [['DLBCL', 'C8330', 'present'], ['lymphoma', 'C8330', 'negated']]],
  ['a denied thyroid lymphoma names no place', 'Background Hashimoto thyroiditis. No pseudonodular mass to suggest thyroid lymphoma.', [['thyroid lymphoma', 'C8590', 'negated']]],
];

// ANNOTATION.md, "Codes by assertion" (uncertain: Guidelines II.H "concerning for"): a reading named as the concern or the leading
// consideration is weighed, not made (d671's "Papillary\nthyroid carcinoma is the primary concern": table: thyroid / Malignant
// Primary C73, uncertain).
const namedConcerns: readonly ReadingCase[] = [
  ['the primary concern is uncertain', 'IMPRESSION:\n1. R lower pole 1.7 cm TR5 nodule; meets ACR criteria for FNA. Papillary\nthyroid carcinoma is the primary concern.',
    [['thyroid carcinoma', 'C73', 'uncertain']]],
  ['the leading consideration is uncertain', 'Enhancing mass of the right kidney. RCC is the leading consideration.', [['RCC', 'C641', 'uncertain']]],
];

// ANNOTATION.md, "Codes by assertion" (hypothetical: "a plan conditional on a finding") and "Distant metastases with no site named"
// (Tabular C79.9 Secondary malignant neoplasm of unspecified site): a plan that waits on there being no spread ("intent is resection
// if he remains without metastatic disease at restaging", d676; d555's "If no metastatic disease") fears that spread; the
// condition's subject and verb may stand between "if" and the denial. A denial after the condition's own clause stays a denial.
const conditionalDenials: readonly ReadingCase[] = [
  ['a denial the plan waits on is hypothetical', '# Goals - intent is resection if he remains without metastatic disease at restaging; pt and wife understand.',
    [['metastatic disease', 'C799', 'hypothetical']]],
  ['"if there is no" is a condition too', 'Whipple if there is no liver metastasis on the MRI.', [['liver metastasis', 'C787', 'hypothetical']]],
  ['a denial after the condition\'s clause stays a denial', 'If symptomatic, CT showed no liver mets.', [['liver mets', 'C787', 'negated']]],
];

// ANNOTATION.md, 'Spread written as "disease"' and "metastatic to X, X mets": a nuclear medicine report writes the tracer's avidity
// between the site and its disease or metastases ("hepatic FDG-avid disease", "osseous MIBG-avid disease", d669); the avidity says how
// the lesion shows, not where (table: liver / Malignant Secondary C78.7). A region right before "osseous" is where the bones are
// ("stable pelvic osseous disease", d586), not a site of its own (table: bone / Malignant Secondary C79.51).
const tracerAvidity: readonly ReadingCase[] = [
  ['avid hepatic disease is the liver\'s spread', 'Breast cancer on letrozole. PET: Stable hepatic FDG-avid disease.',
    [['Breast cancer', 'null', 'present'], ['hepatic FDG-avid disease', 'C787', 'present']]],
  ['avid hepatic metastases', 'Breast cancer. PET: new hepatic FDG-avid metastases.', [['Breast cancer', 'null', 'present'], ['hepatic FDG-avid metastases', 'C787', 'present']]],
  ['a region before osseous is the bones there', 'Prostate ca. PSMA PET: stable pelvic osseous metastases.', [['Prostate ca', 'C61', 'present'], ['osseous metastases', 'C7951', 'present']]],
];

// ANNOTATION.md, '"PD in <site>" or "progressive disease in <site>" in a cancer patient is a mention of spread to that site': the
// organ's adjective before "progression" says where the cancer progressed (d674's "If confirmed, this would represent osseous
// progression": table: bone / Malignant Secondary C79.51, hypothetical; "hepatic progression": liver C78.7). In a myeloma note the
// bone's progression is the myeloma's own (Tabular C90.00 only), and "disease progression" names no site.
const siteProgressions: readonly ReadingCase[] = [
  ['osseous progression conditional on a finding', 'L breast ca on letrozole. New R iliac uptake, suspicious for a new metastasis. If confirmed, this would represent osseous progression.',
    [['L breast ca', 'null', 'present'], ['osseous progression', 'C7951', 'hypothetical']]],
  ['hepatic progression is the liver\'s spread', 'Sigmoid colon adenocarcinoma on FOLFOX. CT: hepatic progression.', [['Sigmoid colon adenocarcinoma', 'C187', 'present'], ['hepatic progression', 'C787', 'present']]],
  ['a myeloma\'s osseous progression is no spread', 'Multiple myeloma on daratumumab. Osseous progression.', [['Multiple myeloma', 'C9000', 'present']]],
  ['disease progression names no site', 'Sigmoid colon adenocarcinoma on FOLFOX. Disease progression.', [['Sigmoid colon adenocarcinoma', 'C187', 'present']]],
];

// ANNOTATION.md, '"metastatic X cancer", "metastatic from X": X is the primary' (round 15: "metastatic PTC" is two entries, the
// spread with part "metastatic" and the primary with part "PTC"): the word "metastatic" is the spread's, so its phrase opens with it
// (d670's "metastatic PTC in 7/23\nnodes (levels III, IV, VI)", d549, d516, d517; table: lymph gland, neck / Malignant Secondary
// C77.0; thyroid / Malignant Primary C73).
const metastaticWords: readonly ReadingCase[] = [
  ['the spread of a metastatic PTC opens with "metastatic"', 'Neck dissection 09/2026: metastatic PTC in 7/23\nnodes (levels III, IV, VI), largest 1.8 cm.',
    [['metastatic PTC in 7/23\nnodes (levels III, IV, VI)', 'C770', 'present'], ['PTC', 'C73', 'present']]],
  // Round 19: the labelled node's metastatic PTC is two entries too (metastaticFindings.ts, `impliedOrganMentions`).
  ['a labelled node\'s metastatic PTC', 'B. R level III LN: positive for metastatic PTC. Tg washout >5000.', [['metastatic PTC', 'C770', 'present'], ['PTC', 'C73', 'present']]],
];

// ANNOTATION.md, "A recurrence at a named site, affirmed or denied, is a mention … The assertion is the words' own": a recurrence
// denied in the primary's own bed or at its anastomosis is a denial of the primary there (d543's "No local recurrence of prostate
// cancer in the prostatectomy bed": table: prostate / Malignant Primary C61, negated), not the history that "no recurrence of" reads
// where no site is named (Z85.3 Personal history of malignant neoplasm of breast).
const deniedBedRecurrences: readonly ReadingCase[] = [
  ['a recurrence denied in the bed is a denial', 'IMPRESSION: 4. No local recurrence of prostate cancer in the prostatectomy bed.', [['prostate cancer', 'C61', 'negated']]],
  ['a recurrence denied at the anastomosis is a denial', 'No evidence of recurrence of colon cancer at the anastomosis.', [['colon cancer', 'C189', 'negated']]],
  ['a recurrence denied with no site stays history', 'IMPRESSION: No recurrence of breast cancer.', [['breast cancer', 'Z853', 'history']]],
];

// ANNOTATION.md, round 14: "A statement about a disease in general is not a mention": a finding weighed against what a disease
// usually does ("rather than metastasis, which would be atypical for colorectal cancer", d663) names the disease's behaviour, not
// this patient's diagnosis; the patient's own cancer and the readings weighed keep their entries (table: kidney / Malignant Primary
// C64.-, right → C64.1; Malignant Secondary C79.01).
const behaviourStatements: readonly ReadingCase[] = [
  ['a disease after "atypical for" is no mention', 'Sigmoid colon adenocarcinoma. 5. Enlarging 2.1 cm enhancing R renal lesion, suspicious for RCC (new primary) rather than\nmetastasis, which would be atypical for colorectal cancer.',
    [['Sigmoid colon adenocarcinoma', 'C187', 'present'], ['R renal lesion, suspicious for RCC (new primary) rather than\nmetastasis', 'C7901', 'uncertain'], ['RCC', 'C641', 'uncertain']]],
  ['a disease after "unusual for a" is no mention', 'Sigmoid colon adenocarcinoma. Lung nodule, unusual for a colon cancer.', [['Sigmoid colon adenocarcinoma', 'C187', 'present']]],
];

// ANNOTATION.md, "A bilateral site with no bilateral code ('bilateral pulmonary metastases', C78.01 and C78.02) is null with the
// candidates of the row": an impression that gives the nodules of both lungs in one sentence and reads them in the next
// ("Two new subcentimeter pulmonary nodules (RLL 6 mm, LLL 5 mm). Indeterminate; early pulmonary metastases are not excluded", d663)
// fears metastases of both lungs, not of the nearer one (table: lung / Malignant Secondary C78.0-: null).
const bothLungs: readonly ReadingCase[] = [
  ['nodules of both lungs in the sentence before', 'CRC on FOLFOX.\nIMPRESSION:\n2. Two new subcentimeter pulmonary nodules (RLL 6 mm, LLL 5 mm). Indeterminate; early pulmonary\nmetastases are not excluded.',
    [['CRC', 'null', 'present'], ['pulmonary\nmetastases', 'null', 'uncertain']]],
  ['a nodule of one lung before', 'CRC on FOLFOX.\nIMPRESSION:\n2. New 6 mm LLL nodule. Indeterminate; early pulmonary metastasis is not excluded.',
    [['CRC', 'null', 'present'], ['pulmonary metastasis', 'C7802', 'uncertain']]],
];

// ANNOTATION.md, '"Metastatic melanoma" whose primary's skin site the note documents is two entries' and "Side and sub-site
// documented elsewhere": the restated melanoma takes the one skin site the note documents (Index: Melanoma, skin, trunk C43.59),
// and a relative's melanoma written after another relative's cancer on the family line ("father w/ prostate cancer; no family hx of
// melanoma", d678) does not take that cancer's organ as a skin surface, which would give the note a second melanoma site (Z80.8).
const otherTumourOrgans: readonly ReadingCase[] = [
  ['a family line\'s cancer organ is no skin surface', '58M w/ melanoma of the R upper back. On pembrolizumab.\nFHx: father w/ prostate cancer; no family hx of melanoma.\nAssessment/Plan:\n2. Metastatic melanoma (lung), PR on CT.',
    [['melanoma of the R upper back', 'C4359', 'present'], ['prostate cancer', 'Z8042', 'family'], ['melanoma', 'Z808', 'negated'], ['melanoma', 'C4359', 'present']]],
  ['a body surface on the line stays the lesion\'s', 'L upper back - atypical pigmented lesion; r/o melanoma in situ.', [['melanoma in situ', 'D0359', 'uncertain']]],
];

// ANNOTATION.md, "Lymph node metastasis by region": an imaging report measures and shapes a node between its region and its node
// word ("R level VI 7 mm rounded node with microcalcification, suspicious for metastatic involvement", d671; table: lymph gland, neck /
// Malignant Secondary C77.0; "external iliac 6 mm node": intrapelvic C77.5). Words that are no measurement leave the node unplaced.
const measuredNodes: readonly ReadingCase[] = [
  ['a measured neck node keeps its level', 'R level VI 7 mm rounded node with microcalcification, suspicious for metastatic involvement.',
    [['node with microcalcification, suspicious for metastatic involvement', 'C770', 'uncertain']]],
  ['a measured iliac node keeps its region', 'Left external iliac 6 mm node, suspicious for nodal metastasis.', [['nodal metastasis', 'C775', 'uncertain']]],
];

// ANNOTATION.md, "Codes by assertion" (uncertain: "cannot exclude", Guidelines II.H) and "Side and sub-site documented elsewhere":
// a report reads a finding in the sentence after it, opening with the readings and closing with the hedge ("Persistent 1.9 cm L upper
// lobe pure ground-glass nodule, … unchanged in size from CT chest 01/2025. Adenocarcinoma in situ or minimally invasive
// adenocarcinoma cannot be excluded.", d667). The readings are the nodule's (Index: Adenocarcinoma in situ - see Neoplasm, in situ;
// table: lung / Ca in situ D02.2-, left → D02.22; upper lobe / Malignant Primary C34.1-, left → C34.12), the comparison study's organ
// ("CT chest") is no finding's site, and the readings joined by "or" share the hedge. A sentence that opens with words of its own
// ("In this patient with a prior malignancy, metastasis cannot be excluded", d181) reads no finding by the look-back after a finding;
// round 21 (deniedRound21.test.ts, itemFinding.ts) reads its metastasis at the finding its impression item opens with, as d181's gold
// codes it (table: lung / Malignant Secondary, right C78.01, uncertain).
const hedgedReadings: readonly ReadingCase[] = [
  ['readings after the finding take its site and share the hedge',
    'Lungs (CT): Persistent 1.9 cm L upper lobe pure ground-glass nodule, not PSMA-avid, unchanged in size from CT chest\n01/2025. Adenocarcinoma in situ or minimally invasive adenocarcinoma cannot be excluded.',
    [['Adenocarcinoma', 'D0222', 'uncertain'], ['minimally invasive adenocarcinoma', 'C3412', 'uncertain']]],
  ['an in-situ reading joined by "or" shares the hedge', 'LUL nodule: adenocarcinoma in situ or carcinoid cannot be excluded.',
    [['adenocarcinoma', 'D0222', 'uncertain'], ['carcinoid', 'C7A090', 'uncertain']]],
  // Since round 21 "a prior malignancy" restates the documented breast cancer, Z85.3 (d181's gold; restatedPastCancer.ts),
  // and the item's metastasis is read at its finding (itemFinding.ts).
  ['a sentence opening with words of its own reads its metastasis at the item\'s finding', 'Hx breast ca (R, 2014), letrozole completed 2021.\n2. New 8 mm solid RUL nodule. In this patient with a prior malignancy, metastasis cannot be excluded.',
    [['breast ca', 'Z853', 'history'], ['malignancy', 'Z853', 'history'], ['metastasis', 'C7801', 'uncertain']]],
];

describe('narrative reader: imaging round 17', () => {
  describe('readings after their finding', () => checkReadings(hedgedReadings));
  describe("a node measured between its region and its word", () => checkReadings(measuredNodes));
  describe("another tumour's organ on a skin lesion's line", () => checkReadings(otherTumourOrgans));
  describe('the nodules of both lungs', () => checkReadings(bothLungs));
  describe("a disease's usual behaviour", () => checkReadings(behaviourStatements));
  describe("a recurrence denied in the primary's bed", () => checkReadings(deniedBedRecurrences));
  describe('the word "metastatic" of a spread', () => checkReadings(metastaticWords));
  describe("a site's progression", () => checkReadings(siteProgressions));
  describe("a tracer's avidity", () => checkReadings(tracerAvidity));
  describe('a denial a plan waits on', () => checkReadings(conditionalDenials));
  describe('a reading named as the concern', () => checkReadings(namedConcerns));
  describe("an organ's involvement by lymphoma", () => checkReadings(involvedOrgans));
  describe('a side written before a clock position', () => checkReadings(clockedSides));
  describe("a tracer's nuclide", () => checkReadings(nuclideNames));
  describe("an organ's regional nodes", () => checkReadings(regionalNodes));
  describe('the spread of a NET in its own report', () => checkReadings(netReports));
  describe("a report's comparison with an earlier study", () => checkReadings(comparisons));
  describe("a report's verbless conclusion", () => checkReadings(verblessConclusions));
});
