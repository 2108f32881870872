import * as assert from 'node:assert/strict';
import { PAST_LEAD_CORE, pastLeadsWith } from '../../../server/src/service/narrative/pastLeads';

describe('narrative past leads (pastLeads.ts)', () => {
  it('gives a pass the shared core words and its own, and no other pass\'s', () => {
    const leads = pastLeadsWith(['hx', 'h/o']);
    assert.deepEqual([...leads].sort(), ['h/o', 'hx', 'previous', 'prior']);
    assert.equal(leads.has('old'), false);
  });

  it('keeps the core to the words all four passes take', () => {
    assert.deepEqual([...PAST_LEAD_CORE].sort(), ['previous', 'prior']);
  });
});
