import { checkReadings } from './readingCases';

/**
 * Context round 3: where a mention's site comes from when it is not written next to the histology, and
 * what status the text gives it. Each case: the text, then the mentions expected ([words, code,
 * assertion]); every code is read off the Table of Neoplasms or the Tabular (cited per case) and checked
 * against the FY2027 code file (`../shared/codesets/icd10cm-2027/icd10cm-codes-2027.derived.txt`).
 */

describe('narrative context round 3: a finding gives its site to the histology that concludes it', () => {
  checkReadings([
    // Tabular C44.31 Basal cell carcinoma of skin of other and unspecified parts of face: C44.311 ... of skin of nose (the nasal ala is the external nose).
    ['gives a ruled-out basal cell carcinoma the surface of its line', 'PLAN:\n1. R nasal ala papule - r/o BCC. Shave biopsy performed.',
      [['BCC', 'C44311', 'uncertain']]],
    // Tabular D18.0 Hemangioma: D18.03 of intra-abdominal structures (the liver), not D18.00 unspecified site.
    ['gives a hemangioma the organ of the imaging finding it concludes', 'Upper abdomen: 1.4 cm hypodense lesion hepatic segment 7 w/ peripheral nodular enhancement - c/w hemangioma.',
      [['hemangioma', 'D1803', 'uncertain']]],
    // table: adrenal / Benign D35.0-; left → D35.02 Benign neoplasm of left adrenal gland.
    ['gives an adenoma the organ and side of the nodule it concludes', '1.2 cm L adrenal nodule measuring -4 HU, c/w lipid-rich adenoma.',
      [['lipid-rich adenoma', 'D3502', 'uncertain']]],
    // A PET finding across a semicolon: table: colon, sigmoid / Benign D12.5 and Malignant Primary C18.7.
    ['gives a differential across a semicolon the organ of the uptake it concludes', '3. Focal sigmoid uptake; differential includes adenoma vs malignancy vs physiologic bowel activity.',
      [['adenoma', 'D125', 'uncertain'], ['malignancy', 'C187', 'uncertain']]],
    // A study title's organ concludes its report ("MRI liver 11/12: both c/w hemangiomas" → liver, D18.03); a study only recommended does not.
    ['gives a hemangioma the organ of the study whose report it concludes', 'Two subcm hypodensities liver, too small to characterize -> MRI liver 11/12: both c/w\nhemangiomas.',
      [['hemangiomas', 'D1803', 'uncertain']]],
    ['takes no organ from a study only recommended', 'Recommend CT chest in 3 months (guidance does not apply to patients with known cancer history).', []],
    // "may be" concludes the finding like "c/w": liver → D18.03.
    ['reads "may be" as a finding\'s conclusion', 'Comment: liver lesion may be hemangioma - will clarify on MRI.',
      [['hemangioma', 'D1803', 'uncertain']]],
  ]);
});

describe('narrative context round 3: a hedge opening its own clause after a negation', () => {
  checkReadings([
    // Index: Enchondroma → Neoplasm, bone, benign; table: bone, humerus / Benign D16.0-; right → D16.01. The "no" denies the scalloping, "c/w" hedges the enchondroma.
    ['reads "no cortical scalloping, c/w enchondroma" as uncertain, not negated', 'XR R humerus (2024): small chondroid lesion proximal metadiaphysis, no cortical\nscalloping, c/w enchondroma.',
      [['enchondroma', 'D1601', 'uncertain']]],
  ]);
});

describe('narrative context round 3: an oncologic timeline', () => {
  checkReadings([
    // table: lung, upper lobe / Malignant Primary C34.1-; right (RUL) → C34.11. The CT line above is its own entry, so its "chest" labels nothing.
    ['reads each dated line of a timeline as its own entry', 'ONCOLOGIC HISTORY:\n3/2021 - CT chest for persistent cough: 3.4 cm spiculated RUL mass + R hilar LAD\n3/2021 - EBUS bx RUL + stations 4R/10R: adenocarcinoma, TTF-1+',
      [['adenocarcinoma', 'C3411', 'present']]],
  ]);
});

