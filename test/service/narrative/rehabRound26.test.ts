import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';
import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 26 (tuner R, cancer rehabilitation and allied health, dev batch d1163-d1182): how physiatry, therapy, social work and
 * case management notes write. Codes checked against the FY2027 code titles (/work/shared/codesets) and the Table of Neoplasms.
 */

// A precaution forbids an activity; its "no" is an order, and the cancer named as its reason is as the note documents it (table:
// bone / Malignant Secondary C79.51, vertebra and rib under bone; brain NEC / Secondary C79.31; d1163 "No lifting w/ spinal
// flexion/twisting (T8, L2 mets)", d1182 "no resistive exercise RLE or trunk rotation (rib, T12 mets)"). A finding denied with
// its own "no" in the same line stays denied (table: epidural / Secondary C79.49, bone C79.51).
const precautions: readonly ReadingCase[] = [
  ['a lifting restriction does not deny the vertebral mets it is written for',
    'Recommendations / Precautions:\n- WBAT LLE per ortho onc. NO resistive exercise to L femur or pelvis. No lifting w/ spinal flexion/twisting (T8, L2 mets).\n- Spinal precautions until spine onc clears. Fall precautions.',
    [['T8, L2 mets', 'C7951', 'present']]],
  ['a resistive exercise restriction does not deny the bone mets in its parenthesis',
    'Precautions: posterior hip, no resistive exercise RLE or trunk rotation (rib, T12 mets), fall.',
    [['rib, T12 mets', 'C7951', 'present']]],
  ['a driving restriction does not deny the brain mets it is written for',
    'Precautions: no driving per neuro onc (brain mets), fall risk.',
    [['brain mets', 'C7931', 'present']]],
  ['guard: a study\'s own "no" after a restriction still denies',
    'Precautions: no lifting >10 lb. MRI spine 11/28: no epidural mets.',
    [['epidural mets', 'C7949', 'negated']]],
  ['guard: a limb protected from needles leaves a later denial its own',
    'Precautions: no BP or venipuncture L arm. CT C/A/P: no bone mets.',
    [['bone mets', 'C7951', 'negated']]],
];

// "AIS" before a grade letter is the ASIA Impairment Scale of a spinal cord injury (ISNCSCI grades A to E), no lung
// adenocarcinoma in situ (d1172 "AIS D, NLI T9", "incomplete paraplegia (AIS D)"); the prostate cancer stays (table: prostate /
// Malignant Primary C61). A pathology "AIS" of the lung keeps Tabular D02.21 Carcinoma in situ of right bronchus and lung.
const asiaScale: readonly ReadingCase[] = [
  ['an ASIA grade is no adenocarcinoma in situ',
    'Exam: Rectal: tone present.\nAIS D, NLI T9.\n\nAssessment & Plan:\n72M w/ mCRPC and T10 metastatic epidural cord compression, incomplete paraplegia (AIS D), neurogenic bladder.',
    [['mCRPC', 'C61', 'present']]],
  ['guard: a lung resection\'s AIS stays the lung\'s in-situ adenocarcinoma',
    'Path: RUL wedge resection: AIS, 1.4 cm, margins negative.',
    [['AIS', 'D0221', 'present']]],
];

// "Cancer rehabilitation" names the specialty, as a cancer center or survivorship does (ANNOTATION.md: names of clinics and
// services are not mentions; d1181's title "CANCER REHABILITATION - PHYSIATRY FOLLOW-UP"). A site-less cancer told as history
// keeps Z85.9 Personal history of malignant neoplasm, unspecified.
const rehabService: readonly ReadingCase[] = [
  ['a cancer rehabilitation title is no history of cancer',
    'CANCER REHABILITATION - PHYSIATRY FOLLOW-UP\n12/03/2026   Survivorship / Late Effects Rehab Clinic\n\nDx: Radiation fibrosis syndrome',
    []],
  ['guard: a site-less cancer of the past history stays Z85.9',
    'PMH: HTN. Hx of cancer, type unknown, treated 2010.',
    [['cancer', 'Z859', 'history']]],
];

