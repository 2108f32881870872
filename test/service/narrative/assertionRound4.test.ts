import { checkReadings } from './readingCases';

/**
 * The assertion causes found in the blind batches d203–d242 (fourth round), each in wordings of its own,
 * not the notes' sentences. Expected codes cite the Table of Neoplasms row or Index entry of the words as
 * written; the assertions follow NARRATIVE.md's model (NegEx/ConText triggers and scopes) and the
 * guidelines: history is a malignancy excised or eradicated with no further treatment and no evidence of
 * disease (I.C.2.d, Z85 / Z86.0-); an uncertain diagnosis is reported as uncertain (the rules apply
 * Section IV.H / II.H); a risk, a prevention or a plan conditional on a finding is hypothetical.
 */

describe('narrative assertion round 4: a queried diagnosis answered in the record', () => {
  checkReadings([
    // table: colon / Malignant Primary C18.9; "chart error" denies the patient's history.
    ['a denial after the question', 'PMH: HTN. H/o colon cancer? - no, chart error.', [['colon cancer', 'C189', 'negated']]],
    // Index: Leukemia, chronic lymphocytic C91.1-; family history of leukaemia Z80.6: the answer names a blood relative.
    ['a blood relative in the answer', 'Hx of CLL?? - no, that was her sister.', [['CLL', 'Z806', 'family']]],
    // table: cervix / Malignant Primary C53.9.
    ['"? -- denies"', 'Problem list: cervical ca? -- denies.', [['cervical ca', 'C539', 'negated']]],
    // table: endometrium / Malignant Primary C54.1: someone who is no blood relative had it, so the patient did not.
    ['the spouse in the answer', 'H/o endometrial cancer?? - clarified with pt: it was his wife.', [['endometrial cancer', 'C541', 'negated']]],
    // table: liver / Malignant Secondary C78.7: a negative study in parentheses answers the question.
    ['a negative study in parentheses', 'Liver mets?? (2024 MRI neg).', [['Liver mets', 'C787', 'negated']]],
    // A question left open stays uncertain (C53.9 hedged by "?").
    ['an open question stays uncertain', 'Cervical cancer? Biopsy next week.', [['Cervical cancer', 'C539', 'uncertain']]],
    // Without a question: a record correction after the diagnosis (Index: Lymphoma, diffuse large B-cell C83.3-, no site C83.30).
    ['"chart error" without a question', 'PMH: HTN; h/o DLBCL - chart error; colon cancer listed in error.', [['DLBCL', 'C8330', 'negated'], ['colon cancer', 'C189', 'negated']]],
  ]);
});

