import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Transplant medicine round 24 (issue 12, tuner TX, blind batch d1003-d1022): how transplant notes and registry forms write a
 * recipient's neoplasms. Codes checked against the FY2027 code titles and the Table of Neoplasms (FY2025) in /work/shared/codesets.
 */

// A malignancy the donor organ brought with it is the Table's row "associated with transplanted organ" (Malignant Primary C80.2;
// Tabular C80.2 Malignant neoplasm associated with transplanted organ; Guideline I.C.2.r), not the unknown site (d1009 "Per OPTN
// policy this is a potential donor-derived malignancy transmission event", d1013 "Donor-related malignancy? [N]"). A donor-derived
// cancer named by its type keeps its type (Index: Melanoma (malignant) C43.9; d1009 "If donor-derived melanoma is detected").
const donorDerived: readonly ReadingCase[] = [
  ['a donor-derived malignancy is the transplanted organ\'s malignancy',
    'Background:\nOPO notified us that the donor was found at autopsy to have a malignancy. Per OPTN policy this is a donor-derived malignancy transmission event.',
    [['donor-derived malignancy', 'C802', 'present']]],
  ['a donor-derived cancer named by its type keeps its type',
    'Plan:\n2. If donor-derived melanoma is detected, transplant nephrectomy and stop IS.',
    [['melanoma', 'C439', 'hypothetical']]],
];

// An OPTN/UNOS follow-up form asks each question and answers it in a box at the line's end: "[N]" denies what the question names, as
// a questionnaire's bare "No" does (ANNOTATION.md round 16: a checklist's "[N]" criterion is `negated`), and "[Y]" settles the
// question mark's doubt (d1013 "Donor-related malignancy? [N]", "Lymphoproliferative disease / PTLD? [N]", "De novo ...
// melanoma? [N]"; Tabular D47.Z1 Post-transplant lymphoproliferative disorder (PTLD), C43.9 Malignant melanoma of skin, unspecified).
// A question with no box stays a question (uncertain).
const boxedAnswers: readonly ReadingCase[] = [
  ['a form question answered [N] denies what it names',
    'POST-TRANSPLANT MALIGNANCY (since last report):\n  Donor-related malignancy?                                     [N]\n  Lymphoproliferative disease / PTLD?                           [N]\n  De novo melanoma?                                             [N]\n',
    [['Donor-related malignancy', 'C802', 'negated'], ['Lymphoproliferative disease', 'D479', 'negated'], ['PTLD', 'D47Z1', 'negated'],
      ['melanoma', 'C439', 'negated']]],
  ['a form question answered [Y] is no question',
    'POST-TRANSPLANT MALIGNANCY (since last report):\n  Lymphoproliferative disease / PTLD?                           [Y]\n',
    [['Lymphoproliferative disease', 'D479', 'present'], ['PTLD', 'D47Z1', 'present']]],
  ['a question with no box stays uncertain',
    'Questions:\n  PTLD?\n',
    [['PTLD', 'D47Z1', 'uncertain']]],
];

// A monomorphic PTLD is named by its lymphoma type, which is what a coder codes (Index: Lymphoma, diffuse large B-cell C83.3-; Tabular
// C83.30 Diffuse large B-cell lymphoma, unspecified site), the PTLD beside it one statement with it (the parenthesis rule; d1019
// "Monomorphic PTLD, diffuse large B-cell lymphoma type", "Monomorphic PTLD (DLBCL)"; d1003 "progression to monomorphic PTLD/DLBCL").
// A polymorphic PTLD names no lymphoma type: an untyped "lymphoma" of that note is the patient's PTLD (Tabular D47.Z1; d1003 "Pt
// worried 'the lymphoma is going to spread'"), while in a note whose PTLD is a DLBCL it is the DLBCL (d1019 "no CNS lymphoma" C83.30).
const ptldTypes: readonly ReadingCase[] = [
  ['an untyped lymphoma in a polymorphic PTLD note is the PTLD',
    'Interval hx:\nSeen for f/u of EBV+ polymorphic PTLD dx\'d 10/2026; excisional bx: polymorphic PTLD, EBV positive. Pt worried "the lymphoma is going to come back".\nA/P: EBV+ polymorphic PTLD. If progression to monomorphic PTLD/DLBCL, start R-CHOP.',
    [['PTLD', 'D47Z1', 'present'], ['PTLD', 'D47Z1', 'present'], ['lymphoma', 'D47Z1', 'uncertain'], ['PTLD', 'D47Z1', 'present'], ['DLBCL', 'C8330', 'hypothetical']]],
  ['a monomorphic PTLD named by its lymphoma type is that lymphoma, and types the untyped lymphoma',
    'Pathology:\nMonomorphic PTLD, diffuse large B-cell lymphoma type (non-GCB), EBV positive.\nMRI brain: no CNS lymphoma.\nBoard recommendation:\n1. Monomorphic PTLD (DLBCL), EBV+, stage IV.',
    [['diffuse large B-cell lymphoma', 'C8330', 'present'], ['CNS lymphoma', 'C8330', 'negated'], ['DLBCL', 'C8330', 'present']]],
];

