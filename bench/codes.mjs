// Real ICD-10-CM and CPT codes the synthetic 837 generator draws from.
// Every ICD-10-CM code in `billable` lists was checked against the FY2027 billable list
// (data/icd10cm/2027/icd10cm-codes-2027.derived.txt.gz) and the FY2026 list, so a
// claim dated in either year is valid; `verifyCodeLists` repeats that check at bench time.
// Codes are written dotless, as X12 carries them.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** Cancer sites: billable primary codes with the matching Z85 personal-history code (tabular inclusion terms). */
export const sites = [
  { name: 'breast', primaries: ['C50911', 'C50912', 'C50411', 'C50919'], history: 'Z853', related: ['Z170', 'Z1731', 'Z9011', 'Z803'] },
  { name: 'lung', primaries: ['C3490', 'C3411', 'C3412'], history: 'Z85118', related: ['Z87891', 'F17210'] },
  { name: 'colon', primaries: ['C187', 'C189'], history: 'Z85038', related: ['Z9049'] },
  { name: 'rectum', primaries: ['C20', 'C19'], history: 'Z85048', related: ['Z9049'] },
  { name: 'prostate', primaries: ['C61'], history: 'Z8546', related: [] },
  { name: 'ovary', primaries: ['C561', 'C562'], history: 'Z8543', related: ['Z90710'] },
  { name: 'pancreas', primaries: ['C250', 'C259'], history: 'Z8507', related: [] },
  { name: 'kidney', primaries: ['C641'], history: 'Z85528', related: [] },
  { name: 'melanoma', primaries: ['C439'], history: 'Z85820', related: [] },
  { name: 'bladder', primaries: ['C679'], history: 'Z8551', related: [] },
];

/** Secondary (metastatic) malignancy codes, C77–C79. */
export const secondaries = ['C787', 'C7951', 'C7801', 'C7800', 'C773', 'C7931', 'C7989'];

/** Lymphoid and haematopoietic malignancies, each with its history code. */
export const hematologic = [
  { code: 'C8330', history: 'Z8572' },
  { code: 'C9000', history: 'Z8579' },
  { code: 'C9100', history: 'Z856' },
  { code: 'C8590', history: 'Z8572' },
];

/** Z51 encounter codes: radiotherapy, chemotherapy, immunotherapy, and palliative care. */
export const treatmentEncounters = ['Z5111', 'Z5112', 'Z510'];
export const palliative = 'Z515';
export const followUp = 'Z08';
export const unknownPrimary = 'C801';
export const disseminated = 'C800';

/** Conditions that often accompany cancer care (listed after the neoplasm). */
export const cancerRelated = ['D630', 'R5383', 'D701', 'G893', 'R110', 'D6481', 'R64', 'R634', 'Z9221', 'Z923', 'Z79899', 'E871'];

/** Common non-neoplasm conditions for routine visits and comorbidities. */
export const comorbidities = [
  'E119', 'I10', 'E785', 'J449', 'K219', 'F419', 'N1830', 'E039', 'I4891', 'Z87891', 'R0602', 'J189',
  'N390', 'R509', 'E1122', 'I2510', 'Z794', 'D649', 'Z7984', 'Z79899', 'Z1231', 'Z1211',
];

/**
 * Filler pairs that a coder would not report together (an Excludes1 note, or a code-first note that
 * the filler's random order could break); the generator never adds the second when the first is present.
 */
export const fillerConflicts = [['Z794', 'Z7984'], ['R64', 'R634'], ['N1830', 'E1122']];

/** Valid categories or subcategories that are not billable (they need more characters). */
export const headerCodes = ['C5091', 'C780', 'C509', 'Z85'];

/** Code-shaped strings that are not ICD-10-CM codes at all. */
export const unknownCodes = ['C7809', 'C50999', 'Z8599'];

/** CPT/HCPCS procedure codes per kind of encounter (CPT codes as used on real oncology claims). */
export const procedures = {
  routine: ['99213', '99214', '99215', '36415', '85025', '80053', '93000', '71046'],
  oncology: ['99214', '99215', '85025', '80053', '36415', '74177', '71260', '78815', '77067'],
  chemotherapy: ['96413', '96415', '96417', '96365', '96375', 'J9355', 'J2505', '85025'],
  radiotherapy: ['77385', '77386', '77412', '77427', '77336'],
};

/** Revenue codes for 837I service lines. */
export const revenueCodes = ['0510', '0300', '0320', '0335', '0636', '0450', '0250'];

/** All ICD-10-CM codes the generator treats as valid and billable. */
export function billableCodes() {
  const all = new Set([
    ...sites.flatMap((site) => [...site.primaries, site.history, ...site.related]),
    ...secondaries, ...hematologic.flatMap((h) => [h.code, h.history]), ...treatmentEncounters,
    palliative, followUp, unknownPrimary, disseminated, ...cancerRelated, ...comorbidities,
  ]);
  return [...all];
}

/**
 * Checks the code lists against a billable-code file (code, spaces, title per line; plain or .gz). Returns the
 * codes that are listed as billable but absent, and the deliberately bad codes that are present.
 */
export function verifyCodeLists(codesFile) {
  if (!existsSync(codesFile)) return { checked: false, missing: [], unexpectedlyValid: [] };
  const known = new Set();
  const bytes = readFileSync(codesFile);
  const text = (codesFile.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  for (const line of text.split('\n')) {
    const code = line.split(/\s/, 1)[0];
    if (code) known.add(code);
  }
  return {
    checked: true,
    missing: billableCodes().filter((code) => !known.has(code)),
    unexpectedlyValid: [...headerCodes, ...unknownCodes].filter((code) => known.has(code)),
  };
}