describe('narrative assertion round 4: treatment stopped, markers gone, EHR checkboxes', () => {
  checkReadings([
    // table: pancreas / Malignant Primary C25.9, liver / Malignant Secondary C78.7: chemotherapy stopped for toxicity is no
    // eradication (I.C.2.d), so "completed 4 cycles" does not make the cancer history; the same sentence ending in a completed course does.
    ['treatment stopped for toxicity', 'Pancreatic cancer with liver mets. Completed 4 cycles FOLFIRINOX, then stopped due to neuropathy.', [['Pancreatic cancer', 'C259', 'present'], ['liver mets', 'C787', 'present']]],
    // Round 19 (historySecondary.ts, Guideline I.C.2.d): a metastasis gone with its cancer is the personal history of that cancer, Z85.07.
    ['a completed course for contrast', 'Pancreatic cancer with liver mets. Completed 6 cycles FOLFIRINOX in 2024.', [['Pancreatic cancer', 'Z8507', 'history'], ['liver mets', 'Z8507', 'history']]],
    // table: lung / Malignant Primary C34.9- (no side: null): declining further treatment leaves the disease there.
    ['further treatment declined', 'H/o lung cancer, declines further chemotherapy.', [['lung cancer', 'null', 'present']]],
    // Z85.46 personal history of malignant neoplasm of prostate; Z85.850 of thyroid: an undetectable marker after treatment is no evidence of disease.
    ['PSA undetectable', 'Prostate cancer, s/p prostatectomy 2012, PSA undetectable since.', [['Prostate cancer', 'Z8546', 'history']]],
    ['thyroglobulin undetectable', 'Papillary thyroid cancer 2015, Tg undetectable.', [['thyroid cancer', 'Z85850', 'history']]],
    // Z85.3 personal history of malignant neoplasm of breast: the patient's "all clear" after treatment.
    ['the patient\'s "all clear"', 'Breast cancer 2009 - lumpectomy and radiation, "all clear".', [['Breast cancer', 'Z853', 'history']]],
    // Z85.9 personal history of malignant neoplasm, unspecified (a checked yes of a health-history form); Z85.038 colon history;
    // C44.90 skin NOS (ANNOTATION: site-less skin cancer) denied by a checked no; the unchecked "[ ] No" denies nothing, and the
    // "thyroid" box of the line before is no site of the cancer.
    [
      'a health-history form',
      'Endocrine: [x] DM2 [ ] thyroid\nCancer: [x] Yes [ ] No  Type: colon ca 2010, completed chemo\nSkin cancer: [x] No',
      [['Cancer', 'Z859', 'history'], ['colon ca', 'Z85038', 'history'], ['Skin cancer', 'C4490', 'negated']],
    ],
    // Other box styles: the box after the answer, parentheses, ballot-box characters; a checked no of a site-less cancer is the
    // Z85.9 it denies, like "no personal hx of cancer" (ANNOTATION.md).
    [
      'other box styles',
      'Cancer: ☒ Yes ☐ No\nCancer: Yes [x] No [ ]\nCancer: [ ] Yes [x] No\nColon cancer: (x) no ( ) yes',
      [['Cancer', 'Z859', 'history'], ['Cancer', 'Z859', 'history'], ['Cancer', 'Z859', 'negated'], ['Colon cancer', 'C189', 'negated']],
    ],
  ]);
});

describe('narrative assertion round 4: a benign tumour removed on a date', () => {
  checkReadings([
    // Index: Fibroid, uterus D25.9; removed: Z86.018 personal history of other benign neoplasm.
    ['a dated hysterectomy', 'Uterine fibroids - hysterectomy 2011.', [['fibroids', 'Z86018', 'history']]],
    ['a planned one is no history', 'Uterine fibroids - hysterectomy planned.', [['fibroids', 'D259', 'present']]],
    // A malignancy resected is not history by the removal alone (the corpus convention, README "Treatment decides history only through cues").
    ['a malignancy stays present', 'Endometrial cancer, hysterectomy 2011.', [['Endometrial cancer', 'C541', 'present']]],
    // Index: Adenoma, pleomorphic - see Neoplasm, salivary gland, benign (parotid D11.0); removed in a decade: Z86.018.
    ['a decade dates a removal', 'R parotid pleomorphic adenoma removed 1990s.', [['R parotid pleomorphic adenoma', 'Z86018', 'history']]],
    // Index: Lipoma, skin, trunk D17.1; the dated removal written before the tumour: Z86.018.
    ['a dated excision written first', 'Hx: 2019 excision of a 3 cm lipoma of the R upper back (benign on path).', [['lipoma of the R upper back', 'Z86018', 'history']]],
  ]);
});

describe('narrative assertion round 4: a differential after a history word', () => {
  checkReadings([
    // table: liver / Malignant Secondary C78.7 (hedged by "DDx"); Z85.038 history of colon cancer ("prior", the metastasis's
    // origin, which the "vs" after it does not hedge); Index: Hemangioma, liver D18.03 (written "hemangioma" alone: D18.00);
    // HCC C22.0: the alternatives after "vs" are not in the history "prior" names.
    [
      'the alternatives are not history',
      'DDx: liver met from prior colon cancer vs hemangioma vs primary HCC.',
      [['liver met', 'C787', 'uncertain'], ['colon cancer', 'Z85038', 'history'], ['hemangioma', 'D1800', 'uncertain'], ['HCC', 'C220', 'uncertain']],
    ],
    // The primary a metastasis comes from is known: a hedge after it weighs the metastasis (C18.9 present).
    ['the origin of a metastasis is not hedged', 'Liver lesion: met from known colon cancer vs abscess.', [['Liver lesion: met', 'C787', 'present'], ['colon cancer', 'C189', 'present']]],
    // "likely from colon cancer" hedges the primary itself (no metastasis word before "from").
    ['a hedged origin stays hedged', 'Liver lesion, likely from colon cancer vs pancreas cancer.', [['colon cancer', 'C189', 'uncertain'], ['pancreas cancer', 'C259', 'uncertain']]],
  ]);
});

