import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Table of Neoplasms coverage, third pass of round 17 (issue 12): rows the first two passes left unread. The evidence is the
 * official table (FY2025 file, data/icd10cm/2025) and the Tabular (FY2025 chapter 2), not the corpus; codes checked against the
 * FY2027 code titles (data/icd10cm/2027).
 */

// Table "cervix › exocervix" C53.1 / Ca in situ D06.1 and "cervix › endocervix" C53.0 / D06.0 (Tabular C53.1 Malignant neoplasm of
// exocervix, C53.0 Malignant neoplasm of endocervix, D06.1 Carcinoma in situ of exocervix, D06.0 Carcinoma in situ of endocervix):
// colposcopy, LEEP and cone reports write the exocervix as the "ectocervix" / "ectocervical" and the endocervix's adjective
// "endocervical"; before, none of these words was a site (d536 annotates "HSIL/CIN 3" at the ectocervical margin D06.1).
const cervixParts: readonly ReadingCase[] = [
  ['carcinoma of the ectocervix', 'Carcinoma of the ectocervix, biopsy proven.', [['Carcinoma of the ectocervix', 'C531', 'present']]],
  ['ectocervical SCC', 'Ectocervical SCC.', [['Ectocervical SCC', 'C531', 'present']]],
  ['CIN 3 of the ectocervix', 'CIN 3 of the ectocervix.', [['CIN 3 of the ectocervix', 'D061', 'present']]],
  ['endocervical adenocarcinoma', 'Endocervical adenocarcinoma.', [['Endocervical adenocarcinoma', 'C530', 'present']]],
  // ANNOTATION.md, "Side and sub-site documented elsewhere in the note": the exocervix biopsied documents the cancer's sub-site (d396).
  ['an ectocervical biopsy documents the sub-site', 'Ectocervical bx: invasive SCC. Assessment: cervical cancer.',
    [['SCC', 'C531', 'present'], ['cervical cancer', 'C531', 'present']]],
  // A specimen's margin is where the resection edge lies, not where the tumour arose: it documents no sub-site of the cancer
  // (d536: "cervical cancer" C53.9 beside "ectocervical margin w/ HSIL/CIN 3").
  ['a margin documents no sub-site', 'Squamous cell carcinoma of the cervix. Cone: CIN 3 at the ectocervical margin.',
    [['Squamous cell carcinoma of the cervix', 'C539', 'present'], ['CIN 3 at the ectocervical', 'D061', 'present']]],
];

// Table "alveolar › ridge or process" C41.1 (lower C41.1, upper C41.0) is the bone; its sub-row "carcinoma" C03.9 (lower C03.1,
// upper C03.0) is a carcinoma there, which arises in the gum over the bone (Tabular C03.0 Malignant neoplasm of upper gum, C03.1 of
// lower gum); the table prints "maxilla › carcinoma" C03.0 and "jaw › carcinoma" C76.0 likewise. A bone tumour (Index: Osteosarcoma,
// Chondrosarcoma — see Neoplasm, bone, malignant) keeps the bone's cell. The mandible's ridge is the lower, the maxilla's the upper.
const carcinomaSubRows: readonly ReadingCase[] = [
  ['SCC of the alveolar ridge', 'SCC of the alveolar ridge.', [['SCC of the alveolar ridge', 'C039', 'present']]],
  ['SCC of the lower alveolar ridge', 'SCC of the lower alveolar ridge.', [['SCC of the lower alveolar ridge', 'C031', 'present']]],
  ['SCC of the L upper alveolar ridge', 'SCC of the L upper alveolar ridge.', [['SCC of the L upper alveolar ridge', 'C030', 'present']]],
  ['mandibular alveolar ridge SCC', 'Mandibular alveolar ridge SCC.', [['Mandibular alveolar ridge SCC', 'C031', 'present']]],
  ['maxillary alveolar ridge SCC', 'Maxillary alveolar ridge SCC.', [['Maxillary alveolar ridge SCC', 'C030', 'present']]],
  ['carcinoma of the maxilla', 'Carcinoma of the maxilla.', [['Carcinoma of the maxilla', 'C030', 'present']]],
  ['carcinoma of the jaw', 'Carcinoma of the jaw.', [['Carcinoma of the jaw', 'C760', 'present']]],
  ['an osteosarcoma of the ridge keeps the bone', 'Osteosarcoma of the mandibular alveolar ridge.', [['Osteosarcoma of the mandibular alveolar ridge', 'C411', 'present']]],
  ['a chondrosarcoma of the maxilla keeps the bone', 'Chondrosarcoma of the maxilla.', [['Chondrosarcoma of the maxilla', 'C410', 'present']]],
];

// Tabular C22.1 Intrahepatic bile duct carcinoma includes "Cholangiocarcinoma" and Excludes1 "malignant neoplasm of hepatic duct
// (C24.0)"; Tabular C24.0 Malignant neoplasm of extrahepatic bile duct includes the common bile duct and the hepatic duct. A
// cholangiocarcinoma written at a site the table codes outside C22 takes that site's cell (table: hepatic › duct C24.0, common
// duct C24.0, gallbladder C23, ampulla of Vater C24.1); alone or in the liver it stays C22.1 (d446 annotates a CBD stricture's
// "Cholangiocarcinoma" C24.0 from its stricture, which this rule does not read).
const cholangiocarcinomaSites: readonly ReadingCase[] = [
  ['cholangiocarcinoma of the common hepatic duct', 'Cholangiocarcinoma of the common hepatic duct.', [['Cholangiocarcinoma of the common hepatic duct', 'C240', 'present']]],
  ['cholangiocarcinoma of the distal common bile duct', 'Cholangiocarcinoma of the distal common bile duct.', [['Cholangiocarcinoma of the distal common bile duct', 'C240', 'present']]],
  ['cholangiocarcinoma of the gallbladder', 'Cholangiocarcinoma of the gallbladder.', [['Cholangiocarcinoma of the gallbladder', 'C23', 'present']]],
  ['cholangiocarcinoma of the ampulla', 'Cholangiocarcinoma of the ampulla.', [['Cholangiocarcinoma of the ampulla', 'C241', 'present']]],
  ['history of a CBD cholangiocarcinoma', 'Hx of cholangiocarcinoma of the common bile duct s/p Whipple.', [['cholangiocarcinoma of the common bile duct', 'Z8509', 'history']]],
  ['cholangiocarcinoma alone stays C22.1', 'Cholangiocarcinoma.', [['Cholangiocarcinoma', 'C221', 'present']]],
  ['cholangiocarcinoma of the liver stays C22.1', 'Cholangiocarcinoma of the liver.', [['Cholangiocarcinoma of the liver', 'C221', 'present']]],
];

describe('narrative reader: Table of Neoplasms rows, third pass (round 17)', () => {
  describe('ectocervix and endocervix', () => checkReadings(cervixParts));
  describe('carcinoma sub-rows of bone sites', () => checkReadings(carcinomaSubRows));
  describe('cholangiocarcinoma at a written extrahepatic site', () => checkReadings(cholangiocarcinomaSites));
});
