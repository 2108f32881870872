import * as assert from 'node:assert/strict';
import type { DocumentedMention } from '../../../server/src/service/narrative/model';
import { LYMPH_GLAND_PATH, NODE_REGIONS } from '../../../server/src/service/narrative/nodeLexicon';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { grepPath } from '../../helpers/neoplasmXmlGrep';
import { defaultContext } from '../../narrative/evaluate';

/**
 * The reader on phrasings of real notes that its own corpus did not teach it: site words, node
 * regions and report layouts written as clinicians and pathologists write them. Each expected code
 * is the cell of the Table of Neoplasms row named beside it (checked against the FY2027 code file),
 * or, for the node regions, read off the official XML by `grepPath`, not taken from the reader.
 */

function read(text: string): DocumentedMention[] {
  return [...readNarrative(text, spanOf(0, text.length), defaultContext()).mentions];
}

function codes(text: string): string[] {
  return read(text).map((mention) => `${mention.code ?? 'null'} ${mention.assertion}`);
}

/** Phrase → the codes of its mentions, with the table row each comes from. */
const PHRASES: readonly [string, string[], string][] = [
  ['Ampullary adenocarcinoma.', ['C241 present'], 'ampulla of Vater / Malignant Primary C24.1'],
  ['Calvarial mets.', ['C7951 present'], 'bone, calvarium / Malignant Secondary C79.51'],
  ['Metastases to the skull.', ['C7951 present'], 'bone, skull / Malignant Secondary C79.51'],
  ['Pelvic bone metastases.', ['C7951 present'], 'bone, pelvic / Malignant Secondary C79.51 (one mention, not "pelvic" and "bone")'],
  ['Pericardial metastases.', ['C7989 present'], 'pericardium / Malignant Secondary C79.89'],
  ['Metastatic lung cancer with mets to the brain, adrenal glands and bones.', ['null present', 'C7931 present', 'null present', 'C7951 present'], 'lung C34.9- (no side); brain C79.31; adrenal C79.7- (no side); bone C79.51'],
  ['Urothelial carcinoma of the bladder dome.', ['C671 present'], 'bladder, dome / Malignant Primary C67.1'],
  ['Urothelial carcinoma of the dome of the bladder.', ['C671 present'], 'bladder, dome / Malignant Primary C67.1'],
  ['Bladder neck carcinoma.', ['C675 present'], 'bladder, neck / Malignant Primary C67.5'],
  ['Carcinoma of the bladder trigone.', ['C670 present'], 'bladder, trigone / Malignant Primary C67.0'],
  ['Trigone carcinoma.', ['C670 present'], 'bladder, trigone / Malignant Primary C67.0'],
  ['Penile SCC.', ['C609 present'], 'penis / Malignant Primary C60.9'],
  ['SCC of the left oral tongue.', ['C023 present'], 'tongue, anterior NEC / Malignant Primary C02.3 (the oral tongue is its anterior two-thirds)'],
  ['Mobile tongue SCC.', ['C023 present'], 'tongue, anterior NEC / Malignant Primary C02.3'],
  ['Oligometastatic disease to the liver.', ['C787 present'], 'liver / Malignant Secondary C78.7'],
  ['Oligometastasis in the right lung.', ['C7801 present'], 'lung / Malignant Secondary C78.0-, right C78.01'],
  ['Solitary bone oligometastases.', ['C7951 present'], 'bone / Malignant Secondary C79.51'],
  ['Axillary nodal micrometastasis.', ['C773 present'], 'lymph gland, axilla / Malignant Secondary C77.3'],
  ['Hepatic macrometastases.', ['C787 present'], 'liver / Malignant Secondary C78.7'],
  ['Metastases to the right and left lungs.', ['null present'], 'lung / Malignant Secondary C78.0-: both sides, C78.01 + C78.02'],
  ['Colon cancer of the hepatic flexure.', ['C183 present'], 'intestine, large, hepatic flexure / Malignant Primary C18.3'],
  ['Gastric adenocarcinoma of the antrum.', ['C163 present'], 'stomach, antrum / Malignant Primary C16.3'],
  ['Adenocarcinoma of the lesser curvature of the stomach.', ['C165 present'], 'stomach, lesser curvature NEC / Malignant Primary C16.5'],
  ['Pyloric adenocarcinoma.', ['C164 present'], 'stomach, pylorus / Malignant Primary C16.4'],
  ['Malignant melanoma of the back.', ['C4359 present'], 'Index: Melanoma, skin, back → C43.59 ("malignant melanoma" is no site)'],
  ['Malignant melanoma of skin of right lower limb, including hip.', ['C4371 present'], 'Tabular C43.71, the title as written'],
  ['Multiple myeloma not having achieved remission.', ['C9000 present'], 'Tabular C90.00, the title as written: no remission'],
  ['CLL, not in remission.', ['C9110 present'], 'Tabular C91.10: a remission denied is neither the remission code nor history'],
  ['DLBCL in complete remission.', ['C833A present'], 'Tabular C83.3A Diffuse large B-cell lymphoma, in remission (FY2025 on): remission is a code, not history'],
  ['Follicular lymphoma in remission.', ['C829A present'], 'Tabular C82.9A'],
  ['Nodular sclerosis Hodgkin lymphoma of the mediastinal nodes.', ['C8112 present'], 'Tabular C81.1-, fifth character 2 intrathoracic'],
  ['Hx of Hodgkin lymphoma treated with ABVD 1995, in remission since.', ['C819A present'], 'Tabular C81.9A: a lymphoma documented in remission takes its remission code, even under a history lead'],
  ['Hx of Hodgkin lymphoma treated with ABVD 1995.', ['Z8571 history'], 'Z85.71: a lymphoma the text calls history, with no remission written, stays history'],
  ['Peripheral T-cell lymphoma.', ['C8440 present'], 'Tabular C84.40'],
  ['MALT lymphoma of the stomach.', ['C8840 present'], 'Tabular C88.40 (no site axis)'],
  ['Solitary plasmacytoma of the T8 vertebra.', ['C9030 present'], 'Tabular C90.30'],
  ["Waldenstrom's macroglobulinemia.", ['C8800 present'], 'Tabular C88.00'],
  ['Squamous cell carcinoma of the right hand.', ['C44622 present'], 'table: skin, hand → C44.6-; squamous cell, right → C44.622 (hand NOS is the ill-defined C76.4-)'],
  ['SCC of the left forearm.', ['C44629 present'], 'table: skin, forearm → C44.6-; squamous cell, left → C44.629'],
  ['Squamous cell carcinoma of the right lung.', ['C3491 present'], 'table: lung → C34.9-, right: an organ keeps its row'],
  ['Hilar cholangiocarcinoma (Klatskin tumor).', ['C240 present'], "Index: Klatskin's tumor C24.0 (extrahepatic bile duct)"],
  ['Intrahepatic cholangiocarcinoma.', ['C221 present'], 'Index: Cholangiocarcinoma C22.1'],
  ['Papillary serous carcinoma of the ovary, bilateral.', ['C563 present'], 'table: ovary → C56.-; bilateral C56.3 (the side set off after the site)'],
  ['Carcinoma of the kidney, left, 4 cm.', ['C642 present'], 'table: kidney → C64.-; left C64.2'],
  ['Metastases to the lungs, right greater than left.', ['null present'], 'lung / Malignant Secondary C78.0-: "right greater than left" names no one side ("greater" is no site)'],
  ['Adenocarcinoma of lung, right upper lobe.', ['C3411 present'], 'lung, upper lobe / Malignant Primary C34.1-, right: organ and part joined by a comma are one site'],
  ['BRCA2 carrier, at high risk for ovarian cancer.', ['null hypothetical'], 'table: ovary → C56.- (a risk is hypothetical)'],
  ['Seen today in the Multidisciplinary Breast Cancer Clinic.', [], 'a clinic is no diagnosis'],
  ['Hemangioma of the liver, stable.', ['D1803 present'], 'Tabular D18.03 Hemangioma of intra-abdominal structures (liver C22.9)'],
  ['T12 vertebral hemangioma.', ['D1809 present'], 'Tabular D18.09 Hemangioma of other sites (bone)'],
  ['Hemangioma of the skin of the back.', ['D1801 present'], 'Tabular D18.01 Hemangioma of skin and subcutaneous tissue'],
  ['Hemangioma.', ['D1800 present'], 'Index: Hemangioma D18.00'],
  ['CT shows ascites and omental caking.', [], 'none: omental caking is an imaging sign, not a mention (ANNOTATION.md, consistency pass)'],
  ['mCRPC with bone mets.', ['C61 present', 'C7951 present'], 'prostate C61 (metastatic castration-resistant prostate cancer); bone C79.51'],
  ['Colonoscopy: mass in the cecum, bx = adenocarcinoma.', ['C180 present'], 'cecum / Malignant Primary C18.0 ("bx =" is a tissue result)'],
  ['L BOT primary, SCC.', ['C01 present'], 'tongue, base / Malignant Primary C01 (BOT = base of tongue)'],
  ['Hairy cell leukemia in remission.', ['C9141 present'], 'Tabular C91.41'],
  ['Essential thrombocythemia.', ['D473 present'], 'Index: Thrombocythemia, essential D47.3'],
  ['No family history of ovarian cancer.', ['Z8041 negated'], 'a denied family history keeps its Z80 code (Z80.41), negated'],
  ['FH: negative for colon cancer.', ['Z800 negated'], 'a negation in Family History denies a family history: Z80.0, negated'],
  ['No evidence of metastatic disease in the chest, abdomen, or pelvis.', [], 'the regions a study covers are no secondary sites'],
  ['Metastasis of breast cancer to bone.', ['null present', 'C7951 present'], 'breast C50.9- (no side) primary; bone / Malignant Secondary C79.51 — not a breast metastasis'],
  ['Colon cancer which metastasized to the liver.', ['C189 present', 'C787 present'], 'colon C18.9; liver / Malignant Secondary C78.7 ("metastasized to")'],
  ['Rectal cancer with mesorectal nodal involvement.', ['C20 present', 'C775 present'], 'rectum C20; lymph gland, intrapelvic / Malignant Secondary C77.5 (nodal involvement)'],
  ['History of meningioma, resected 2018.', ['Z86011 history'], 'Tabular Z86.011 Personal history of benign neoplasm of the brain (meningioma D32.9)'],
  ['Hx of tubular adenoma of the sigmoid colon.', ['Z860101 history'], 'Tabular Z86.0101 Personal history of adenomatous and serrated colon polyps (D12.5)'],
  ['History of adrenal adenoma.', ['Z86018 history'], 'Tabular Z86.018 Personal history of other benign neoplasm'],
  ['Brain MRI negative for metastatic disease.', ['C7931 negated'], 'brain / Malignant Secondary C79.31: the study of an organ reports on it'],
  ['CT chest negative for metastatic disease.', [], 'a body region a study covers names no site of its own'],
  ['Gastric body GIST, 6 cm, high risk.', ['C49A2 present'], 'Tabular C49.A2 Gastrointestinal stromal tumor of stomach'],
  ['GIST of the small intestine.', ['C49A3 present'], 'Tabular C49.A3'],
  ['Rectal GIST.', ['C49A5 present'], 'Tabular C49.A5'],
  ['Met dz to liver.', ['C787 present'], 'liver / Malignant Secondary C78.7 ("met dz")'],
  ['SCCA of the larynx.', ['C329 present'], 'larynx / Malignant Primary C32.9'],
  ['HNSCC of the oropharynx.', ['C109 present'], 'oropharynx / Malignant Primary C10.9'],
  ['Hodgkin lymphoma, nodular sclerosis, in remission.', ['C811A present'], 'Tabular C81.1A (the subtype written after a comma)'],
  ['Metastatic prostate cancer with osseous involvement.', ['C61 present', 'C7951 present'], 'prostate C61; bone / Malignant Secondary C79.51 ("involvement" in a metastatic sentence)'],
  ['DLBCL with bone marrow involvement.', ['C83398 present'], 'Tabular C83.398: a lymphoma\'s marrow involvement is no metastasis but its extranodal site (ANNOTATION.md, …9; round 19)'],
  ['Referred by the Lung Cancer Screening Program.', [], 'a programme is no diagnosis'],
  ['Neutropenic fever after chemotherapy for breast cancer.', ['null present'], 'table: breast → C50.9- (no side): a diagnosis next to no institution noun'],
];

