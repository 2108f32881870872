import { checkReadings } from './readingCases';

/**
 * Three readings settled on the dev notes d113, d159, d173, d175 and d185: a slash between two words
 * names two things, a syndrome named after a cancer is no diagnosis of it, and a recurrence only
 * foreseen does not make a treated cancer current. Each case: the text, then the mentions expected
 * ([words, code, assertion]); codes are read off the Table of Neoplasms, the Tabular or the guideline
 * cited per case and checked in the FY2026 code file.
 */

describe('narrative: a slash between two words names two things', () => {
  checkReadings([
    // Z80.3 Family history of malignant neoplasm of breast; Z80.41 … of ovary; a denied family history keeps its codes (ANNOTATION.md).
    ['reads both cancers of a denied family history written with a slash', 'FH: father bladder ca. No breast/ovarian cancer in family.',
      [['bladder ca', 'Z8052', 'family'], ['breast', 'Z803', 'negated'], ['ovarian cancer', 'Z8041', 'negated']]],
    // table: cardia / Malignant Primary C16.0 (the GE junction is printed under stomach, cardia); "suspicious for": uncertain (IV.H).
    ['gives a finding at "GEJ/cardia" the cardia', 'IMPRESSION:\n1. Fungating GEJ/cardia mass - highly suspicious for adenocarcinoma (Siewert II). Biopsied.',
      [['adenocarcinoma', 'C160', 'uncertain']]],
  ]);
});

describe('narrative: a syndrome named after a cancer', () => {
  checkReadings([
    // A hereditary cancer syndrome is a risk, not a cancer of the patient or a relative (Z15.0- genetic susceptibility is not a neoplasm code).
    ['reads no cancer in "hereditary breast/ovarian cancer syndrome"', 'Pedigree suggestive of hereditary breast/ovarian cancer syndrome (HBOC) on maternal side.', []],
  ]);
});

describe('narrative: a recurrence only foreseen', () => {
  checkReadings([
    // Guideline I.C.2.d: completed treatment and no evidence of disease make history (Z85.048 personal history of malignant neoplasm of
    // rectum, rectosigmoid junction and anus); "If persistent/recurrent disease develops" is a plan, not a recurrence.
    ['keeps a treated anal cancer history when a later sentence plans for its recurrence',
      'Assessment\n1. Anal canal SCC s/p definitive chemoRT, completed 5/2026 - complete clinical response. No evidence of disease.\n   If persistent/recurrent disease develops -> APR.',
      [['Anal canal SCC', 'Z85048', 'history']]],
  ]);
});
