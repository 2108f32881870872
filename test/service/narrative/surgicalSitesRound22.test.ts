import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Surgical sites round 22 (issue 12, tuner E): the blind batch of neurosurgery, orthopaedic, ocular, thoracic and endocrine
 * surgery notes (d923–d942). Codes checked against the FY2027 code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// An untyped "lymphoma" in a note that documents a MALT lymphoma is that lymphoma (ANNOTATION.md, an untyped leukemia or lymphoma
// takes the type its note documents; Tabular C88.4- Extranodal marginal zone B-cell lymphoma of mucosa-associated lymphoid tissue
// [MALT-lymphoma]), and a report's "EXTRANODAL MARGINAL ZONE LYMPHOMA" is that Tabular title (d936 "L orbital mass, incisional biopsy:
// EXTRANODAL MARGINAL ZONE LYMPHOMA OF MUCOSA-ASSOCIATED LYMPHOID TISSUE (MALT LYMPHOMA) … L superior fornix conjunctiva, biopsy:
// involved by the same lymphoma", its ddx "lymphoma vs reactive lymphoid hyperplasia"). A denied transformation to DLBCL types nothing.
const maltLymphomaType: readonly ReadingCase[] = [
  ['a report\'s extranodal marginal zone lymphoma and its untyped restatement are the MALT lymphoma',
    'Path: L orbital mass, incisional biopsy: EXTRANODAL MARGINAL ZONE LYMPHOMA. No evidence of transformation to DLBCL.\nConjunctiva, biopsy: involved by the same lymphoma.\nA/P: L ocular adnexal MALT lymphoma, stage IE.',
    [['EXTRANODAL MARGINAL ZONE LYMPHOMA', 'C8840', 'present'], ['DLBCL', 'C8330', 'negated'], ['lymphoma', 'C8840', 'present'], ['MALT lymphoma', 'C8840', 'present']]],
  ['a differential\'s lymphoma proven a MALT lymphoma takes its type',
    'Ddx: lymphoma vs reactive hyperplasia.\nPath: MALT lymphoma of the orbit.',
    [['lymphoma', 'C8840', 'uncertain'], ['MALT lymphoma', 'C8840', 'present']]],
];

// Desmoid-type fibromatosis is the desmoid tumour's pathology name (ANNOTATION.md, "Desmoid"; Index: Desmoid — see Neoplasm,
// connective tissue, uncertain behavior; Tabular D48.111 Desmoid tumor of chest wall), and a compound position between the side
// and the site keeps the site's row (d939 "Desmoid tumor, L anterolateral chest wall", "core bx: desmoid-type fibromatosis",
// "Chest wall, left, en bloc resection: DESMOID-TYPE FIBROMATOSIS"). Familial adenomatous polyposis is its own Tabular code
// (D13.91 Familial adenomatous polyposis; d939 "familial adenomatous polyposis … for FAP", d686 "No hx of FAP").
const desmoidAndPolyposis: readonly ReadingCase[] = [
  ['a desmoid with a compound position before its site', 'Preoperative diagnosis: Desmoid tumor, L anterolateral chest wall (core bx proven).',
    [['Desmoid tumor, L anterolateral chest', 'D48111', 'present']]],
  ['desmoid-type fibromatosis at the mass\'s site', 'Chest wall mass 2024 -> core bx: desmoid-type fibromatosis, beta-catenin nuclear +.',
    [['desmoid-type fibromatosis', 'D48111', 'present']]],
  ['familial adenomatous polyposis and FAP', 'Indication: 36F w/ familial adenomatous polyposis s/p total proctocolectomy/IPAA 2015 for FAP.',
    [['familial adenomatous polyposis', 'D1391', 'present'], ['FAP', 'D1391', 'present']]],
  ['a denied FAP', 'PMH: hypothyroid. No hx of FAP.', [['FAP', 'D1391', 'negated']]],
];

// A meningioma's WHO grade written before it in short: grade 2 is the atypical meningioma (ICD-O 9539/1; table: meninges, cerebral /
// Uncertain Behavior D42.0), grade 3 the anaplastic one (Index: Meningioma, malignant — see Neoplasm, meninges, malignant; table:
// meninges, cerebral / Malignant Primary C70.0) (d925 "GTR of a WHO 2 meningioma").
const gradedMeningioma: readonly ReadingCase[] = [
  ['a WHO 2 meningioma is of uncertain behaviour',
    'Right frontal craniotomy for dural-based lesion. Addendum: Path reviewed w/ pt. GTR of a WHO 2 meningioma - will present at board.',
    [['WHO 2 meningioma', 'D420', 'present']]],
  ['a WHO grade 3 meningioma is malignant', 'Assessment: R parietal convexity WHO grade 3 meningioma, s/p resection.',
    [['parietal convexity WHO grade 3 meningioma', 'C700', 'present']]],
];

