import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { officialBillable } from '../../helpers/officialCodes';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Vocabulary round 3 (issue 12): words that name a neoplasm or its site which the reader did not read,
 * written as families of phrasing rather than copied from one note. Each expected code is the Table of
 * Neoplasms row, Index entry or Tabular code named beside it, and each code is checked to be billable in
 * the FY2027 code file with the title the citation claims. Every phrase here read differently (or not at
 * all) before this round, except those whose citation opens with "guard": they read the same before and
 * pin what the new words must not change.
 */

const fy2027 = officialBillable(2027);

function codes(text: string): string[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => `${mention.code ?? 'null'} ${mention.assertion}`);
}

/** Phrase → the codes of its mentions, the citation, and what the official title of the first code says. */
type Probe = readonly [string, string[], string, RegExp];

function checkAll(title: string, probes: readonly Probe[]): void {
  describe(title, () => {
    for (const [text, expected, source, titleWords] of probes) {
      it(`${text.replace(/\n/g, ' | ')} → ${expected.join(', ') || 'nothing'} (${source})`, () => {
        assert.deepEqual(codes(text), expected);
        const first = expected[0]?.split(' ')[0];
        if (first !== undefined && first !== 'null') assert.match(fy2027.get(first) ?? '', titleWords, `${first} title`);
      });
    }
  });
}

checkAll('narrative vocabulary: germ cell and giant cell tumours', [
  ['Remote testicular GCT - cured, no f/u needed.', ['Z8547 history'], 'Index: Tumor, germ cell — see Neoplasm, malignant, by site; testis C62.9-; cured: Z85.47', /Personal history of malignant neoplasm of testis/],
  ['Testicular GCT (R), s/p orchiectomy.', ['C6291 present'], 'table: testis / Malignant Primary C62.9-, right', /right testis/],
  ['Mediastinal GCT.', ['C383 present'], 'table: mediastinum / Malignant Primary C38.3', /mediastinum/],
  ['Giant cell tumor (GCT) of the L distal radius.', ['D480 present'], 'Index: Tumor, giant cell, bone D48.0; "(GCT)" restates the name before it', /bone and articular cartilage/],
  ['GCT of bone, R proximal tibia.', ['D480 present'], 'Index: Tumor, giant cell, bone D48.0, not a germ cell tumour', /bone and articular cartilage/],
  ['gct of the testis.', [], 'guard: "gct" in lower case is no abbreviation', /^$/],
]);

checkAll('narrative vocabulary: haematologic names', [
  // Round 11: Tabular C91.1 Chronic lymphocytic leukemia of B-cell type lists Richter syndrome among its inclusion terms.
  ['No evidence of Richter transformation.', ['C9110 negated'], 'Tabular C91.1 inclusion: Richter syndrome', /Chronic lymphocytic leukemia of B-cell type not having achieved remission/],
  ["Concern for Richter's syndrome; PET-directed biopsy.", ['C9110 uncertain'], 'Tabular C91.1 inclusion: Richter syndrome', /Chronic lymphocytic leukemia of B-cell type not having achieved remission/],
  ['Bx: CLL/SLL, no large cell transformation.', ['C9110 present', 'C8330 negated'], 'large cell transformation: Index: Lymphoma, large cell, diffuse C83.3-', /Chronic lymphocytic leukemia of B-cell type not having achieved remission/],
  ['Post-ET MF, JAK2+, on ruxolitinib.', ['D474 present'], 'Tabular D47.4 inclusion: secondary myelofibrosis in myeloproliferative disease', /Osteomyelofibrosis/],
  ['Post-PV MF.', ['D474 present'], 'Tabular D47.4 inclusion: secondary myelofibrosis in myeloproliferative disease', /Osteomyelofibrosis/],
  ['Risk of T-cell malignancy after CAR-T discussed.', ['C8490 hypothetical'], 'Index: Lymphoma, T-cell (mature) C84.9-', /Mature T\/NK-cell lymphomas, unspecified, unspecified site/],
]);