describe('narrative context round 3: the label of a report part', () => {
  checkReadings([
    // table: stomach, antrum (pyloric) / Malignant Primary C16.3; denied, coded as written (ANNOTATION.md, negated).
    ['gives a denied malignancy two sentences below its part label the labelled organ', 'C. Stomach, antrum, biopsies: mild chronic gastritis. H. pylori negative (IHC).\n   Negative for malignancy.',
      [['malignancy', 'C163', 'negated']]],
    // table: prostate / Malignant Primary C61; the "prostatic tissue" between is the label's own organ.
    ['reads a finding after a semicolon under its label', 'Prostate, R base/mid/apex: benign prostatic tissue; no carcinoma.',
      [['carcinoma', 'C61', 'negated']]],
    // table: rectum / Malignant Primary C20 and Benign D12.8 (Index: Adenoma, tubulovillous → Neoplasm, benign, by site); the
    // table prints the rectum as a row of its own, so the label replaces the colon the polyp histology implies by default.
    ['reads a rectal biopsy part\'s adenoma and denied carcinoma as the rectum', 'C. Rectum, 8 cm, biopsies: Tubulovillous adenoma with focal high-grade dysplasia. No invasive\n   carcinoma.',
      [['Tubulovillous adenoma', 'D128', 'present'], ['carcinoma', 'C20', 'negated']]],
    // Tabular C44.311 Basal cell carcinoma of skin of nose: a skin label names its surface after "Skin," (the nasal ala is the external nose).
    ['reads a skin label\'s surface for the finding on its line', 'A. Skin, R nasal ala, shave: Basal cell carcinoma, nodular type, extending to deep margin.',
      [['Basal cell carcinoma', 'C44311', 'present']]],
    // A new list item is no part of the item above: the denied site-less cancer history stays Z85.9 (ANNOTATION.md), not a breast cancer.
    ['does not carry a list item\'s label into the next item', '- R breast bx 2019: fibroadenoma, excised 2020.\n- No other cancer hx.',
      [['fibroadenoma', 'Z86018', 'history'], ['cancer', 'Z859', 'negated']]],
  ]);
});

describe('narrative context round 3: a history cue in a following sentence', () => {
  checkReadings([
    // The TVA is current (D12.8, rectum Benign); "remains NED" is the colon cancer's own status (Z85.038, Guideline I.C.2.d).
    ['keeps a later sentence\'s NED with the diagnosis that sentence names', 'Addendum comment: Rectal TVA w/ HGD - EMR planned 12/2026. Prior colon cancer remains NED.',
      [['Rectal TVA', 'D128', 'present'], ['colon cancer', 'Z85038', 'history']]],
  ]);
});

describe('narrative context round 3: a differential diagnosis', () => {
  checkReadings([
    // Each reading of the RUL nodule is of the right upper lobe: table: lung, upper lobe / Malignant Primary C34.1-, right → C34.11;
    // AIS is carcinoma in situ of the lung (D02.2-, right → D02.21).
    // table: bladder → trigone / Ca in situ D09.0 (the bladder's in-situ cell); the primary: bladder → wall → lateral C67.2.
    ['gives a site-less histology the site in parentheses right after it', '1) High-grade T1 urothelial carcinoma of the bladder, lateral wall, with concomitant CIS (trigone).',
      [['urothelial carcinoma of the bladder', 'C672', 'present'], ['CIS', 'D090', 'present']]],
    ['gives each histology after "vs" the site the differential is about, and keeps each reading', 'RUL nodule (AIS vs minimally invasive adenocarcinoma vs invasive adenocarcinoma).',
      [['AIS', 'D0221', 'uncertain'], ['minimally invasive adenocarcinoma', 'C3411', 'uncertain'], ['adenocarcinoma', 'C3411', 'uncertain']]],
  ]);
});

describe('narrative context round 3: a conclusion arrow opens its own sentence', () => {
  checkReadings([
    // Tabular D46.C Myelodysplastic syndrome with isolated del(5q) chromosomal abnormality: the line above denies TP53, not the MDS.
    ['does not carry the line above\'s negation into an "=>" conclusion', 'Cyto: 46,XY,del(5)(q13q33)[18]   NGS: no TP53\n  => MDS with isolated del(5q), IPSS-R low',
      [['MDS with isolated del(5q)', 'D46C', 'present']]],
  ]);
});

describe('narrative context round 3: a site whose sub-row is written after its adjective', () => {
  checkReadings([
    // table: anus, anal → canal / Malignant Primary C21.1 (the word after "anal" is the sub-row, so the histology after it still finds its site).
    ['reads "Anal canal SCC" as the anal canal', '1. Anal canal SCC s/p definitive chemoRT.', [['Anal canal SCC', 'C211', 'present']]],
  ]);
});