// A working diagnosis held "until proven otherwise" is suspected, not established (Guideline IV.H; ANNOTATION.md, uncertain):
// d937 "anterior mediastinal mass = thymoma until proven otherwise" (Index: Thymoma (benign) D15.0).
const untilProvenOtherwise: readonly ReadingCase[] = [
  ['a diagnosis held until proven otherwise is uncertain',
    'Assessment: 48M w/ MG and a 4.3 cm encapsulated anterior mediastinal mass = thymoma until proven otherwise (stage I-II on imaging). Thymic carcinoma is less likely.',
    [['thymoma', 'D150', 'uncertain'], ['Thymic carcinoma', 'C37', 'uncertain']]],
];

// The Index sends a neurofibroma to the nerve (Neurofibroma — see Neoplasm, nerve, benign), so the skin it lies in names only its
// region's peripheral nerves: table: nerve, peripheral NEC, trunk / Benign D36.17; with no region, nerve, peripheral NEC D36.10 (d942
// "multiple cutaneous neurofibromas (trunk)", "~40 cutaneous neurofibromas"). ANNUBP (atypical neurofibromatous neoplasm of uncertain
// biologic potential) is a neurofibroma of the nerve, never of an organ its sentence names (d942 "ratio >2.5 to liver) … MPNST vs ANNUBP").
const nerveSheathSites: readonly ReadingCase[] = [
  ['a cutaneous neurofibroma of the trunk is of the trunk\'s peripheral nerves', 'Also: multiple cutaneous neurofibromas (trunk) - bothersome cosmetically.',
    [['cutaneous neurofibromas', 'D3617', 'present']]],
  ['a cutaneous neurofibroma of no region is of the peripheral nerves', 'Exam: multiple CALMs, ~40 cutaneous neurofibromas.',
    [['cutaneous neurofibromas', 'D3610', 'present']]],
  ['ANNUBP is a neurofibroma of the nerve', 'Assessment: new FDG-avid nodule (SUV ratio >2.5 to liver) - high suspicion for MPNST vs ANNUBP.',
    [['MPNST', 'C479', 'uncertain'], ['ANNUBP', 'D3610', 'uncertain']]],
];

// The atypical parathyroid tumour (WHO 2022) is of uncertain behaviour: table: parathyroid / Uncertain Behavior D44.2 (Tabular D44.2
// Neoplasm of uncertain behavior of parathyroid gland); a pathologist's "features fall short of" a diagnosis declines it, as "does not
// support" does (ANNOTATION.md round 18: negated) (d941 "ATYPICAL PARATHYROID TUMOR … COMMENT: Features fall short of parathyroid carcinoma").
const atypicalParathyroid: readonly ReadingCase[] = [
  ['an atypical parathyroid tumour and a carcinoma it falls short of',
    'FINAL DIAGNOSIS:\nA. L inferior parathyroid, excision:\n   ATYPICAL PARATHYROID TUMOR, 3.4 cm.\nCOMMENT: Features fall short of parathyroid carcinoma (WHO 2022 needs invasion or metastasis).',
    [['ATYPICAL PARATHYROID TUMOR', 'D442', 'present'], ['parathyroid carcinoma', 'C750', 'negated']]],
  ['a diagnosis whose criteria are not met is denied', 'Marrow: plasma cells 8%, does not meet criteria for multiple myeloma.', [['multiple myeloma', 'C9000', 'negated']]],
];

// A relative's benign neoplasm of either side is no family history (ANNOTATION.md, "What is a mention"; d901 "No FHx of
// pheo/paraganglioma"), and "pheo" is the pheochromocytoma (Index: Pheochromocytoma — see Neoplasm, benign, by site; table: adrenal,
// medulla / Benign D35.0-; d517 "pheo excluded", d940 "screening for pheo"). Round 23: with no side it is the Index's unspecified
// site, D35.00 (ANNOTATION.md, "A pheochromocytoma whose words name no site is D35.00"; `sidelessIndexCode.ts`).
const relativesBenignAndPheo: readonly ReadingCase[] = [
  ['a denied pheo takes no side', 'Plan: cortisol excluded; pheo excluded (nl metanephrines).', [['pheo', 'D3500', 'negated']]],
  ['a relative\'s side-less pheo is no family history', 'FHx: Mother - HTN. No FHx of pheo/paraganglioma.', [['paraganglioma', 'D447', 'negated']]],
];

