import { strict as assert } from 'node:assert';
import { isSpreadOrgan } from '../../../server/src/service/narrative/metastasisProne';
import type { SiteMatch } from '../../../server/src/service/narrative/siteMatch';

/**
 * The one test for a site where spread is the rule (review 23), shared by recurrenceSites.ts and returnedElsewhere.ts: a lymph node
 * or a metastasis-prone organ. The lung is not one of them: only the returned-elsewhere reader adds it.
 */
function site(organ: string, lymphNode = false): SiteMatch {
  return { start: 0, end: 1, path: [organ], lymphNode };
}

describe('narrative: isSpreadOrgan', () => {
  it('takes a lymph node, whatever its path', () => assert.equal(isSpreadOrgan(site('lymph node, lymphatic channel', true)), true));
  it('takes a metastasis-prone organ, the serosal linings by their Table rows too', () => {
    for (const organ of ['liver', 'bone', 'brain', 'adrenal', 'peritoneum, peritoneal', 'pleura, pleural', 'omentum']) assert.equal(isSpreadOrgan(site(organ)), true, organ);
  });
  it('leaves out an organ where a cancer is usually its own primary, and the lung', () => {
    for (const organ of ['breast', 'colon', 'kidney', 'lung']) assert.equal(isSpreadOrgan(site(organ)), false, organ);
  });
});
