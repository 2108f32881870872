import { checkReadings } from './readingCases';

/**
 * Mentions that restate a diagnosis the encounter documents more fully elsewhere (noteRestatements.ts), checked
 * against the corpus's side and sub-site rule (test/narrative/corpus/ANNOTATION.md; melanoma of the back, d126).
 */
describe('narrative reader: restated diagnoses take the site the encounter documents', () => {
  checkReadings([
    [
      'a site-less melanoma between two differently worded sites of one code takes that code (Tabular C43.72)',
      'Referring dx: Melanoma of left calf\n\nHPI: Shave bx 09/2026: invasive melanoma, Breslow 1.4 mm.\n\nA/P: Malignant melanoma of left lower leg.',
      [
        ['Melanoma of left calf', 'C4372', 'present'],
        ['invasive melanoma', 'C4372', 'present'],
        ['Malignant melanoma of left lower leg', 'C4372', 'present'],
      ],
    ],
    [
      'melanomas at two sides document no one site: the site-less one stays skin NOS (Tabular C43.9)',
      'Dx: Melanoma of left calf. Melanoma of right calf.\n\nPath: invasive melanoma, Breslow 0.8 mm.',
      [
        ['Melanoma of left calf', 'C4372', 'present'],
        ['Melanoma of right calf', 'C4371', 'present'],
        ['invasive melanoma', 'C439', 'present'],
      ],
    ],
  ]);
});
