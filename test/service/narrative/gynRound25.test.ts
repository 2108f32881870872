import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 25 (issue 12, tuner gyn): the gynaecologic oncology batch d1063–d1082. Codes checked against the FY2027 code titles
 * (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// The uterus with no part written (C55, "uterus, part unspecified") is the whole of the corpus uteri whose parts the Table prints
// under C54 (table: endometrium / Malignant Primary C54.1, myometrium C54.2), so a "uterine" cancer takes the one part of the
// corpus the note documents for it (ANNOTATION.md, "Side and sub-site documented elsewhere in the note"; Tabular C54.1 Malignant
// neoplasm of endometrium). d1080 "Diagnosis: Uterine serous carcinoma … c/w endometrial primary" (gold C54.1 for each uterine
// serous carcinoma). Guards: the depth of a carcinoma's invasion of the wall ("myometrial invasion") documents no part, so the
// uterus stays C55; a uterine serous carcinoma alone stays C55 (vocabularyRound6.test.ts).
const documentedCorpusPart: readonly ReadingCase[] = [
  ['a uterine serous carcinoma takes the endometrium the note documents',
    'Diagnosis: Uterine serous carcinoma, FIGO stage IIIA, p53 abnormal.\n- 03/2024 TLH/BSO: serous carcinoma, peritoneal washings positive, c/w endometrial primary.',
    [['Uterine serous carcinoma', 'C541', 'present'], ['endometrial primary', 'C541', 'present']]],
  ['an endometrial adenocarcinoma makes a later uterine cancer the endometrium\'s',
    'Path: endometrioid adenocarcinoma of the endometrium, FIGO grade 1.\nA/P: uterine cancer, stage IA; discussed surveillance.',
    [['adenocarcinoma of the endometrium', 'C541', 'present'], ['uterine cancer', 'C541', 'present']]],
  ['myometrial invasion documents no part of the uterus',
    'Diagnosis: Uterine serous carcinoma, FIGO stage IIIA, p53 abnormal.\n- 03/2024 TLH/BSO: serous carcinoma, 4 cm, >50% myometrial invasion.',
    [['Uterine serous carcinoma', 'C55', 'present'], ['carcinoma', 'C55', 'present']]],
];

// A layer of the corpus written with the uterus is where in the uterus the tumour is: the Table prints the layers as rows of their
// own beside "uterus, uteri, uterine" (myometrium / Malignant Primary C54.2, Tabular C54.2 Malignant neoplasm of myometrium;
// ANNOTATION.md round 16: "A uterine leiomyosarcoma 'arising in myometrium' is C54.2", h237), and the note's later uterine LMS and
// uterine tumour take it. "LMS" is the sarcoma clinics' abbreviation of leiomyosarcoma (Index: Leiomyosarcoma — see Neoplasm,
// connective tissue, malignant), "USC" gynaecologic oncology's of a uterine serous carcinoma (d1080 "USC 4 cm, >50% MI", gold
// C54.1 with the note's "c/w endometrial primary"). d1072 "uterine leiomyosarcoma arising in myometrium … 47F with uterine LMS …, with residual uterine
// tumor" (gold C54.2 each). Guards: a uterine leiomyosarcoma with no layer written stays C55 (d559), a retroperitoneal LMS is
// the retroperitoneum's connective tissue (table: connective tissue, retroperitoneum / Malignant Primary C48.0).
const corpusLayer: readonly ReadingCase[] = [
  ['a leiomyosarcoma arising in the myometrium and its restatements are the myometrium\'s',
    'Our GYN path review (11/12): uterine leiomyosarcoma arising in myometrium, 14 mitoses/10 HPF.\nA/P: 47F with uterine LMS, morcellated, with residual uterine tumor.',
    [['uterine leiomyosarcoma arising in myometrium', 'C542', 'present'], ['uterine LMS', 'C542', 'present'], ['uterine tumor', 'C542', 'present']]],
  ['a uterine leiomyosarcoma with no layer written keeps the uterus',
    'A/P: uterine leiomyosarcoma, stage IB, s/p TAH.',
    [['uterine leiomyosarcoma', 'C55', 'present']]],
  ['a USC takes the endometrium the note documents',
    'Dx: USC, stage IIIA. Path: serous carcinoma c/w endometrial primary.',
    [['USC', 'C541', 'present'], ['endometrial primary', 'C541', 'present']]],
  ['the university a patient is referred from is no USC',
    'Referred from USC Keck for a second opinion.',
    []],
  ['a retroperitoneal LMS is the retroperitoneum\'s',
    'A/P: retroperitoneal LMS, 12 cm, for neoadjuvant RT.',
    [['retroperitoneal LMS', 'C480', 'present']]],
];

// "STUMP" in capitals is a smooth muscle tumour of uncertain malignant potential (Index: Tumor, smooth muscle, uncertain malignant
// potential), not the Table's "stump, cervical" row (C53.8), so it labels no other tumour of its sentence the cervical stump's.
// d1072 'Outside path … "smooth muscle tumor of uncertain malignant potential (STUMP) vs leiomyosarcoma"' (gold C54.2 for the
// leiomyosarcoma, the reader's C53.8 before). Guards: a cervical stump written with its organ is still C53.8, and a uterine STUMP
// is still the uterus's (table: uterus / Uncertain Behavior D39.0).
const stumpAbbreviation: readonly ReadingCase[] = [
  ['the abbreviation STUMP names no cervical stump for the leiomyosarcoma beside it',
    'HISTORY: Outside path read as "smooth muscle tumor of uncertain malignant potential (STUMP) vs leiomyosarcoma". Our path review: uterine leiomyosarcoma arising in myometrium.',
    [['uterine leiomyosarcoma arising in myometrium', 'C542', 'present']]],
  ['a cervical stump written with its organ is the cervical stump',
    'CERVICAL STUMP: SQUAMOUS CELL CARCINOMA.',
    [['SQUAMOUS CELL CARCINOMA', 'C538', 'present']]],
  ['a uterine STUMP is the uterus\'s',
    'Dx: uterine STUMP, s/p myomectomy.',
    [['uterine STUMP', 'D390', 'present']]],
];

// The cervix's anterior and posterior lips are the two halves of its vaginal portion around the external os, the exocervix (table:
// cervix uteri, exocervix / Malignant Primary C53.1; Tabular C53.1 Malignant neoplasm of exocervix); the mouth's lips are written
// upper and lower (table: lip, upper C00.0, lower C00.1). d1074 "colposcopy in pregnancy 11/10 w/ directed bx (anterior lip):
// invasive squamous cell carcinoma" (gold C53.1; the reader's C00.9 before). Guards: the upper and lower lips stay the mouth's.
const cervicalLip: readonly ReadingCase[] = [
  ['a biopsy of the anterior lip is of the exocervix',
    'HPI: colposcopy 11/10 w/ directed bx (anterior lip): invasive squamous cell carcinoma.',
    [['squamous cell carcinoma', 'C531', 'present']]],
  ['a carcinoma of the lower lip is the mouth\'s',
    'Dx: squamous cell carcinoma of the lower lip.',
    [['squamous cell carcinoma of the lower lip', 'C001', 'present']]],
  ['a carcinoma of the upper lip is the mouth\'s',
    'Dx: SCC of the upper lip, 1 cm.',
    [['SCC of the upper lip', 'C000', 'present']]],
];

// "AIS" is the cervix's adenocarcinoma in situ in colposcopy and gynaecologic pathology (table: cervix uteri / Ca in situ D06.9,
// endocervix D06.0; Tabular D06.0 Carcinoma in situ of endocervix), the lung's only in thoracic pathology (Tabular D02.2-). In a
// note that places an in-situ neoplasm in the cervix, a bare "AIS" is that lesion, and "(AIS)" after the written diagnosis only
// glosses it. d1068 "A. CERVIX, COLD KNIFE CONIZATION …: - ADENOCARCINOMA IN SITU (AIS) … ENDOCERVICAL (APICAL) MARGIN:
// INVOLVED BY AIS … B. ENDOCERVICAL CURETTAGE: - Fragments of endocervical mucosa with AIS" (gold D06.0 for each). Guards: a lung
// report's AIS stays the lung's (D02.21 by the lobe's side, table: lung, upper lobe / Ca in situ D02.2-), and a past lung AIS
// in a note about a cervical CIN 3 is written with its lung.
const cervicalAis: readonly ReadingCase[] = [
  ['a bare AIS in a cone report is the cervix\'s adenocarcinoma in situ',
    'FINAL DIAGNOSIS:\nA. CERVIX, COLD KNIFE CONIZATION:\n   - ADENOCARCINOMA IN SITU (AIS), ENDOCERVICAL, MULTIFOCAL.\n   - ENDOCERVICAL MARGIN: INVOLVED BY AIS.\nB. ENDOCERVICAL CURETTAGE:\n   - Fragments of endocervical mucosa with AIS.',
    [['ADENOCARCINOMA', 'D069', 'present'], ['AIS', 'D060', 'present'], ['AIS', 'D060', 'present']]],
  ['a lung wedge\'s AIS stays the lung\'s',
    'FINAL DIAGNOSIS:\nA. Lung, RUL, wedge resection:\n   - Adenocarcinoma in situ (AIS), nonmucinous, 0.8 cm.\n   - Margins negative for AIS.',
    [['Adenocarcinoma', 'D0221', 'present'], ['AIS', 'D0221', 'negated']]],
  ['a past lung AIS written with its lung in a cervix note stays the lung\'s',
    'Impression: CIN 3 of the cervix on LEEP. PMH: lung AIS s/p wedge 2019.',
    [['CIN 3 of the cervix', 'D069', 'present'], ['lung AIS', 'Z86005', 'history']]],
];

describe('narrative reader: gynaecologic oncology round 25', () => {
  describe('a uterine cancer takes the part of the corpus the note documents', () => checkReadings(documentedCorpusPart));
  describe('a layer of the corpus written with the uterus is the tumour\'s', () => checkReadings(corpusLayer));
  describe('the abbreviation STUMP is no cervical stump', () => checkReadings(stumpAbbreviation));
  describe('the anterior or posterior lip is the cervix\'s', () => checkReadings(cervicalLip));
  describe('a bare AIS in a note about a cervical in-situ lesion is the cervix\'s', () => checkReadings(cervicalAis));
});
