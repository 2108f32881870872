import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Carried sites, round 18 (issue 12): a cancer's side and sub-site read where the note states them. Expected mentions follow
 * test/narrative/corpus/ANNOTATION.md; codes checked against the FY2026 / FY2027 code titles (/work/shared/codesets) and the
 * Table of Neoplasms (FY2025).
 */

// ANNOTATION.md, "Sites and columns": the most specific row the words name. A part written right after its organ ("left breast
// UOQ", "lung RUL") is one site, as one written before it is ("right hilar lung"): table: breast / upper-outer quadrant →
// Malignant Primary C50.41-, Tabular C50.412 Malignant neoplasm of upper-outer quadrant of left female breast; lung / upper lobe
// C34.1-, C34.11 … of upper lobe, right bronchus or lung; lung / hilus C34.0-, C34.01 … of right main bronchus. Dev d724 ("IDC of
// the left breast UOQ"); d185 ("UOQ left breast") is the order the reader already read.
const partAfterOrgan: readonly ReadingCase[] = [
  ['"the left breast UOQ" is the upper-outer quadrant', '61F with IDC of the left breast UOQ.', [['IDC of the left breast UOQ', 'C50412', 'present']]],
  ['"Left breast UOQ IDC" is the upper-outer quadrant', '61F. Left breast UOQ IDC.', [['Left breast UOQ IDC', 'C50412', 'present']]],
  ['"UOQ left breast" stays the upper-outer quadrant', '61F with IDC UOQ left breast.', [['IDC UOQ left breast', 'C50412', 'present']]],
  ['"right hilar lung cancer" stays the hilus', 'Right hilar lung cancer.', [['Right hilar lung cancer', 'C3401', 'present']]],
];

/** Words of a hospital course that name no neoplasm, to put the restated cancer beyond the near context's reach. */
const COURSE = 'Hyponatremia due to SIADH, Na 124 on admission, fluid restricted, tolvaptan given, Na drifted to 116 this evening with new '
  + 'confusion and emesis x2. This evening increased stridor, RR 30s, SpO2 88% on 6L, heliox started, IP consulted for rigid '
  + 'bronchoscopy and possible stent, family updated at bedside.';

// ANNOTATION.md, "Side and sub-site documented elsewhere in the note": a coder codes the most specific site the record documents
// for the encounter ("pancreatic head mass, bx: adenocarcinoma" → "pancreatic cancer" later is C25.0). A mass or tumour the note
// finds at a part of the organ documents that part for the organ's cancer when the cancer's own mentions name none: table: lung /
// upper lobe → Malignant Primary C34.1-, right C34.11; breast / upper-outer quadrant C50.41-, left female C50.412. Two lobes, or a
// mass of the organ as a whole beside one of its part, leave it open: lung → C34.9-, tonsil → C09.9 (Tabular C09.9 Malignant
// neoplasm of tonsil, unspecified). Dev d736 ("RUL mass … EBUS-TBNA stn 4R and 7: small cell carcinoma … extensive-stage SCLC"),
// d715 ("5 cm RUL mass … EBUS bx of the 4R node: small cell carcinoma"), d304 ("L breast: 3 cm firm mass UOQ"); d154 the tonsil.
const lesionSubSites: readonly ReadingCase[] = [
  ['a RUL mass documents the lobe of the SCLC the nodes proved', `63M admitted w/ a RUL mass w/ bulky mediastinal adenopathy. EBUS-TBNA stn 4R and 7: small cell carcinoma. ${COURSE}\nActive Problems:\n1. Extensive-stage small cell lung cancer w/ SVC syndrome`,
    [['carcinoma', 'C771', 'present'], ['lung cancer', 'C3411', 'present']]],
  ['"a mass in the RUL" documents it too', `63M admitted w/ a mass in the RUL and mediastinal adenopathy. EBUS-TBNA stn 7: small cell carcinoma. ${COURSE}\nAssessment: SCLC, extensive stage.`,
    [['carcinoma', 'C771', 'present'], ['SCLC', 'C3411', 'present']]],
  ['a breast mass at the UOQ documents the quadrant', `61F. L breast: 3 cm firm mass UOQ. ${COURSE}\nAssessment: Breast cancer, left, on neoadjuvant chemo.`,
    [['Breast cancer', 'C50412', 'present']]],
  ['masses of two lobes leave the lobe open', `63M w/ RUL mass and LLL mass on CT. EBUS stn 7: small cell carcinoma. ${COURSE}\nAssessment: SCLC, extensive stage.`,
    [['carcinoma', 'C771', 'present'], ['SCLC', 'null', 'present']]],
  ['a mass of the tonsil as a whole leaves its part open', `55M. Exam: 2 cm mass L tonsillar fossa; CT: enhancing mass L palatine tonsil. ${COURSE}\nAssessment: p16+ squamous cell carcinoma of the oropharynx, left tonsil primary.`,
    [['squamous cell carcinoma of the oropharynx, left tonsil', 'C099', 'present'], ['left tonsil primary', 'C099', 'present']]],
];

describe('narrative reader: carried sites round 18', () => {
  describe('a part written right after its organ', () => checkReadings(partAfterOrgan));
  describe('the sub-site of the mass the note found', () => checkReadings(lesionSubSites));
});