checkAll('narrative vocabulary: benign and uncertain names', [
  ['2.3 cm intramural fibroid.', ['D251 present'], 'Tabular D25.1 Intramural leiomyoma of uterus', /Intramural leiomyoma of uterus/],
  ['Uterine leiomyoma, intramural.', ['D251 present'], 'Tabular D25.1 Intramural leiomyoma of uterus (the layer after the name)', /Intramural leiomyoma of uterus/],
  ['Submucosal fibroid distorting the cavity.', ['D250 present'], 'Tabular D25.0 Submucous leiomyoma of uterus', /Submucous leiomyoma of uterus/],
  ['Pedunculated subserosal leiomyoma.', ['D252 present'], 'Tabular D25.2 Subserosal leiomyoma of uterus', /Subserosal leiomyoma of uterus/],
  ['Left adrenal nodule c/w lipid-rich adenoma.', ['D3502 uncertain'], 'table: adrenal / Benign D35.0-, left', /Benign neoplasm of left adrenal gland/],
  ['Lipid-poor adenoma of the right adrenal is favored.', ['D3501 uncertain'], 'guard: the organ written; table: adrenal / Benign D35.0-, right', /Benign neoplasm of right adrenal gland/],
  ['Incidental 1.4 cm lipid-poor adenoma.', ['null present'], 'the adenoma named by its lipid content is adrenal: table: adrenal / Benign D35.0-, no side written (candidates)', /^$/],
  ['Urothelial neoplasm cannot be excluded.', ['D494 uncertain'], 'table: bladder / Unspecified Behavior D49.4', /bladder/],
  ['Liver hemangiomas.', ['D1803 present'], 'Index: Hemangioma, intra-abdominal structures D18.03 (the plural)', /Hemangioma of intra-abdominal structures/],
  ['Probable invasive thymoma.', ['C37 uncertain'], 'Index: Thymoma, malignant C37; table: thymus / Malignant Primary C37', /Malignant neoplasm of thymus/],
]);

checkAll('narrative vocabulary: malignant names', [
  ['Multiple cutaneous SCCs excised, NED.', ['Z85828 history'], 'the plural of SCC: skin, history Z85.828', /Personal history of other malignant neoplasm of skin/],
  ['BCCs of the back x3.', ['C44519 present'], 'the plural of BCC: skin of back C44.51- (basal cell carcinoma of skin of other part of trunk)', /Basal cell carcinoma of skin of other part of trunk/],
  ['No additional malignancy within the past 3 years.', ['C801 negated'], 'table: unknown site or unspecified / Malignant Primary C80.1', /Malignant \(primary\) neoplasm, unspecified/],
  ['Risk of second primary malignancy discussed.', ['C801 hypothetical'], 'table: unknown site or unspecified / Malignant Primary C80.1', /Malignant \(primary\) neoplasm, unspecified/],
]);

checkAll('narrative vocabulary: short site words and Tabular titles', [
  ['Right rib metastasis.', ['C7951 present'], 'table: rib / Malignant Secondary C79.51', /Secondary malignant neoplasm of bone/],
  ['PSMA-avid lesion R 6th rib c/w osseous met.', ['C7951 uncertain'], 'guard: "rib" as a site leaves "osseous met" alone; table: bone / Malignant Secondary C79.51 ("c/w" hedges it)', /Secondary malignant neoplasm of bone/],
  ['Squamous cell carcinoma of the lower lip.', ['C001 present'], 'table: lip, external (vermilion border), lower C00.1', /external lower lip/],
  ['Hx SCC of lip (vermilion) excised 2014, no recurrence.', ['Z85818 history'], 'lip C00.- history: Tabular Z85.818 other sites of lip, oral cavity, and pharynx', /other sites of lip, oral cavity, and pharynx/],
  ['Carcinoma of the upper gum.', ['C030 present'], 'table: gum, upper C03.0', /upper gum/],
  ['Malignant neoplasm of overlapping sites of left breast in female.', ['C50812 present'], 'table: breast, overlapping lesion / Malignant Primary C50.8-; Tabular C50.812', /overlapping sites of left female breast/],
  ['Malignant neoplasm of overlapping sites of right bronchus and lung.', ['C3481 present'], 'table: lung, overlapping lesion C34.8-; Tabular C34.81', /overlapping sites of right bronchus and lung/],
  ['Malignant neoplasm of overlapping sites of colon.', ['C188 present'], 'table: intestine, large, colon, overlapping lesion C18.8', /overlapping sites of colon/],
  ['Adnexal carcinoma, left.', ['C574 present'], 'table: adnexa (uterine) / Malignant Primary C57.4', /uterine adnexa/],
]);