// A Merkel cell carcinoma written without its site is the one the encounter documents at one skin site, as a melanoma is (ANNOTATION.md,
// side and sub-site documented elsewhere in the note; Index: Carcinoma, Merkel cell, face C4A.3-; Tabular C4A.39 Merkel cell carcinoma
// of other parts of face; d1016 "Derm excisional bx 10/06: Merkel cell carcinoma … residual MCC … Merkel cell carcinoma R cheek").
// Two documented sites leave it unspecified (Tabular C4A.9).
const merkelSite: readonly ReadingCase[] = [
  ['a site-less Merkel cell carcinoma takes the one documented site',
    'HPI: Derm excisional bx 10/06: Merkel cell carcinoma, 1.8 cm, margins involved. WLE 10/27: residual MCC 0.4 cm, margins clear.\nImpression:\n1. Merkel cell carcinoma R cheek, pT1 N0.',
    [['Merkel cell carcinoma', 'C4A39', 'present'], ['MCC', 'C4A39', 'present'], ['Merkel cell carcinoma R cheek', 'C4A39', 'present']]],
  ['two documented Merkel sites leave a site-less one unspecified',
    'HPI: Derm bx: Merkel cell carcinoma. Prior Merkel cell carcinoma L forearm 2019.\nImpression:\n1. Merkel cell carcinoma R cheek.',
    [['Merkel cell carcinoma', 'C4A9', 'present'], ['Merkel cell carcinoma L forearm', 'Z85821', 'history'], ['Merkel cell carcinoma R cheek', 'C4A39', 'present']]],
];

// A liver transplant removes the whole native liver, so the HCC it was done for is excised from its site (Guideline I.C.2.d): its
// statements are its personal history (Tabular Z85.05 Personal history of malignant neoplasm of liver), also where a new lesion is
// weighed as its spread ("probable extrahepatic HCC recurrence": the former primary is history, ANNOTATION.md round 20), while a plan
// conditional on it keeps its words' code (Index: Carcinoma, hepatocellular C22.0; d1014 "OLT 02/2024 (DBD) for HCC … 3 HCC lesions …
// post-LT for HCC … probable extrahepatic HCC recurrence … if HCC confirmed"). A transplant still to come removes nothing (d1004
// "eval for OLT").
const transplantedLiver: readonly ReadingCase[] = [
  ['the HCC a liver was transplanted out for is its history',
    'Liver Transplant Clinic\n57 yo M | OLT 02/2024 (DBD) for HCC in HBV cirrhosis\n\nOncologic History:\n- 2023: 3 HCC lesions, within Milan; TACE x1 bridging.\n\nAssessment/Plan:\n2.5 yrs post-LT for HCC, now RLL nodules and a rib lesion - probable extrahepatic HCC recurrence.\n- CT-guided bx of rib lesion; if HCC confirmed -> systemic therapy.',
    [['HCC', 'Z8505', 'history'], ['HCC', 'Z8505', 'history'], ['HCC', 'Z8505', 'history'], ['HCC', 'Z8505', 'history'], ['HCC', 'C220', 'hypothetical']]],
  ['an HCC evaluated for a transplant to come stays present',
    'LIVER TRANSPLANT EVALUATION\nReason for referral: HCC in setting of HCV cirrhosis, eval for OLT.\nA/P: HCC within Milan; list for liver transplant for HCC with MELD exception.',
    [['HCC', 'C220', 'present'], ['HCC', 'C220', 'present'], ['HCC', 'C220', 'present']]],
];

// "Visceral" Kaposi sarcoma names the viscera as a class, no one organ with a C46 code of its own: Tabular C46.7 Kaposi's sarcoma of
// other sites (d1010 "Iatrogenic (post-transplant) Kaposi sarcoma, cutaneous … no visceral KS"), as viscera NEC is C79.89 for spread
// (ANNOTATION.md h40), not the skin (C46.0) a body surface of the table's ill-defined sites gives; a shin keeps the skin.
const visceralKaposi: readonly ReadingCase[] = [
  ['a visceral Kaposi sarcoma is of other sites',
    'A/P: Kaposi sarcoma of the L shin; no visceral KS.',
    [['Kaposi sarcoma of the L shin', 'C460', 'present'], ['visceral KS', 'C467', 'negated']]],
  // The eponym alone is the sarcoma (Index: Sarcoma, Kaposi's, gastrointestinal organ C46.4; d1010 "random bx negative - no GI Kaposi");
  // Kaposi varicelliform eruption is eczema herpeticum (B00.0), no neoplasm.
  ['the eponym alone is the Kaposi sarcoma', 'EGD + colonoscopy 10/20: no mucosal lesions; random bx negative - no GI Kaposi.', [['GI Kaposi', 'C464', 'negated']]],
  ['Kaposi varicelliform eruption is no neoplasm', 'Derm: Kaposi varicelliform eruption resolved on acyclovir.', []],
];

describe('narrative reader: transplant medicine round 24', () => {
  describe('a visceral Kaposi sarcoma is of other sites', () => checkReadings(visceralKaposi));
  describe('an HCC whose liver was transplanted out is history', () => checkReadings(transplantedLiver));
  describe('a donor-derived malignancy is C80.2', () => checkReadings(donorDerived));
  describe('a registry form\'s boxed answer settles its question', () => checkReadings(boxedAnswers));
  describe('a PTLD and its lymphoma type', () => checkReadings(ptldTypes));
  describe('a Merkel cell carcinoma takes its documented site', () => checkReadings(merkelSite));
});
