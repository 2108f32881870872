import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { officialBillable } from '../../helpers/officialCodes';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Families of oncology phrasing the reader's corpus did not teach it, written for this test: sarcoma
 * subtypes, Kaposi sarcoma and mesothelioma by site, haematologic neoplasms, paediatric and other
 * histologies the Index names, intraepithelial neoplasia III, borderline tumours and melanocytic nevi.
 * Each expected code is the Index entry or Tabular code named beside it, and every code is checked to
 * be billable in the FY2027 code file with the title the citation claims.
 */

const fy2027 = officialBillable(2027);

function codes(text: string): string[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => `${mention.code ?? 'null'} ${mention.assertion}`);
}

/** Phrase → the codes of its mentions, the citation, and a word the code's official title holds. */
const PHRASES: readonly [string, string[], string, RegExp][] = [
  // Sarcomas: Index "see Neoplasm, connective tissue, malignant" or "bone, malignant".
  ['Rhabdomyosarcoma of the left thigh.', ['C4922 present'], 'Index: Rhabdomyosarcoma — see Neoplasm, connective tissue, malignant; thigh C49.2-, left', /connective and soft tissue of left lower limb/],
  ['Myxofibrosarcoma of the left arm.', ['C4912 present'], 'Index: Myxofibrosarcoma — connective tissue, arm C49.1-, left', /connective and soft tissue of left upper limb/],
  ['Ewing sarcoma of the pelvis.', ['C414 present'], "Index: Sarcoma, Ewing's — see Neoplasm, bone, malignant; table: bone, pelvic C41.4", /pelvic bones/],
  ['Chondrosarcoma of the right proximal humerus.', ['C4001 present'], 'Index: Chondrosarcoma — see Neoplasm, cartilage (see also bone); bone, humerus C40.0-, right', /long bones of right upper limb/],
  ['Dermatofibrosarcoma protuberans of the back.', ['C44599 present'], 'Index: Dermatofibrosarcoma — see Neoplasm, skin, malignant; skin of back C44.50-, other specified type C44.599', /other specified malignant neoplasm of skin of other part of trunk/i],
  ['DFSP of the left shoulder.', ['C44699 present'], 'skin of shoulder C44.60-, left, other specified type C44.699', /other specified malignant neoplasm of skin of left upper limb/i],
  ['Kaposi sarcoma of the skin of the left leg.', ['C460 present'], "Tabular C46.0 Kaposi's sarcoma of skin", /Kaposi's sarcoma of skin/],
  ['Kaposi sarcoma of the left lower leg.', ['C460 present'], "Tabular C46.0: a body surface the table prints as an ill-defined region (C76) is the skin there", /Kaposi's sarcoma of skin/],
  ['Pleural mesothelioma.', ['C450 present'], 'Tabular C45.0 Mesothelioma of pleura', /Mesothelioma of pleura/],
  ['Malignant mesothelioma of the peritoneum.', ['C451 present'], 'Tabular C45.1 Mesothelioma of peritoneum', /Mesothelioma of peritoneum/],
  // Haematologic neoplasms the Index classifies by morphology.
  ['Burkitt lymphoma of the terminal ileum.', ['C8379 present'], 'Tabular C83.7-, fifth character 9 extranodal', /Burkitt lymphoma, extranodal/],
  ['Splenic marginal zone lymphoma.', ['C8307 present'], 'Tabular C83.0 inclusion: splenic marginal zone lymphoma; the spleen is its site: C83.07', /Small cell B-cell lymphoma, spleen/],
  ['Mycosis fungoides, patch stage.', ['C8400 present'], 'Index: Mycosis fungoides C84.0-', /Mycosis fungoides, unspecified site/],
  ['Sezary syndrome.', ['C8410 present'], 'Index: Sezary disease C84.1-', /Sezary disease, unspecified site/],
  ['ALK-negative anaplastic large cell lymphoma.', ['C8470 present'], 'Tabular C84.7- Anaplastic large cell lymphoma, ALK-negative', /ALK-negative, unspecified site/],
  ['Primary CNS lymphoma.', ['C83390 present'], 'Tabular C83.390 Primary central nervous system lymphoma', /Primary central nervous system lymphoma/],
  ['CMML.', ['C9310 present'], 'Index: Leukemia, myelomonocytic, chronic C93.1-', /Chronic myelomonocytic leukemia not having achieved remission/],
  ['Acute promyelocytic leukemia in remission.', ['C9241 present'], 'Tabular C92.41 Acute promyelocytic leukemia, in remission', /in remission/],
  ['Acute myelogenous leukemia.', ['C9200 present'], 'Index: Leukemia, myelogenous, acute C92.0-', /Acute myeloblastic leukemia, not having achieved remission/],
  ['Primary myelofibrosis, JAK2 positive.', ['D474 present'], 'Tabular D47.4 inclusion: myelofibrosis (idiopathic)', /Osteomyelofibrosis/],
  ['Myeloproliferative neoplasm, unclassifiable.', ['D471 present'], 'Tabular D47.1 Chronic myeloproliferative disease', /Chronic myeloproliferative disease/],
  ['ET, JAK2 positive, on hydroxyurea.', ['D473 present'], 'Index: Thrombocythemia, essential D47.3 ("ET" in capitals)', /Essential \(hemorrhagic\) thrombocythemia/],
  ['ET tube in place. Monoclonal gammopathy.', ['D472 present'], '"ET tube" is endotracheal; Tabular D47.2 Monoclonal gammopathy', /Monoclonal gammopathy/],
  // Relapse, remission, grade and Ann Arbor stage written with a haematologic neoplasm (morphologyMentions.ts).
  ['Relapsed AML, NPM1-mutated.', ['C9202 present'], 'Tabular C92.02 Acute myeloblastic leukemia, in relapse (relapse written before)', /in relapse/],
  ['AML, no evidence of relapse.', ['C9200 present'], 'a denied relapse is none: C92.00', /not having achieved remission/],
  ['DLBCL in CR1, no evidence of relapse.', ['C833A present'], '"in CR1" is a complete remission: Tabular C83.3A', /Diffuse large B-cell lymphoma, in remission/],
  ['Follicular lymphoma, grade 2.', ['C8210 present'], 'Tabular C82.1- Follicular lymphoma grade II', /Follicular lymphoma grade II, unspecified site/],
  ['FL grade 3A.', ['C8230 present'], 'Tabular C82.3- Follicular lymphoma grade IIIa ("FL" in capitals)', /Follicular lymphoma grade IIIa, unspecified site/],
  ['Moved to FL in 2019.', [], '"to FL" is Florida', /^$/],
  ['Diffuse large B-cell lymphoma, GCB subtype, stage IIIA, IPI 3.', ['C8338 present'], 'Ann Arbor stage III is nodal disease on both sides of the diaphragm: Tabular C83.38 lymph nodes of multiple sites', /lymph nodes of multiple sites/],
  ['62M w/ stage III DLBCL (GCB), CMR on interim PET.', ['C8338 present'], 'stage before the lymphoma: C83.38', /lymph nodes of multiple sites/],
  ['Stage IV DLBCL.', ['C8338 present'], 'stage IV, as II and III, is coded lymph nodes of multiple sites (ANNOTATION.md stage rule): C83.38', /lymph nodes of multiple sites/],
  // Paediatric and other histologies the Index names with a site or code.
  ['Medulloblastoma.', ['C716 present'], 'Index: Medulloblastoma, unspecified site C71.6', /cerebellum/],
  ['Wilms tumor of the left kidney.', ['C642 present'], 'Index: Nephroblastoma (Wilms) — kidney C64.-, left', /left kidney/],
  ['Hepatoblastoma.', ['C222 present'], 'Index: Hepatoblastoma C22.2', /Hepatoblastoma/],
  ['PDAC of the pancreatic head.', ['C250 present'], 'pancreatic ductal adenocarcinoma; table: pancreas, head C25.0', /head of pancreas/],
  ['Thymoma, type B2.', ['D150 present'], 'Index: Thymoma (benign) D15.0', /Benign neoplasm of thymus/],
  ['Craniopharyngioma.', ['D444 present'], 'Index: Craniopharyngioma D44.4', /craniopharyngeal duct/],
  // Intraepithelial neoplasia grade III is carcinoma in situ (Tabular D06, D07.1, D01.3 inclusion terms).
  ['CIN 3 on cone biopsy.', ['D069 present'], 'Tabular D06 includes cervical intraepithelial neoplasia III [CIN III]', /Carcinoma in situ of cervix, unspecified/],
  ['History of CIN III, s/p LEEP.', ['Z86001 history'], 'Z86.001 Personal history of in-situ neoplasm of cervix uteri', /in-situ neoplasm of cervix uteri/],
  ['VIN 3 of the left labium.', ['D071 present'], 'Tabular D07.1 inclusion: vulvar intraepithelial neoplasia III [VIN III]', /Carcinoma in situ of vulva/],
  ['AIN III.', ['D013 present'], 'Tabular D01.3 inclusion: anal intraepithelial neoplasia III [AIN III]', /Carcinoma in situ of anus and anal canal/],
  // Borderline tumours are of uncertain behaviour; their history is Z86.03.
  ['Borderline serous tumor of the left ovary.', ['D3912 present'], 'table: ovary / Uncertain Behavior D39.1-, left', /uncertain behavior of left ovary/],
  ['Hx of L ovarian borderline serous tumor s/p L SO 2009.', ['Z8603 history'], 'Tabular Z86.03 Personal history of neoplasm of uncertain behavior', /Personal history of neoplasm of uncertain behavior/],
  // Lipomas by site (Tabular D17.-): the skin and subcutaneous tissue of the body surface, or the organ.
  ['Lipoma of back.', ['D171 present'], 'skin of back is trunk: Tabular D17.1', /subcutaneous tissue of trunk/],
  ['Lipoma of the left forearm.', ['D1722 present'], 'Tabular D17.22', /subcutaneous tissue of left arm/],
  ['Right thigh lipoma.', ['D1723 present'], 'Tabular D17.23', /subcutaneous tissue of right leg/],
  ['Lipoma of the scalp.', ['D170 present'], 'Tabular D17.0', /head, face and neck/],
  ['Renal lipoma.', ['D1771 present'], 'an organ: Tabular D17.71', /Benign lipomatous neoplasm of kidney/],
  ['Leiomyomata uteri.', ['D259 present'], 'Index: Leiomyoma, uterus D25.9', /Leiomyoma of uterus, unspecified/],
  // Melanocytic nevi by skin site, as melanoma is (Tabular D22.-).
  ['Dysplastic nevus L shoulder, moderate atypia.', ['D2262 present'], 'Tabular D22.62 Melanocytic nevi of left upper limb, including shoulder', /left upper limb, including shoulder/],
  ['Compound dysplastic nevus of the right upper back.', ['D225 present'], 'Tabular D22.5 Melanocytic nevi of trunk', /Melanocytic nevi of trunk/],
  ['C. L shoulder: compound dysplastic nevus with moderate atypia.', ['D2262 present'], 'the report label names the skin site; Tabular D22.62', /left upper limb/],
  // Sub-sites of the organ a glioma or meningioma implies, written as adjectives (organSubsites.ts).
  ['Left temporal GBM.', ['C712 present'], 'table: brain, temporal lobe / Malignant Primary C71.2', /temporal lobe/],
  ['Right parietal glioblastoma, IDH-wildtype.', ['C713 present'], 'table: brain, parietal lobe C71.3', /parietal lobe/],
  ['Pontine glioma.', ['C717 present'], 'table: brain, pons C71.7', /brain stem/],
  ['Left frontoparietal oligodendroglioma.', ['C718 present'], 'table: brain, overlapping lesion C71.8', /overlapping sites of brain/],
  ['GBM, IDH-wildtype, s/p resection.', ['C719 present'], 'no lobe written: table: brain NEC C71.9', /Malignant neoplasm of brain, unspecified/],
  ['R frontal convexity meningioma.', ['D320 present'], 'table: meninges, cerebral / Benign D32.0', /Benign neoplasm of cerebral meninges/],
  ['Parasagittal meningioma.', ['D320 present'], 'table: meninges, cerebral D32.0 (not "parasagittal (region)" D36.7: a meningioma is of the meninges)', /cerebral meninges/],
  ['Meningioma of the left sphenoid wing.', ['D320 present'], 'table: meninges, cerebral D32.0 (not the sphenoid bone)', /cerebral meninges/],
  ['Spinal meningioma at T6.', ['D321 present'], 'table: meninges, spinal / Benign D32.1', /Benign neoplasm of spinal meninges/],
  // Abbreviations and phrases of common primaries and spreads.
  ['48F with TNBC of the left breast.', ['C50912 present'], 'triple-negative breast cancer: table: breast C50.9-, left, female', /left female breast/],
  ['Left RCC, s/p partial nephrectomy planned.', ['C642 present'], 'a side before a histology that implies its organ: table: kidney C64.-, left', /left kidney/],
  ['mCRC with liver-only metastases.', ['null present', 'C787 present'], 'metastatic colorectal cancer: null, colon or rectum not written (C18.9, C19, C20; ANNOTATION.md round 21 (h)); its liver-only metastases: liver / Malignant Secondary C78.7', /Secondary malignant neoplasm of liver/],
  ['NSGCT of the right testis.', ['C6291 present'], 'non-seminomatous germ cell tumour: table: testis C62.9-, right', /right testis/],
  ['cHL, stage IIB.', ['C8178 present'], 'classical Hodgkin lymphoma NOS: Tabular C81.7 Other Hodgkin lymphoma (inclusion); stage II: lymph nodes of multiple sites', /Other Hodgkin lymphoma, lymph nodes of multiple sites/],
  ['cHL.', ['C8170 present'], 'classical Hodgkin lymphoma NOS: Tabular C81.7 Other Hodgkin lymphoma (inclusion)', /Other Hodgkin lymphoma, unspecified site/],
  ['No leptomeningeal disease on MRI.', ['C7932 negated'], 'table: meninges, brain / Malignant Secondary C79.32', /cerebral meninges/],
  ['Lymphangitic carcinomatosis of the right lung.', ['C7801 present'], 'lymphangitic spread is the lung\'s, not peritoneal: table: lung / Malignant Secondary C78.0-, right', /right lung/],
  ['Gastric cancer with a left Krukenberg tumor.', ['C169 present', 'C7962 present'], "Index: Krukenberg's tumor — ovary, secondary C79.6-, left", /left ovary/],
  ['Metastatic melanoma.', ['C439 present'], 'the table\'s "melanoma — see Melanoma" row is no site: no secondary without a site', /Malignant melanoma of skin, unspecified/],
  ['39F, L breast IDC 3.1 cm, grade 3, TNBC, biopsy-proven L axillary nodal metastasis.', ['C50912 present', 'C773 present'], 'TNBC restates the left breast IDC; a node after it is no primary site (table: lymph gland, axilla C77.3)', /axilla/],
  // Vocabulary of the blind batch d163–d202 (histologyLexicon.ts, morphologyLexicon.ts).
  ['Oligometastatic PCa to bone.', ['C7951 present', 'C61 present'], '"PCa" is prostate cancer: table: prostate / Malignant Primary C61', /Malignant neoplasm of prostate/],
  ['Continue hydromorphone PCA.', [], '"PCA" in capitals is an analgesia pump, no cancer', /^$/],
  ['Enchondroma of the right proximal humerus.', ['D1601 present'], 'Index: Enchondroma — see Neoplasm, bone, benign; humerus D16.0-, right', /long bones of right upper limb/],
  ['Bowen disease of the left forearm.', ['D0462 present'], "Index: Disease, Bowen's — see Neoplasm, skin, in situ; skin of forearm D04.6-, left", /skin of left upper limb/],
  ['Carcinomatous meningitis.', ['C7932 present'], 'table: meninges, brain / Malignant Secondary C79.32', /cerebral meninges/],
  ['RUL nodule, AIS vs MIA.', ['D0221 uncertain', 'C3411 uncertain'], 'adenocarcinoma in situ of lung D02.2-; minimally invasive adenocarcinoma is invasive: table: lung, upper lobe C34.1-, right', /upper lobe, right bronchus or lung/],
  ['Minimally invasive adenocarcinoma of the left upper lobe.', ['C3412 present'], 'table: lung, upper lobe / Malignant Primary C34.1-, left', /upper lobe, left bronchus or lung/],
  ['MDS with isolated del(5q), IPSS-R low.', ['D46C present'], 'Tabular D46.C Myelodysplastic syndrome with isolated del(5q) chromosomal abnormality', /isolated del\(5q\)/],
  ['Anemia typical of 5q- syndrome.', ['D46C present'], 'Tabular D46.C', /isolated del\(5q\)/],
  ['Problems:\nSecondary malignant neoplasm of liver (HCC)\nNeuropathy due to chemotherapeutic drug (HCC)', ['C787 present'], '"(HCC)" after a problem is the EHR\'s condition-category flag (ANNOTATION.md, not mentions); Tabular C78.7', /Secondary malignant neoplasm of liver/],
  ['Neck: 1.5 cm firm R level IV node.\nLABS: TSH 2.1, Ca 9.4, PTH 38.', [], '"Ca 9.4" is calcium, not a cancer of the node found before it (ANNOTATION.md, not mentions)', /^$/],
  ['Papillary thyroid carcinoma. Labs: TSH 2.1, Ca 9.4, CA 19-9 12.', ['C73 present'], '"CA 19-9" is a marker; Index: Carcinoma, papillary — thyroid C73', /thyroid gland/],
  ['She asked to be tested for the lung cancer gene.', [], 'a gene\'s name is no diagnosis (ANNOTATION.md, not mentions)', /^$/],
  ['FHx: negative for blood cancers.', ['Z807 negated'], 'a haematologic malignancy of no type: Tabular Z80.7 (C96.9)', /Family history of other malignant neoplasms of lymphoid, hematopoietic/],
  ['Hematologic malignancy suspected.', ['C969 uncertain'], 'Tabular C96.9', /lymphoid, hematopoietic and related tissue, unspecified/],
  ['PMH: non-seminomatous germ cell tumor of L testis s/p orchiectomy 1998, cured.', ['Z8547 history'], 'Index: Tumor, germ cell — see Neoplasm, malignant, by site; testis; Tabular Z85.47', /Personal history of malignant neoplasm of testis/],
  ['Mediastinal germ cell tumor.', ['C383 present'], 'Index: Tumor, germ cell — see Neoplasm, malignant; table: mediastinum C38.3', /mediastinum, part unspecified/],
  ['Rectal TVA, 2.1 cm, removed piecemeal.', ['D128 present'], 'tubulovillous adenoma: table: rectum / Benign D12.8', /Benign neoplasm of rectum/],
  ['Colonoscopy 2021: 3 TAs removed.', ['Z860101 history'], 'tubular adenomas removed: Tabular Z86.0101 Personal history of adenomatous and serrated colon polyps', /adenomatous and serrated colon polyps/],
  ['No satellite or in-transit\nmetastases.', ['C792 negated'], 'in-transit melanoma spread is in the skin: table: skin / Malignant Secondary C79.2', /Secondary malignant neoplasm of skin/],
  ['No pleural drop mets.', ['C782 negated'], 'table: pleura / Malignant Secondary C78.2', /Secondary malignant neoplasm of pleura/],
  ['FAMILY HISTORY: daughter - ALL age 6, now 25 and in remission.', ['Z806 family'], '"ALL" is acute lymphoblastic leukaemia (Index: Leukemia, lymphoblastic, acute C91.0-): Tabular Z80.6 Family history of leukemia', /Family history of leukemia/],
  ['9 yo with ALL in remission since induction 2025.', ['C9101 present'], 'Tabular C91.01 Acute lymphoblastic leukemia, in remission', /Acute lymphoblastic leukemia, in remission/],
  ['ALL: NKDA. MARGINS: ALL MARGINS NEGATIVE.', [], '"ALL" heading a label or among capitals is allergies or the word "all"', /^$/],
  ['Known active CNS metastases.', ['C7940 present'], 'table: nervous system (central) / Malignant Secondary C79.40', /unspecified part of nervous system/],
  // Assertion cues of clinical shorthand (assertionTriggers.ts).
  ['Liver lesion c/f metastasis.', ['C787 uncertain'], '"c/f" (concerning for) hedges: table: liver / Malignant Secondary C78.7', /liver/],
  ['No e/o metastatic disease in the liver.', ['C787 negated'], '"no e/o" (no evidence of) denies: C78.7', /liver/],
  ['Breast cancer survivor, 2009 lumpectomy.', ['Z853 history'], 'a survivor\'s cancer is history: Guideline I.C.2.d, Z85.3', /Personal history of malignant neoplasm of breast/],
  // Sites of the head and neck, oesophagus, urinary tract and eye as written.
  ['SCC of the floor of mouth.', ['C049 present'], 'table: mouth, floor C04.9', /floor of mouth/],
  ['Buccal mucosa SCC.', ['C060 present'], 'table: mucosa, buccal C06.0', /cheek mucosa/],
  ['Esophageal SCC, mid esophagus.', ['C154 present'], 'table: esophagus, middle (third) C15.4', /middle third of esophagus/],
  ['Urothelial carcinoma of the left renal pelvis.', ['C652 present'], 'a urothelial carcinoma takes its written site: table: renal, pelvis C65.-, left', /left renal pelvis/],
  ['Upper tract urothelial carcinoma of the right ureter.', ['C661 present'], 'table: ureter C66.-, right', /right ureter/],
  ['High grade urothelial carcinoma.', ['C679 present'], 'no site written: the bladder (table: bladder C67.9)', /bladder, unspecified/],
  ['Adenocarcinoma in situ of the RUL.', ['D0221 present'], 'the sites follow "in situ": table: lung, upper lobe / Ca in situ D02.2-, right', /right bronchus and lung/],
  ['Squamous cell carcinoma of the right lower lid.', ['C441222 present'], 'table: eyelid C44.10-, right lower eyelid (the code titles name upper and lower), squamous type: C44.1222', /Squamous cell carcinoma of skin of right lower eyelid/],
  ['Pseudomyxoma peritonei.', ['C786 present'], 'Index: Pseudomyxoma peritonei C78.6', /retroperitoneum and peritoneum/],
  ['Uterine carcinosarcoma.', ['C55 present'], 'Index: Carcinosarcoma — see Neoplasm, malignant, by site; uterus C55', /uterus, part unspecified/],
  ['Left choroidal melanoma.', ['C6932 present'], 'Tabular C43 is melanoma of skin; the eye by site: table: choroid C69.3-, left', /left choroid/],
  ['Choroidal melanoma of the left eye.', ['C6932 present'], 'the side after "of" completes the site: C69.32', /left choroid/],
  // An organ's part set off after it by a comma (apposedPart.ts), the noun last as English writes it.
  ['Urothelial carcinoma of the bladder, L lateral wall, BCG-exposed.', ['C672 present'], 'table: bladder, wall, lateral / Malignant Primary C67.2', /lateral wall of bladder/],
  ['Carcinoma of the bladder, posterior wall.', ['C674 present'], 'table: bladder, wall, posterior C67.4', /posterior wall of bladder/],
  ['High grade urothelial carcinoma of the bladder, muscle invasive (pT2).', ['C679 present'], 'no part named: table: bladder C67.9', /bladder, unspecified/],
  ['High-grade NMIBC, BCG-unresponsive.', ['C679 present'], 'non-muscle-invasive bladder cancer: table: bladder C67.9', /bladder, unspecified/],
  ['History of benign carcinoid tumor of the appendix.', ['Z86012 history'], 'Tabular Z86.012 Personal history of benign carcinoid tumor', /benign carcinoid tumor/],
];

describe('narrative reader: phrasing families beyond its corpus', () => {
  for (const [text, expected, source, title] of PHRASES) {
    it(`${text} → ${expected.join(', ')} (${source})`, () => {
      assert.deepEqual(codes(text), expected);
      const code = expected[expected.length - 1]?.split(' ')[0] ?? '';
      assert.match(fy2027.get(code) ?? '', title, `${code} billable in FY2027 with the cited title`);
    });
  }

  it('reads no tumour in a lower-case abbreviation or a device: "net weight", "ET tube"', () => {
    assert.deepEqual(codes('Net weight down 2 kg. ET tube removed.'), []);
  });
});

/** Report layouts: the organ of a finding from the report around it (specimen.ts, findingOrgan.ts, nodeLexicon.ts). */
const LAYOUTS: readonly [string, string[], string][] = [
  ['SYNOPTIC REPORT - THYROID GLAND (CAP protocol)\nProcedure: Total thyroidectomy\nTumor Site: Right lobe\nHistologic Type: Papillary carcinoma, classic', ['C73 present'], 'the synoptic report names its organ: table: thyroid / Malignant Primary C73'],
  ['PATIENT: 58 y/o F\nSYNOPTIC SUMMARY (CAP BREAST INVASIVE RESECTION PROTOCOL)\nPROCEDURE: PARTIAL MASTECTOMY\nSPECIMEN LATERALITY: RIGHT\nTUMOR SITE: UPPER OUTER QUADRANT, 10 O\'CLOCK\nHISTOLOGIC TYPE: INVASIVE CARCINOMA OF NO SPECIAL TYPE (DUCTAL)', ['C50411 present'], 'the synoptic form\'s laterality field gives its tumour site a side: table: breast, upper-outer quadrant C50.4-, right female C50.411'],
  ['SYNOPTIC REPORT - COLON\nProcedure: Sigmoidectomy\nTumor Site: Sigmoid colon\nHistologic Type: Adenocarcinoma', ['C187 present'], 'the synoptic "Tumor Site:" field: table: intestine, large, colon, sigmoid C18.7'],
  ['B. LYMPH NODES, CENTRAL COMPARTMENT (LEVEL VI), DISSECTION:\n   - METASTATIC PAPILLARY CARCINOMA IN TWO OF SIX LYMPH NODES (2/6).', ['C770 present'], 'the central compartment is level VI of the neck: table: lymph gland, cervical / Malignant Secondary C77.0'],
  ['Diagnostic laparoscopy with omental biopsy: high-grade serous carcinoma.', ['C786 present'], 'a carcinoma biopsied in the omentum is a metastasis there: table: omentum / Malignant Secondary C78.6'],
  ['Liver bx: poorly differentiated adenocarcinoma, CK7+/CK20-.', ['C787 present'], 'table: liver / Malignant Secondary C78.7'],
  ['Segment 4 hemangioma, stable.', ['D1803 present'], 'a numbered segment is the liver\'s (Couinaud): Tabular D18.03 Hemangioma of intra-abdominal structures'],
  ['2 cm lesion in segment VII, concerning for metastasis.', ['C787 uncertain'], 'table: liver / Malignant Secondary C78.7'],
  ['Extensive-stage small cell lung cancer, R hilar primary.', ['C3401 present', 'C3401 present'], 'the hilum without a node word is the lung\'s: table: lung, hilus C34.0-, right'],
  ['Right hilar lung cancer.', ['C3401 present'], 'a part written before its organ is one site: table: lung, hilus C34.0-, right'],
  ['LUL squamous cell lung cancer, stage IIIA.', ['C3412 present'], 'a lobe written before the histology\'s words and then its organ is one site, one tumour: table: lung, upper lobe C34.1-, left'],
  ['Left upper lobe squamous cell lung cancer.', ['C3412 present'], 'the lobe spelled out: table: lung, upper lobe C34.1-, left'],
  ['Right kidney clear cell renal cell carcinoma.', ['C641 present'], 'the organ and side before the subtype name one tumour: table: kidney C64.-, right'],
  ['PET: decreased avidity of RLL primary and adrenal met.', ['C3431 present', 'null present'], 'a site called the primary is no site of the metastasis after it: table: lung, lower lobe C34.3-, right; adrenal / Malignant Secondary C79.7- (no side: null)'],
  ['HGSC, R ovary primary, omental mets.', ['C561 present', 'C561 present', 'C786 present'], 'the ovary is the primary, the omentum the spread: Index: Carcinoma, serous, high grade - see Neoplasm, malignant, by site; ovary C56.-, right; omentum / Malignant Secondary C78.6; the histology keeps its own entry beside the organ-named primary (ANNOTATION.md: "An organ-named primary set off by a comma after its histology is its own mention")'],
  ['RUL and lingula adenocarcinoma.', ['C3411 present', 'C3412 present'], 'two parts joined by "and" stay two sites: table: lung, upper lobe C34.1-, right; lingula C34.1-, left'],
  ['MRCP: hilar stricture w/ mass. Brushings: adenocarcinoma.', [], 'a hilar stricture is the liver\'s hilum (bile ducts), not the lung\'s'],
  ['Kidney, right, partial nephrectomy: clear cell renal cell carcinoma, WHO/ISUP grade 2.', ['C641 present'], 'the label names the side of the organ written: table: kidney C64.-, right'],
  ['Liver, segment 6, wedge resection: metastatic colorectal adenocarcinoma, margins negative.', ['C787 present', 'null present'], 'the primary is written (colorectal: null with C18.9, C19, C20, ANNOTATION.md round 21 (h)); the labelled organ is where it spread (liver / Malignant Secondary C78.7), from the word "metastatic" on'],
  ['Stomach, antrum, biopsy: adenocarcinoma, intestinal type.', ['C163 present'], 'a histologic type ("intestinal type") is no site: table: stomach, antrum C16.3'],
  ['Lung, left upper lobe, lobectomy: adenocarcinoma. Lymph nodes, station 7: negative for malignancy (0/3).', ['C3412 present', 'C771 negated'], 'a station in a node label: table: lung, upper lobe C34.1-, left; lymph gland, mediastinal C77.1'],
  ['09/2025: Biopsy-proven recurrence in the liver.', ['C787 present'], 'a recurrence in an organ where spread is the rule is a metastasis: table: liver / Malignant Secondary C78.7'],
  ['Local recurrence in the left breast.', [], 'a local recurrence is the primary\'s, not a secondary (no metastasis is read)'],
  ['CT urogram: no upper tract lesions, no nodal or distant mets.', ['C779 negated', 'C799 negated'], 'distant metastases with no site: Tabular C79.9 Secondary malignant neoplasm of unspecified site, beside the nodes (C77.9)'],
  ['Distant metastases to liver and bone.', ['C787 present', 'C7951 present'], 'distant metastases with their sites written take those sites, not C79.9'],
  ['B. SKIN, RIGHT NASAL ALA, SHAVE BIOPSY:\n   BASAL CELL CARCINOMA, NODULAR AND INFILTRATIVE TYPES.', ['C44311 present'], 'the skin label\'s body site: table: skin, nose C44.30-; basal cell type C44.311'],
  ['Basal cell carcinoma, nodular, L nasal tip.', ['C44311 present'], 'a subtype set off between the histology and its site: skin of nose, basal cell C44.311'],
  ['2 first-degree relatives w/ GI ca.', ['Z800 family'], '"GI" is the digestive tract: table: gastrointestinal (tract) C26.9; family history Z80.0'],
  ['Incidental 1.4 cm L adrenal nodule, c/w adenoma. Follow-up per radiology. Labs normal. Adrenal adenoma - no further w/u.', ['D3502 uncertain', 'D3502 present'], 'a benign tumour takes the one side of its organ written before, and "c/w adenoma" concludes the nodule (as d147 and d181 annotate it): table: adrenal / Benign D35.0-, left'],
  ['58F. Left breast upper outer quadrant (2:00) irregular spiculated mass with associated pleomorphic calcifications, highly suggestive of malignancy.', ['C50412 uncertain'], 'a hedged malignancy is the lesion\'s the sentence describes: table: breast, upper-outer quadrant C50.4-, left female C50.412'],
  ['3 cm pancreatic head mass concerning for malignancy.', ['C250 uncertain'], 'table: pancreas, head C25.0 (uncertain: concerning for)'],
  ['LYMPHOMA CLINIC - Follow-up. LEUKEMIA SERVICE - progress note.', [], 'a service named after a histology is no diagnosis'],
  ['Post-polycythemia vera myelofibrosis.', ['D474 present'], 'Tabular D47.4 inclusion: secondary myelofibrosis in myeloproliferative disease'],
  ['L parafalcine meningioma.', ['D320 present'], 'table: meninges, cerebral / Benign D32.0'],
  ['Hx of tubular adenomas on colonoscopy 2019.', ['Z860101 history'], 'a tubular adenoma is a colon polyp: Tabular Z86.0101 Personal history of adenomatous and serrated colon polyps'],
  ['Sessile serrated polyps x3.', ['D126 present'], 'table: intestine, large, colon / Benign D12.6'],
  ['A. Cecum, polyp, biopsy: Tubular adenoma.', ['D120 present'], 'the label names the part of the colon: table: intestine, large, cecum / Benign D12.0'],
  ['Benign neoplasm of ascending colon (tubular adenoma).', ['D122 present'], 'the parenthesis restates the neoplasm of the site before it: one mention, D12.2'],
  ['New RLL nodule. High risk of lung cancer given 40 pack-years.', ['null hypothetical'], 'a feared diagnosis keeps the site it was written with: table: lung C34.9- with no side'],
  ['Urine cup sent. Adenocarcinoma of unknown primary (CUP).', ['C801 present'], 'a lower-case "cup" is no CUP: one mention, table: unknown site or unspecified C80.1'],
  ['UPS of the R thigh.', ['C4921 present'], 'undifferentiated pleomorphic sarcoma in capitals: connective tissue, thigh C49.2-, right'],
  ['Papillary microcarcinoma of thyroid, 4 mm.', ['C73 present'], 'table: thyroid / Malignant Primary C73'],
  ['PTC, 1.2 cm, right lobe. PTC drain in place.', ['C73 present'], 'papillary thyroid carcinoma in capitals; a "PTC drain" is a cholangiography drain'],
  ['Cervical intraepithelial neoplasia grade 3.', ['D069 present'], 'the spelled-out name: Tabular D06 includes CIN III'],
  ['Metastatic melanoma to brain, multiple, with vasogenic edema.', ['C439 present', 'C7931 present'], 'the sites after "metastatic <histology> to" are where it spread: table: brain / Malignant Secondary C79.31'],
  ['Hemorrhagic melanoma brain mets with edema.', ['C7931 present'], 'a site before a metastasis word is no skin site of the melanoma, and (round 19) the melanoma is the metastasis\'s material, no primary of its own (d150, d337): C79.31 only'],
  ['Adenocarcinoma of the distal esophagus (GEJ Siewert I), cT3N1M0.', ['C155 present'], 'a parenthesis after the site details it, no second site: table: esophagus, distal (lower third) C15.5'],
  ['Metastases to the liver (segment 7) and bone.', ['C787 present', 'C7951 present'], 'the list goes on after the parenthesis: liver C78.7, bone C79.51'],
  // The label's "Bladder tumor" is a mention too: the tumour the label's carcinoma proves (ANNOTATION.md, "Tumor" of a proven cancer).
  ['A. Bladder tumor, R lateral wall: HIGH-GRADE PAPILLARY UROTHELIAL CARCINOMA, invasive into lamina propria.', ['C672 present', 'C672 present'], 'the label\'s two detail words name the sub-row, noun last: table: bladder, wall, lateral C67.2'],
  ['Imp: resectable pancreatic adenocarcinoma, tail. No evidence of metastatic disease.', ['C252 present', 'C799 negated'], 'a denied site-less metastatic disease: Tabular C79.9 (ANNOTATION.md); pancreas, tail C25.2'],
  ['Metastatic disease.', [], 'an affirmed site-less metastatic disease is no mention (its site is written elsewhere)'],
  // Context from the passage: a service name is no sub-site, and a denied diagnosis keeps the words it was written with.
  ['Colorectal surgery f/u\nRectal adenocarcinoma s/p TNT, watch-and-wait.', ['C20 present'], 'table: rectum C20 ("colorectal", rectum and colon C19, is a wider region, not a part of the rectum)'],
  ['IPMN of the pancreatic head, branch duct, 2.1 cm. No evidence of pancreatic cancer.', ['D136 present', 'C259 negated'], 'the IPMN is the pancreas\'s benign neoplasm (round 19, d772: D13.6); table: pancreas C25.9: the denial is of pancreatic cancer, not of the head'],
  ['Impression: new RLL nodule, low suspicion. No definite lung malignancy.', ['null negated'], 'table: lung C34.9- with no side: the nodule\'s lobe is not what is denied'],
  ['New RLL nodule. Suspicious for lung malignancy.', ['C3431 uncertain'], 'a suspected malignancy takes the lobe of the nodule: table: lung, lower lobe C34.3-, right'],
];

describe('narrative reader: the organ of a finding from the report layout', () => {
  for (const [text, expected, source] of LAYOUTS) {
    it(`${text.replace(/\n/g, ' | ')} → ${expected.join(', ')} (${source})`, () => assert.deepEqual(codes(text), expected));
  }
});

/**
 * Breast clock positions (breastClock.ts), read as the examiner faces the patient: the outer half is the
 * 3 o'clock side of the left breast and the 9 o'clock side of the right. Expected codes are the Tabular
 * C50.- titles named beside them; a border hour (12, 3, 6, 9) names no quadrant.
 */
const CLOCK: readonly [string, string, RegExp][] = [
  ['58F with IDC of the left breast at 2:00.', 'C50412', /upper-outer quadrant of left female breast/],
  ['58F with IDC of the right breast at 2:00.', 'C50211', /upper-inner quadrant of right female breast/],
  ["58F with IDC of the right breast at 10 o'clock.", 'C50411', /upper-outer quadrant of right female breast/],
  ['58F with IDC of the left breast at 10:30.', 'C50212', /upper-inner quadrant of left female breast/],
  ['58F with IDC of the left breast at 4:00.', 'C50512', /lower-outer quadrant of left female breast/],
  ['58F with IDC of the right breast at 4:00.', 'C50311', /lower-inner quadrant of right female breast/],
  ['58F with IDC of the right breast at 12:00.', 'C50911', /unspecified site of right female breast/],
  ["58F: right breast mass at 10 o'clock; biopsy: invasive ductal carcinoma.", 'C50411', /upper-outer quadrant of right female breast/],
];

describe('narrative reader: breast clock positions', () => {
  for (const [text, code, title] of CLOCK) {
    it(`${text} → ${code}`, () => {
      assert.deepEqual(codes(text), [`${code} present`]);
      assert.match(fy2027.get(code) ?? '', title);
    });
  }
});