describe('narrative assertion round 4: hypothetical, feared and doubted', () => {
  checkReadings([
    // Index: Lymphoma C85.9-, no site: C85.90; a work-up only if the node grows is a plan conditional on a finding.
    ['a conditional work-up', 'Return if the node grows; would then need biopsy to exclude lymphoma.', [['lymphoma', 'C8590', 'hypothetical']]],
    // table: skin NOS / Malignant Primary C44.90 (ANNOTATION: a site-less skin cancer): prevented, not present.
    ['chemoprevention', 'Nicotinamide 500 mg BID for skin cancer chemoprevention.', [['skin cancer', 'C4490', 'hypothetical']]],
    // C73 thyroid (table: thyroid gland / Malignant Primary): "incl." is an abbreviation, so "risk of" reaches into the parenthesis.
    ['"incl." does not end the sentence', 'Counselled on risk of late effects (incl. thyroid cancer).', [['thyroid cancer', 'C73', 'hypothetical']]],
    // Index: Leukemia, chronic myeloid C92.1-: the patient's fear is no diagnosis, but an uncertain one; "is back" states a relapse, so
    // the relapse code C92.12 (ANNOTATION.md, consistency pass round 16: a mention whose own words state a relapse takes the relapse code).
    ['the patient\'s fear', 'He is worried the CML is back.', [['CML', 'C9212', 'uncertain']]],
    // table: stomach / Malignant Primary C16.9: the clinician doubts it.
    // ANNOTATION.md Settled: "doubt X" is uncertain (the clinician weighs it, does not exclude it).
    ['doubt', 'Gastritis on biopsy; doubt gastric cancer.', [['gastric cancer', 'C169', 'uncertain']]],
  ]);
});

describe('narrative assertion round 4: "Evaluate for" in an indication', () => {
  checkReadings([
    // Index: Thymoma (benign) D15.0: an indication prompted by a finding is a rule-out (ANNOTATION.md, "Evaluate for X" in an indication).
    ['an indication is a rule-out', 'INDICATION: Anterior mediastinal mass on CXR. Evaluate for thymoma.', [['thymoma', 'D150', 'uncertain']]],
    // In a plan, or inside a sentence, the evaluation is still to come.
    ['a plan stays hypothetical', 'Plan:\nEvaluate for thymoma with CT chest.', [['thymoma', 'D150', 'hypothetical']]],
    ['inside a sentence it stays hypothetical', 'CT chest ordered to evaluate for thymoma.', [['thymoma', 'D150', 'hypothetical']]],
  ]);
});

describe('narrative assertion round 4: treatment going on, and non-invasive or skin lesions removed', () => {
  checkReadings([
    // table: brain, frontal lobe / Malignant Primary C71.1: concurrent chemoradiation is treatment going on (I.C.2.d: no history yet).
    ['concurrent chemoradiation', 'Medical hx: GBM of the R frontal lobe s/p resection 9/2026, on concurrent temozolomide/RT.', [['GBM of the R frontal lobe', 'C711', 'present']]],
    // Index: Myelofibrosis (primary) D47.4: an evaluation for a treatment of the known disease is no work-up for it.
    ['a transplant evaluation', 'Reason: transplant evaluation for primary myelofibrosis.', [['primary myelofibrosis', 'D474', 'present']]],
    // Z86.006 personal history of melanoma in situ; Z86.000 of in-situ neoplasm of breast: a dated excision ends an in-situ lesion.
    ['melanoma in situ, WLE on a date', '- Melanoma in situ, L forearm, WLE 2021, skin checks clear.', [['Melanoma in situ, L forearm', 'Z86006', 'history']]],
    ['DCIS, excision on a date', '- DCIS L breast, excision 2019.', [['DCIS L breast', 'Z86000', 'history']]],
    // Z85.828 personal history of other malignant neoplasm of skin: Mohs surgery and ED&C on a date treated the skin cancers.
    [
      'Mohs and ED&C on a date',
      '- sBCC R upper back s/p ED&C 2022; nodular BCC R nasal ala s/p Mohs 2020 (clear margins).',
      [['sBCC R upper back', 'Z85828', 'history'], ['BCC R nasal ala', 'Z85828', 'history']],
    ],
    // C44.319 basal cell carcinoma of skin of other parts of face; C44.629 squamous cell carcinoma of skin of left upper limb:
    // a Mohs declined or only referred for treated nothing.
    ['a Mohs declined', '- BCC R temple, bx 3/2026 - pt declined Mohs.', [['BCC R temple', 'C44319', 'present']]],
    ['a Mohs referral', '- SCC L hand, referred for Mohs 1/2027.', [['SCC L hand', 'C44629', 'present']]],
  ]);
});