describe('narrative context round 3: the sub-site and side the encounter documents', () => {
  checkReadings([
    // table: esophagus → distal (lower third) / Malignant Primary C15.5: the title's "Esophageal cancer" is the distal tumour (ANNOTATION.md, side and sub-site documented elsewhere).
    ['gives a restated cancer the sub-site written as a word beside its organ', 'Esophageal cancer - multidisciplinary note\n63M w/ adenocarcinoma of the distal esophagus, uT3N1.',
      [['Esophageal cancer', 'C155', 'present'], ['adenocarcinoma of the distal esophagus', 'C155', 'present']]],
    // table: intestine, large → cecum / Malignant Primary C18.0: the colon NOS is the organ, the cecum its documented part.
    ['gives "metastatic colon cancer" the cecum the encounter documents', 'HPI: colonoscopy: cecal mass, bx = adenocarcinoma of the cecum.\nA/P: Metastatic colon cancer, start FOLFOX.',
      [['adenocarcinoma of the cecum', 'C180', 'present'], ['colon cancer', 'C180', 'present']]],
    // table: gastroesophageal junction / Malignant Primary C16.0, a row of its own whose cell is in the stomach's category (C16):
    // "gastric cancer" (stomach C16.9) is that tumour (the Tabular title of C16.0 is "Malignant neoplasm of cardia").
    ['gives "gastric cancer" the GE junction the encounter documents', 'CC: gastric cancer.\nHPI: EGD showed a mass at the GE junction extending into the cardia, bx adenocarcinoma.',
      [['gastric cancer', 'C160', 'present'], ['adenocarcinoma', 'C160', 'present']]],
    // table: bladder → wall → lateral / Malignant Primary C67.2: the apposed "L lateral wall" is read noun last (mapping.ts) and documented.
    ['gives a restated bladder cancer the wall part written apposed to it', 'HPI: 71M with high-grade NMIBC (pT1 HG urothelial carcinoma of the bladder, L lateral wall) on BCG.\nA/P: NMIBC, continue BCG maintenance.',
      [['NMIBC', 'C672', 'present'], ['urothelial carcinoma of the bladder', 'C672', 'present'], ['NMIBC', 'C672', 'present']]],
    // table: breast / Malignant Primary C50.9-; left, female → C50.912. "New" says newly found, not another tumour (that is "a new primary").
    ['reads "New breast cancer" as the documented left breast cancer', 'REASON FOR CONSULTATION: New breast cancer.\n\nHPI: 46-year-old woman with a mass in her left breast. Core biopsy of the mass showed invasive ductal carcinoma.',
      [['breast cancer', 'C50912', 'present'], ['ductal carcinoma', 'C50912', 'present']]],
  ]);
});

describe('narrative context round 3: the side of a removed organ', () => {
  checkReadings([
    // The history keeps its Z85.528 (Guideline I.C.2.d). Round 22: the impression's "metastatic RCC" names that former primary as
    // its spread's source, so it is the same history, Z85.528 (ANNOTATION.md round 14, '"Metastatic <histology>" is two entries
    // … or the Z85.- history code when the note documents the primary as history: d421', and round 17's former-primary rule);
    // round 3 had read it as the left kidney's C64.2, hedged (d36's gold, reported as a suspected gold error).
    ['codes a restated former kidney cancer named with its spread as its history', 'History: 59M, hx of RCC s/p L nephrectomy 2022.\nImpression: Findings concerning for metastatic RCC to bone.',
      [['RCC', 'Z85528', 'history'], ['metastatic RCC to bone', 'C7951', 'uncertain'], ['RCC', 'Z85528', 'history']]],
    // table: kidney / Malignant Primary C64.-; left (the kidney removed) → C64.2: a restated kidney cancer takes the side of the
    // nephrectomy, a current one (still on adjuvant therapy) and a feared local recurrence of a former one alike.
    ['gives a restated current kidney cancer the side of the nephrectomy', 'History: 59M, RCC s/p L nephrectomy 2022, on adjuvant pembrolizumab.\nImpression: Findings concerning for metastatic RCC to bone.',
      [['RCC', 'C642', 'present'], ['metastatic RCC to bone', 'C7951', 'uncertain'], ['RCC', 'C642', 'uncertain']]],
    ['gives a feared recurrence of a former kidney cancer the side of the nephrectomy', 'History: 59M, hx of RCC s/p L nephrectomy 2022.\nImpression: Findings concerning for recurrent RCC.',
      [['RCC', 'Z85528', 'history'], ['RCC', 'C642', 'uncertain']]],
  ]);
});

