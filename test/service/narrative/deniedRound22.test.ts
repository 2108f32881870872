import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 22 (issue 12): negated, uncertain and hypothetical mentions the reader missed entirely. Expected mentions follow
 * test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles (/work/shared/codesets) and the Table of
 * Neoplasms (FY2025).
 */

// ANNOTATION.md, "'Tumor' of a proven cancer" (a site-less "tumor" naming the patient's lesion takes that lesion's code) and
// Guidelines IV.H (the hedge keeps it uncertain): after radiation to the brain, a tumour weighed against the treatment's effect
// ("radiation necrosis vs residual tumor", "favor radiation necrosis over tumor progression", "recurrent tumor not excluded" after
// "Perfusion favors radiation necrosis", "elevated rCBV favoring tumor", "path would distinguish tumor vs necrosis") is the treated
// brain lesion, though the cancer has spread (d260, d290, d673, d814, d842: table: brain NEC / Malignant Secondary C79.31, Tabular
// C79.31 Secondary malignant neoplasm of brain). "Tumor" of another organ's written site and "tumor regression" keep their readings.
const treatmentEffectTumours: readonly ReadingCase[] = [
  ['"Perfusion favors radiation necrosis; recurrent tumor not excluded" of a treated brain metastasis is C79.31, uncertain',
    'MRI BRAIN W/WO CONTRAST\nHistory: melanoma with brain metastases s/p SRS.\nIMPRESSION:\n1. New 5 mm R occipital metastasis.\n'
      + '2. L parietal treated metastasis with increased enhancement and edema. Perfusion favors radiation necrosis; recurrent tumor not excluded.\n',
    [['melanoma', 'C439', 'present'], ['brain metastases', 'C7931', 'present'], ['R occipital metastasis', 'C7931', 'present'],
      ['metastasis', 'C7931', 'present'], ['tumor', 'C7931', 'uncertain']]],
  ['"elevated rCBV favoring tumor" beside "radiation necrosis" is the brain metastasis, C79.31, uncertain',
    'MRI brain: enlarging L frontal lesion 2.8 cm; differential recurrent metastasis vs radiation necrosis (perfusion: elevated rCBV favoring tumor).\n',
    [['recurrent metastasis', 'C7931', 'uncertain'], ['tumor', 'C7931', 'uncertain']]],
  ['"path would distinguish tumor vs necrosis" of a brain metastasis is C79.31, uncertain',
    'A/P: NSCLC with brain metastases s/p SRS. L frontal lesion enlarging - path would distinguish tumor vs necrosis.\n',
    [['NSCLC', 'null', 'present'], ['brain metastases', 'C7931', 'present'], ['tumor', 'C7931', 'uncertain']]],
  ['a recurrent tumour written at another organ keeps its own site',
    'A/P: NSCLC with brain metastases s/p SRS. Liver lesion grew; recurrent tumor in the liver vs abscess.\n',
    [['NSCLC', 'null', 'present'], ['brain metastases', 'C7931', 'present'], ['tumor in the liver', 'D490', 'uncertain']]],
  ['"tumor regression" names a property, no tumour',
    'A/P: Rectal adenocarcinoma with liver metastases. Post-treatment MRI: tumor regression with fibrosis.\n',
    [['Rectal adenocarcinoma', 'C20', 'present'], ['liver metastases', 'C787', 'present']]],
];

// ANNOTATION.md, "Negative for X in a pathology part is a negated mention at the part's own labelled site", and "Sites and columns"
// (a node's malignancy is its region's secondary): a history or results line writes the specimen's date and a relative pronoun
// between the specimen and its verdict, and the specimen stays the verdict's subject (d718 "Laparoscopic para aortic lymph node
// sampling 09/2025 which was negative for malignancy": table: lymph nodes, intra-abdominal / Malignant Secondary C77.2, Tabular C77.2
// Secondary and unspecified malignant neoplasm of intra-abdominal lymph nodes). A pronoun with no verdict after it names nothing.
const datedSpecimenVerdicts: readonly ReadingCase[] = [
  ['"para aortic lymph node sampling 09/2025 which was negative for malignancy" is C77.2, negated',
    'PAST SURGICAL HISTORY: C-section times 2. Laparoscopic para aortic lymph node sampling 09/2025 which was negative for malignancy.\n',
    [['malignancy', 'C772', 'negated']]],
  ['a dated sampling with no verdict names nothing',
    'A/P: Cervical cancer s/p chemoRT. Para-aortic lymph node sampling 09/2025, which was done for staging.\n', [['Cervical cancer', 'C539', 'present']]],
];