// A dietitian's PES statement writes the problem's etiology after "r/t" (related to), and "2/2" is "secondary to": what follows
// is the cause, as after NegEx's "secondary to", so a cue before them speaks of the problem only (d1168 "suspected exocrine
// pancreatic insufficiency 2/2 pancreatic adenocarcinoma": table: pancreas / Malignant Primary C25.9; stomach C16.9). A hedge
// on the cause itself still reads it.
const abbreviatedCauses: readonly ReadingCase[] = [
  ['a suspected problem does not hedge the cancer written as its cause after "2/2"',
    'Nutrition Diagnosis (PES):\n1. Severe protein-calorie malnutrition r/t cancer cachexia, early satiety and suspected exocrine pancreatic insufficiency 2/2 pancreatic adenocarcinoma, AEB above.',
    [['pancreatic adenocarcinoma', 'C259', 'present']]],
  ['a suspected problem does not hedge the cancer written as its etiology after "r/t"',
    'Nutrition Dx: Suspected malabsorption r/t pancreatic adenocarcinoma s/p Whipple, AEB steatorrhea.',
    [['pancreatic adenocarcinoma', 'C259', 'present']]],
  ['a denied symptom does not deny the cancer written as its cause after "2/2"',
    'A: No appetite 2/2 metastatic gastric cancer on FOLFOX.',
    [['gastric cancer', 'C169', 'present']]],
  ['guard: a differential on the cause itself stays uncertain',
    'A: Wt loss, likely 2/2 recurrent lymphoma vs depression.',
    [['lymphoma', 'C8590', 'uncertain']]],
];

describe('rehab round 26: a precaution\'s "no" forbids an activity and denies nothing', () => checkReadings(precautions));
describe('rehab round 26: "r/t" and "2/2" introduce a cause', () => checkReadings(abbreviatedCauses));
describe('rehab round 26: "AIS" before a grade is the ASIA Impairment Scale', () => checkReadings(asiaScale));
describe('rehab round 26: "cancer rehabilitation" names a service', () => checkReadings(rehabService));

/** The section name of each mention the reader finds in `text`, in order (null outside any section). */
function mentionSections(text: string): (string | null)[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => mention.section?.name ?? null);
}

type SectionCase = readonly [title: string, text: string, sections: readonly (string | null)[]];

function checkSections(cases: readonly SectionCase[]): void {
  for (const [title, text, sections] of cases) it(title, () => assert.deepEqual(mentionSections(text), sections));
}

// ANNOTATION.md's header table: "a referral line with its reason … followed by a quoted reason" is Chief Complaint, and a
// referring diagnosis ("Referring Dx") is Diagnoses. A therapy order copied with its quoted reason is such a referral line
// (d1164 'Order: "PT eval & treat - lung ca w/ brain mets …"', d1180 'Order reason: "B LE lymphedema … for vulvar cancer …"'),
// and a referral's diagnosis the referring diagnosis (d1166 'Referral Dx: "C01 - SCC base of tongue …"').
const referralLines: readonly SectionCase[] = [
  ['a therapy order quoting its reason is the chief complaint',
    'PHYSICAL THERAPY INITIAL EVALUATION\nReferring: Hospitalist (Dr. Baptiste)\nOrder: "PT eval & treat - lung ca w/ brain mets, s/p SRS, unsteady gait"\nMedical Dx: Non-small cell lung cancer, RUL',
    ['Chief Complaint', 'Chief Complaint', 'Diagnoses']],
  ['an order reason quoting the order is the chief complaint',
    'LYMPHEDEMA EVAL\nOrdering: Dr. Sandoval (Gyn Onc)\nOrder reason: "B LE lymphedema s/p vulvectomy + B IFLND for vulvar cancer. Eval and treat, CDT."',
    ['Chief Complaint']],
  ['a referral diagnosis is the referring diagnosis',
    'MBSS REPORT\nReferral Dx: "C01 - SCC base of tongue, p16+, completed chemoRT; dysphagia"\nTreatment Dx: R13.13 Dysphagia',
    ['Diagnoses']],
  ['guard: a referral quoting its reason stays the chief complaint',
    'NEUROSURGERY CONSULT\nReferral: "sellar mass on MRI, r/o pituitary adenoma"\n\nHPI: 45F with headaches.',
    ['Chief Complaint']],
];