/** Problem-list lines as EHRs print them, one Tabular title a line, no bullets: each line is its own entry. */
const TABULAR_LIST: readonly [string, string][] = [
  ['Malignant neoplasm of upper-outer quadrant of left female breast', 'C50412'],
  ['Malignant neoplasm of lower lobe, right bronchus or lung', 'C3431'],
  ['Malignant neoplasm of prostate', 'C61'],
  ['Secondary malignant neoplasm of liver and intrahepatic bile duct', 'C787'],
  ['Secondary and unspecified malignant neoplasm of intrathoracic lymph nodes', 'C771'],
  ['Malignant neoplasm of left kidney, except renal pelvis', 'C642'],
  ['Malignant (primary) neoplasm, unspecified', 'C801'],
  ['Disseminated malignant neoplasm, unspecified', 'C800'],
  ['Intraductal carcinoma in situ of left breast', 'D0512'],
  ['Secondary malignant neoplasm of bone marrow', 'C7952'],
  ['Malignant neoplasm of upper lobe, left bronchus or lung', 'C3412'],
];

describe('narrative reader: phrasings of real notes', () => {
  for (const [text, expected, row] of PHRASES) {
    it(`"${text}" → ${expected.join(', ')} (${row})`, () => {
      assert.deepEqual(codes(text), expected);
    });
  }
});

