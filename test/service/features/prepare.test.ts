import * as assert from 'node:assert/strict';
import { createLanguageService } from '../../../server/src/service';
import type { CodeSets, CodeSetYear } from '../../../server/src/service/codes/codeSet';
import { prepareHovers } from '../../../server/src/service/features/hoverPreparation';
import { parseDocument } from '../../../server/src/service/parse';
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

describe('the Table of Neoplasms of a service', () => {
  /** The bundled code sets, counting the calls that unpack their Table of Neoplasms. */
  function countingCodeSets(): { codeSets: CodeSets; unpacked: () => number } {
    const real = testCodeSets();
    let calls = 0;
    const codeSets = new Proxy(real, {
      get(target, key) {
        if (key === 'neoplasmTable') return () => (calls++, target.neoplasmTable?.());
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    return { codeSets, unpacked: () => calls };
  }

  it('is unpacked by the first note or the first preparation, not by a claim file', () => {
    const claims = countingCodeSets();
    const service = createLanguageService({ codeSets: claims.codeSets });
    const claim = x12Envelope('CLM*A1*100***11:B:1*Y*A*Y*Y~\nHI*ABK:C7801~\nLX*1~\nSV1*HC:71260*100*UN*1***1~\nDTP*472*D8*20261115~');
    const checked = service.doValidation(snapshotOf(service, { uri: 'file:///a.837', getText: () => claim }, 'x12-837'), { rules: {}, maxNumberOfProblems: 1000 });
    assert.deepEqual(checked.map((diagnostic) => diagnostic.code), ['secondary-without-primary']);
    assert.equal(claims.unpacked(), 0, 'a claim file is checked without the table');

    const note = { uri: 'file:///a.note', getText: () => 'Assessment: adenocarcinoma of the right upper lobe of the lung.\n' };
    const mentions = service.findDocumentedMentions(snapshotOf(service, note, 'clinical-note'));
    assert.deepEqual(mentions.map((mention) => mention.code), ['C34.11']);
    assert.equal(claims.unpacked(), 1, 'the first note unpacks it, once');

    const idle = countingCodeSets();
    const prepared = createLanguageService({ codeSets: idle.codeSets });
    assert.equal(idle.unpacked(), 0);
    assert.equal(prepared.prepare(4), false, 'the first slice builds the table indexes');
    assert.equal(idle.unpacked(), 1);
  });
});

describe('preparing the hovers of a document', () => {
  /** A describer that records what it was asked. */
  function recordingDescriber(): { describe: (code: string, year: CodeSetYear, where: string) => string[]; asked: string[] } {
    const asked: string[] = [];
    return { asked, describe: (code, year, where) => (asked.push(`${code} ${year.year} ${where}`), []) };
  }

  it('describes each code of an 837 once, at most `budget` codes a step, and then says it is done', () => {
    // Two claims: C34.90 + C78.01, and C78.01 + Z85.3 (three distinct codes).
    const text = x12Envelope(`
      CLM*A1*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C3490*ABF:C7801~
      LX*1~
      SV1*HC:71260*100*UN*1***1~
      DTP*472*D8*20261115~
      CLM*A2*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C7801*ABF:Z853~
      LX*1~
      SV1*HC:71260*100*UN*1***1~
      DTP*472*D8*20261115~
    `);
    const codeSets = testCodeSets();
    const describer = recordingDescriber();
    const preparation = prepareHovers(parseDocument(text, 'x12-837'), describer, codeSets);
    const newest = codeSets.yearFor(undefined).year;
    const sizes: number[] = [];
    let steps = 0;
    for (let before = 0; !preparation.step(2); before = describer.asked.length) {
      sizes.push(describer.asked.length - before);
      assert.ok(++steps < 10, 'preparing ends');
    }
    assert.ok(sizes.every((size) => size <= 2), `at most two codes a step: ${sizes.join(', ')}`);
    assert.deepEqual([...describer.asked].sort(), [`C3490 ${newest} claim`, `C7801 ${newest} claim`, `Z853 ${newest} claim`]);
    assert.equal(preparation.step(2), true, 'a finished preparation stays finished');
  });

  it('describes the codes of a note per encounter', () => {
    const describer = recordingDescriber();
    const preparation = prepareHovers(parseDocument('Assessment: C78.01 secondary of right lung; C34.90.\n', 'clinical-note'), describer, testCodeSets());
    while (!preparation.step(8));
    assert.deepEqual(describer.asked.map((entry) => entry.split(' ')[0]).sort(), ['C3490', 'C7801']);
    assert.ok(describer.asked.every((entry) => entry.endsWith(' encounter')));
  });
});
