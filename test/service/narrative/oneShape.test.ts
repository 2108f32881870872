import * as assert from 'node:assert/strict';
import { narrativeContextFor } from '../../../server/src/service/narrative/context';
import { findMentions } from '../../../server/src/service/narrative/mentions';
import { type RawMention, inOneShape } from '../../../server/src/service/narrative/rawMention';
import { findSites } from '../../../server/src/service/narrative/siteFinder';
import { type SiteMatch, siteInOneShape, sitesByEnd } from '../../../server/src/service/narrative/siteMatch';
import { tokenize } from '../../../server/src/service/narrative/tokens';
import { testCodeSets } from '../../helpers/codeSets';

/**
 * The site finder's sites and the mention finder's mentions each have one shape (every field present, in
 * one order), so the passes that read them do so through one cached shape. The readings do not depend on
 * it (every field a shape adds is undefined); these tests keep the shapes from drifting apart again.
 */
describe('narrative mentions and sites in one shape', () => {
  const MENTION_FIELDS = ['start', 'end', 'anchorStart', 'anchorEnd', 'column', 'site', 'writtenSite', 'impliedWrittenSite', 'histology', 'morphology', 'remission', 'relapse',
    'inSitu', 'multipleNodeSites', 'neuroendocrine', 'unspecifiedSite', 'restatedOnly', 'marginStatement', 'tissueOnly', 'hedgedOnly', 'skinSquamous',
    'spreadIfDenied'];
  const SITE_FIELDS = ['start', 'end', 'path', 'laterality', 'lymphNode', 'qualifiers', 'partWritten', 'fluid', 'surfaceOnly', 'alternatives'];
  const notes = [
    'RUL adenocarcinoma with hepatic and osseous mets; hx of breast ca s/p mastectomy 2015, NED; no evidence of brain metastasis.',
    'Retroperitoneal and pelvic nodal metastases. Melanoma of the R posterior shoulder in situ. CLL in remission.',
    'Carcinoid of the appendix, metastatic carcinoid to liver. Level II and III lymph nodes enlarged. Station 4R positive.',
    'MRI brain: 4.1 cm necrotic mass R frontoparietal. PATHOLOGY: Glioblastoma. #1 Ewing sarcoma. Mother - breast ca dx 39.',
  ];

  it('gives every site the site finder finds, and every mention the mention finder returns, the same fields in the same order', () => {
    const context = narrativeContextFor(testCodeSets());
    assert.ok(context !== undefined);
    const vocabulary = context.vocabulary;
    let sitesSeen = 0;
    let mentionsSeen = 0;
    for (const note of notes) {
      const tokens = tokenize(note, 0, note.length, [], context.words);
      const sites = findSites(tokens, { sites: vocabulary.sites, nodeWords: vocabulary.nodeWords, nodeRegions: vocabulary.nodeRegions, siteRows: context.siteRows });
      for (const site of sites) {
        if (site === undefined) continue;
        assert.deepEqual(Object.keys(site), SITE_FIELDS, note);
        sitesSeen++;
      }
      for (const mention of findMentions(tokens, sites, sitesByEnd(sites, tokens.length, context.siteEnds), vocabulary)) {
        assert.deepEqual(Object.keys(mention), MENTION_FIELDS, note);
        mentionsSeen++;
      }
    }
    assert.ok(sitesSeen >= 12 && mentionsSeen >= 10, `${sitesSeen} sites, ${mentionsSeen} mentions`);
  });

  it('keeps every field of a mention and a site, and the identity of a mention\'s sites', () => {
    const site: SiteMatch = { start: 3, end: 5, path: ['breast', 'upper-outer quadrant'], laterality: 'left', lymphNode: false, qualifiers: ['lateral'] };
    const shaped = siteInOneShape(site);
    assert.deepEqual(Object.keys(shaped), SITE_FIELDS);
    for (const field of SITE_FIELDS) assert.equal(shaped[field as keyof SiteMatch], site[field as keyof SiteMatch], field);
    const mention: RawMention = { start: 2, end: 6, anchorStart: 5, anchorEnd: 6, column: 'primary', site, remission: true };
    const oneShape = inOneShape(mention);
    assert.deepEqual(Object.keys(oneShape), MENTION_FIELDS);
    for (const field of MENTION_FIELDS) assert.equal(oneShape[field as keyof RawMention], mention[field as keyof RawMention], field);
    assert.equal(oneShape.site, site);
  });
});