describe('narrative reader: a problem list of Tabular titles, one a line', () => {
  const list = `Problem List:\n${TABULAR_LIST.map(([line]) => line).join('\n')}\n`;
  it('reads one mention a line with the code the title names', () => {
    assert.deepEqual(read(list).map((mention) => [mention.text.includes('\n'), mention.code]), TABULAR_LIST.map(([, code]) => [false, code]));
  });

  it('a wrapped phrase still goes on across the line break ("metastatic\\nto liver", "history of\\nBreast cancer")', () => {
    assert.deepEqual(codes('Known colon cancer, metastatic\nto liver.'), ['C189 present', 'C787 present']);
    assert.deepEqual(codes('She has a history of\nBreast cancer.'), ['Z853 history']);
  });
});

describe('narrative reader: every lymph node region in a sentence', () => {
  for (const term of NODE_REGIONS) {
    const cell = grepPath([...LYMPH_GLAND_PATH, term.region])?.cells.secondary ?? 'missing';
    it(`"${term.words} lymph node metastasis" → ${cell}`, () => {
      const node = read(`Biopsy-proven ${term.words} lymph node metastasis.`).find((mention) => mention.column === 'secondary');
      assert.equal(node?.code, cell.replace('.', ''));
    });
  }
});

describe('narrative reader: pathology report layouts', () => {
  const report = [
    'CLINICAL HISTORY: 58-year-old female with carcinoma of the right breast.',
    'FINAL DIAGNOSIS:',
    'A. Lymph node, right axillary sentinel, excision:',
    '- Metastatic carcinoma in one of one lymph node (1/1).',
    'B. Breast, right, partial mastectomy:',
    '- Invasive ductal carcinoma, Nottingham grade 2, 1.6 cm.',
    '- Lymphovascular invasion: not identified.',
    '- Ductal carcinoma in situ, intermediate nuclear grade.',
    '- Margins: negative for invasive carcinoma and DCIS.',
    '',
  ].join('\n');

  it('a node label names its region before the node kind ("right axillary sentinel") → C77.3', () => {
    assert.equal(read(report).find((mention) => mention.text.includes('Metastatic carcinoma'))?.code, 'C773');
  });

  it('a node label names the node kind before its region ("Lymph node, sentinel, right axilla") → C77.3', () => {
    const found = read('A. Lymph node, sentinel, right axilla, excision:\n- Metastatic carcinoma in 1 of 2 lymph nodes.\n');
    assert.equal(found[0]?.code, 'C773');
  });

  it('a label gives its side to a histology that implies the organ (ductal carcinoma → breast; right, female → C50.911)', () => {
    assert.equal(read(report).find((mention) => mention.text === 'ductal carcinoma')?.code, 'C50911');
  });

  it('a label reaches every item of its list, not only the first (DCIS, right → D05.11)', () => {
    assert.equal(read(report).find((mention) => mention.text === 'Ductal carcinoma in situ')?.code, 'D0511');
  });

  // ANNOTATION.md (round 17): a margin statement that names the neoplasm is a negated mention of the specimen's tumour at its site.
  it('a margin item denies the specimen\'s tumour at its site (right female breast → C50.911, negated)', () => {
    assert.equal(read(report).find((mention) => mention.assertion === 'negated' && mention.text === 'carcinoma')?.code, 'C50911');
  });
});

