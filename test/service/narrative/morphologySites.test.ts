import * as assert from 'node:assert/strict';
import type { DocumentedMention } from '../../../server/src/service/narrative/model';
import { LYMPHOMA_NODE_DIGIT, MELANOMA_BY_SKIN_SITE } from '../../../server/src/service/narrative/morphologySites';
import { NODE_REGIONS } from '../../../server/src/service/narrative/nodeLexicon';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { officialBillable } from '../../helpers/officialCodes';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Morphology-classified histologies coded by their site: the site tables checked entry by entry
 * against the FY2027 code file (billable, and the official title names the site the entry claims),
 * and the reader on phrasings written for this test, each expected code read off the Tabular List.
 */

const fy2027 = officialBillable(2027);
const dotless = (code: string): string => code.replace('.', '');
const titleOf = (code: string): string => fy2027.get(dotless(code)) ?? '';

describe('narrative lexicon: melanoma, Merkel cell carcinoma and nevi by skin site (Tabular C43.-, C4A.-, D03.-, D22.-)', () => {
  for (const entry of MELANOMA_BY_SKIN_SITE) {
    it(`C44 ${entry.skin} → ${entry.melanoma} / ${entry.merkel} / ${entry.inSitu} / ${entry.nevus}`, () => {
      assert.match(titleOf(entry.merkel), /^Merkel cell carcinoma/, `${entry.merkel} billable, a Merkel cell carcinoma`);
      assert.match(titleOf(entry.merkel), entry.title);
      assert.match(titleOf(entry.melanoma), /^Malignant melanoma of /, `${entry.melanoma} billable, a malignant melanoma`);
      assert.match(titleOf(entry.melanoma), entry.title);
      assert.match(titleOf(entry.inSitu), /^Melanoma in situ/, `${entry.inSitu} billable, a melanoma in situ`);
      assert.match(titleOf(entry.inSitu), entry.title);
      assert.match(titleOf(entry.nevus), /^Melanocytic nevi/, `${entry.nevus} billable, a melanocytic nevus`);
      assert.match(titleOf(entry.nevus), entry.nevusTitle ?? entry.title);
      // The C44 code the key stands for ("6:02" → C44.602) is a real skin code with the same site.
      const [group, rest] = entry.skin.split(':') as [string, string];
      const skin = [...fy2027.keys()].find((code) => code.startsWith(`C44${group}`) && code.slice(5) === rest && code.length === 5 + rest.length);
      assert.ok(skin !== undefined, `a C44${group}?${rest} code exists`);
    });
  }
});

describe('narrative lexicon: lymphoma fifth character by node region (Tabular C83.3-)', () => {
  const siteWords: Readonly<Record<string, RegExp>> = {
    '1': /lymph nodes of head, face, and neck/, '2': /intrathoracic lymph nodes/, '3': /intra-abdominal lymph nodes/,
    '4': /lymph nodes of axilla and upper limb/, '5': /lymph nodes of inguinal region and lower limb/, '6': /intrapelvic lymph nodes/,
  };
  for (const [region, digit] of LYMPHOMA_NODE_DIGIT) {
    it(`${region} → C83.3${digit}`, () => {
      assert.ok(NODE_REGIONS.some((term) => term.region === region), `${region} is a region of the node lexicon`);
      assert.match(titleOf(`C83.3${digit}`), siteWords[digit] ?? /^$/);
      assert.match(titleOf(`C85.9${digit}`), siteWords[digit] ?? /^$/);
    });
  }
  it('every region of the node lexicon has a fifth character', () => {
    for (const term of NODE_REGIONS) assert.ok(LYMPHOMA_NODE_DIGIT.has(term.region), term.region);
  });
  it('7 is the spleen and C83.39 is subdivided (C83.390 primary CNS, C83.398 other extranodal)', () => {
    assert.match(titleOf('C81.97'), /Hodgkin lymphoma, unspecified, spleen/);
    assert.equal(fy2027.has('C8339'), false);
    assert.match(titleOf('C83.398'), /other extranodal and solid organ sites/);
  });
});

function read(text: string): string[][] {
  const mentions: DocumentedMention[] = [...readNarrative(text, spanOf(0, text.length), defaultContext()).mentions];
  return mentions.map((mention) => [mention.text, mention.code ?? `[${mention.candidates.join(',')}]`, mention.assertion]);
}

