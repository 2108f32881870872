import { type ReadingCase, checkReadings } from './readingCases';

/**
 * Round 16 (tuner B: prior-authorization letters and re-excision reports): a melanoma in situ written without its site in an
 * encounter that documents its melanoma at one skin site is at that site (ANNOTATION.md's side and sub-site rule, as an
 * invasive melanoma's restatement is). Index: Melanoma, in situ, trunk D03.5- → Tabular D03.59 Melanoma in situ of other
 * part of trunk; Melanoma, skin, trunk C43.59. An in-situ melanoma the encounter places elsewhere keeps the site-less one
 * unspecified (D03.9 Melanoma in situ, unspecified).
 */
const CASES: readonly ReadingCase[] = [
  ['a site-less melanoma in situ takes the melanoma\'s one skin site', 'Shave bx L upper back: invasive melanoma. WLE 11/2026: residual melanoma in situ at scar center, margins neg.', [
    ['invasive melanoma', 'C4359', 'present'],
    ['melanoma in situ', 'D0359', 'present'],
  ]],
  ['an in-situ melanoma placed elsewhere leaves the site-less one unspecified', 'Invasive melanoma of the L upper back. Melanoma in situ of the R forearm. Re-excision: melanoma in situ.', [
    ['Invasive melanoma of the L upper back', 'C4359', 'present'],
    ['Melanoma in situ of the R forearm', 'D0361', 'present'],
    ['melanoma in situ', 'D039', 'present'],
  ]],
];

describe('narrative reader round 16: a site-less melanoma in situ', () => checkReadings(CASES));
