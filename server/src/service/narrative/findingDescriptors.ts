import type { Token } from './token';

/**
 * An imaging finding's appearance written between its site and its noun, as radiology reports write it ("right iliac wing
 * sclerotic focus", "L3 lytic lesion", "segment 7 hypodense lesion", "R parotid 9 mm hypoechoic nodule"): the site is still the
 * finding's, as in "right iliac wing focus", so the metastasis a report concludes for it is at that site.
 */

/** Words of a finding's density, signal, echo, uptake or shape that stand before its noun. */
const DESCRIPTORS: ReadonlySet<string> = new Set([
  'sclerotic', 'lytic', 'blastic', 'osteoblastic', 'osteolytic', 'mixed', 'expansile', 'hypodense', 'hyperdense', 'hypoattenuating',
  'hypoechoic', 'hyperechoic', 'enhancing', 'hypervascular', 'hypermetabolic', 'avid', 'fdg-avid', 'spiculated', 'solid',
]);

/** How many appearance words may stand before the noun ("sclerotic expansile lesion"). */
const DESCRIPTOR_REACH = 2;

/** The position right after the appearance words that open at `position`, or `position` itself when none does. */
export function afterDescriptors(tokens: readonly Token[], position: number): number {
  let at = position;
  while (at < position + DESCRIPTOR_REACH && DESCRIPTORS.has(tokens[at]?.norm ?? '')) at++;
  return at;
}
