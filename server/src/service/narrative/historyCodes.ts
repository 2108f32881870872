/**
 * Personal- and family-history codes for malignancies of a site, keyed by the dotted prefix of the
 * site's primary code (longest prefix wins): `C50` → Z85.3 / Z80.3. A primary that was excised or
 * eradicated and is no longer treated is coded as history (Guideline I.C.2.d, Z85.-); a malignancy in a
 * relative is family history (Z80.-); an in-situ neoplasm in the past is Z86.00-. Every code is checked
 * against the FY2027 code list in `test/service/narrative/historyCodes.test.ts`.
 */
export interface HistoryCodes {
  readonly prefix: string;
  readonly history: string;
  readonly family: string;
}

export const MALIGNANT_HISTORY: readonly HistoryCodes[] = [
  // Lip, oral cavity and pharynx: the tongue Z85.810, any other named site Z85.818 ("other sites of lip, oral cavity, and pharynx":
  // lip, tonsil, floor of mouth …), only the unspecified mouth (C06.9) and pharynx (C14.0) Z85.819 ("unspecified site of …").
  { prefix: 'C0', history: 'Z85.818', family: 'Z80.8' },
  { prefix: 'C01', history: 'Z85.810', family: 'Z80.8' },
  { prefix: 'C02', history: 'Z85.810', family: 'Z80.8' },
  { prefix: 'C06.9', history: 'Z85.819', family: 'Z80.8' },
  { prefix: 'C1', history: 'Z85.818', family: 'Z80.8' },
  { prefix: 'C14.0', history: 'Z85.819', family: 'Z80.8' },
  { prefix: 'C15', history: 'Z85.01', family: 'Z80.0' },
  { prefix: 'C16', history: 'Z85.028', family: 'Z80.0' },
  { prefix: 'C17', history: 'Z85.068', family: 'Z80.0' },
  { prefix: 'C18', history: 'Z85.038', family: 'Z80.0' },
  { prefix: 'C19', history: 'Z85.048', family: 'Z80.0' },
  { prefix: 'C20', history: 'Z85.048', family: 'Z80.0' },
  { prefix: 'C21', history: 'Z85.048', family: 'Z80.0' },
  { prefix: 'C22', history: 'Z85.05', family: 'Z80.0' },
  { prefix: 'C23', history: 'Z85.09', family: 'Z80.0' },
  { prefix: 'C24', history: 'Z85.09', family: 'Z80.0' },
  { prefix: 'C25', history: 'Z85.07', family: 'Z80.0' },
  { prefix: 'C26', history: 'Z85.09', family: 'Z80.0' },
  { prefix: 'C30', history: 'Z85.22', family: 'Z80.2' },
  { prefix: 'C31', history: 'Z85.22', family: 'Z80.2' },
  { prefix: 'C32', history: 'Z85.21', family: 'Z80.2' },
  { prefix: 'C33', history: 'Z85.12', family: 'Z80.1' },
  { prefix: 'C34', history: 'Z85.118', family: 'Z80.1' },
  { prefix: 'C37', history: 'Z85.238', family: 'Z80.2' },
  { prefix: 'C38', history: 'Z85.29', family: 'Z80.2' },
  { prefix: 'C40', history: 'Z85.830', family: 'Z80.8' },
  { prefix: 'C41', history: 'Z85.830', family: 'Z80.8' },
  { prefix: 'C43', history: 'Z85.820', family: 'Z80.8' },
  { prefix: 'C44', history: 'Z85.828', family: 'Z80.8' },
  { prefix: 'C47', history: 'Z85.831', family: 'Z80.8' },
  { prefix: 'C49', history: 'Z85.831', family: 'Z80.8' },
  { prefix: 'C50', history: 'Z85.3', family: 'Z80.3' },
  { prefix: 'C51', history: 'Z85.44', family: 'Z80.49' },
  { prefix: 'C52', history: 'Z85.44', family: 'Z80.49' },
  { prefix: 'C53', history: 'Z85.41', family: 'Z80.49' },
  { prefix: 'C54', history: 'Z85.42', family: 'Z80.49' },
  { prefix: 'C55', history: 'Z85.42', family: 'Z80.49' },
  { prefix: 'C56', history: 'Z85.43', family: 'Z80.41' },
  { prefix: 'C57', history: 'Z85.44', family: 'Z80.49' },
  { prefix: 'C60', history: 'Z85.49', family: 'Z80.49' },
  { prefix: 'C61', history: 'Z85.46', family: 'Z80.42' },
  { prefix: 'C62', history: 'Z85.47', family: 'Z80.43' },
  { prefix: 'C63', history: 'Z85.49', family: 'Z80.49' },
  { prefix: 'C64', history: 'Z85.528', family: 'Z80.51' },
  { prefix: 'C65', history: 'Z85.53', family: 'Z80.59' },
  { prefix: 'C66', history: 'Z85.54', family: 'Z80.59' },
  { prefix: 'C67', history: 'Z85.51', family: 'Z80.52' },
  { prefix: 'C68', history: 'Z85.59', family: 'Z80.59' },
  { prefix: 'C69', history: 'Z85.840', family: 'Z80.8' },
  { prefix: 'C70', history: 'Z85.841', family: 'Z80.8' },
  { prefix: 'C71', history: 'Z85.841', family: 'Z80.8' },
  { prefix: 'C72', history: 'Z85.848', family: 'Z80.8' },
  { prefix: 'C73', history: 'Z85.850', family: 'Z80.8' },
  { prefix: 'C74', history: 'Z85.858', family: 'Z80.8' },
  { prefix: 'C75', history: 'Z85.858', family: 'Z80.8' },
  { prefix: 'C76', history: 'Z85.89', family: 'Z80.8' },
  { prefix: 'C80', history: 'Z85.9', family: 'Z80.9' },
  // The marrow's own primary (table: marrow (bone) / Malignant Primary C96.9), as a relative's "bone marrow cancer" names it.
  { prefix: 'C96', history: 'Z85.79', family: 'Z80.7' },
];

/** Personal history of in-situ neoplasm (Z86.00-), by the dotted prefix of the in-situ code. */
export const IN_SITU_HISTORY: readonly { readonly prefix: string; readonly history: string }[] = [
  { prefix: 'D05', history: 'Z86.000' },
  { prefix: 'D06', history: 'Z86.001' },
  { prefix: 'D07', history: 'Z86.002' },
  { prefix: 'D00', history: 'Z86.003' },
  { prefix: 'D01', history: 'Z86.004' },
  { prefix: 'D02', history: 'Z86.005' },
  { prefix: 'D03', history: 'Z86.006' },
  { prefix: 'D04', history: 'Z86.007' },
  { prefix: 'D09', history: 'Z86.008' },
];

/** The entry with the longest prefix that the dotted code starts with. */
export function longestPrefix<T extends { readonly prefix: string }>(entries: readonly T[], dottedCode: string): T | undefined {
  let best: T | undefined;
  for (const entry of entries) {
    if (dottedCode.startsWith(entry.prefix) && (best === undefined || entry.prefix.length > best.prefix.length)) best = entry;
  }
  return best;
}