// The genre's own labels, read by what they mean (ANNOTATION.md, rule 3): a social worker's "Pt's understanding:" is the
// patient's account of the illness (History of Present Illness, d1171), "Coping/MH:" the psychosocial report and "Support:" who
// supports the patient (Social History, d1171); a case manager's "Clinical per team:" is the team's clinical course (History of
// Present Illness, d1175); a team conference's "Medical (Dr. X, PM&R):" is the physician's update (Assessment, the table's
// "Medical Update Given"), its "Psych/SW:" the psychosocial report (Social History) and "Precautions:" care instructions (Plan,
// d1182). A bare "Medical:" stays unread: other notes write it for the past conditions (d934).
const genreLabels: readonly SectionCase[] = [
  ['a social worker\'s understanding and coping labels',
    'ONCOLOGY SOCIAL WORK\nDx: IgG kappa multiple myeloma, on D-VRd.\nPt\'s understanding: "It\'s a blood cancer they can treat but not cure."\nTransportation: does not drive.\nCoping/MH: PHQ-9 = 12. Father died of "bone cancer" in his 60s.',
    ['Diagnoses', 'History of Present Illness', 'Social History']],
  ['a social worker\'s support line is the social history',
    'ONCOLOGY SOCIAL WORK\nDx: IgG kappa multiple myeloma, on D-VRd.\nTransportation: does not drive. Son works days.\nSupport: Son; sister in Ohio (she had breast cancer, "all clear now" per pt) calls daily.',
    ['Diagnoses', 'Social History']],
  ['guard: a listed support item closing a plan leaves the plan\'s problems their section',
    'Assessment and Plan:\n1. Metastatic pancreatic cancer - hospice discussed.\n8. Support: chaplain contacted, SW for caregiver support.',
    ['Assessment and Plan']],
  ['a case manager\'s clinical update ends the barriers\' medication line',
    'CASE MANAGEMENT NOTE\nPrimary dx: AML w/ FLT3-ITD, in CR1\nBarriers:\n- Meds: posaconazole, tacrolimus.\nClinical per team: engrafted D+17, skin bx 11/21: acute GVHD grade 2, no leukemia cutis.',
    ['Diagnoses', 'History of Present Illness']],
  ['a team conference\'s physician, psychosocial and precaution lines',
    'IRF TEAM CONFERENCE\nAdmitting dx: Pathologic fx R femoral neck\n\nMedical (Dr. Lindqvist-Abara, PM&R):\nClear cell RCC of the L kidney, s/p L radical nephrectomy 2022; on cabozantinib.\n\nPT: WBAT RLE.\nPsych/SW: adjusting. Son (41) recently dx w/ kidney cancer as well.\nPrecautions: posterior hip, no resistive exercise RLE or trunk rotation (rib, T12 mets), fall.',
    ['Assessment', 'Social History', 'Plan']],
  ['guard: a bare "Medical:" label stays in the block above it',
    'TEAM MEETING\nFHx: none.\n\nMedical: DM2, HTN. Cutaneous melanoma L upper back 2018, wide excision, NED.',
    ['Family History']],
];

describe('rehab round 26: referral and order lines', () => checkSections(referralLines));
describe('rehab round 26: the genre\'s own labels open the sections they mean', () => checkSections(genreLabels));
