import { type ReadingCase, checkReadings } from './readingCases';

/**
 * Round 15 (tuner A, the urology, haematology and dermatology batch d563-d582).
 *
 * A bare "CIS" in a note that documents a bladder cancer is the bladder's carcinoma in situ: table: bladder / Ca in situ
 * D09.0 (FY2027 code list: D09.0 Carcinoma in situ of bladder), as the corpus codes every such word (d111, d156, d353,
 * d398, d459, d572, d573). With no bladder neoplasm in the encounter the word names no organ and is not read, and a
 * "(CIS)" or "= CIS" that only glosses the in-situ diagnosis or the pTis stage before it adds no mention. The carcinoma's
 * own codes: C67.4 Malignant neoplasm of posterior wall of bladder, C67.9 … bladder, unspecified, C67.1 … dome of bladder.
 */
const CIS_CASES: readonly ReadingCase[] = [
  ['"+ CIS" after a bladder carcinoma is the bladder\'s carcinoma in situ', 'HG Ta UC of bladder posterior wall + CIS -> TURBT x2.',
    [['UC of bladder', 'C674', 'present'], ['CIS', 'D090', 'present']]],
  ['a CIS weighed against BCG effect in a bladder cancer note is uncertain D09.0', 'Bladder cancer on BCG. Erythema at resection site - likely BCG effect vs CIS.',
    [['Bladder cancer', 'C679', 'present'], ['CIS', 'D090', 'uncertain']]],
  ['"concomitant CIS" in a TURBT comment is D09.0', 'Invasive urothelial carcinoma of the bladder dome. Given pT1 HG disease with concomitant CIS, repeat resection.',
    [['urothelial carcinoma of the bladder dome', 'C671', 'present'], ['CIS', 'D090', 'present']]],
  ['guard: with no bladder neoplasm a bare CIS names no organ', 'PMH: HTN. CIS noted.', []],
  ['guard: "(CIS)" glossing a carcinoma in situ of the bladder adds no mention', 'Final path: carcinoma in situ of the bladder dome (CIS).',
    [['carcinoma in situ of the bladder dome', 'D090', 'present']]],
  ['guard: "pTis (CIS)" glosses the stage', 'Pathologic stage: pTis (CIS). Bladder dome urothelial carcinoma.',
    [['Bladder dome urothelial carcinoma', 'C671', 'present']]],
];

/**
 * A generic "secondary malignancy" or "second malignancy" spoken of as a risk is a hypothetical C80.1 (ANNOTATION.md, "A
 * generic second cancer(s)": FY2027 C80.1 Malignant (primary) neoplasm, unspecified), also before "risk" (d114, d265);
 * with its site after "of" or "in" it stays a metastasis there (C78.7 Secondary malignant neoplasm of liver and
 * intrahepatic bile duct).
 */
const SECOND_CANCER_CASES: readonly ReadingCase[] = [
  ['"risk of secondary malignancy" of a survivor is C80.1, hypothetical', 'Late effects: risk of secondary malignancy post CAR-T discussed.',
    [['secondary malignancy', 'C801', 'hypothetical']]],
  ['"Secondary malignancy risk" heading its listed cancers is its own C80.1', 'Secondary malignancy risk on lenalidomide (skin ca) - derm yearly.',
    [['Secondary malignancy', 'C801', 'hypothetical'], ['skin ca', 'C4490', 'hypothetical']]],
  ['"Second malignancy risk:" is C80.1, hypothetical', 'Second malignancy risk: mantle RT confers elevated lifetime risk of thyroid cancer.',
    [['Second malignancy', 'C801', 'hypothetical'], ['thyroid cancer', 'C73', 'hypothetical']]],
  ['guard: "secondary malignancy of the liver" is the liver\'s metastasis', 'CT: secondary malignancy of the liver.',
    [['secondary malignancy of the liver', 'C787', 'present']]],
];

/**
 * A lymphoma's Ann Arbor stage II-IV written after it sets the fifth character 8, lymph nodes of multiple sites (ANNOTATION.md,
 * "Stage or node regions in the lymphoma's own sentence"): a parenthesis between them is passed over, and a lymphoma inside a
 * parenthesis that closes before the stage is not the one staged. FY2027: C83.38 Diffuse large B-cell lymphoma, lymph nodes of
 * multiple sites; C82.90 Follicular lymphoma, unspecified, unspecified site.
 */
const STAGE_CASES: readonly ReadingCase[] = [
  ['a stage after a parenthesis is the lymphoma\'s before it, not the one inside it', 'Diagnosis: Relapsed/refractory DLBCL, GCB type (transformed from follicular lymphoma), stage IV',
    [['DLBCL', 'C8338', 'present'], ['follicular lymphoma', 'C8290', 'present']]],
  ['guard: a stage inside the parenthesis right after the lymphoma is still read', '57 y/o F w/ DLBCL (stage IIIA, dx 8/2026), on R-CHOP.',
    [['DLBCL', 'C8338', 'present']]],
];

