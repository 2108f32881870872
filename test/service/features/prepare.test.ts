import * as assert from 'node:assert/strict';
import { createLanguageService } from '../../../server/src/service';
import type { NeoplasmTable } from '../../../server/src/service/codes/neoplasm/model';
import { testCodeSets } from '../../helpers/codeSets';
import { withCursor } from '../../helpers/cursor';
import { x12Envelope } from '../../helpers/fixture';
import { snapshotOf } from '../../helpers/snapshot';

/**
 * `prepare` lets the binding do the service's first-use work between requests: the Table of Neoplasms'
 * indexes first (one slice), then title chunks, until it says nothing is left; hovers answer the same
 * whether it ran or not.
 */

/** The bundled table, counting the calls of `prepare` that reach it. */
function countingTable(): { table: NeoplasmTable; prepared: () => number } {
  const real = testCodeSets().neoplasmTable?.();
  assert.ok(real, 'the bundled code sets carry a Table of Neoplasms');
  let calls = 0;
  const table: NeoplasmTable = Object.create(real, { prepare: { value: () => { calls++; real.prepare(); } } });
  return { table, prepared: () => calls };
}

function hoverText(service: ReturnType<typeof createLanguageService>, fixture: string): string {
  const { document, position } = withCursor(fixture, 'x12-837');
  return (service.doHover(snapshotOf(service, document, 'x12-837'), position)?.contents as { value: string }).value;
}

describe('preparing a service between requests', () => {
  it('builds the table indexes once, in the first slice, then warms until nothing is left', () => {
    const { table, prepared } = countingTable();
    const service = createLanguageService({ codeSets: testCodeSets(), neoplasmTable: table });
    assert.equal(service.prepare(4), false, 'the first slice builds the table indexes and leaves the titles');
    assert.equal(prepared(), 1);
    let slices = 1;
    while (!service.prepare(4)) {
      slices++;
      assert.ok(slices < 100_000, 'preparing ends');
    }
    assert.equal(prepared(), 1, 'the table is prepared once');
    assert.equal(service.prepare(4), true, 'a prepared service has nothing left to do');
  });

  it('answers hovers the same whether or not it was prepared', () => {
    // C78.7: Table of Neoplasms, liver → Malignant Secondary; its hover lists the table rows.
    const fixture = x12Envelope('CLM*A1*100***11:B:1*Y*A*Y*Y~\nHI*ABK:C3490*ABF:C7$087~\nLX*1~\nSV1*HC:71260*100*UN*1***1~\nDTP*472*D8*20261115~');
    const cold = hoverText(createLanguageService({ codeSets: testCodeSets(), neoplasmTable: countingTable().table }), fixture);
    const warmService = createLanguageService({ codeSets: testCodeSets(), neoplasmTable: countingTable().table });
    while (!warmService.prepare(64));
    assert.match(cold, /Table of Neoplasms/);
    assert.equal(hoverText(warmService, fixture), cold);
  });
});