describe('narrative reader: the lesion a later result is about', () => {
  const hpi = [
    '46-year-old woman who palpated a mass in her left breast in August while showering. She did not seek care at first because of',
    'her work schedule and because a benign cyst had been aspirated from the same breast in 2019. In October her PCP ordered imaging.',
    'Mammogram and ultrasound showed a 2.3 cm irregular mass, BI-RADS 5, and an abnormal axillary lymph node with cortical thickening.',
    'Ultrasound-guided core biopsy of the mass showed invasive ductal carcinoma. FNA of the abnormal node was positive for metastatic carcinoma.',
  ].join(' ');

  it('"biopsy of the mass showed" takes the mass named far before (left breast, female → C50.912)', () => {
    assert.equal(read(hpi).find((mention) => mention.text === 'ductal carcinoma')?.code, 'C50912');
  });

  it('"FNA of the abnormal node was positive for" takes the node named before (axilla → C77.3)', () => {
    assert.equal(read(hpi).find((mention) => mention.text === 'metastatic carcinoma')?.code, 'C773');
  });

  it('"biopsy of the mass confirmed" a carcinoma of the lobe of that mass (right upper lobe → C34.11)', () => {
    assert.deepEqual(codes('CT showed a 4 cm mass in the right upper lobe with mediastinal adenopathy. Biopsy of the mass confirmed squamous cell carcinoma.'), ['C3411 present']);
  });

  it('a procedure word right before the finding is its cue ("a mass in the sigmoid colon; biopsy adenocarcinoma" → C18.7)', () => {
    assert.deepEqual(codes('Colonoscopy showed a mass in the sigmoid colon; biopsy adenocarcinoma.'), ['C187 present']);
  });

  it('a site followed by a procedure word is the lesion biopsied ("Liver biopsy confirmed metastatic adenocarcinoma" → C78.7)', () => {
    assert.deepEqual(codes('05/2024: Liver biopsy confirmed metastatic adenocarcinoma.'), ['C787 present']);
  });

  it('a node of a named region in the sentence before is the lesion a result is about', () => {
    assert.deepEqual(codes('Ultrasound showed an enlarged left axillary lymph node. FNA showed metastatic carcinoma.'), ['C773 present']);
    assert.deepEqual(codes('CT showed bulky mediastinal lymphadenopathy. EBUS-TBNA confirmed metastatic small cell carcinoma.'), ['C771 present']);
    assert.deepEqual(codes('Exam notable for a firm 2 cm left neck node. Biopsy showed squamous cell carcinoma.'), ['C770 present']);
  });

  it('"biopsy-proven" before a finding is a tissue cue ("Colon mass, biopsy-proven adenocarcinoma" → C18.9)', () => {
    assert.deepEqual(codes('Colon mass, biopsy-proven adenocarcinoma.'), ['C189 present']);
  });

  it('without a definite noun the result looks only 40 tokens back', () => {
    const far = `A mass in the right upper lobe. ${'Her cough is better today and she is eating well again. '.repeat(5)}Biopsy showed squamous cell carcinoma.`;
    assert.deepEqual(codes(far), []);
  });
});

