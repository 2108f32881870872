import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Negation round 24 (issue 12, tuner B): a report's statement about one part that opens with the part and ends with its denying
 * verdict ("Bilateral adnexa negative for malignancy") denies a malignancy at that part (ANNOTATION.md, "Negative for X in a
 * pathology part is a negated mention at the part's own labelled site"; `deniedSubjectSite.ts`). Codes checked against the
 * FY2027 code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// The part the statement opens with is the site of the malignancy its verdict denies: table: adnexa (uterine) / Malignant Primary
// C57.4 (Tabular C57.4 Malignant neoplasm of uterine adnexa, unspecified; d968 "Bilateral adnexa negative for malignancy"),
// endometrium / Malignant Primary C54.1 (d397 "Endometrium atrophic, no hyperplasia or malignancy": the denial of a first finding
// joined by "or" denies the malignancy too), lymph gland, intrathoracic / Malignant Secondary C77.1 (Tabular C77.1 Secondary and
// unspecified malignant neoplasm of intrathoracic lymph nodes; d990 "Station 7 - reactive lymphoid tissue only, no malignant
// cells"), pleura / Malignant Secondary C78.2 (Tabular C78.2 Secondary malignant neoplasm of pleura; d692 "prior pleural fluid
// 09/2026 negative for malignant cells", the statement opening after the semicolon).
const deniedAtSubject: readonly ReadingCase[] = [
  ['"<part> negative for malignancy" denies a malignancy of the part',
    'FINAL DIAGNOSIS: Endometrioid adenocarcinoma of the endometrium, FIGO grade 2. Cervical stroma negative. Bilateral adnexa negative for malignancy.',
    [['adenocarcinoma of the endometrium', 'C541', 'present'], ['malignancy', 'C574', 'negated']]],
  ['"<part> <finding>, no hyperplasia or malignancy" denies a malignancy of the part',
    'C. Uterus/cervix: Adenomyosis; intramural leiomyomata (largest 2 cm). Endometrium atrophic, no hyperplasia or malignancy.',
    [['intramural leiomyomata', 'D251', 'present'], ['malignancy', 'C541', 'negated']]],
  ['a node station opening the statement is the place of the denied malignant cells',
    'EBUS-TBNA 11/20: station 4R - metastatic adenocarcinoma. Station 7 - reactive lymphoid tissue only, no malignant cells.',
    [['station 4R - metastatic adenocarcinoma', 'C771', 'present'], ['malignant cells', 'C771', 'negated']]],
  ['a fluid opening the statement after a semicolon is the place of the denied malignant cells',
    'Also R pleural effusion on CXR - small, not tapped today; prior pleural fluid 09/2026 negative for malignant cells.',
    [['malignant cells', 'C782', 'negated']]],
];

// What must not change: a site that names a relative's cancer is no part the statement reports on (d453 "FHx: father with lung
// cancer (heavy smoker), mother - no cancers": Z80.1 family, Z80.9 negated, Tabular Z80.9 Family history of malignant neoplasm,
// unspecified); a site written deep inside the statement rather than opening it gives the verdict no site, and a statement
// naming several parts gives none either (no part is the subject).
const guards: readonly ReadingCase[] = [
  ['a relative\'s cancer site does not become the subject of the next denial',
    'FHx: father with lung cancer (heavy smoker), mother - no cancers.',
    [['lung cancer', 'Z801', 'family'], ['cancers', 'Z809', 'negated']]],
  ['a site deep inside the statement is not its subject',
    'Reactive lymphoid tissue from station 7 only, no malignant cells.',
    []],
  ['a statement about several parts has no one subject',
    'Omentum, peritoneum and appendix with fibrosis only, no malignancy.',
    []],
];

describe('narrative reader: negation round 24', () => {
  describe('a denied verdict takes the part its statement opens with', () => checkReadings(deniedAtSubject));
  describe('what the subject part does not reach', () => checkReadings(guards));
});