describe('narrative assertion round 4: whose disease', () => {
  checkReadings([
    // Z80.49 family history of malignant neoplasm of other genital organs (endometrium); Z80.3 of breast: a relative's possessive.
    ['a relative\'s possessive', 'Germline referral given mother\'s endometrial cancer at 50. Her sister\'s breast cancer was treated.', [['endometrial cancer', 'Z8049', 'family'], ['breast cancer', 'Z803', 'family']]],
    // Someone who is no blood relative: no mention at all.
    ['a spouse\'s possessive', 'Her husband\'s prostate cancer.', []],
    // ANNOTATION.md: a family "brain tumor" is Z80.8 (table: brain / Unspecified Behavior D49.6 for the patient's own).
    ['a relative\'s brain tumour', 'FHx: maternal aunt with a brain tumor.', [['brain tumor', 'Z808', 'family']]],
  ]);
});

describe('narrative assertion round 4: a denied personal history, an imaging characteristic', () => {
  checkReadings([
    // Z85.9 personal history of malignant neoplasm, unspecified, denied (ANNOTATION.md: a denied site-less cancer history).
    ['"NO personal cancer history"', 'Pt has NO personal cancer history.', [['cancer', 'Z859', 'negated']]],
    // table: adrenal (gland) / Benign D35.02 left: what the image shows is no proof of the diagnosis.
    ['washout characteristics', 'Adrenals: 1.2 cm left adrenal nodule, washout characteristics of adenoma.', [['adenoma', 'D3502', 'uncertain']]],
  ]);
});

describe('narrative assertion round 4: "favor" weighing an established disease', () => {
  checkReadings([
    // Index: Syndrome, myelodysplastic D46.9: established by the marrow, the later "favor" weighs its origin (ANNOTATION.md:
    // a hedge makes a diagnosis uncertain only when the text does not establish it otherwise); C34.11 right upper lobe stays hedged.
    [
      'favor after the diagnosis',
      'Marrow 10/2026: myelodysplastic syndrome.\nTherapy-related origin considered; favor de novo myelodysplastic syndrome.\nLung nodule - favor adenocarcinoma of the RUL.',
      [['myelodysplastic syndrome', 'D469', 'present'], ['myelodysplastic syndrome', 'D469', 'present'], ['adenocarcinoma of the RUL', 'C3411', 'uncertain']],
    ],
    // Before the diagnosis is established the hedge stands.
    ['favor before the diagnosis', 'Favor myelodysplastic syndrome; marrow pending.', [['myelodysplastic syndrome', 'D469', 'uncertain']]],
  ]);
});