describe('narrative reader: specimen labels on the finding\'s line', () => {
  it('the words after the organ narrow it ("Lung, right lower lobe, wedge resection:" → C78.01 for a metastasis)', () => {
    assert.equal(read('Lung, right lower lobe, wedge resection: Metastatic adenocarcinoma.')[0]?.code, 'C7801');
  });

  it('a skin label gives a melanoma its skin site ("Skin, left upper back" → Index: Melanoma, skin, back C43.59)', () => {
    assert.deepEqual(read('Skin, left upper back, shave biopsy: Malignant melanoma, Breslow 0.8 mm.').map((mention) => [mention.text, mention.code]), [['Malignant melanoma', 'C4359']]);
  });

  it('a skin histology takes the skin of its label\'s site ("B. L upper back: superficial basal cell carcinoma" → C44.519)', () => {
    assert.deepEqual(codes('B. L upper back: superficial basal cell carcinoma.'), ['C44519 present']);
  });

  it('a side and a surface word before the site ("A. R dorsal hand: SCC in situ" → skin, hand in situ, right D04.61)', () => {
    assert.deepEqual(codes('A. R dorsal hand: SCC in situ (Bowen disease).'), ['D0461 present']);
  });

  it('a node label gives a lymphoma its region ("Lymph node, right neck" → C83.31, Tabular fifth character 1)', () => {
    assert.equal(read('Lymph node, right neck, excisional biopsy: Diffuse large B-cell lymphoma.')[0]?.code, 'C8331');
  });
});

