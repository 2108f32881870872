import * as assert from 'node:assert/strict';
import { createNarrativeContext } from '../../../server/src/service/narrative/context';
import type { NarrativeContext } from '../../../server/src/service/narrative/context';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { testCodeSets } from '../../helpers/codeSets';
import { officialNeoplasmTable } from '../../helpers/neoplasmTable';
import { checkReadings } from './readingCases';

/**
 * The side and sub-site of a disease documented elsewhere in the encounter (corpus ANNOTATION.md, "Side
 * and sub-site documented elsewhere in the note"). Each case: the text, then the mentions expected
 * ([words, code, assertion]), each code read off the Table of Neoplasms (row → column, cited per case)
 * and checked against the FY2027 code file.
 */

/** Filler far longer than the reader's near look-back, as a history and an exam stand between HPI and A/P. */
const FILLER = 'Patient reports fatigue and poor appetite over the past weeks with no fevers or chills. '.repeat(25);

describe('narrative context: side and sub-site documented elsewhere in the encounter', () => {
  checkReadings([
    // lung, upper lobe (right) → Malignant Primary C34.11 for both: the assessment's NSCLC is the HPI's RUL tumour.
    ['gives a far restated lung cancer its documented lobe', `HPI: RUL adenocarcinoma diagnosed in May.\n${FILLER}\nA/P: metastatic NSCLC, continue osimertinib.`,
      [['RUL adenocarcinoma', 'C3411', 'present'], ['NSCLC', 'C3411', 'present']]],
    // pancreas, head → Malignant Primary C25.0 for the later "pancreatic cancer" (pancreas NOS would be C25.9).
    ['gives a far restated pancreatic cancer its documented head', `HPI: adenocarcinoma of the pancreatic head.\n${FILLER}\nA/P: pancreatic cancer, on gemcitabine.`,
      [['adenocarcinoma of the pancreatic head', 'C250', 'present'], ['pancreatic cancer', 'C250', 'present']]],
    // Two lobes documented: lung, unspecified → C34.90 would need a side; the table row for lung NOS is C34.9- (side unknown: null).
    // ovary (bilateral) → Malignant Primary C56.3 for both: "bilateral ovaries" documents both sides at once.
    ['gives a restated ovarian cancer the bilateral ovaries documented', `HPI: 71F with high-grade serous carcinoma of bilateral ovaries.\n${FILLER}\nA/P: platinum-resistant recurrent HGSOC.`,
      [['carcinoma of bilateral ovaries', 'C563', 'present'], ['HGSOC', 'C563', 'present']]],
    ['takes no lobe when the encounter documents two', `HPI: RUL adenocarcinoma and LLL squamous cell carcinoma.\n${FILLER}\nA/P: lung cancer, on chemoradiation.`,
      [['RUL adenocarcinoma', 'C3411', 'present'], ['LLL squamous cell carcinoma', 'C3432', 'present'], ['lung cancer', 'null', 'present']]],
    // "contralateral breast cancer" is another disease: breast (side unknown) stays null; the documented tumour is breast, upper-outer quadrant, left (female) C50.412.
    ['gives no side to a contralateral cancer', `HPI: 58F with invasive ductal carcinoma of the left breast, upper outer quadrant.\n${FILLER}\nShe asks about her risk of contralateral breast cancer.`,
      [['ductal carcinoma of the left breast, upper outer quadrant', 'C50412', 'present'], ['breast cancer', 'null', 'hypothetical']]],
    // A denied cancer is coded as written: lung NOS → null, negated; the documented lobe stays the RUL's C34.11.
    ['codes a denied cancer as written', `HPI: RUL adenocarcinoma.\n${FILLER}\nNo evidence of lung cancer recurrence in the mediastinum.`,
      [['RUL adenocarcinoma', 'C3411', 'present'], ['lung cancer', 'null', 'negated']]],
  ]);
});

describe('narrative context: the list after "mets to" set off from the primary', () => {
  checkReadings([
    // lung, upper lobe (right) → Malignant Primary C34.11; liver → Secondary C78.7; adrenal gland (left) → Secondary C79.72;
    // brain → Secondary C79.31; bone → Secondary C79.51. The RUL before the comma is the primary's, not a lung metastasis (C78.01).
    ['reads each site after "mets to" and none before the comma', 'NSCLC of the RUL, mets to liver, L adrenal, brain and bone, on osimertinib.',
      [['NSCLC of the RUL', 'C3411', 'present'], ['mets to liver', 'C787', 'present'], ['L adrenal', 'C7972', 'present'], ['brain', 'C7931', 'present'], ['bone', 'C7951', 'present']]],
    // pancreas, head → Malignant Primary C25.0: the parenthesis opens with the primary's own organ, no spread to it (C78.89); liver → Secondary C78.7.
    ["reads the primary's organ that opens its parenthesis as the primary's site", '59M w/ de novo metastatic PDAC (head of pancreas, liver mets) - eligible.',
      [['PDAC', 'C250', 'present'], ['liver mets', 'C787', 'present']]],
    // "liver, bone mets": both sites stand before the metastasis word (liver → C78.7, bone → C79.51).
    ['keeps a site list written before the metastasis word', 'Known liver, bone mets.',
      [['liver', 'C787', 'present'], ['bone mets', 'C7951', 'present']]],
  ]);
});

