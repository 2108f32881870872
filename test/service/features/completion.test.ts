import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-types';
import { createLanguageService, parseCptCsv } from '../../../server/src/service';
import type { LanguageId } from '../../../server/src/service';
import { roleOf } from '../../../server/src/service/codes/roles';
import { testCodeSets } from '../../helpers/codeSets';
import { withCursor } from '../../helpers/cursor';
import { x12Envelope } from '../../helpers/fixture';
import { officialBillableWithPrefix, officialShortTitle2021, officialTitle } from '../../helpers/officialCodes';
import { seedCptCodes } from '../../helpers/seedCpt';
import { snapshotOf } from '../../helpers/snapshot';

interface Completed {
  readonly list: CompletionList;
  /** Items in the order the editor shows them (by sortText). */
  readonly sorted: readonly CompletionItem[];
  /** The text each item's edit replaces. */
  readonly replaced: readonly string[];
  readonly resolve: (item: CompletionItem) => CompletionItem;
}

/** Completion at the `$0` marker through the facade. */
function completeAt(fixture: string, languageId: LanguageId, cptCsv?: string): Completed {
  const service = createLanguageService({ codeSets: testCodeSets() });
  if (cptCsv !== undefined) service.setCptDescriptions(parseCptCsv(cptCsv, 'my-cpt.csv').catalog);
  const { document, position, text } = withCursor(fixture, languageId);
  const list = service.doComplete(snapshotOf(service, document, languageId), position);
  const sorted = [...list.items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
  const replaced = list.items.map((item) => {
    const edit = item.textEdit as TextEdit;
    return text.slice(document.offsetAt(edit.range.start), document.offsetAt(edit.range.end));
  });
  return { list, sorted, replaced, resolve: (item) => service.doResolveCompletion(item) };
}

function claim(hi: string, line = 'SV1*HC:71260*900*UN*1***1~'): string {
  return x12Envelope(`
    CLM*PTACCT42*1450***11:B:1*Y*A*Y*Y~
    ${hi}
    LX*1~
    ${line}
    DTP*472*D8*20261115~
  `);
}

const isOncology = (code: string): boolean => /^C(?:[0-7]|80)/.test(code) || code.startsWith('Z85');

describe('completion in clinical notes', () => {
  it('completes C78.0 with the dotted billable codes under it, replacing the typed prefix', () => {
    const expected = officialBillableWithPrefix('C780').map((code) => `${code.slice(0, 3)}.${code.slice(3)}`);
    assert.deepEqual(expected, ['C78.00', 'C78.01', 'C78.02']);
    const completed = completeAt('Assessment: lung metastases C78.0$0\n', 'clinical-note');
    assert.deepEqual(completed.sorted.map((item) => item.label), expected);
    assert.deepEqual(completed.sorted.map((item) => (item.textEdit as TextEdit).newText), expected);
    assert.ok(completed.replaced.every((text) => text === 'C78.0'));
    assert.equal(completed.list.isIncomplete, false);
  });

  it('keeps the dotless form when the user types dotless, and accepts lower case', () => {
    assert.deepEqual(completeAt('Dx: C780$0', 'clinical-note').sorted.map((item) => item.label), ['C7800', 'C7801', 'C7802']);
    assert.deepEqual(completeAt('Dx: c78.0$0', 'clinical-note').sorted.map((item) => item.label), ['C78.00', 'C78.01', 'C78.02']);
  });

  it('offers nothing inside ordinary words', () => {
    assert.equal(completeAt('The pat$0', 'clinical-note').list.items.length, 0);
    assert.equal(completeAt('Cancer is C$0', 'clinical-note').list.items.length, 0);
  });

  it('offers a bounded, incomplete list for a short prefix with the oncology codes ranked first', () => {
    const { list, sorted } = completeAt('Diagnoses: (Z$0', 'clinical-note');
    assert.equal(list.isIncomplete, true);
    assert.ok(list.items.length <= 100 && list.items.length > 0);
    // Z00.00 sorts before Z85.00 by code, but the oncology history codes come first.
    assert.equal(sorted[0]?.label, 'Z85.00');
    const firstOther = sorted.findIndex((item) => !isOncology(String(item.label).replace('.', '')));
    assert.ok(firstOther > 0 && sorted.slice(firstOther).every((item) => !isOncology(String(item.label).replace('.', ''))));
  });

  it('resolves an item with the official long title and hover-like documentation', () => {
    const { sorted, resolve } = completeAt('Dx: C78.0$0', 'clinical-note');
    const item = sorted.find((entry) => entry.label === 'C78.01');
    assert.ok(item);
    assert.equal(item.documentation, undefined, 'items are light until resolved');
    const resolved = resolve(item);
    assert.equal(resolved.detail, officialTitle('C7801'));
    const documentation = resolved.documentation as { value: string };
    assert.ok(documentation.value.includes('ICD-10-CM FY2027') && documentation.value.includes('Billable'));
  });
  it('describes each item by its official short title, which tells apart siblings whose cut long titles are the same', () => {
    const { sorted } = completeAt('Dx: S72.451$0', 'clinical-note');
    const codes = sorted.map((item) => String(item.label).replace('.', ''));
    assert.ok(codes.includes('S72451B') && codes.includes('S72451D'));
    // Every long title of S72.451x starts with the same 60 characters; the short titles end in 7thB, 7thD, ….
    assert.equal(new Set(codes.map((code) => officialTitle(code).slice(0, 59))).size, 1);
    assert.deepEqual(sorted.map((item) => item.labelDetails?.description), codes.map((code) => officialShortTitle2021(code)));
    assert.equal(new Set(sorted.map((item) => item.labelDetails?.description)).size, codes.length);
    assert.deepEqual(sorted.map((item) => item.detail), codes.map((code) => officialTitle(code)), 'detail keeps the long title');
  });
});

describe('completion in X12 837 claims', () => {
  it('completes dotless codes after ABF: in HI', () => {
    const completed = completeAt(claim('HI*ABK:C3490*ABF:C780$0~'), 'x12-837');
    assert.deepEqual(completed.sorted.map((item) => item.label), officialBillableWithPrefix('C780'));
    assert.deepEqual(completed.sorted.map((item) => item.label), ['C7800', 'C7801', 'C7802']);
    assert.ok(completed.replaced.every((text) => text === 'C780'));
  });

  it('offers every oncology root first for an empty code after ABF:, including C80 and Z85', () => {
    const { list, sorted } = completeAt(claim('HI*ABK:C3490*ABF:$0~'), 'x12-837');
    assert.equal(list.isIncomplete, true);
    const labels = sorted.map((item) => String(item.label));
    assert.ok(labels.some((code) => code.startsWith('C78')), 'secondary sites are offered');
    assert.ok(labels.includes('C801'), 'C80.1 is offered');
    assert.ok(labels.some((code) => code.startsWith('Z85')), 'Z85 is offered');
    assert.ok(labels.slice(0, 20).every(isOncology));
    assert.ok(labels.every((code) => code.length === 3 || !code.includes('.')), 'X12 codes are dotless');
  });

  it('offers nothing after an ICD-9-CM qualifier', () => {
    assert.equal(completeAt(claim('HI*BK:19$0~'), 'x12-837').list.items.length, 0);
  });

  it('offers HI qualifiers after HI*, principal first in HI01 and other diagnosis first later', () => {
    const first = completeAt(claim('HI*$0~'), 'x12-837');
    assert.equal(first.sorted[0]?.label, 'ABK');
    assert.ok(first.sorted.some((item) => item.label === 'ABF'));
    assert.equal((first.sorted[0]?.textEdit as TextEdit).newText, 'ABK:');
    const later = completeAt(claim('HI*ABK:C3490*$0~'), 'x12-837');
    assert.equal(later.sorted[0]?.label, 'ABF');
    assert.deepEqual(completeAt(claim('HI*ABK:C3490*AB$0~'), 'x12-837').replaced.filter((text) => text !== 'AB'), []);
  });

  it('writes qualifiers with the file’s own component separator', () => {
    const text = claim('HI*$0~').replace(/\*:~/, '*>~');
    const completed = completeAt(text, 'x12-837');
    assert.equal((completed.sorted[0]?.textEdit as TextEdit).newText, 'ABK>');
  });

  it('offers the seed CPT codes after HC: in SV1, and the user’s CSV codes too', () => {
    // The seed text names its CPT codes as "NNNNN: description" lines (test/fixtures/seed).
    const seedCodes = seedCptCodes();
    const expected = seedCodes.filter((code) => code.startsWith('7')).sort();
    const completed = completeAt(claim('HI*ABK:C3490~', 'SV1*HC:7$0*900*UN*1***1~'), 'x12-837');
    assert.deepEqual(completed.sorted.map((item) => item.label), expected);
    assert.ok(completed.replaced.every((text) => text === '7'));
    const withCsv = completeAt(claim('HI*ABK:C3490~', 'SV1*HC:96$0*900*UN*1***1~'), 'x12-837', '96413,Test description\n');
    assert.deepEqual(withCsv.sorted.map((item) => item.label), ['96413']);
    assert.equal(withCsv.resolve(withCsv.sorted[0] as CompletionItem).detail, 'Test description');
  });

  it('completes CPT in SV2 after the revenue code', () => {
    const completed = completeAt(claim('HI*ABK:C3490~', 'SV2*0320*HC:7126$0*900*UN*1~'), 'x12-837');
    assert.deepEqual(completed.sorted.map((item) => item.label), ['71260']);
  });
});

describe('completion speed', () => {
  it('answers prefix queries quickly over the full code set', function () {
    const service = createLanguageService({ codeSets: testCodeSets() });
    const fixtures = ['', 'C', 'C7', 'S5', 'Z', 'R1', 'M86', 'C780'].map((prefix) => withCursor(claim(`HI*ABK:C3490*ABF:${prefix}$0~`), 'x12-837'));
    const snapshots = fixtures.map((fixture) => snapshotOf(service, fixture.document, 'x12-837'));
    fixtures.forEach((fixture, index) => service.doComplete(snapshots[index] as never, fixture.position));
    const rounds = 50;
    const start = process.hrtime.bigint();
    for (let round = 0; round < rounds; round++) {
      fixtures.forEach((fixture, index) => service.doComplete(snapshots[index] as never, fixture.position));
    }
    const perRequest = Number(process.hrtime.bigint() - start) / 1e6 / (rounds * fixtures.length);
    assert.ok(perRequest < 10, `completion took ${perRequest.toFixed(2)} ms per request`);
    assert.ok(roleOf('C7801') === 'secondary');
  });
});
