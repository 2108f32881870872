import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Precision round 15 (issue 12): what the reader read that the note does not document, or read with the wrong code or span.
 * Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles
 * (data/icd10cm/2027) and the Table of Neoplasms.
 */

// ANNOTATION.md, "Coordinated sites are one entry per site": sites of one histology word that share one code are one entry
// with that code (table: lymph gland, intra-abdominal — celiac and gastric nodes — Malignant Secondary C77.2; peritoneum and
// omentum, Malignant Secondary C78.6), and node regions joined in one phrase are one entry of Tabular C77.8 Secondary and
// unspecified malignant neoplasm of lymph nodes of multiple regions (cervical C77.0 with retroperitoneal C77.2; axillary
// C77.3 with supraclavicular C77.0). Sites of different codes, and the alternatives of a denial or a family history, stay
// one entry each.
const coordinatedSites: readonly ReadingCase[] = [
  ['celiac and perigastric nodal metastases are one intra-abdominal entry', 'Staging CT: celiac and perigastric nodal metastases.',
    [['celiac and perigastric nodal metastases', 'C772', 'present']]],
  ['peritoneal and omental implants are one peritoneal entry', 'CT A/P: peritoneal and omental implants.',
    [['peritoneal and omental implants', 'C786', 'present']]],
  ['cervical and retroperitoneal nodal mets are lymph nodes of multiple regions', 'Impression: CUP with cervical and retroperitoneal nodal mets.',
    [['CUP', 'C801', 'present'], ['cervical and retroperitoneal nodal mets', 'C778', 'present']]],
  ['axillary and supraclavicular nodal metastases are lymph nodes of multiple regions', 'PET: avid R axillary and supraclavicular nodal metastases.',
    [['R axillary and supraclavicular nodal metastases', 'C778', 'present']]],
  ['liver and bone mets stay two entries', 'CT: liver and bone mets.', [['liver', 'C787', 'present'], ['bone mets', 'C7951', 'present']]],
  ['denied alternative node regions stay two entries', 'PET: no pelvic or para-aortic nodal mets.',
    [['pelvic', 'C775', 'negated'], ['para-aortic nodal mets', 'C772', 'negated']]],
  ['a denied family history of two sites of one code stays two entries', 'FH: neg for liver or GI cancers.',
    [['liver', 'Z800', 'negated'], ['GI cancers', 'Z800', 'negated']]],
];

// The title of an imaging protocol or of a synoptic form names the form, not the patient's diagnosis (ANNOTATION.md: "the
// template's title … and property labels are not" mentions; d422, d551). A diagnosis written beside it stays one (table: cervix
// uteri / Malignant Primary C53.9).
const formTitles: readonly ReadingCase[] = [
  ['an MRI protocol title is no mention', 'MRI PELVIS WITH AND WITHOUT CONTRAST - CERVICAL CANCER STAGING PROTOCOL', []],
  ['a synoptic form title is no mention', 'BREAST INVASIVE CARCINOMA SYNOPTIC (CAP)', []],
  ['the diagnosis beside a protocol word stays', 'Cervical cancer, FIGO IB1, staging per protocol.', [['Cervical cancer', 'C539', 'present']]],
];

describe('narrative reader, precision round 15', () => {
  describe('coordinated sites of one histology word', () => checkReadings(coordinatedSites));
  describe('protocol and synoptic form titles', () => checkReadings(formTitles));
});