describe('narrative reader: a side written far before, and which lesion a hedge is about', () => {
  const filler = 'He was referred to urology, who recommended surgery, but he deferred it while caring for his wife at home. '.repeat(3);

  it('a primary takes the one side its organ was given further back than 40 tokens (left kidney → C64.2)', () => {
    assert.deepEqual(codes(`He has a left renal mass found on CT in March. ${filler}Biopsy shows clear cell renal cell carcinoma.`), ['C642 present']);
  });

  it('two sides named for the organ leave the side open', () => {
    const [rcc] = read(`He has a left renal mass and a right renal lesion. ${filler}Biopsy shows clear cell renal cell carcinoma.`);
    assert.equal(rcc?.code, null);
  });

  // A cyst is no tumour (round 9): the side of "a right renal cyst" is not the carcinoma's, so the mass's left side stands.
  it('a far side of a cyst does not open the side of a mass', () => {
    const [rcc] = read(`He has a left renal mass and a right renal cyst. ${filler}Biopsy shows clear cell renal cell carcinoma.`);
    assert.equal(rcc?.code, 'C642');
  });

  it('a metastasis does not take a far side (a lung metastasis is not in the side of the lung primary)', () => {
    const mets = read(`Right upper lobe adenocarcinoma. ${filler}New lung metastases.`).find((mention) => mention.column === 'secondary');
    assert.equal(mets?.code, null);
  });

  it('"nodule in the right adrenal gland, concerning for metastasis" → C79.71 uncertain', () => {
    assert.deepEqual(codes('CT: 3 cm mass in the left lower lobe. 1.2 cm nodule in the right adrenal gland, concerning for metastasis.'), ['C7971 uncertain']);
  });

  it('"lesion in the left cerebellar hemisphere, suspicious for metastasis given known lung cancer": brain C79.31 uncertain, the known cancer present', () => {
    assert.deepEqual(codes('MRI: 8 mm lesion in the left cerebellar hemisphere, suspicious for metastasis given known lung cancer.'), ['C7931 uncertain', 'null present']);
  });

  it('a sentence that opens with the metastasis word is about the lesion of the sentence before ("Lytic lesion in the left iliac bone. Metastasis versus myeloma.")', () => {
    assert.deepEqual(codes('Impression: Lytic lesion in the left iliac bone. Metastasis versus myeloma.'), ['C7951 uncertain', 'C9000 uncertain']);
    assert.deepEqual(read('There is a 1.5 cm lesion in segment 4 of the liver. Likely metastasis.').map((mention) => [mention.text, mention.code, mention.assertion]), [['metastasis', 'C787', 'uncertain']]);
  });

  it('a hedge covers the findings joined by "and" before it ("left paratracheal node and two hepatic lesions, concerning for metastatic disease")', () => {
    assert.deepEqual(codes('New hypermetabolic left paratracheal node and two hepatic lesions, concerning for metastatic disease.'), ['C771 uncertain', 'C787 uncertain']);
  });

  it('a primary joined by "and" is not made a metastasis ("Breast cancer and liver lesions, concerning for metastases")', () => {
    assert.deepEqual(codes('Breast cancer and liver lesions, concerning for metastases.'), ['null present', 'C787 uncertain']);
  });

  it('looks back one sentence only: a long run of hedge-only sentences is read without deep recursion', () => {
    assert.doesNotThrow(() => read(`Liver lesion. ${'Likely. '.repeat(60000)}Metastasis.`));
  });

  it('a metastasis with a site of its own does not take the lesion before ("Liver lesion. Metastases to the brain.")', () => {
    assert.deepEqual(codes('Liver lesion. Metastases to the brain.'), ['C7931 present']);
  });

  it('an alternative after "vs" is not the spread of the tumour before it ("primary lung cancer vs metastasis from known colon cancer"; "known" ends the hedge)', () => {
    assert.deepEqual(codes('Lung nodule, RLL - concerning for primary lung cancer vs metastasis from known colon cancer.'), ['C3431 uncertain', 'C189 present']);
  });
});