describe('narrative assertion round 4: ConText probable existence, doubt and disease-free', () => {
  checkReadings([
    // Index: Lymphoma C85.9- (no site C85.90); Melanoma C43.9; table: breast / Malignant Primary C50.9- (no sex or side: null),
    // history Z85.3 (I.C.2.d: free of disease since treatment); an outcome statistic says nothing of the patient.
    ['"might have"', 'He was told he might have lymphoma.', [['lymphoma', 'C8590', 'uncertain']]],
    ['"unsure whether"', 'Pt is unsure whether she had melanoma.', [['melanoma', 'C439', 'uncertain']]],
    ['"whether this represents"', 'Whether this represents lymphoma is unclear.', [['lymphoma', 'C8590', 'uncertain']]],
    ['"in the differential"', 'Melanoma is in the differential.', [['Melanoma', 'C439', 'uncertain']]],
    ['"unlikely to be"', 'Unlikely to be lymphoma.', [['lymphoma', 'C8590', 'uncertain']]],
    ['disease-free since', 'Breast cancer 2010, disease-free since.', [['Breast cancer', 'Z853', 'history']]],
    ['disease-free survival is a statistic', 'Stage II breast cancer: 5-yr disease-free survival 85%.', [['breast cancer', 'null', 'present']]],
  ]);
});

describe('narrative assertion round 4: more relatives', () => {
  checkReadings([
    // Z80.3 breast, Z80.0 digestive organs, Z80.6 leukaemia, Z80.41 ovary: grandparent abbreviations, half-siblings, plurals;
    // an adoptive parent is no blood relative (no mention).
    [
      'relatives as family histories write them',
      'MGM - breast ca at 60s.\nPGF with gastric cancer.\nHalf-brother had leukemia.\nTwo sisters with ovarian cancer.\nHer adoptive mother had breast cancer.',
      [['breast ca', 'Z803', 'family'], ['gastric cancer', 'Z800', 'family'], ['leukemia', 'Z806', 'family'], ['ovarian cancer', 'Z8041', 'family']],
    ],
  ]);
});

describe('narrative assertion round 4: treatment in the past', () => {
  checkReadings([
    // Z85.038 colon, Z85.3 breast, Z85.850 thyroid (I.C.2.d: treatment over); liver mets under treatment stay present (C78.7).
    ['"finished" after the diagnosis', 'Colon cancer stage III, finished FOLFOX in 2019.', [['Colon cancer', 'Z85038', 'history']]],
    ['"was treated … ago"', 'Her breast cancer was treated 10 years ago.', [['breast cancer', 'Z853', 'history']]],
    ['"treated" with a time ago', 'Thyroid cancer treated 20 yrs ago.', [['Thyroid cancer', 'Z85850', 'history']]],
    ['"being treated" stays current', 'Liver mets being treated with SBRT.', [['Liver mets', 'C787', 'present']]],
  ]);
});

describe('narrative assertion round 4: resolved, not favored, screened, to be confirmed', () => {
  checkReadings([
    // table: liver / Malignant Secondary C78.7; breast C50.9- (no sex or side: null); Melanoma C43.9.
    ['"interval resolution of"', 'Interval resolution of liver mets.', [['liver mets', 'C787', 'history']]],
    // Round 6: a reading judged improbable is uncertain, as "doubt X" and "X unlikely" are (ANNOTATION.md, Settled; d289).
    ['"not favored"', 'Liver metastasis is not favored.', [['Liver metastasis', 'C787', 'uncertain']]],
    ['"to screen for"', 'Mammogram to screen for breast cancer.', [['breast cancer', 'null', 'hypothetical']]],
    ['"to confirm"', 'Pending pathology to confirm melanoma.', [['melanoma', 'C439', 'uncertain']]],
  ]);
});

describe('narrative assertion round 4: a history word closing its own noun', () => {
  checkReadings([
    // Index: Fibroid, uterus D25.9: "hx" closes "Thyroid nodule", so the fibroids after it are no history; Z85.038 colon history
    // where "hx" leads ("has hx colon cancer") or opens its list with a colon.
    [
      'the history word closes the noun before it',
      '- Thyroid nodule hx (see above), uterine fibroids\nPt has hx colon cancer.\nSeen today. Relevant hx: colon cancer.',
      [['fibroids', 'D259', 'present'], ['colon cancer', 'Z85038', 'history'], ['colon cancer', 'Z85038', 'history']],
    ],
  ]);
});

