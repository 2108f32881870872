import * as assert from 'node:assert/strict';
import { SOURCE_WORDS } from '../../../server/src/service/narrative/namedSourceHistory';
import { PAST_LEAD_CORE, pastLeadsWith } from '../../../server/src/service/narrative/pastLeads';
import { HISTORY_LEADS as HISTORY_LINE_LEADS } from '../../../server/src/service/narrative/pastPrimaries';
import { HISTORY_LEADS as POLYP_LEADS } from '../../../server/src/service/narrative/polypPhraseAdenoma';
import { PAST_LEADS } from '../../../server/src/service/narrative/restatedPastCancer';

/** Each pass's own lead words, as its file gives the reason for them, and the words it must not take. */
const PASSES: readonly { readonly name: string; readonly leads: ReadonlySet<string>; readonly own: readonly string[]; readonly not: readonly string[] }[] = [
  { name: 'restatedPastCancer.ts', leads: PAST_LEADS, own: ['old', 'remote', 'former', 'past', 'earlier'], not: ['hx', 'known'] },
  { name: 'pastPrimaries.ts', leads: HISTORY_LINE_LEADS, own: ['hx', 'h/o', 'history', 'remote', 'former', 'past', 'pmh', 'pmhx'], not: ['known', 'old'] },
  { name: 'polypPhraseAdenoma.ts', leads: POLYP_LEADS, own: ['hx', 'h/o', 'history', 'past'], not: ['known', 'earlier'] },
  { name: 'namedSourceHistory.ts', leads: new Set(SOURCE_WORDS), own: ['the', 'her', 'his', 'their', 'my', 'a', 'old', 'known', "patient's", "pt's"], not: ['hx', 'earlier'] },
];

describe('narrative past leads (pastLeads.ts)', () => {
  it('gives a pass the shared core words and its own, and no other pass\'s', () => {
    const leads = pastLeadsWith(['hx', 'h/o']);
    assert.deepEqual([...leads].sort(), ['h/o', 'hx', 'previous', 'prior']);
    assert.equal(leads.has('old'), false);
  });

  it('keeps the core to the words all four passes take', () => {
    assert.deepEqual([...PAST_LEAD_CORE].sort(), ['previous', 'prior']);
  });

  for (const { name, leads, own, not } of PASSES) {
    it(`gives ${name} exactly the core and its own words`, () => {
      for (const word of PAST_LEAD_CORE) assert.ok(leads.has(word), `${name} lacks the core word "${word}"`);
      assert.deepEqual([...leads].sort(), [...new Set([...PAST_LEAD_CORE, ...own])].sort());
      for (const word of not) assert.equal(leads.has(word), false, `${name} takes "${word}"`);
    });
  }
});
