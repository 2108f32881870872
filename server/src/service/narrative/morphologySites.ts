import type { SiteMatch } from './siteFinder';

/**
 * Sites of the histologies the Index classifies by morphology. The Tabular List gives them their own
 * site axis: malignant melanoma of skin (C43, category "Malignant melanoma of skin"), Merkel cell
 * carcinoma (C4A) and melanoma in situ (D03) follow the skin subdivisions of C44, and the lymphomas C81–C85 take the lymph node region
 * (or spleen, or an extranodal organ) as their fifth character. Every code named here is checked
 * against the FY2027 code file, title by title, in `test/service/narrative/morphologySites.test.ts`.
 */
export interface SkinMelanomaEntry {
  /** The C44 code of the skin site with its type digit removed ("C44601" → "6:01"). */
  readonly skin: string;
  readonly melanoma: string;
  /** Merkel cell carcinoma (Tabular C4A.-) has the subdivisions of C43. */
  readonly merkel: string;
  readonly inSitu: string;
  /** Melanocytic nevi (Tabular D22.-) by the same subdivision; D22 has one trunk code and no overlapping-sites code. */
  readonly nevus: string;
  /** What the official titles of both codes say about the site. */
  readonly title: RegExp;
  /** What the nevus code's title says, where it differs from `title`. */
  readonly nevusTitle?: RegExp;
}

/** C44 skin site → C43 (Tabular C43.-), C4A (Merkel cell), D03 (Tabular D03.-) and D22 (melanocytic nevi) by the same site subdivision. */
export const MELANOMA_BY_SKIN_SITE: readonly SkinMelanomaEntry[] = [
  { skin: '0:', melanoma: 'C43.0', merkel: 'C4A.0', inSitu: 'D03.0', nevus: 'D22.0', title: /of lip$/i },
  { skin: '1:1', melanoma: 'C43.10', merkel: 'C4A.10', inSitu: 'D03.10', nevus: 'D22.10', title: /unspecified eyelid/i },
  { skin: '1:21', melanoma: 'C43.111', merkel: 'C4A.111', inSitu: 'D03.111', nevus: 'D22.111', title: /right upper eyelid/i },
  { skin: '1:22', melanoma: 'C43.112', merkel: 'C4A.112', inSitu: 'D03.112', nevus: 'D22.112', title: /right lower eyelid/i },
  { skin: '1:91', melanoma: 'C43.121', merkel: 'C4A.121', inSitu: 'D03.121', nevus: 'D22.121', title: /left upper eyelid/i },
  { skin: '1:92', melanoma: 'C43.122', merkel: 'C4A.122', inSitu: 'D03.122', nevus: 'D22.122', title: /left lower eyelid/i },
  { skin: '2:1', melanoma: 'C43.20', merkel: 'C4A.20', inSitu: 'D03.20', nevus: 'D22.20', title: /unspecified ear/i },
  { skin: '2:2', melanoma: 'C43.21', merkel: 'C4A.21', inSitu: 'D03.21', nevus: 'D22.21', title: /right ear/i },
  { skin: '2:9', melanoma: 'C43.22', merkel: 'C4A.22', inSitu: 'D03.22', nevus: 'D22.22', title: /left ear/i },
  { skin: '3:0', melanoma: 'C43.30', merkel: 'C4A.30', inSitu: 'D03.30', nevus: 'D22.30', title: /unspecified part of face/i },
  // D03 has no nose code: Index "Melanoma, in situ, nose" sends it to other parts of face, D03.39.
  { skin: '3:1', melanoma: 'C43.31', merkel: 'C4A.31', inSitu: 'D03.39', nevus: 'D22.39', title: /nose|other parts of face/i, nevusTitle: /other parts of face/i },
  { skin: '3:9', melanoma: 'C43.39', merkel: 'C4A.39', inSitu: 'D03.39', nevus: 'D22.39', title: /other parts of face/i },
  { skin: '4:', melanoma: 'C43.4', merkel: 'C4A.4', inSitu: 'D03.4', nevus: 'D22.4', title: /scalp and neck/i },
  { skin: '5:0', melanoma: 'C43.51', merkel: 'C4A.51', inSitu: 'D03.51', nevus: 'D22.5', title: /anal skin/i, nevusTitle: /of trunk/i },
  { skin: '5:1', melanoma: 'C43.52', merkel: 'C4A.52', inSitu: 'D03.52', nevus: 'D22.5', title: /breast/i, nevusTitle: /of trunk/i },
  { skin: '5:9', melanoma: 'C43.59', merkel: 'C4A.59', inSitu: 'D03.59', nevus: 'D22.5', title: /other part of trunk/i, nevusTitle: /of trunk/i },
  { skin: '6:1', melanoma: 'C43.60', merkel: 'C4A.60', inSitu: 'D03.60', nevus: 'D22.60', title: /unspecified upper limb/i },
  { skin: '6:2', melanoma: 'C43.61', merkel: 'C4A.61', inSitu: 'D03.61', nevus: 'D22.61', title: /right upper limb/i },
  { skin: '6:9', melanoma: 'C43.62', merkel: 'C4A.62', inSitu: 'D03.62', nevus: 'D22.62', title: /left upper limb/i },
  { skin: '7:1', melanoma: 'C43.70', merkel: 'C4A.70', inSitu: 'D03.70', nevus: 'D22.70', title: /unspecified lower limb/i },
  { skin: '7:2', melanoma: 'C43.71', merkel: 'C4A.71', inSitu: 'D03.71', nevus: 'D22.71', title: /right lower limb/i },
  { skin: '7:9', melanoma: 'C43.72', merkel: 'C4A.72', inSitu: 'D03.72', nevus: 'D22.72', title: /left lower limb/i },
  { skin: '8:', melanoma: 'C43.8', merkel: 'C4A.8', inSitu: 'D03.8', nevus: 'D22.9', title: /overlapping sites|other sites/i, nevusTitle: /unspecified/i },
  { skin: '9:', melanoma: 'C43.9', merkel: 'C4A.9', inSitu: 'D03.9', nevus: 'D22.9', title: /unspecified/i },
];