/**
 * A bladder part written after the histology with no comma, opened by a side ("urothelial ca L lat wall", "bladder tumor L
 * lateral wall on office cysto"), is the tumour's sub-site as the set-off part is: table: bladder, wall, lateral / Malignant
 * Primary C67.2 (FY2027 C67.2 Malignant neoplasm of lateral wall of bladder). Without a side nothing is read.
 */
const PART_CASES: readonly ReadingCase[] = [
  ['a side-led part after an implied-organ histology is its sub-site', 'HG T1 urothelial ca L lat wall + CIS at dome.',
    [['urothelial ca', 'C672', 'present'], ['CIS', 'D090', 'present']]],
  ['a side-led part after a bladder tumour of a proven carcinoma is its sub-site', 'Clinical History: papillary bladder tumor L lateral wall on office cysto.\nFINAL DIAGNOSIS: urothelial carcinoma of the bladder, left lateral wall.',
    [['bladder tumor', 'C672', 'present'], ['urothelial carcinoma of the bladder', 'C672', 'present']]],
  ['guard: with the comma the part was read before', 'Urothelial carcinoma of the bladder, L lateral wall.',
    [['Urothelial carcinoma of the bladder', 'C672', 'present']]],
];

/**
 * The ISUP Grade Group (GG1-GG5) grades only prostatic carcinoma, so a carcinoma it grades is the prostate's: table: prostate /
 * Malignant Primary C61 (FY2027 C61 Malignant neoplasm of prostate). "GG1 disease" names no neoplasm and stays no mention.
 */
const GRADE_GROUP_CASES: readonly ReadingCase[] = [
  ['a Grade Group before a carcinoma places it in the prostate', '12-core bx: GG1 adenocarcinoma in 2/12 cores (R base 10%, R mid 5%).',
    [['GG1 adenocarcinoma', 'C61', 'present']]],
  ['a Grade Group before "adenoca" too', 'Surveillance bx 11/2025: GG2 adenoca R base 1/3 cores (15%); rest benign.',
    [['GG2 adenoca', 'C61', 'present']]],
  ['guard: with the organ written it stays one mention', '66M with GG1 prostate cancer on AS x 4.5 yrs.',
    [['GG1 prostate cancer', 'C61', 'present']]],
  ['guard: "GG1 disease" is no mention', 'Reviewed low metastatic potential of GG1 disease.', []],
];

/**
 * A risk written between two skin mentions makes the second the risk's own mention, not a restatement of the first: "prior BCC
 * and transplant-related risk of skin cancer" is Z85.828 (Personal history of other malignant neoplasm of skin) and a
 * hypothetical site-less skin cancer C44.90 (Unspecified malignant neoplasm of skin, unspecified; ANNOTATION.md, site-less
 * "skin cancer").
 */
const RISK_CASES: readonly ReadingCase[] = [
  ['a risk of skin cancer after a prior BCC is its own hypothetical mention', 'Health maintenance: annual derm skin check given prior BCC and transplant-related risk of skin cancer.',
    [['BCC', 'Z85828', 'history'], ['skin cancer', 'C4490', 'hypothetical']]],
];

/**
 * A skin carcinoma's site set off after its subtypes joined by "&" ("Basal cell carcinoma, nodular & infiltrative, L nasal ala")
 * is its site, as with subtypes joined by commas: table: skin, nose / Malignant Primary C44.301, basal cell type C44.311 (FY2027
 * C44.311 Basal cell carcinoma of skin of nose).
 */
const SKIN_SUBTYPE_CASES: readonly ReadingCase[] = [
  ['subtypes joined by "&" before the set-off skin site', 'Pre-op dx: Basal cell carcinoma, nodular & infiltrative, L nasal ala (bx 10/21/26)',
    [['Basal cell carcinoma', 'C44311', 'present']]],
];

describe('narrative reader: round 15, urology and skin (tuner A)', () => {
  describe('a bare CIS in a bladder cancer note', () => checkReadings(CIS_CASES));
  describe('a generic secondary malignancy spoken of as a risk', () => checkReadings(SECOND_CANCER_CASES));
  describe('a lymphoma\'s stage past a parenthesis', () => checkReadings(STAGE_CASES));
  describe('a bladder part written after the histology without a comma', () => checkReadings(PART_CASES));
  describe('a prostate Grade Group before a carcinoma', () => checkReadings(GRADE_GROUP_CASES));
  describe('a risk between two skin mentions', () => checkReadings(RISK_CASES));
  describe('a skin site set off after joined subtypes', () => checkReadings(SKIN_SUBTYPE_CASES));
});