// ANNOTATION.md, "Negative for X in a pathology part is a negated mention at the part's own labelled site" (table: marrow (bone) — see
// Neoplasm, bone marrow / Malignant Secondary C79.52, Tabular C79.52 Secondary malignant neoplasm of bone marrow): a haematopathology
// label adds the peripheral blood after a semicolon ("BONE MARROW, …, ASPIRATE, CLOT AND CORE BIOPSY; PERIPHERAL BLOOD:", d644), and
// the marrow stays the label's organ for the findings listed below it.
const marrowAndBloodLabels: readonly ReadingCase[] = [
  ['"BONE MARROW …; PERIPHERAL BLOOD:" then "No evidence of involvement by metastatic carcinoma" is C79.52, negated',
    'DIAGNOSIS:\nBONE MARROW, LEFT POSTERIOR ILIAC CREST, ASPIRATE, CLOT AND CORE BIOPSY; PERIPHERAL BLOOD:\n - PLASMA CELL MYELOMA, KAPPA LIGHT CHAIN RESTRICTED\n'
      + ' - Congo red stain NEGATIVE for amyloid deposition\n - No evidence of involvement by metastatic carcinoma (pancytokeratin AE1/AE3 and NKX3.1 negative)\n',
    [['PLASMA CELL MYELOMA', 'C9000', 'present'], ['metastatic carcinoma', 'C7952', 'negated']]],
  ['"…; PERIPHERAL BLOOD SMEAR:" keeps the marrow too',
    'DIAGNOSIS:\nBONE MARROW, LEFT POSTERIOR ILIAC CREST, ASPIRATE AND CORE BIOPSY; PERIPHERAL BLOOD SMEAR:\n - Normocellular marrow with trilineage hematopoiesis.\n - No evidence of metastatic carcinoma.\n',
    [['metastatic carcinoma', 'C7952', 'negated']]],
];

// ANNOTATION.md, round 21 decisions (f): "A denied recurrence at a named site is a mention, on a Mohs scar too: the negated code of the
// cancer removed there, by its site" (d202 "3. Hx BCC - no recurrence at R ear": Tabular C44.212 Basal cell carcinoma of skin of right
// ear and external auricular canal, negated). "A denial with no site ('no evidence of recurrence on exam') stays no mention", so a
// recurrence whose own words name no site keeps none (d464 "BCC nose: excised 2021, no recurrence on derm exams"); a squamous cell
// carcinoma of the cervix recurs at the vaginal cuff as a spread (table: vagina / Malignant Secondary C79.82), not a skin cancer.
const skinScarRecurrences: readonly ReadingCase[] = [
  ['"Hx BCC - no recurrence at R ear" is C44.212, negated',
    'A/P:\n1. Colon ca s/p resection.\n3. Hx BCC - no recurrence at R ear.\n',
    [['Colon ca', 'C189', 'present'], ['BCC', 'Z85828', 'history'], ['recurrence at R ear', 'C44212', 'negated']]],
  ['a recurrence whose words name no site stays no mention', 'PMH:\n- BCC nose: excised 2021, no recurrence on derm exams.\n',
    [['BCC nose', 'Z85828', 'history']]],
  ['a cervical squamous cell carcinoma\'s recurrence at the vaginal cuff stays its spread',
    'A/P: Cervical SCC s/p chemoRT 2022 - no recurrence at the vaginal cuff.\n',
    [['Cervical SCC', 'Z8541', 'history'], ['recurrence at the vaginal cuff', 'C7982', 'negated']]],
];