checkAll('narrative vocabulary: history codes of the lip, mouth and pharynx', [
  ['SCC of the L tonsil s/p chemoRT 2012, NED.', ['Z85818 history'], 'tonsil C09.9: Tabular Z85.818 other sites of lip, oral cavity, and pharynx', /other sites of lip, oral cavity, and pharynx/],
  ['Hx of oral cancer, NED.', ['Z85819 history'], 'guard: mouth, unspecified C06.9: Tabular Z85.819 unspecified site of lip, oral cavity, and pharynx', /unspecified site of lip, oral cavity, and pharynx/],
  ['Hx of oral tongue SCC, NED.', ['Z85810 history'], 'guard: tongue C02.-: Tabular Z85.810', /tongue/],
]);

checkAll('narrative vocabulary: a staging line that lists the sites of stage IV disease', [
  ['Recurrence (rM1) 1/2026: Stage IV - liver, bone', ['C787 present', 'C7951 present'], 'stage IV is distant spread (AJCC M1): table: liver / Malignant Secondary C78.7, bone C79.51', /Secondary malignant neoplasm of liver/],
  ['Stage IVB (brain, R adrenal).', ['C7931 present', 'C7971 present'], 'table: brain / Malignant Secondary C79.31; adrenal C79.7-, right', /Secondary malignant neoplasm of brain/],
  ['Sites of metastasis: liver, lung, bone.', ['C787 present', 'null present', 'C7951 present'], 'table: liver C78.7; lung C78.0- with no side; bone C79.51', /Secondary malignant neoplasm of liver/],
  ['Stage IV breast cancer.', ['null present'], 'guard: with no separator the site is the primary: table: breast C50.9- (no side, no sex)', /^$/],
  ['Background FL grade 2. Stage IV (marrow involved).', ['C8210 present'], 'guard: a lymphoma\'s marrow involvement is no secondary (Tabular C82.1-); the listed marrow gives no C79.52', /Follicular lymphoma grade II, unspecified site/],
  ['Stage IV - lung primary, bone.', ['null present', 'C7951 present'], 'a listed site called the primary is no secondary: table: lung C34.9- primary; bone C79.51', /^$/],
]);

checkAll('narrative vocabulary: mucosal melanoma by site (Tabular C43 Excludes2: sites other than skin are coded to the site)', [
  ['Mucosal melanoma of the nasal cavity.', ['C300 present'], 'table: nose, nasal, cavity / Malignant Primary C30.0', /nasal cavity/],
  ['Anorectal melanoma.', ['C218 present'], 'table: anorectum, anorectal (junction) C21.8', /overlapping sites of rectum, anus and anal canal/],
  ['Vulvar melanoma.', ['C519 present'], 'C43 Excludes2: melanoma of skin of genital organs (C51-C52); table: vulva C51.9', /vulva, unspecified/],
  ['Melanoma of the vagina.', ['C52 present'], 'table: vagina C52', /vagina/],
  ['Oral mucosal melanoma of the hard palate.', ['C050 present'], 'table: palate, hard C05.0', /hard palate/],
  ['Melanoma of the left upper back.', ['C4359 present'], 'guard: a skin site keeps C43 (table: skin, back C44.5- → C43.59)', /Malignant melanoma of other part of trunk/],
  ['Melanoma of the liver.', ['C439 present'], 'guard: an organ where melanoma is nearly always a metastasis keeps C43.9', /Malignant melanoma of skin, unspecified/],
]);