describe('narrative reader: melanoma by site', () => {
  const cases: readonly [string, string, string][] = [
    ['Superficial spreading melanoma of the left upper arm, Breslow 0.6 mm.', 'Superficial spreading melanoma of the left upper arm', 'C4362'], // C43.62 left upper limb
    ['Excision of R thigh melanoma next week.', 'R thigh melanoma', 'C4371'], // C43.71 right lower limb, including hip
    ['Nodular melanoma on the upper back, 2.1 mm, ulcerated.', 'Nodular melanoma on the upper back', 'C4359'], // C43.59 other part of trunk
    ['Melanoma of the left lower back, 1.1 mm.', 'Melanoma of the left lower back', 'C4359'], // C43.59: the trunk has no side
    ['Melanoma, R shoulder, pT1a, margins negative.', 'Melanoma, R shoulder', 'C4361'], // C43.61 right upper limb, including shoulder
    ['Scalp melanoma, pT3a.', 'Scalp melanoma', 'C434'], // C43.4 scalp and neck
    ['Melanoma of the nose, referred for Mohs.', 'Melanoma of the nose', 'C4331'], // C43.31 nose
    ['Bx: melanoma in situ of the right forearm, margins clear.', 'melanoma in situ of the right forearm', 'D0361'], // D03.61
    ['Lentigo maligna melanoma of the face.', 'Lentigo maligna melanoma of the face', 'C4330'], // C43.30 unspecified part of face (the subtype is one histology name, not the in-situ lentigo maligna)
    ['Melanoma of the left ear, 1.2 mm.', 'Melanoma of the left ear', 'C4322'], // C43.22 left ear and external auricular canal
  ];
  for (const [text, mention, code] of cases) {
    it(`"${text}" → ${code}`, () => assert.deepEqual(read(text)[0]?.slice(0, 2), [mention, code]));
  }
  it('codes a Merkel cell carcinoma by the same skin subdivisions (Tabular C4A.-)', () => {
    assert.equal(read('Merkel cell carcinoma of the right cheek, 1.8 cm.')[0]?.[1], 'C4A39'); // C4A.39 other parts of face
    assert.equal(read('Left forearm Merkel cell carcinoma.')[0]?.[1], 'C4A62'); // C4A.62 left upper limb
    assert.equal(read('Merkel cell carcinoma, primary unknown.')[0]?.[1], 'C4A9'); // Index: Carcinoma, Merkel cell C4A.9
  });
  it('keeps C43.9 for a site that is no skin and reads a metastasis to nodes as C77.3', () => {
    assert.deepEqual(read('Melanoma metastatic to the left axillary lymph nodes.'), [
      ['Melanoma', 'C439', 'present'], // Index: Melanoma C43.9, no skin site named
      ['metastatic to the left axillary lymph nodes', 'C773', 'present'], // lymph gland, axilla → Malignant Secondary C77.3
    ]);
  });
  it('keeps the history code for a sited melanoma in the past', () => {
    assert.deepEqual(read('History of melanoma of the right calf, excised 2019, NED.')[0]?.[1], 'Z85820'); // Guideline I.C.2.d
  });
});

describe('narrative reader: lymphoma by region', () => {
  const cases: readonly [string, string][] = [
    ['DLBCL involving the cervical lymph nodes, stage II.', 'C8331'], // C83.31 head, face and neck
    ['Mediastinal lymph node DLBCL, bulky.', 'C8332'], // C83.32 intrathoracic
    ['Relapsed Hodgkin lymphoma (mediastinal lymph nodes) after ABVD.', 'C8192'], // C81.92 intrathoracic
    ['Follicular lymphoma involving the right inguinal lymph nodes.', 'C8295'], // C82.95 inguinal region and lower limb
    ['Mantle cell lymphoma of the spleen.', 'C8317'], // C83.17 spleen
    ['Hodgkin lymphoma in the retroperitoneal lymph nodes.', 'C8193'], // C81.93 intra-abdominal
    ['Lymphoma of the stomach, H. pylori negative.', 'C8599'], // C85.99 extranodal and solid organ sites
  ];
  for (const [text, code] of cases) {
    it(`"${text}" → ${code}`, () => assert.equal(read(text)[0]?.[1], code));
  }
  it('chooses the C83.39- code of an extranodal DLBCL by organ', () => {
    // Tabular C83.398 "… of other extranodal and solid organ sites" (the stomach is no part of the central nervous system);
    // C83.390 "Primary central nervous system lymphoma".
    assert.equal(read('DLBCL of the stomach.')[0]?.[1], 'C83398');
    assert.equal(read('DLBCL of the brain.')[0]?.[1], 'C83390');
  });
  it('keeps the unspecified site when the text names no region or only an ill-defined one', () => {
    assert.equal(read('DLBCL, stage IE.')[0]?.[1], 'C8330');
    assert.equal(read('DLBCL of the left axilla.')[0]?.[1], 'C8330');
  });
});

describe('narrative reader: sarcoma by soft-tissue site (Index: Sarcoma — see Neoplasm, connective tissue, malignant)', () => {
  const cases: readonly [string, string, RegExp][] = [
    ['Undifferentiated pleomorphic sarcoma of the left thigh, 9 cm, deep.', 'C4922', /connective and soft tissue of left lower limb/], // connective tissue, thigh C49.2-
    ['Myxoid liposarcoma of the right upper arm.', 'C4911', /connective and soft tissue of right upper limb/], // connective tissue, arm C49.1-
    ['Angiosarcoma of the scalp after prior radiation.', 'C490', /connective and soft tissue of head, face and neck/], // connective tissue, scalp C49.0
    ['Leiomyosarcoma of the uterus, FIGO stage I.', 'C55', /uterus, part unspecified/], // no connective-tissue row: uterus C55
    ['Osteosarcoma of the left distal femur.', 'C4022', /long bones of left lower limb/], // bone, femur C40.2-
  ];
  for (const [text, code, title] of cases) {
    it(`"${text}" → ${code}`, () => {
      assert.equal(read(text)[0]?.[1], code);
      assert.match(titleOf(code), title);
    });
  }
});
