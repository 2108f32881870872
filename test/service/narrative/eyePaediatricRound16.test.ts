import { checkReadings } from './readingCases';

/**
 * Eye and paediatric tumours, round 16 (tuner A2, issue 12): an eye examination's "OD:"/"OS:" lines, the retina's adjective and
 * the marrow's result written right after "BM". Codes are checked against the FY2026 code file titles (C69.21 Malignant neoplasm
 * of right retina, C69.22 … left retina, C69.32 … left choroid, D49.81 Neoplasm of unspecified behavior of retina and choroid,
 * C79.52 Secondary malignant neoplasm of bone marrow, C74.92 … unspecified part of left adrenal gland). Each case read differently
 * before this round unless its title opens with "guard".
 */

describe('narrative eye round 16: a tumour on an eye\'s examination line is that eye\'s', () => {
  checkReadings([
    // Index: Retinoblastoma — see Neoplasm, retina, malignant (C69.2-); OD is the right eye, OS the left. "Bilateral retinoblastoma" is
    // the cancer of both retinas, so each eye's tumours are that eye's retinoblastoma; a denied one ("no new tumors") too.
    ['tumours on the OD and OS lines of a bilateral retinoblastoma note', 'Dx: Bilateral retinoblastoma.\n - OD: Group D (ICRB), macula-involving tumor w/ subretinal seeds\n - OS: Group B, 2 small peripheral tumors\nEUA today:\nOD: main tumor regressed to type III (calcified) regression, no active seeds, no new tumors.\nOS: both treated tumors flat scars; 1 new 0.8 mm tumor at ora 2 o\'clock -> cryo x2 today.', [
      ['retinoblastoma', 'null', 'present'], ['tumor', 'C6921', 'present'], ['tumors', 'C6922', 'present'], ['tumor', 'C6921', 'present'],
      ['tumors', 'C6921', 'negated'], ['tumors', 'C6922', 'present'], ['tumor', 'C6922', 'present'],
    ]],
    // A bilateral cancer proves the left eye's tumour (C69.22).
    ['a new tumour on the OS line after "Bilateral retinoblastoma"', 'Bilateral retinoblastoma.\nOS: 1 new tumor at ora.', [
      ['retinoblastoma', 'null', 'present'], ['tumor', 'C6922', 'present'],
    ]],
    // Index: Melanoma, specified site NEC — see Neoplasm, malignant; choroid, left C69.32.
    ['a tumour on the OS line of a choroidal melanoma note', 'Choroidal melanoma OS.\nOS: dome-shaped tumor, no new tumors.', [
      ['Choroidal melanoma', 'C6932', 'present'], ['tumor', 'C6932', 'present'],
    ]],
    ['guard: "OS: 14 mo" is overall survival, not the left eye', 'PFS: 6 mo.\nOS: 14 mo, tumor progressed on 2L.', []],
  ]);
});

describe('narrative eye round 16: "retinal" names the retina', () => {
  checkReadings([
    // Index: Tumor — see Neoplasm, unspecified behavior; table: retina / Unspecified Behavior D49.81.
    ['"Retinal tumor OD" with no cancer proven', 'Retinal tumor OD.', [['Retinal tumor', 'D4981', 'present']]],
    // The retina's tumour in a retinoblastoma note is that cancer (table: retina / Malignant Primary, right C69.21).
    ['"Retinal tumor OD" of a retinoblastoma', 'Retinoblastoma OD. Retinal tumor OD regressed.', [
      ['Retinoblastoma', 'C6921', 'present'], ['Retinal tumor', 'C6921', 'present'],
    ]],
  ]);
});

describe('narrative paediatric round 16: "BM negative for" is the marrow read', () => {
  checkReadings([
    // Table: bone, marrow / Malignant Secondary C79.52: a neuroblastoma's marrow is its spread, denied here.
    ['"BM negative for neuroblastoma"', 'Neuroblastoma of the L adrenal. BM negative for neuroblastoma.', [
      ['Neuroblastoma of the L adrenal', 'C7492', 'present'], ['neuroblastoma', 'C7952', 'negated'],
    ]],
  ]);
});

describe('narrative eye round 16: "RB" in capitals beside "retinoblastoma"', () => {
  checkReadings([
    // Index: Retinoblastoma — see Neoplasm, retina, malignant: both retinas (C69.21, C69.22) leave the code open, as the long form does.
    ['"Bilateral RB" in a note that writes "Bilateral retinoblastoma"', 'Dx: Bilateral retinoblastoma. Assessment: Bilateral RB, good response.', [
      ['retinoblastoma', 'null', 'present'], ['RB', 'null', 'present'],
    ]],
    ['guard: "RB" with no long form in the encounter is no diagnosis', 'Bilateral RB, good response.', []],
    // A relative's retinoblastoma is Z80.8 (Family history of malignant neoplasm of other organs or systems).
    ['guard: "RB loss" on IHC is the protein, even beside "retinoblastoma"', 'Tumor cells show RB loss on IHC. Retinoblastoma in a cousin.', [
      ['Retinoblastoma', 'Z808', 'family'],
    ]],
  ]);
});

describe('narrative sites round 16: an organ set off before "primary" after a comma is a mention of its own', () => {
  checkReadings([
    // Table: lung, lower lobe / Malignant Primary, left C34.32; liver / Malignant Secondary C78.7. The cancer and its organ-named
    // primary are two mentions of one tumour, as "Residual L adrenal primary" is read alone.
    ['"small cell lung cancer, LLL primary, with liver mets"', 'Extensive-stage small cell lung cancer, LLL primary, with liver mets.', [
      ['lung cancer', 'C3432', 'present'], ['LLL primary', 'C3432', 'present'], ['liver mets', 'C787', 'present'],
    ]],
    // Table: lung, upper lobe / Malignant Primary, right C34.11; bone / Malignant Secondary C79.51. The histology keeps its own
    // entry (ANNOTATION.md: "An organ-named primary set off by a comma after its histology is its own mention"; round 20).
    ['"Adenocarcinoma, RUL primary, with bone mets"', 'Adenocarcinoma, RUL primary, with bone mets.', [
      ['Adenocarcinoma', 'C3411', 'present'], ['RUL primary', 'C3411', 'present'], ['bone mets', 'C7951', 'present'],
    ]],
  ]);
});
