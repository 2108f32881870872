import * as assert from 'node:assert/strict';
import { formatCode, normalizeCode, toDotted } from '../../server/src/service/codes/codeText';

describe('code text', () => {
  it('normalises dotted and lower-case codes to the dotless upper-case key', () => {
    assert.equal(normalizeCode('c78.01'), 'C7801');
    assert.equal(normalizeCode('Z85.3'), 'Z853');
  });
  it('inserts the dot after the third character only when there are more', () => {
    assert.equal(toDotted('C7801'), 'C78.01');
    assert.equal(toDotted('C61'), 'C61');
    assert.equal(formatCode('Z8538', false), 'Z8538');
  });
});