checkAll('narrative vocabulary: bones, brain parts and soft tissue named by adjective', [
  ['L iliac met.', ['C7951 present'], 'table: bone, ilium / Malignant Secondary C79.51', /Secondary malignant neoplasm of bone/],
  ['Humeral met, impending fracture.', ['C7951 present'], 'table: bone, humerus / Malignant Secondary C79.51', /Secondary malignant neoplasm of bone/],
  ['Thoracic spine mets.', ['C7951 present'], 'table: bone, vertebra C79.51 (not "thoracic" C79.89 and a second mention)', /Secondary malignant neoplasm of bone/],
  ['Cervical spine met.', ['C7951 present'], 'table: bone, vertebra C79.51 (not the cervix C79.82)', /Secondary malignant neoplasm of bone/],
  ['Skull base mets.', ['C7951 present'], 'table: bone, skull / Malignant Secondary C79.51', /Secondary malignant neoplasm of bone/],
  ['Vertebral body mets.', ['C7951 present'], 'table: bone, vertebra / Malignant Secondary C79.51', /Secondary malignant neoplasm of bone/],
  ['Mets to T-spine, L iliac wing and R femoral neck.', ['C7951 present'], 'table: bone, ilium and femur C79.51 (coordinated sites of one code are one entry, ANNOTATION.md)', /Secondary malignant neoplasm of bone/],
  ['R common iliac LN met.', ['C775 present'], 'guard: a node word after "iliac" keeps the node region: table: lymph gland, iliac C77.5', /intrapelvic lymph nodes/],
  ['Femoral lymph node metastasis.', ['C774 present'], 'guard: table: lymph gland, femoral C77.4', /inguinal and lower limb/],
  ['Dural-based met.', ['C7949 present'], 'table: dura / Malignant Secondary C79.49', /other parts of nervous system/],
  ['Orbital met.', ['C7949 present'], 'table: orbit / Malignant Secondary C79.49', /other parts of nervous system/],
  ['Pontine met.', ['C7931 present'], 'table: brain, pons / Malignant Secondary C79.31', /Secondary malignant neoplasm of brain/],
  ['Soft tissue mets.', ['C7989 present'], 'table: soft parts — see connective tissue / Malignant Secondary C79.89', /other specified sites/],
  ['Hurthle cell carcinoma.', ['C73 present'], 'Index: Carcinoma, Hurthle cell C73', /thyroid gland/],
  ['Pituitary macroadenoma.', ['D352 present'], 'table: pituitary / Benign D35.2', /pituitary gland/],
]);

checkAll('narrative vocabulary: an adnexal mass gives the ovary its side', [
  ['63F with 9 cm complex L adnexal mass, CA-125 410.\nImpression: presumed advanced ovarian cancer.', ['C562 uncertain'], 'the left adnexa holds the left ovary: table: ovary / Malignant Primary C56.-, left → C56.2', /left ovary/],
  ['L adnexal mass with peritoneal carcinomatosis - suspected primary ovarian carcinoma.', ['C786 present', 'C562 uncertain'], 'table: peritoneum C78.6; ovary C56.-, left (the adnexal mass of the same line)', /Secondary malignant neoplasm of retroperitoneum and peritoneum/],
  ['Bilateral complex adnexal masses (L 6.2 cm, R 4.8 cm). Suspected ovarian cancer.', ['null uncertain'], 'guard: both sides documented: table: ovary C56.- with no side', /^$/],
  ['9 cm L adnexal mass, no ascites.', [], 'guard: a mass is no neoplasm until the text calls it one (ANNOTATION.md)', /^$/],
]);

checkAll('narrative vocabulary: named tumours the Index sends to one column or organ (histologyNames.ts)', [
  ['Parotid pleomorphic adenoma.', ['D110 present'], 'Index: Adenoma, pleomorphic — see Neoplasm, benign; table: parotid / Benign D11.0', /parotid gland/],
  ['Warthin tumor of the left parotid.', ['D110 present'], "Index: Warthin's tumor — salivary gland, benign; parotid D11.0", /parotid gland/],
  ['Oncocytoma of the right kidney.', ['D3001 present'], 'Index: Oncocytoma — see Neoplasm, benign; table: kidney / Benign D30.0-, right', /right kidney/],
  ['Prolactinoma.', ['D352 present'], 'Index: Prolactinoma, unspecified site D35.2', /pituitary gland/],
  ['Chordoma of the sacrum.', ['C414 present'], 'Index: Chordoma — see Neoplasm, vertebral (column), malignant; table: bone, sacrum C41.4', /pelvic bones, sacrum and coccyx/],
  ['Mature cystic teratoma of the right ovary.', ['D270 present'], 'Index: Teratoma, mature — see Neoplasm, benign; table: ovary / Benign D27.-, right', /right ovary/],
  ['Phyllodes tumor of the breast.', ['null present'], 'Index: Tumor, phyllodes — breast D48.6- (uncertain), no side written: candidates', /^$/],
  ['Intraductal papilloma of the left breast.', ['D242 present'], 'Index: Papilloma, intraductal — breast D24.-; left D24.2', /left breast/],
  ['Linitis plastica.', ['C169 present'], 'Index: Linitis plastica C16.9', /stomach, unspecified/],
  ['Thymic carcinoid.', ['C7A091 present'], 'Tabular C7A.091 Malignant carcinoid tumor of the thymus', /thymus/],
  ["Paget's disease of bone, on alendronate.", [], "guard: Paget's disease of bone is osteitis deformans (M88), no neoplasm", /^$/],
]);