describe('narrative context: the node region of a biopsied lymphoma', () => {
  checkReadings([
    // Index: Lymphoma, diffuse large B-cell C83.3-; the biopsied node is axillary → C83.34 (lymph nodes of axilla and upper limb).
    ['takes the node of the clause before a site-less biopsy label', 'Rapidly enlarging L axillary node, LDH 410; excisional bx: DLBCL, GCB type.',
      [['DLBCL', 'C8334', 'present']]],
    // A mesenteric mass biopsied for lymphoma is a nodal mass: C83.33 (intra-abdominal lymph nodes).
    ['reads a biopsied mesenteric mass as intra-abdominal nodes', 'New mesenteric mass 6 cm, bx mesenteric mass: DLBCL, CD19+.',
      [['DLBCL', 'C8333', 'present']]],
    // Index: Mesothelioma, pleura C45.0: the biopsied organ of the label, past "malignant".
    ['reads a mesothelioma from a pleural biopsy label', 'VATS pleural bx 11/20: malignant mesothelioma,\nepithelioid type, BAP1 loss.',
      [['malignant mesothelioma', 'C450', 'present']]],
    // A full stop ends the node's clause: the label names no node, so DLBCL of unspecified site C83.30.
    ['takes no node across a full stop', 'L axillary node, LDH 410. Excisional bx: DLBCL.',
      [['DLBCL', 'C8330', 'present']]],
  ]);
});

describe('narrative context: the site that closes a list of grade and receptor fields', () => {
  checkReadings([
    // breast, upper-outer quadrant, left (female) → Malignant Primary C50.412, the quadrant and side written after the receptor fields.
    ['reads the quadrant after a wrapped receptor list', '45F. Core bx: invasive ductal carcinoma, grade 3, ER 0%, PR 0%, HER2 1+ (neg), UOQ left\n  breast\n- 11/2026: MRI.',
      [['ductal carcinoma', 'C50412', 'present']]],
    // A field that is no grade, receptor or size ("palpable") ends the list: breast (side unknown) stays null.
    ['takes no site across a field of another kind', '45F. Invasive ductal carcinoma, grade 3, ER 0%, PR 0%, HER2 1+ (neg), palpable, in the left breast.',
      [['ductal carcinoma', 'null', 'present']]],
  ]);
});

describe("narrative context: the body surface of a skin lesion's line", () => {
  checkReadings([
    // Skin of back → C44.5- (trunk): Tabular D22.5 melanocytic nevi of trunk, D03.59 melanoma in situ of other part of trunk.
    ['reads the surface that opens the line', 'L upper back - dermoscopy atypical network -> shave bx today (r/o dysplastic nevus vs melanoma in situ).',
      [['dysplastic nevus', 'D225', 'uncertain'], ['melanoma in situ', 'D0359', 'uncertain']]],
    // The clause after a semicolon is about the lesion of the clause before: D03.59, hypothetical ("if").
    ['crosses one semicolon of the line', 'Atypical pigmented lesion L upper back - bx sent; if melanoma in situ -> re-excision 5 mm margins.',
      [['melanoma in situ', 'D0359', 'hypothetical']]],
    // A full stop ends the line's reach: melanoma in situ, unspecified D03.9.
    ['takes no surface across a full stop', 'Pigmented lesion L upper back. Melanoma in situ.',
      [['Melanoma in situ', 'D039', 'present']]],
  ]);
});

describe('narrative context: neck levels listed across words', () => {
  checkReadings([
    // Levels III and IV are neck levels: lymph gland, cervical → Malignant Secondary C77.0 (the node metastasis of the finding before it).
    ['reads "level III and IV lymph nodes" as neck nodes', 'R level III and IV lymph nodes w/\npunctate microcalcifications and loss of fatty hilum - suspicious for nodal metastases.',
      [['nodal metastases', 'C770', 'uncertain']]],
    // "Levels II, III and IV nodes": lymph gland, cervical → C77.0.
    ['reads a comma list of levels', 'Levels II, III and IV nodes positive for metastatic SCC.',
      [['Levels II, III and IV nodes positive for metastatic SCC', 'C770', 'present']]],
  ]);
});

describe('narrative context: the organ look-ups remembered by the reader context', () => {
  // The organ of a site and the part its qualifier words name are remembered in the context's memo,
  // by path and qualifiers: a note read after others must read as it does with a fresh context.
  const notes = [
    `HPI: adenocarcinoma of the distal esophagus.\n${FILLER}\nA/P: esophageal cancer, on FOLFOX.`,
    `HPI: squamous cell carcinoma of the upper esophagus.\n${FILLER}\nA/P: esophageal cancer, on chemoradiation.`,
    `HPI: adenocarcinoma of the esophagus.\n${FILLER}\nA/P: esophageal cancer.`,
    `HPI: RUL adenocarcinoma diagnosed in May.\n${FILLER}\nA/P: metastatic NSCLC.`,
    `HPI: LLL adenocarcinoma.\n${FILLER}\nA/P: metastatic NSCLC, s/p L pneumonectomy.`,
  ];
  const table = officialNeoplasmTable();
  const codeSets = testCodeSets();
  const read = (text: string, context: NarrativeContext): unknown => readNarrative(text, spanOf(0, text.length), context).mentions.map((mention) => [mention.text, mention.code]);

  it('reads each note after the others as with a fresh context, in either order', () => {
    const fresh = notes.map((text) => read(text, createNarrativeContext(table, codeSets)));
    // The first and second notes differ only in their qualifier words (C15.5 against C15.3): a memo keyed without them would give the second the first's part.
    assert.deepEqual((fresh[0] as unknown[])[1], ['esophageal cancer', 'C155']);
    assert.deepEqual((fresh[1] as unknown[])[1], ['esophageal cancer', 'C153']);
    for (const order of [notes, [...notes].reverse()]) {
      const shared = createNarrativeContext(table, codeSets);
      for (let round = 0; round < 2; round++) {
        for (const text of order) assert.deepEqual(read(text, shared), fresh[notes.indexOf(text)], text.slice(0, 40));
      }
    }
  });
});
