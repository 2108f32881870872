import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 25 (issue 12, tuner gyn): the gynaecologic oncology batch d1063–d1082. Codes checked against the FY2027 code titles
 * (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

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
  describe('a bare AIS in a note about a cervical in-situ lesion is the cervix\'s', () => checkReadings(cervicalAis));
});