/** The key of a dotless C44 code in the table above: its group, then the digits after the type digit. */
export function skinSiteKey(code: string): string | undefined {
  if (!code.startsWith('C44') || code.length < 5) return undefined;
  return `${code.slice(3, 4)}:${code.slice(5)}`;
}

/**
 * The fifth character of C81–C85 by lymph node region (Tabular C83.3-: 1 head, face and neck, 2
 * intrathoracic, 3 intra-abdominal, 4 axilla and upper limb, 5 inguinal region and lower limb, 6
 * intrapelvic). Regions are the children of "lymph, lymphatic channel / gland" in `nodeLexicon.ts`.
 */
export const LYMPHOMA_NODE_DIGIT: ReadonlyMap<string, string> = new Map([
  ['cervical', '1'], ['neck', '1'], ['supraclavicular', '1'], ['scalene', '1'], ['submandibular', '1'],
  ['jugular', '1'], ['submental', '1'], ['parotid', '1'], ['preauricular', '1'], ['occipital', '1'], ['retropharyngeal', '1'], ['pretracheal', '1'],
  ['mediastinal', '2'], ['hilar', '2'], ['tracheal', '2'], ['intrathoracic', '2'], ['parasternal', '2'], ['esophageal', '2'], ['bronchopulmonary', '2'],
  ['para-aortic', '3'], ['peri-aortic', '3'], ['retroperitoneal', '3'], ['mesenteric', '3'], ['celiac', '3'], ['portal', '3'],
  ['porta hepatis', '3'], ['hepatic', '3'], ['peripancreatic', '3'], ['gastric', '3'], ['colic', '3'], ['abdominal', '3'], ['intrabdominal', '3'],
  ['axilla, axillary', '4'], ['infraclavicular', '4'], ['pectoral', '4'], ['epitrochlear', '4'],
  ['inguina, inguinal', '5'], ['femoral', '5'], ['popliteal', '5'], ['groin', '5'],
  ['iliac', '6'], ['obturator', '6'], ['pelvic', '6'], ['hypogastric', '6'], ['sacral', '6'], ['intrapelvic', '6'], ['parametrial', '6'],
  // The rest of the table's node rows (tableNodeRegions.ts), each by its C77 cell: C77.0 → 1 … C77.5 → 6.
  ['auricular', '1'], ['cervicofacial', '1'], ['prelaryngeal', '1'], ['submaxillary', '1'], ["virchow's", '1'], ['mandibular', '1'], ['sublingual', '1'],
  ['innominate', '2'], ['tracheobronchial', '2'], ['epigastric, inferior', '2'], ['bronchial', '2'], ['diaphragmatic', '2'], ['intercostal', '2'],
  ['pulmonary', '2'], ['thoracic', '2'], ['ileocolic', '3'], ['midcolic', '3'], ['aortic', '3'], ['intestinal', '3'], ['lumbar', '3'],
  ['pancreatic', '3'], ['pyloric', '3'], ['splenic', '3'], ['common duct', '3'], ['cubital', '4'], ['subclavicular', '4'], ['subscapular', '4'],
  ['upper limb', '4'], ['brachial', '4'], ['subinguinal', '5'], ['lower limb', '5'], ['cloquet', '5'], ['tibial', '5'], ['paracervical', '6'],
  ['presymphysial', '6'],
]);
/** Fifth character 7: the spleen; 9: an extranodal or solid organ site (Tabular C83.3-). */
export const LYMPHOMA_SPLEEN_DIGIT = '7';
export const LYMPHOMA_EXTRANODAL_DIGIT = '9';

/**
 * The connective-tissue regions that hold a node region of their own name: a "mediastinal" or "retroperitoneal lymphoma"
 * is a lymphoma of the nodes there (intrathoracic 2, intra-abdominal 3), not of an extranodal organ, since a lymphoma of
 * the mediastinum or retroperitoneum is a nodal mass (Tabular C83.32 / C83.33; ANNOTATION.md's node region rules, d690, d723).
 */
export const NODE_BEARING_REGION_DIGIT: ReadonlyMap<string, string> = new Map([['mediastinum', '2'], ['retroperitoneum', '3']]);

/** The spellings of the spleen's table row a site path may open with. */
const SPLEEN_ROWS = new Set(['spleen', 'splenic', 'spleen, splenic NEC']);

/** The fifth character a lymphoma site gives, or undefined when the region is not one the Tabular names. */
export function lymphomaSiteDigit(site: SiteMatch): string | undefined {
  if (site.lymphNode) return LYMPHOMA_NODE_DIGIT.get(site.path[site.path.length - 1] ?? '');
  const region = site.path.length === 1 ? NODE_BEARING_REGION_DIGIT.get(site.path[0] ?? '') : undefined;
  if (region !== undefined) return region;
  // The spleen's row is read from "spleen" and from the adjective ("splenic involvement": table: spleen, splenic NEC).
  if (SPLEEN_ROWS.has(site.path[0] ?? '')) return LYMPHOMA_SPLEEN_DIGIT;
  // The skin is an extranodal site too ("MYCOSIS FUNGOIDES" under "A. SKIN, LEFT BUTTOCK, PUNCH BIOPSY:" C84.09; ANNOTATION.md,
  // "A lymphoma's extranodal site in its own sentence").
  return LYMPHOMA_EXTRANODAL_DIGIT;
}