checkAll('narrative vocabulary: abbreviations that name their organ or lymphoma', [
  ['ES-SCLC, on atezolizumab maintenance.', ['null present'], 'extensive-stage small cell lung cancer: table: lung C34.9- (no side)', /^$/],
  ['OPSCC, p16+.', ['C109 present'], 'table: oropharynx / Malignant Primary C10.9', /oropharynx/],
  ['MTC, RET M918T.', ['C73 present'], 'medullary thyroid carcinoma: table: thyroid C73', /thyroid gland/],
  ['TCC of the L renal pelvis.', ['C652 present'], 'transitional cell carcinoma at the site written: table: renal pelvis C65.-, left', /left renal pelvis/],
  ['iCCA, unresectable.', ['C221 present'], 'Index: Cholangiocarcinoma C22.1', /Intrahepatic bile duct carcinoma/],
  ['GBC, incidental on cholecystectomy.', ['C23 present'], 'gallbladder cancer: table: gallbladder C23', /gallbladder/],
  ['cSCC of the R forearm.', ['C44622 present'], 'cutaneous SCC: skin of upper limb C44.6-, right, squamous cell C44.622', /Squamous cell carcinoma of skin of right upper limb/],
  ['CTCL, stage IB.', ['C84A0 present'], 'Tabular C84.A0 Cutaneous T-cell lymphoma, unspecified', /Cutaneous T-cell lymphoma, unspecified, unspecified site/],
  ['PMBCL s/p DA-EPOCH-R.', ['C8522 present'], 'Tabular C85.22 Mediastinal (thymic) large B-cell lymphoma, in the mediastinum its name gives (round 19)', /Mediastinal \(thymic\) large B-cell lymphoma, intrathoracic lymph nodes/],
  ['SMM, high risk.', ['C9000 present'], 'Index: Myeloma, smoldering C90.0-', /Multiple myeloma not having achieved remission/],
  ['MPM, epithelioid.', ['C450 present'], 'malignant pleural mesothelioma: Tabular C45.0', /Mesothelioma of pleura/],
  ['MCC of the L cheek.', ['C4A39 present'], 'Merkel cell carcinoma: skin of cheek C44.3- → Tabular C4A.39', /Merkel cell carcinoma of other parts of face/],
  ['ESCC grade 2 at T11, no cord signal change.', [], 'guard: in a spine MRI "ESCC" is epidural spinal cord compression', /^$/],
]);

checkAll('narrative vocabulary: "fam hx" is a family history', [
  ['No fam hx of breast or ovarian ca.', ['Z803 negated', 'Z8041 negated'], 'a denied family history keeps its Z80 code (ANNOTATION.md): Z80.3 breast, Z80.41 ovary', /Family history of malignant neoplasm of breast/],
  ['Fam hx of colon ca.', ['Z800 family'], 'Z80.0 Family history of malignant neoplasm of digestive organs', /Family history of malignant neoplasm of digestive organs/],
]);

checkAll('narrative vocabulary: the one organ of a spread, and a carcinoma at a node', [
  ['Bone-only metastatic disease.', ['C7951 present'], 'table: bone / Malignant Secondary C79.51', /Secondary malignant neoplasm of bone/],
  ['Liver-only mets.', ['C787 present'], 'table: liver / Malignant Secondary C78.7', /Secondary malignant neoplasm of liver/],
  ['Breast cancer with bone only mets.', ['null present', 'C7951 present'], 'table: breast C50.- (no side, no sex); bone C79.51', /^$/],
  ['Mediastinal adenopathy, biopsy-proven metastatic adenocarcinoma.', ['C771 present'], 'a carcinoma at a node is a metastasis: table: lymph gland, mediastinal / Malignant Secondary C77.1 (not the lymph row\'s primary C49.9)', /intrathoracic lymph nodes/],
  ['Axillary nodal carcinoma.', ['C773 present'], 'table: lymph gland, axilla / Malignant Secondary C77.3', /axilla and upper limb/],
]);

