import { checkReadings } from './readingCases';

/**
 * The section headers of round 12's notes (operative, endoscopy, interventional radiology and radiation-oncology procedure
 * notes, CDI queries), each in wordings of its own, not the notes' sentences. A family history block written without a
 * blank line after it ends at the next header; before these headers were known, the diagnosis under them was read as the
 * relative's (Z80.-). Expected codes are checked in the FY2027 code list (icd10cm-codes-2027): Z80.49 "Family history of
 * malignant neoplasm of other genital organs", Z80.0 "… digestive organs", Z80.3 "… breast", Z80.8 "… other organs or
 * systems" (melanoma, ANNOTATION.md), Z80.1 "… trachea, bronchus and lung", Z80.41 "… ovary", Z80.42 "… prostate".
 */
describe('narrative sections round 12: procedure and query headers end a family history block', () => {
  checkReadings([
    // Table: cervix uteri / Malignant Primary C53.9, found at the examination under anaesthesia of the procedure.
    [
      'a "Procedure:" header line',
      'FHx: mother had endometrial cancer.\nProcedure:\nEUA: residual squamous cell carcinoma of the cervix, 1.5 cm.',
      [['endometrial cancer', 'Z8049', 'family'], ['squamous cell carcinoma of the cervix', 'C539', 'present']],
    ],
    // Table: rectum / Malignant Primary C20; "Impression / Plan" is "Impression/Plan" with its slash set off by spaces.
    [
      'a slash set off by spaces in "Impression / Plan:"',
      'Family History: father with colon cancer at 70\nImpression / Plan: rectal adenocarcinoma, start chemoRT.',
      [['colon cancer', 'Z800', 'family'], ['rectal adenocarcinoma', 'C20', 'present']],
    ],
    // Table: colon, sigmoid / Malignant Primary C18.7.
    [
      'an operative "Preoperative Diagnosis:" line',
      'Family history: sister with breast cancer at 45\nPreoperative Diagnosis: adenocarcinoma of the sigmoid colon',
      [['breast cancer', 'Z803', 'family'], ['adenocarcinoma of the sigmoid colon', 'C187', 'present']],
    ],
    // Table: prostate / Malignant Primary C61.
    [
      'an "Indications:" line',
      'FH: brother with melanoma\nIndications: prostate adenocarcinoma, Gleason 7.',
      [['melanoma', 'Z808', 'family'], ['prostate adenocarcinoma', 'C61', 'present']],
    ],
    // The specimen label names the site of its finding: colon, sigmoid / Malignant Primary C18.7.
    [
      'a "Specimens:" line',
      'Family hx: mother with lung cancer\nSpecimens: A. Colon, sigmoid, resection: adenocarcinoma',
      [['lung cancer', 'Z801', 'family'], ['adenocarcinoma', 'C187', 'present']],
    ],
    // Table: ovary / Malignant Primary, right C56.1.
    [
      'an "Addendum:" line',
      'FHx: aunt with ovarian cancer\nAddendum: final pathology shows high-grade serous carcinoma of the right ovary.',
      [['ovarian cancer', 'Z8041', 'family'], ['carcinoma of the right ovary', 'C561', 'present']],
    ],
    // Table: lung, upper lobe, right / Malignant Primary C34.11: the physician's answer to a CDI query is the patient's.
    [
      'a CDI "Query:" and "Provider Response:"',
      'FH: father - prostate cancer\nQuery: please clarify the type of the lung lesion.\nProvider Response: adenocarcinoma of the right upper lobe',
      [['prostate cancer', 'Z8042', 'family'], ['adenocarcinoma of the right upper lobe', 'C3411', 'present']],
    ],
      // A "Comment:" after the family block is the writer's own account of the patient: liver / Malignant Secondary C78.7 for
    // the metastasis, colon / Malignant Primary C18.9 for the primary it names.
    [
      'a "Comment:" line',
      'FHx: mother with breast cancer at 50\nComment: liver biopsy shows metastatic colon adenocarcinoma.',
      [['breast cancer', 'Z803', 'family'], ['metastatic colon adenocarcinoma', 'C787', 'present'], ['colon adenocarcinoma', 'C189', 'present']],
    ],
  ]);
});