describe('narrative assertion round 3: a site-less malignancy that is only feared or excluded', () => {
  checkReadings([
    // Index: Malignancy (see Neoplasm, malignant) → table: unknown site or unspecified / Malignant Primary C80.1; an eligibility
    // criterion is coded as the words would be (ANNOTATION.md, "negated, uncertain, hypothetical"); answered "N" it is denied (round 19).
    ['codes an exclusion criterion\'s malignancy C80.1', '| #   | Criterion                                  | Met | Source / comment        |\n| E-3 | Additional malignancy that is progressing  | N   | none                    |',
      [['Additional malignancy', 'C801', 'negated']]],
  ]);
});

describe('narrative context round 3: exam fields and apposed body sites', () => {
  checkReadings([
    // Tabular D17.1 Benign lipomatous neoplasm of skin and subcutaneous tissue of trunk (the back); the next exam field ("R knee:") is a sentence of its own.
    ['reads an exam line\'s finding as concluded by its lipoma, not by the next field\'s site', 'Exam:\n  Back: soft mobile 4 cm subcutaneous mass L upper back consistent with known lipoma\n  R knee: varus 8 deg, small effusion',
      [['lipoma', 'D171', 'present']]],
    // The same code for a lipoma whose surface is set off after it with a level word.
    ['reads "Lipoma, upper back - stable" as the back', 'PMH:\n  Lipoma, upper back - stable, asymptomatic',
      [['Lipoma, upper back', 'D171', 'present']]],
  ]);
});

describe('narrative context round 3: more header spellings', () => {
  checkReadings([
    // A combined family and social history block defaults to family: Z80.3 Family history of malignant neoplasm of breast.
    ['reads a "Family/Social History" block as family history', 'Family/Social History: breast cancer. Nonsmoker.', [['breast cancer', 'Z803', 'family']]],
  ]);
});

describe('narrative context round 3: a study not performed', () => {
  checkReadings([
    // A denied site-less metastatic disease is Tabular C79.9 (ANNOTATION.md); the bone scan was not done, so it gives no organ (C79.51).
    ['does not place a metastasis in the organ of a study not performed', 'CT chest 9/2026: no pulmonary nodules. Bone scan not indicated. No evidence of metastatic disease.',
      [['metastatic disease', 'C799', 'negated']]],
  ]);
});

describe('narrative context round 3: a tumour arising in a site, and one sub-site by two spellings', () => {
  checkReadings([
    // table: esophagus → distal (lower third) / Malignant Primary C15.5 for each: "arising in" names the tumour's own site, and
    // "distal esophagus" and "distal esophageal" reach the same row (one sub-site, so the restated tumour takes it).
    ['reads "arising in" as the tumour\'s site and one sub-site written two ways', 'HPI: adenocarcinoma of the distal esophagus, cT3N1.\nEGD: bx invasive adenocarcinoma arising in Barrett\'s esophagus.\nA/P: Distal esophageal adenocarcinoma.',
      [['adenocarcinoma of the distal esophagus', 'C155', 'present'], ['adenocarcinoma arising in Barrett\'s esophagus', 'C155', 'present'], ['Distal esophageal adenocarcinoma', 'C155', 'present']]],
  ]);
});

describe('narrative context round 3: the cavity of a bare effusion', () => {
  checkReadings([
    // table: pleura / Malignant Secondary C78.2: the positive cytology is of the effusion of the pleural metastases written just before it.
    ['reads a bare effusion\'s cytology as the pleura named before it', 'new R pleural mets w/ moderate effusion (cytology + for adenocarcinoma, c/w mullerian primary)',
      [['R pleural mets', 'C782', 'present'], ['adenocarcinoma', 'C782', 'present']]],
  ]);
});

describe('narrative assertion round 3: a cancer the note calls recurrent', () => {
  checkReadings([
    // table: bladder → wall → lateral / Malignant Primary C67.2 for every mention: the completed BCG course is no eradication when the
    // assessment calls the cancer recurrent (Guideline I.C.2.d: history only when there is no current disease), as d111 annotates.
    ['keeps a completed course\'s cancer current when the note calls it recurrent',
      'HPI: 71M with high-grade NMIBC (pT1 HG urothelial carcinoma of the bladder, L lateral wall) dx 03/2024, s/p TURBT x2 and BCG induction + maintenance (completed 03/2026). Cysto 08/2026 negative.\nAssessment: Recurrent high-grade urothelial carcinoma of the bladder, L lateral wall. Schedule TURBT.',
      [['NMIBC', 'C672', 'present'], ['urothelial carcinoma of the bladder', 'C672', 'present'], ['urothelial carcinoma of the bladder', 'C672', 'present']]],
  ]);
});
