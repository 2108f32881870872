import * as assert from 'node:assert/strict';
import { HISTOLOGY_TERMS } from '../../../server/src/service/narrative/histologyLexicon';
import { IN_SITU_HISTORY, MALIGNANT_HISTORY } from '../../../server/src/service/narrative/historyCodes';
import { MORPHOLOGY_TERMS } from '../../../server/src/service/narrative/morphologyLexicon';
import { grepPath } from '../../helpers/neoplasmXmlGrep';
import { officialBillable } from '../../helpers/officialCodes';

/**
 * The histology, morphology and history vocabularies: every implied site is a row of the official
 * table, and every code they name is reportable in FY2027 (read from the FY2027 code file, not from
 * the service's index), with a title that says what the entry claims.
 */

const fy2027 = officialBillable(2027);
const dotless = (code: string): string => code.replace('.', '');
const titleOf = (code: string): string => fy2027.get(dotless(code)) ?? '';

describe('narrative lexicon: histology words', () => {
  for (const term of HISTOLOGY_TERMS) {
    it(`"${term.words}" (${term.role})`, () => {
      if (term.impliedSite !== undefined) assert.ok(grepPath(term.impliedSite), `${term.impliedSite.join(' / ')} in the XML`);
      if (term.tissue !== undefined) assert.ok(grepPath([term.tissue]), `${term.tissue} in the XML`);
      if (term.indexCode !== undefined) assert.ok(fy2027.has(dotless(term.indexCode)), `${term.indexCode} billable in FY2027`);
      if (term.narrowTo !== undefined) {
        const below = [...fy2027.keys()].filter((code) => code.startsWith(dotless(term.narrowTo as string)));
        assert.ok(below.length > 0, `${term.narrowTo} has billable codes`);
        assert.ok(below.every((code) => /breast/i.test(titleOf(code))));
      }
      // Punctuation stands as tokens of its own between spaces ("malignant ( primary ) neoplasm , unspecified", "stage iv -", "stage iv :").
      assert.match(term.words, /^[a-z0-9' +/,():–—-]+$/, 'lower-case words');
    });
  }

  // The phrase matcher keeps the first entry given for a phrase (phraseMatcher.ts), so a later entry with the same words is never
  // read: three plain "drop mets" entries once stood dead behind the ones that carry the spinal fallback (spreadTerms.ts).
  it('gives each phrase one entry', () => {
    const seen = new Set<string>();
    const repeated = HISTOLOGY_TERMS.map((term) => term.words).filter((words) => seen.has(words) || !seen.add(words));
    assert.deepEqual(repeated, []);
  });

  it('DCIS narrows to intraductal and LCIS to lobular carcinoma in situ', () => {
    assert.match(titleOf('D05.11'), /intraductal carcinoma in situ of right breast/i);
    assert.match(titleOf('D05.01'), /lobular carcinoma in situ of right breast/i);
  });
});

describe('narrative lexicon: histologies classified by morphology', () => {
  const expectedTitle: Readonly<Record<string, RegExp>> = {
    'C90.00': /multiple myeloma not having achieved remission/i,
    // "RRMM" names its relapse (morphologyLexicon.ts).
    'C90.02': /multiple myeloma in relapse/i,
    'C91.10': /chronic lymphocytic leukemia of B-cell type not having achieved remission/i,
    'C92.00': /acute myeloblastic leukemia, not having achieved remission/i,
    'C92.10': /chronic myeloid leukemia, BCR\/ABL-positive, not having achieved remission/i,
    'C91.00': /acute lymphoblastic leukemia not having achieved remission/i,
    'C95.90': /leukemia, unspecified not having achieved remission/i,
    'C83.30': /diffuse large B-cell lymphoma, unspecified site/i,
    'C82.90': /follicular lymphoma, unspecified, unspecified site/i,
    'C83.10': /mantle cell lymphoma, unspecified site/i,
    'C83.19': /mantle cell lymphoma, extranodal and solid organ sites/i,
    'C81.90': /hodgkin lymphoma, unspecified, unspecified site/i,
    'C85.90': /non-hodgkin lymphoma, unspecified, unspecified site/i,
    'C43.9': /malignant melanoma of skin, unspecified/i,
    'C45.9': /mesothelioma, unspecified/i,
    'C4A.9': /merkel cell carcinoma, unspecified/i,
    'C96.9': /lymphoid, hematopoietic and related tissue, unspecified/i,
    'D46.9': /myelodysplastic syndrome, unspecified/i,
    'D46.C': /myelodysplastic syndrome with isolated del\(5q\)/i,
    'D47.2': /monoclonal gammopathy/i,
    'D18.00': /hemangioma unspecified site/i,
    'D17.9': /benign lipomatous neoplasm, unspecified/i,
    'D25.9': /leiomyoma of uterus, unspecified/i,
    'C7A.00': /malignant carcinoid tumor of unspecified site/i,
    'C7A.1': /malignant poorly differentiated neuroendocrine tumors/i,
    'D3A.00': /benign carcinoid tumor of unspecified site/i,
    'C81.10': /nodular sclerosis hodgkin lymphoma, unspecified site/i,
    // Tabular C81.7 Other Hodgkin lymphoma includes classical Hodgkin lymphoma NOS (hodgkinTerms.ts).
    'C81.70': /other hodgkin lymphoma, unspecified site/i,
    'C81.20': /mixed cellularity hodgkin lymphoma, unspecified site/i,
    'C81.00': /nodular lymphocyte predominant hodgkin lymphoma, unspecified site/i,
    'C84.40': /peripheral t-cell lymphoma, not elsewhere classified, unspecified site/i,
    'C84.90': /mature t\/nk-cell lymphomas, unspecified, unspecified site/i,
    'C88.40': /malt-lymphoma\] not having achieved remission/i,
    'C90.30': /solitary plasmacytoma not having achieved remission/i,
    'C88.00': /waldenstrom macroglobulinemia not having achieved remission/i,
    'C49.A0': /gastrointestinal stromal tumor, unspecified site/i,
    'C91.40': /hairy cell leukemia not having achieved remission/i,
    'C92.30': /myeloid sarcoma, not having achieved remission/i,
    'C83.07': /small cell b-cell lymphoma, spleen/i,
    'C91.50': /adult t-cell lymphoma\/leukemia \(htlv-1-associated\) not having achieved remission/i,
    'C91.60': /prolymphocytic leukemia of t-cell type not having achieved remission/i,
    'C93.30': /juvenile myelomonocytic leukemia, not having achieved remission/i,
    'D47.Z1': /post-transplant lymphoproliferative disorder/i,
    'C25.4': /malignant neoplasm of endocrine pancreas/i,
    'D47.3': /essential \(hemorrhagic\) thrombocythemia/i,
    'D45': /polycythemia vera/i,
    'C83.70': /burkitt lymphoma, unspecified site/i,
    'C83.00': /small cell b-cell lymphoma, unspecified site/i,
    'C84.00': /mycosis fungoides, unspecified site/i,
    'C84.10': /sezary disease, unspecified site/i,
    'C84.60': /anaplastic large cell lymphoma, alk-positive, unspecified site/i,
    'C84.70': /anaplastic large cell lymphoma, alk-negative, unspecified site/i,
    'C83.390': /primary central nervous system lymphoma/i,
    'C92.40': /acute promyelocytic leukemia, not having achieved remission/i,
    'C93.10': /chronic myelomonocytic leukemia not having achieved remission/i,
    'C92.50': /acute myelomonocytic leukemia, not having achieved remission/i,
    // Round 23 (lab reports): AML named by its KMT2A rearrangement (myeloidGeneticTerms.ts), a lymphoproliferative disorder NOS.
    'C92.60': /acute myeloid leukemia with 11q23-abnormality not having achieved remission/i,
    'D47.9': /neoplasm of uncertain behavior of lymphoid, hematopoietic and related tissue, unspecified/i,
    'C90.10': /plasma cell leukemia not having achieved remission/i,
    'C90.20': /extramedullary plasmacytoma not having achieved remission/i,
    'D47.4': /osteomyelofibrosis/i,
    'D47.1': /chronic myeloproliferative disease/i,
    'C46.9': /kaposi's sarcoma, unspecified/i,
    'D22.9': /melanocytic nevi, unspecified/i,
    'C84.A0': /cutaneous t-cell lymphoma, unspecified, unspecified site/i,
    'C85.20': /mediastinal \(thymic\) large b-cell lymphoma, unspecified site/i,
    'C45.0': /mesothelioma of pleura/i,
    'D17.71': /benign lipomatous neoplasm of kidney/i,
    'D18.02': /hemangioma of intracranial structures/i,
    'D25.0': /submucous leiomyoma of uterus/i,
    'D25.1': /intramural leiomyoma of uterus/i,
    'D25.2': /subserosal leiomyoma of uterus/i,
    'D46.1': /refractory anemia with ring sideroblasts/i,
    'D46.20': /refractory anemia with excess of blasts, unspecified/i,
    'D46.21': /refractory anemia with excess of blasts 1/i,
    'D46.22': /refractory anemia with excess of blasts 2/i,
    // Round 13: mast cell neoplasms and Langerhans-cell histiocytosis (mastCellHistiocytic.ts).
    'D47.01': /^cutaneous mastocytosis$/i,
    'D47.02': /^systemic mastocytosis$/i,
    'D47.09': /other mast cell neoplasms of uncertain behavior/i,
    'C96.21': /aggressive systemic mastocytosis/i,
    'C96.22': /mast cell sarcoma/i,
    'C94.30': /mast cell leukemia not having achieved remission/i,
    // Round 20: "acute leukemia" of no cell type (Index: Leukemia, acute NEC C95.0-).
    'C95.00': /^acute leukemia of unspecified cell type not having achieved remission$/i,
    'C96.6': /unifocal langerhans-cell histiocytosis/i,
    'C96.5': /multifocal and unisystemic langerhans-cell histiocytosis/i,
    'C96.0': /multifocal and multisystemic \(disseminated\) langerhans-cell histiocytosis/i,
    'D46.B': /refractory cytopenia with multilineage dysplasia and ring sideroblasts/i,
    // Round 22: Tabular D13.91 Familial adenomatous polyposis.
    'D13.91': /^familial adenomatous polyposis$/i,
  };
  for (const term of MORPHOLOGY_TERMS) {
    it(`"${term.words}" → ${term.code} (${term.source})`, () => {
      assert.match(titleOf(term.code), expectedTitle[term.code] ?? /^$/, `${term.code} title`);
      if (term.remission !== undefined) assert.match(titleOf(term.remission), /in remission/i);
      if (term.relapse !== undefined) assert.match(titleOf(term.relapse), /in relapse/i);
      if (term.inSitu !== undefined) assert.match(titleOf(term.inSitu), /melanoma in situ/i);
      assert.match(titleOf(term.history), /personal history/i);
      assert.match(titleOf(term.family), /family history/i);
      if (term.inSituHistory !== undefined) assert.match(titleOf(term.inSituHistory), /personal history of melanoma in-situ/i);
    });
  }
});

describe('narrative lexicon: history codes', () => {
  for (const entry of MALIGNANT_HISTORY) {
    it(`${entry.prefix} → ${entry.history} / ${entry.family}`, () => {
      assert.match(titleOf(entry.history), /^Personal history of .*malignant/i);
      // Z80.7 is titled "Family history of other malignant neoplasms of lymphoid, hematopoietic and related tissues" (the marrow's C96).
      assert.match(titleOf(entry.family), /^Family history of (other )?malignant neoplasm/i);
    });
  }
  for (const entry of IN_SITU_HISTORY) {
    it(`${entry.prefix} (in situ) → ${entry.history}`, () => {
      assert.match(titleOf(entry.history), /^Personal history of (in-situ neoplasm|melanoma in-situ)/i);
    });
  }

  it('the site words in the history titles match the categories (spot checks)', () => {
    assert.match(titleOf('Z85.3'), /breast/i);
    assert.match(titleOf('Z85.118'), /bronchus and lung/i);
    assert.match(titleOf('Z85.46'), /prostate/i);
    assert.match(titleOf('Z85.038'), /large intestine/i);
    assert.match(titleOf('Z80.41'), /ovary/i);
  });
});