// ANNOTATION.md, round 21 decisions: "The hedged alternatives keep their own entries" (d895's "oncocytic neoplasm, favor oncocytoma"),
// and Guidelines IV.H: a histology in a parenthesis carrying its own hedge ("(favor oncocytoma)", "(adenocarcinoma most likely)",
// "(likely adenocarcinoma spectrum)") is the alternative leaned to for the lesion just named, an uncertain entry at that lesion's
// site (d895: Index: Oncocytoma — see Neoplasm, benign; table: kidney / Benign, right D30.01, Tabular D30.01 Benign neoplasm of right
// kidney; d780: table: lung, upper lobe / Malignant Primary, right C34.11; d282: left C34.12). A parenthesis with no hedge restates the
// diagnosis ("A diagnosis restated in its own parenthesis is one mention"), and one after no placed diagnosis takes no site.
const hedgedAlternatives: readonly ReadingCase[] = [
  ['"bx oncocytic neoplasm (favor oncocytoma)" of a right renal mass adds D30.01, uncertain',
    'A/P:\n1. R small renal mass, 2.0 cm, bx oncocytic neoplasm (favor oncocytoma), very slow growth - continue AS.\n',
    [['oncocytic neoplasm', 'D4101', 'present'], ['oncocytoma', 'D3001', 'uncertain']]],
  ['"suspicious for primary lung cancer (adenocarcinoma most likely)" of a RUL nodule adds C34.11, uncertain',
    'Assessment:\n1. RUL 9 mm spiculated solid nodule, new, PET-avid -- suspicious for primary lung cancer (adenocarcinoma most likely).\n',
    [['lung cancer', 'C3411', 'uncertain'], ['adenocarcinoma', 'C3411', 'uncertain']]],
  ['"favor second primary lung cancer (likely adenocarcinoma spectrum)" of a LUL nodule adds C34.12, uncertain',
    'A:\n1. New LUL part-solid nodule - favor second primary lung cancer (likely adenocarcinoma spectrum) over recurrence.\n',
    [['lung cancer', 'C3412', 'uncertain'], ['adenocarcinoma', 'C3412', 'uncertain']]],
  ['a parenthesis with no hedge restates the diagnosis', 'A/P: 1. Rectal cancer (adenocarcinoma), on TNT.\n', [['Rectal cancer', 'C20', 'present']]],
  ['a hedged parenthesis after no placed diagnosis takes no site', 'A/P: 1. Mass, bx pending (favor oncocytoma).\n', []],
  // d785 "Non-small cell carcinoma, favor adenocarcinoma", d846 "non small cell car cinema favor adenocarcinoma": the leaning word
  // with no parenthesis (table: lung, upper lobe / Malignant Primary, right C34.11, uncertain). A spread's site is no alternative's.
  ['"RUL non-small cell carcinoma, favor adenocarcinoma" adds C34.11, uncertain', 'A/P: RUL non-small cell carcinoma, favor adenocarcinoma, cT1cN0.\n',
    [['RUL non-small cell carcinoma', 'C3411', 'present'], ['adenocarcinoma', 'C3411', 'uncertain']]],
  ['"non-small cell lung carcinoma favor adenocarcinoma" adds C34.11, uncertain', 'A/P: 1. RUL non-small cell lung carcinoma favor adenocarcinoma.\n',
    [['RUL non-small cell lung carcinoma', 'C3411', 'present'], ['adenocarcinoma', 'C3411', 'uncertain']]],
  ['"metastatic carcinoma, favor adenocarcinoma" of a liver biopsy gives the type no liver site', 'Liver bx: metastatic carcinoma, favor adenocarcinoma.\n',
    [['Liver bx: metastatic carcinoma', 'C787', 'present']]],
];

describe('narrative reader, round 22: denied, uncertain and hypothetical mentions', () => {
  describe('a tumour weighed against its treatment\'s effect is the treated brain lesion', () => checkReadings(treatmentEffectTumours));
  describe('a dated specimen\'s verdict', () => checkReadings(datedSpecimenVerdicts));
  describe('a marrow label with the blood after its semicolon', () => checkReadings(marrowAndBloodLabels));
  describe('a skin cancer\'s recurrence at a named skin site', () => checkReadings(skinScarRecurrences));
  describe('a hedged alternative in a parenthesis', () => checkReadings(hedgedAlternatives));
});