checkAll('narrative vocabulary: melanoma in situ by name', [
  ['H/o MIS L shoulder - NED clinically.', ['Z86006 history'], 'MIS is melanoma in situ: Tabular Z86.006 Personal history of melanoma in-situ', /Personal history of melanoma in-situ/],
  ['MIS of the left upper back, re-excision planned.', ['D0359 present'], 'melanoma in situ of skin of back: Tabular D03.59 (other part of trunk)', /Melanoma in situ of other part of trunk/],
  ['Lentigo maligna of the R cheek.', ['D0339 present'], 'Index: Lentigo maligna — see Melanoma, in situ; face D03.39', /Melanoma in situ of other parts of face/],
  ['Lentigo maligna melanoma of the left cheek.', ['C4339 present'], 'guard: the invasive form: Tabular C43.39 Malignant melanoma of other parts of face', /Malignant melanoma of other parts of face/],
  ['MIS approach for the hernia repair.', [], 'guard: "MIS approach" is minimally invasive surgery', /^$/],
]);

checkAll('narrative vocabulary: the other spellings of Hodgkin, non-Hodgkin and large B-cell lymphoma', [
  ['Non Hodgkin lymphoma.', ['C8590 present'], 'Index: Lymphoma, non-Hodgkin C85.9- (it had read as Hodgkin lymphoma C81.90)', /Non-Hodgkin lymphoma, unspecified, unspecified site/],
  ['Hodgkins lymphoma.', ['C8190 present'], 'Index: Lymphoma, Hodgkin C81.9- (it had read as lymphoma NOS C85.90)', /Hodgkin lymphoma, unspecified, unspecified site/],
  ["Remote hx Hodgkin's, cured.", ['Z8571 history'], "Index: Disease, Hodgkin's — see Lymphoma, Hodgkin; cured: Z85.71", /Personal history of Hodgkin lymphoma/],
  ['Large B-cell lymphoma.', ['C8330 present'], 'Index: Lymphoma, large B-cell, diffuse C83.3-', /Diffuse large B-cell lymphoma, unspecified site/],
  ["Waldenstrom's, on zanubrutinib.", ['C8800 present'], 'Index: Macroglobulinemia, Waldenström C88.0-', /Waldenstrom macroglobulinemia not having achieved remission/],
  ['CMML-1.', ['C9310 present'], 'Index: Leukemia, myelomonocytic, chronic C93.1-', /Chronic myelomonocytic leukemia not having achieved remission/],
  ['Polycythemia rubra vera.', ['D45 present'], 'Index: Polycythemia vera D45', /Polycythemia vera/],
]);

checkAll('narrative vocabulary: sites after an organ-naming abbreviation that a metastasis word follows are the spread', [
  ['NSCLC brain mets.', ['null present', 'C7931 present'], 'NSCLC implies the lung (C34.9-, no side); the brain is where it spread: C79.31, not a brain primary C71.9', /Secondary malignant neoplasm of brain/],
  ['PDAC liver mets.', ['C259 present', 'C787 present'], 'PDAC: table: pancreas C25.9; liver / Malignant Secondary C78.7 (not a liver primary C22.9)', /Malignant neoplasm of pancreas, unspecified/],
  ['CRC liver mets.', ['null present', 'C787 present'], 'CRC: null (colon or rectum not written: C18.9, C19, C20, ANNOTATION.md round 21 (h)); liver C78.7', /rectosigmoid junction/],
  ['NSCLC brain and bone mets.', ['null present', 'C7931 present', 'C7951 present'], 'the list before the metastasis word: brain C79.31, bone C79.51', /Secondary malignant neoplasm of bone/],
  ['NSCLC RUL.', ['C3411 present'], 'guard: a site with no metastasis word after it stays the primary\'s: table: lung, upper lobe C34.1-, right', /upper lobe, right bronchus or lung/],
]);

checkAll('narrative vocabulary: a stage of another condition lists no secondaries', [
  ['Pressure injury stage 4: sacrum.', [], 'guard: a stage 4 pressure injury of the sacrum (L89.154) is no metastasis', /^$/],
  ['Pressure ulcer, Stage 4 (coccyx).', [], 'guard: a pressure ulcer\'s stage', /^$/],
  ['CKD stage IV - renal function stable.', [], 'guard: chronic kidney disease stage 4 (N18.4)', /^$/],
]);

