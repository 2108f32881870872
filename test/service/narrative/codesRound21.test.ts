import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Codes round 21 (issue 12, tuner A): the right code for a mention the reader already finds. Codes checked against the FY2027
 * code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// A hemangioma named with no site in a note whose other hemangiomas are placed in one region is of that region (Tabular D18.03
// Hemangioma of intra-abdominal structures; D18.00 Hemangioma unspecified site; ANNOTATION.md "Side and sub-site documented
// elsewhere in the note"; d257 "MRI liver: favored hemangioma" … "stable 1.1 cm liver hemangioma", d835 "Observation 2 (segment
// 4a): … a flash-filling hemangioma is less likely" … "Segment 2 hemangioma", d848 "liver MRI c/w hemangioma" … "The seg 4b liver
// hemangioma"). A denied one is coded as written, and so is every one of a note placing hemangiomas in two regions.
const documentedHemangiomaRegion: readonly ReadingCase[] = [
  ['a doubted site-less hemangioma takes the liver the note documents',
    'Imaging: MRI 11/2026: favored hemangioma, metastasis less likely.\nCT CAP: stable 1.1 cm liver hemangioma.',
    [['hemangioma', 'D1803', 'uncertain'], ['liver hemangioma', 'D1803', 'present']]],
  ['a denied site-less hemangioma stays unspecified',
    'Imaging: MRI 11/2026: no hemangioma seen.\nCT CAP: stable 1.1 cm liver hemangioma.',
    [['hemangioma', 'D1800', 'negated'], ['liver hemangioma', 'D1803', 'present']]],
  ['two documented regions leave a site-less hemangioma unspecified',
    'Imaging: MRI 11/2026: favored hemangioma.\nCT CAP: stable 1.1 cm liver hemangioma. Known skin hemangioma of the back.',
    [['hemangioma', 'D1800', 'uncertain'], ['liver hemangioma', 'D1803', 'present'], ['skin hemangioma', 'D1801', 'present']]],
];

describe('codes, round 21', () => {
  describe('a site-less hemangioma takes the documented region', () => checkReadings(documentedHemangiomaRegion));
});
