import * as assert from 'node:assert/strict';
import { ClaimSlots } from '../../../server/src/service/x12/claimSlots';
import { interchange837, parse837 } from './x12TestFiles';

describe('claim slots', () => {
  it('keeps each claim\'s range, interchange and version, and makes a slot object only when asked', () => {
    const slots = new ClaimSlots();
    for (let claim = 0; claim < 300; claim++) slots.push(10 + claim * 5, 14 + claim * 5, claim < 150 ? 0 : 1, claim % 2 === 0 ? '005010X222A1' : undefined);
    assert.equal(slots.length, 300);
    assert.deepEqual(slots.get(0), { encounterIndex: 0, firstSegment: 10, lastSegment: 14, interchangeIndex: 0, version: '005010X222A1' });
    assert.deepEqual(slots.get(299), { encounterIndex: 299, firstSegment: 1505, lastSegment: 1509, interchangeIndex: 1, version: undefined });
    assert.equal(slots.get(300), undefined);
    assert.equal(slots.get(-1), undefined);
    assert.equal(slots.get(1.5), undefined);
    assert.equal(slots.toArray().length, 300);
  });

  it('finds the claim holding a segment, and none for segments between or outside claims', () => {
    const slots = new ClaimSlots();
    slots.push(5, 9, 0, undefined);
    slots.push(12, 20, 0, undefined);
    slots.push(21, 21, 0, undefined);
    const holding = [4, 5, 9, 10, 12, 20, 21, 22].map((segment) => slots.indexOfSegment(segment));
    assert.deepEqual(holding, [-1, 0, 0, -1, 1, 1, 2, -1]);
  });

  it('backs the document: claimCount and claimOfSegment agree with the claims view', () => {
    const document = parse837(interchange837([
      'CLM*A1*100***11:B:1*Y*A*Y*Y~', 'HI*ABK:C50911~',
      'CLM*A2*100***11:B:1*Y*A*Y*Y~', 'HI*ABK:C787~', 'LX*1~', 'SV1*HC:99214*100*UN*1***1~',
    ].join('\n')));
    assert.equal(document.claimCount, 2);
    const claims = document.claims;
    assert.equal(claims.length, 2);
    for (const [index, claim] of claims.entries()) {
      for (let segment = claim.firstSegment; segment <= claim.lastSegment; segment++) assert.equal(document.claimOfSegment(segment), index);
    }
    assert.equal(document.claimOfSegment(0), -1, 'the ISA segment belongs to no claim');
  });
});
