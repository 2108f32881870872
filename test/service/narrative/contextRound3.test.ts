import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Context round 3: where a mention's site comes from when it is not written next to the histology, and
 * what status the text gives it. Each case: the text, then the mentions expected ([words, code,
 * assertion]); every code is read off the Table of Neoplasms or the Tabular (cited per case) and checked
 * against the FY2027 code file (`../shared/codesets/icd10cm-2027/icd10cm-codes-2027.derived.txt`).
 */

type Case = readonly [title: string, text: string, expected: readonly (readonly [string, string, string])[]];

function summary(text: string): string[][] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => [mention.text, mention.code ?? 'null', mention.assertion]);
}

function check(cases: readonly Case[]): void {
  for (const [title, text, expected] of cases) it(title, () => assert.deepEqual(summary(text), expected));
}

describe('narrative context round 3: a finding gives its site to the histology that concludes it', () => {
  check([
    // Tabular C44.31 Basal cell carcinoma of skin of other and unspecified parts of face: C44.311 ... of skin of nose (the nasal ala is the external nose).
    ['gives a ruled-out basal cell carcinoma the surface of its line', 'PLAN:\n1. R nasal ala papule - r/o BCC. Shave biopsy performed.',
      [['BCC', 'C44311', 'uncertain']]],
    // Tabular D18.0 Hemangioma: D18.03 of intra-abdominal structures (the liver), not D18.00 unspecified site.
    ['gives a hemangioma the organ of the imaging finding it concludes', 'Upper abdomen: 1.4 cm hypodense lesion hepatic segment 7 w/ peripheral nodular enhancement - c/w hemangioma.',
      [['hemangioma', 'D1803', 'uncertain']]],
    // table: adrenal / Benign D35.0-; left → D35.02 Benign neoplasm of left adrenal gland.
    ['gives an adenoma the organ and side of the nodule it concludes', '1.2 cm L adrenal nodule measuring -4 HU, c/w lipid-rich adenoma.',
      [['adenoma', 'D3502', 'uncertain']]],
    // "may be" concludes the finding like "c/w": liver → D18.03.
    ['reads "may be" as a finding\'s conclusion', 'Comment: liver lesion may be hemangioma - will clarify on MRI.',
      [['hemangioma', 'D1803', 'uncertain']]],
  ]);
});

describe('narrative context round 3: a hedge opening its own clause after a negation', () => {
  check([
    // Index: Enchondroma → Neoplasm, bone, benign; table: bone, humerus / Benign D16.0-; right → D16.01. The "no" denies the scalloping, "c/w" hedges the enchondroma.
    ['reads "no cortical scalloping, c/w enchondroma" as uncertain, not negated', 'XR R humerus (2024): small chondroid lesion proximal metadiaphysis, no cortical\nscalloping, c/w enchondroma.',
      [['enchondroma', 'D1601', 'uncertain']]],
  ]);
});

describe('narrative context round 3: an oncologic timeline', () => {
  check([
    // table: lung, upper lobe / Malignant Primary C34.1-; right (RUL) → C34.11. The CT line above is its own entry, so its "chest" labels nothing.
    ['reads each dated line of a timeline as its own entry', 'ONCOLOGIC HISTORY:\n3/2021 - CT chest for persistent cough: 3.4 cm spiculated RUL mass + R hilar LAD\n3/2021 - EBUS bx RUL + stations 4R/10R: adenocarcinoma, TTF-1+',
      [['adenocarcinoma', 'C3411', 'present']]],
  ]);
});