checkAll('narrative vocabulary: "MIS" surgery is no melanoma in situ', [
  ['Underwent MIS.', [], 'guard: "underwent MIS" is minimally invasive surgery', /^$/],
  ['S/p MIS hysterectomy 2019.', [], 'guard: "MIS hysterectomy" is minimally invasive surgery', /^$/],
]);

checkAll('narrative vocabulary: the iliac vessels\' node chain against the ilium, and IBC before a lab value', [
  ['L common iliac met, SUV 11.', ['C775 present'], 'the common iliac chain is a node region: table: lymph gland, iliac / Malignant Secondary C77.5 (not the ilium C79.51)', /intrapelvic lymph nodes/],
  ['R external iliac met.', ['C775 present'], 'table: lymph gland, iliac C77.5', /intrapelvic lymph nodes/],
  ['L common iliac lymph node metastasis.', ['C775 present'], 'guard: with its node word: table: lymph gland, iliac C77.5', /intrapelvic lymph nodes/],
  ['IBC 350, ferritin 12.', [], 'guard: "IBC" before a value is the iron-binding capacity', /^$/],
]);

checkAll('narrative vocabulary: histologic types between the organ and the histology', [
  ['Prostatic acinar adenocarcinoma.', ['C61 present'], 'table: prostate / Malignant Primary C61 ("acinar" changes no code)', /prostate/],
  ['RUL lepidic adenocarcinoma.', ['C3411 present'], 'table: lung, upper lobe C34.1-, right', /upper lobe, right bronchus or lung/],
  ['58F with L mammary carcinoma.', ['C50912 present'], 'mammary is the breast: table: breast C50.9-, left, female', /unspecified site of left female breast/],
]);

checkAll('narrative vocabulary: MET the gene and METs the metabolic equivalents are no metastases', [
  ['Liver US: normal. Exercise tolerance 5 METs.', [], '"5 METs" are metabolic equivalents (it had read as a liver secondary C78.7)', /^$/],
  ['Chest CT: RLL nodule. MET amp detected.', [], '"MET amp" is the MET gene (it had read as a lung secondary)', /^$/],
  ['No EGFR, ALK, ROS1, RET or MET exon 14 alterations.', [], 'guard: MET exon 14 is the gene (in d124 it had read as a denied lung secondary)', /^$/],
  ['2 METS to the liver.', ['C787 present'], 'guard: a site after the word keeps the metastases: table: liver C78.7', /Secondary malignant neoplasm of liver/],
]);

checkAll('narrative vocabulary: implants, deposits and spread of something else', [
  ['Bilateral breast implants, intact.', [], 'breast implants are prostheses (it had read as a breast secondary C79.81)', /^$/],
  ['Calcium deposits in the liver.', [], 'calcium deposits are calcifications (it had read as a liver secondary C78.7)', /^$/],
  ['Cellulitis spread to the left leg.', [], 'a spreading infection (it had read as a secondary C79.89)', /^$/],
  ['Peritoneal implants.', ['C786 present'], 'guard: tumour implants: table: peritoneum / Malignant Secondary C78.6', /Secondary malignant neoplasm of retroperitoneum and peritoneum/],
  ['Colon cancer with spread to the liver.', ['C189 present', 'C787 present'], 'guard: table: colon C18.9; liver C78.7', /Malignant neoplasm of colon, unspecified/],
]);

checkAll('narrative vocabulary: renal AML is an angiomyolipoma; DIPG', [
  ['Renal AML, 2 cm, stable.', ['D1771 present'], 'Index: Angiomyolipoma — see Lipoma; Tabular D17.71 Benign lipomatous neoplasm of kidney (it had read as acute myeloid leukaemia C92.00)', /Benign lipomatous neoplasm of kidney/],
  ['Angiomyolipoma of the left kidney.', ['D1771 present'], 'Index: Angiomyolipoma — see Lipoma, kidney D17.71', /Benign lipomatous neoplasm of kidney/],
  ['AML with NPM1, in CR1.', ['C9201 present'], 'guard: the leukaemia: Index: Leukemia, myeloid, acute, in remission C92.01', /Acute myeloblastic leukemia, in remission/],
  ['DIPG, H3 K27M.', ['C717 present'], 'diffuse intrinsic pontine glioma: table: brain, pons C71.7', /brain stem/],
]);