// A meningioma weighed beside a pituitary tumour lies inside the skull: table: meninges, cerebral / Benign D32.0 (Index: Meningioma —
// see Neoplasm, meninges, benign); a prolactinoma by its size is a prolactinoma (Index: Prolactinoma D35.2; table: pituitary / Benign
// D35.2) (d928 "Pituitary macroadenoma with chiasmal compression. Craniopharyngioma and meningioma considered less likely", "argues
// against a macroprolactinoma").
const sellarMeningioma: readonly ReadingCase[] = [
  ['a meningioma in a pituitary differential is of the cerebral meninges, a macroprolactinoma of the pituitary',
    'Imp: Pituitary macroadenoma with chiasmal compression. Craniopharyngioma and meningioma considered less likely. Prolactin level argues against a macroprolactinoma.',
    [['Pituitary macroadenoma', 'D352', 'present'], ['Craniopharyngioma', 'D444', 'uncertain'], ['meningioma', 'D320', 'uncertain'], ['macroprolactinoma', 'D352', 'uncertain']]],
];

// An examination line labelled with an eye ("DFE OD:", "OD:") is about that eye through its later sentences on the line (ANNOTATION.md,
// "Side and sub-site documented elsewhere in the note"; table: choroid / Benign, right D31.31), but not past a blank line or a header;
// an eye examination's "no DR." (diabetic retinopathy) ends its sentence, since a title never follows "no" (d933 "DFE OD: normal. Flat
// choroidal nevus 1.5 DD superonasal", d934 "OD: no DR. Flat choroidal nevus along inferior arcade").
const eyeLabelledLines: readonly ReadingCase[] = [
  ['an eye label reaches the later sentences of its line', 'DFE OD: normal. Flat choroidal nevus 1.5 DD superonasal, no drusen.',
    [['choroidal nevus', 'D3131', 'present']]],
  ['"no DR." ends its sentence', 'Dilated fundus:\nOD: no DR. Flat choroidal nevus along inferior arcade, stable.', [['choroidal nevus', 'D3131', 'present']]],
  ['an eye label does not reach past a blank line and a header', 'OD: normal.\n\nImpression: choroidal nevus, low risk.',
    [['choroidal nevus', 'null', 'present']]],
  ['"Dr." before a name still ends no sentence', 'Seen by Dr. Smith. Choroidal nevus OS.', [['Choroidal nevus', 'D3132', 'present']]],
];

// A side written for the eye is the side of its coats (table: choroid / Malignant Primary, left C69.32; Benign, left D31.32): d933
// referral "L eye pigmented choroidal mass, r/o melanoma", d879 "Choroidal nevus L eye", d616 "conjunctival carcinoma in situ" of the R eye.
const eyeSideOfItsParts: readonly ReadingCase[] = [
  ['the eye\'s side is its choroid\'s', 'Referred by: Dr. M. Achebe (retina) - "L eye pigmented choroidal mass, r/o melanoma"', [['melanoma', 'C6932', 'uncertain']]],
];

describe('surgical sites, round 22', () => {
  describe('the MALT lymphoma an untyped lymphoma restates', () => checkReadings(maltLymphomaType));
  describe('desmoid-type fibromatosis and familial adenomatous polyposis', () => checkReadings(desmoidAndPolyposis));
  describe('a meningioma graded before its name', () => checkReadings(gradedMeningioma));
  describe('a diagnosis held until proven otherwise', () => checkReadings(untilProvenOtherwise));
  describe('nerve sheath tumours at the nerve', () => checkReadings(nerveSheathSites));
  describe('an atypical parathyroid tumour and a declined carcinoma', () => checkReadings(atypicalParathyroid));
  describe('a relative\'s side-less benign neoplasm, and pheo', () => checkReadings(relativesBenignAndPheo));
  describe('a sellar meningioma and a macroprolactinoma', () => checkReadings(sellarMeningioma));
  describe('an eye-labelled examination line', () => checkReadings(eyeLabelledLines));
  describe('the eye\'s side is its parts\' side', () => checkReadings(eyeSideOfItsParts));
});
