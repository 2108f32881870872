import * as assert from 'node:assert/strict';
import { CodeStrings } from '../../../server/src/service/x12/codeStrings';
import { interchange837, parse837 } from './x12TestFiles';

/** Claims built one at a time give the same result as the kept `encounters`, and envelope problems need no claims. */

describe('X12 claims built on demand', () => {
  const text = interchange837(`
    CLM*A*100***11:B:1*Y*A*Y*Y~
    HI*ABK:C7951*BF:1970~
    CLM*B*100***11:B:1*Y*A*Y*Y~
    HI*ABK:c61*ABF:Z853~
  `).replace('GE*1*117~', 'GE*5*117~');

  it('buildEncounter(i) equals encounters[i] and carries that claim\'s problems', () => {
    const document = parse837(text);
    const first = document.buildEncounter(0);
    assert.deepEqual(first.encounter, document.encounters[0]);
    assert.deepEqual(first.problems.map((problem) => problem.id).sort(), ['icd9-not-checked', 'x12-mixed-icd-versions']);
    assert.deepEqual(document.buildEncounter(1).problems, []);
    assert.throws(() => document.buildEncounter(2), RangeError);
  });

  it('leaves service lines out when asked, and nothing else', () => {
    const document = parse837(interchange837(`
      CLM*P*100***11:B:1*Y*A*Y*Y~
      DTP*472*D8*20260105~
      HI*ABK:C50911*ABF:Z853*BBR:0DTJ4ZZ~
      LX*1~
      SV1*HC:99214*100*UN*1***1:2~
      CLM*I*100***11:A:1*Y*A*Y*Y~
      DTP*434*RD8*20260101-20260103~
      HI*ABK:C787~
      SV2*0450*HC:99284*100*UN*1~
    `));
    for (const claim of [0, 1]) {
      const full = document.buildEncounter(claim);
      const lean = document.buildEncounter(claim, { serviceLines: false });
      // 0DTJ4ZZ (ICD-10-PCS, from HI) stays; the SV1/SV2 HCPCS codes 99214 and 99284 and their pointers go.
      assert.deepEqual(lean.encounter.procedures, full.encounter.procedures.filter((procedure) => procedure.system === 'icd10pcs'));
      assert.ok(full.encounter.procedures.some((procedure) => procedure.system === 'cpt-hcpcs'));
      assert.deepEqual({ ...lean.encounter, procedures: [] }, { ...full.encounter, procedures: [] }, 'diagnoses, kind, date and insertion point');
      assert.deepEqual(lean.problems, full.problems);
    }
    assert.equal(document.buildEncounter(1, { serviceLines: false }).encounter.source, 'x12-837i', 'SV2 still counts as an institutional line');
  });

  it('envelopeProblems hold the envelope damage only; problems hold everything, sorted', () => {
    const document = parse837(text);
    assert.deepEqual(document.envelopeProblems.map((problem) => problem.id), ['x12-ge-count-mismatch']);
    assert.deepEqual(document.problems.map((problem) => problem.id), ['icd9-not-checked', 'x12-mixed-icd-versions', 'x12-ge-count-mismatch']);
  });

  it('survives being spread into a new object, as the service does to filter encounters', () => {
    const document = parse837(text);
    const copy = { ...document, encounters: document.encounters.slice(1) };
    assert.equal(copy.encounters.length, 1);
    assert.equal(copy.problems.length, 3);
    assert.equal(copy.segment(0).id, 'ISA');
    assert.equal(copy.buildEncounter(1).encounter.label, 'Claim B');
    assert.equal(copy.segmentCount, document.segmentCount);
  });

  it('upper-cases lower-case codes and shares one string per code', () => {
    const document = parse837(text);
    assert.equal(document.encounters[1]?.diagnoses[0]?.code, 'C61');
  });
});

describe('CodeStrings', () => {
  it('returns one upper-case string per code regardless of case, across table growth', () => {
    const strings = new CodeStrings();
    const text = Array.from({ length: 5000 }, (_, index) => `c${index}`).join(' ');
    const first = strings.get('x C61 y', 2, 5);
    let offset = 0;
    for (let index = 0; index < 5000; index++) {
      const written = `c${index}`;
      assert.equal(strings.get(text, offset, offset + written.length), written.toUpperCase());
      offset += written.length + 1;
    }
    assert.equal(strings.get('c61', 0, 3), 'C61');
    assert.equal(strings.get('C61', 0, 3), first);
  });

  it('numbers each code once, from 0, the same by packed value and by text, across growth of both tables', () => {
    const strings = new CodeStrings();
    const codes = Array.from({ length: 6000 }, (_, index) => `C${index}`);
    const text = codes.join('*');
    const pack = (code: string): [number, number] => {
      // CODE_CHAR_VALUES: digits 1-10, letters 11-36, six bits a character (the claim reader's packing).
      const value = (character: string): number => (/\d/.test(character) ? 1 + Number(character) : 11 + character.charCodeAt(0) - 65);
      let high = 0;
      let low = 0;
      for (let index = 0; index < code.length; index++) {
        if (index < 4) high = (high << 6) | value(code[index] as string);
        else low = (low << 6) | value(code[index] as string);
      }
      return [high, low];
    };
    let offset = 0;
    codes.forEach((code, index) => {
      const [high, low] = pack(code);
      // Every other code is met first by its text, the rest first by their packed value.
      const first = index % 2 === 0 ? strings.numberOf(text, offset, offset + code.length) : strings.packedNumber(high, low, text, offset, offset + code.length);
      assert.equal(first, index, `${code} gets the next number`);
      offset += code.length + 1;
    });
    assert.equal(strings.size, codes.length);
    offset = 0;
    codes.forEach((code, index) => {
      const [high, low] = pack(code);
      assert.equal(strings.packedNumber(high, low, text, offset, offset + code.length), index);
      assert.equal(strings.numberOf(code.toLowerCase(), 0, code.length), index);
      assert.equal(strings.codeOf(index), code);
      assert.equal(strings.packed(high, low, text, offset, offset + code.length), strings.get(text, offset, offset + code.length));
      offset += code.length + 1;
    });
    assert.equal(strings.codeOf(codes.length), undefined);
  });
});