describe('narrative assertion round 4: part of a course', () => {
  checkReadings([
    // table: colon / Malignant Primary C18.9: a course partly given is treatment going on; the whole course completed is history (Z85.038).
    ['part of a course', 'Colon cancer, completed 3 of 8 planned cycles of FOLFOX.', [['Colon cancer', 'C189', 'present']]],
    ['the whole course', 'Colon cancer, completed 8 cycles of FOLFOX in 2019.', [['Colon cancer', 'Z85038', 'history']]],
  ]);
});

describe('narrative assertion round 4: radiology\'s open readings', () => {
  checkReadings([
    // Index: Lymphoma C85.9- (no site C85.90); table: liver / Malignant Secondary C78.7.
    ['"possibility of"', 'Findings raise the possibility of lymphoma.', [['lymphoma', 'C8590', 'uncertain']]],
    ['"cannot differentiate"', 'Cannot differentiate lymphoma from infection.', [['lymphoma', 'C8590', 'uncertain']]],
    ['"indeterminate for"', 'Indeterminate for liver metastasis.', [['liver metastasis', 'C787', 'uncertain']]],
  ]);
});

describe('narrative assertion round 4: never diagnosed, not found', () => {
  checkReadings([
    // Z85.9 denied (a site-less cancer never diagnosed is the personal history it denies); Lymphoma C85.90 negated.
    ['"never been diagnosed with"', 'Patient has never been diagnosed with cancer.', [['cancer', 'Z859', 'negated']]],
    ['"never diagnosed with"', 'Never diagnosed with lymphoma.', [['lymphoma', 'C8590', 'negated']]],
    ['"was not found"', 'Lymphoma was not found.', [['Lymphoma', 'C8590', 'negated']]],
  ]);
});

describe('narrative assertion round 4: a status closing a problem-list item', () => {
  checkReadings([
    // Z85.038 colon, Z85.820 melanoma of skin, Z85.850 thyroid, Z85.51 bladder (I.C.2.d: a problem list's past item).
    [
      'statuses after the diagnosis',
      'Problem list:\n1. Colon cancer - inactive\n2. Melanoma - historical\n3. Thyroid cancer (remote)\n4. Bladder cancer, h/o',
      [['Colon cancer', 'Z85038', 'history'], ['Melanoma', 'Z85820', 'history'], ['Thyroid cancer', 'Z85850', 'history'], ['Bladder cancer', 'Z8551', 'history']],
    ],
    // A history lead after a comma names the next diagnosis, not the one before it (C18.9's history Z85.038; C61 prostate present).
    ['a lead after a comma leads forward', 'Seen today. Prostate cancer, h/o colon cancer.', [['Prostate cancer', 'C61', 'present'], ['colon cancer', 'Z85038', 'history']]],
  ]);
});

describe('narrative assertion round 4: a diagnosis in parentheses after its removal', () => {
  checkReadings([
    // Index: Fibroadenoma - see Neoplasm, breast, benign; removed: Z86.018. Index: Adenoma, tubular - see Neoplasm, benign, by site
    // (colon D12.6); removed 2019: Z86.0101 personal history of colon polyps, adenomatous. Removed today it is present.
    ['the gloss of a dated removal', '"Benign breast lump" removed 1970s (fibroadenoma).', [['fibroadenoma', 'Z86018', 'history']]],
    ['a polyp removed on a date', 'Polyp removed 2019 (tubular adenoma).', [['tubular adenoma', 'Z860101', 'history']]],
    ['a polyp removed today', 'Polyp removed today (tubular adenoma).', [['tubular adenoma', 'D126', 'present']]],
  ]);
});

describe('narrative assertion round 4: no recurrence of the named cancer', () => {
  checkReadings([
    // Z85.3 breast, Z85.038 colon (I.C.2.d: no evidence of existing disease): the recurrence is denied, the cancer is history.
    ['"no evidence of recurrence of"', 'No evidence of recurrence of her breast cancer.', [['breast cancer', 'Z853', 'history']]],
    ['"no recurrence of" … since', 'No recurrence of colon cancer since resection in 2015.', [['colon cancer', 'Z85038', 'history']]],
    ['still read backward', 'Colon cancer s/p resection 2015, no evidence of recurrence of disease.', [['Colon cancer', 'Z85038', 'history']]],
  ]);
});
