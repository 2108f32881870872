import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 26 (tuner eye, oral and maxillofacial oncology, batch d1123–d1142): the jaw bones. The table prints the mandible and the
 * maxilla as rows of their own as well as under "bone" (table: mandible / Benign D16.5-, Malignant Primary C41.1; maxilla, maxillary
 * (superior) / Benign D16.4-; bone, mandible D16.5-), and the Index sends the odontogenic tumours to the bone (Index: Ameloblastoma
 * — see also Neoplasm, bone, benign; Carcinoma, ameloblastic C41.1; Tabular D16.5 Benign neoplasm of lower jaw bone, inclusion
 * "Keratocyst of mandible", "Keratocystic odontogenic tumor of mandible"). Codes checked against the FY2025 table and tabular.
 */

// d1137 "Reason for referral: 'expansile radiolucency L mandible on pano - ?cyst ?ameloblastoma'" and "Incisional bx 11/24: ameloblastoma",
// with a "jaw cyst" of the R maxilla named between them: the odontogenic tumour of the documented jaw (D16.5), the biopsy's restating
// the one its words were placed at.
const odontogenicTumours: readonly ReadingCase[] = [
  ['an ameloblastoma asked about after the mandible its line names is the mandible\'s',
    'Reason for referral: "expansile radiolucency L mandible on pano - ?cyst ?ameloblastoma"',
    [['ameloblastoma', 'D165', 'uncertain']]],
  ['a biopsy\'s ameloblastoma restates the one placed at the mandible, a maxillary cyst between them',
    'Reason for referral: "expansile radiolucency L mandible on pano - ?ameloblastoma"\nHPI: swelling L posterior mandible. s/p removal of a jaw cyst R maxilla age 15. Exam: L mandibular expansion.\nIncisional bx 11/24: ameloblastoma, follicular pattern.',
    [['ameloblastoma', 'D165', 'uncertain'], ['ameloblastoma', 'D165', 'present']]],
  ['an OKC in the pre-biopsy differential of a mandibular lesion is the lower jaw bone\'s keratocyst',
    'HPI: multilocular radiolucency L mandible on CBCT.\nAssessment: Pre-bx DDx included OKC and dentigerous cyst.',
    [['OKC', 'D165', 'uncertain']]],
  ['an odontogenic keratocyst of the maxilla is the upper jaw bone\'s (D16.4)',
    'CBCT: unilocular radiolucency R maxilla. Enucleation: odontogenic keratocyst.',
    [['odontogenic keratocyst', 'D164', 'present']]],
];

// Guards: an ameloblastoma written with its jaw keeps it; a jaw cyst is no neoplasm (ANNOTATION.md, "What is a mention"); a long
// bone still places the bone tumour after it (documentedBone.ts, round 20); "okc" not in capitals is no keratocyst.
const guards: readonly ReadingCase[] = [
  ['an ameloblastoma written with its jaw keeps it', 'A/P: Ameloblastoma L mandible.', [['Ameloblastoma L mandible', 'D165', 'present']]],
  ['a removed jaw cyst is no neoplasm', 'PMH: s/p removal of a "jaw cyst" R maxilla age 15 (records unavailable).', []],
  ['a femur before an osteosarcoma still places it', 'MRI L femur: 7 cm lesion distal femur. Core bx: osteosarcoma.', [['osteosarcoma', 'C4022', 'present']]],
  ['"okc" in lower case is no keratocyst', 'Plan: okc, will call.', []],
];

describe('jaw bones (round 26)', () => {
  describe('odontogenic tumours take the documented jaw', () => checkReadings(odontogenicTumours));
  describe('guards', () => checkReadings(guards));
});
