import * as assert from 'node:assert/strict';
import type { Encounter, StructuralProblem } from '../../../server/src/service/model';
import { ClaimReading } from '../../../server/src/service/x12/claimReading';
import { ClaimUnderway } from '../../../server/src/service/x12/claimUnderway';
import type { X12Document } from '../../../server/src/service/x12/x12Model';
import { interchange837, parse837 } from './x12TestFiles';

/**
 * One claim builder serves every claim of an interchange (x12/claimBuilder.ts): it is reset for each
 * claim and its lists are scratch space. These cases build claims that differ in everything the builder
 * keeps (dates, statement period, service lines, procedures, diagnoses, a full HI segment, ICD-9
 * problems) one after another in every order, and compare each with the same claim built first by a
 * fresh parse: a field left over from the claim before, or a list shared with it, shows as a difference.
 * What the builder learns of a claim is a record made for each claim (x12/claimUnderway.ts); the claims
 * the command line drops (built with `borrowedCodes`) are such records themselves, and are compared too.
 */

const claims: readonly (readonly string[])[] = [
  // An inpatient stay dated by its statement period, with an ICD-10-PCS procedure and a service line (837I content).
  ['CLM*R1*100***11:A:1*Y*A*Y*Y~', 'DTP*434*RD8*20251001-20251004~', 'CL1*1*7*01~', 'HI*ABF:E119*ABK:C50911*BBR:0DTJ4ZZ~', 'SV2*0450*HC:99284*100*UN*1~'],
  // A professional claim with a full HI segment, two service lines with pointers and a date.
  ['CLM*R2*100***11:B:1*Y*A*Y*Y~', 'HI*ABK:C787*ABF:C7951*ABF:C50911*ABF:D630*ABF:E119*ABF:I10*ABF:K219*ABF:Z853*ABF:Z08*ABF:C61*ABF:C8330*ABF:C772~', 'LX*1~', 'SV1*HC:99213*100*UN*1***1:2~', 'DTP*472*D8*20260102~', 'LX*2~', 'SV1*HC:99214*100*UN*1***3~', 'DTP*472*D8*20260103~'],
  // ICD-9-CM codes after the compliance date and mixed with ICD-10-CM: three structural problems' worth.
  ['CLM*R3*100***11:B:1*Y*A*Y*Y~', 'HI*BK:1749*BF:4019*ABF:I10~', 'DTP*472*D8*20260104~'],
  // A claim with nothing: no CLM01, no date, no diagnosis, no service line.
  ['CLM**100***11:B:1*Y*A*Y*Y~'],
  // A professional claim with one code and a date of its own, after the claims above.
  ['CLM*R5*100***11:B:1*Y*A*Y*Y~', 'HI*ABK:C61~', 'DTP*472*D8*20250930~', 'LX*1~', 'SV1*HC:99212*50*UN*1***1~'],
];

type Built = { readonly encounter: Encounter; readonly problems: readonly StructuralProblem[] };

/**
 * The built claim as plain data (every field the rules read, by name, as a dropped claim has some as
 * getters; label read, diagnoses made, procedures and problems copied), to compare and to keep.
 */
function snapshot(built: Built): unknown {
  const { index, label, span, source, diagnoses, procedures, inpatient, serviceDate, dateIsDischarge, insertionPoint } = built.encounter;
  const encounter = { index, label, span, source, diagnoses, procedures, inpatient, serviceDate, dateIsDischarge, insertionPoint };
  return JSON.parse(JSON.stringify({ encounter, problems: built.problems }));
}

const text = interchange837(claims.flatMap((claim) => claim).join('\n'));

/** How a claim is built: from its segments, from the screen's reading (as the editor's validation), or from it and dropped (the command line's). */
type Way = 'segments' | 'reading' | 'dropped';

/** Claim `index` of `document` built the `way` given. */
function build(document: X12Document, index: number, way: Way): Built {
  if (way === 'segments') return document.buildEncounter(index);
  const reading = new ClaimReading();
  const codes: string[] = [];
  document.claimCodes(index, codes, undefined, reading);
  return document.buildEncounter(index, way === 'dropped' ? { serviceLines: false, reading, borrowedCodes: codes } : { serviceLines: false, reading });
}

/** Claim `index` built alone, as plain data: a dropped claim must equal the copy the editor keeps. */
function builtAlone(index: number, way: Way): unknown {
  return snapshot(build(parse837(text), index, way === 'dropped' ? 'reading' : way));
}

/**
 * The record's own fields and what its head answers: a spread does not see the head's private fields, so a head restarted
 * with an earlier claim's label or facility code left in it would pass a comparison of spreads.
 */
function recordState(record: ClaimUnderway): unknown {
  return { ...record, head: { label: record.head.label, facilityCode: record.head.facilityCode } };
}

describe('the claim builder\'s record of a claim (x12/claimUnderway.ts)', () => {
  it('is the dropped claim itself, restarted for the next one (the cases below test such claims)', () => {
    const document = parse837(text);
    const built = build(document, 0, 'dropped');
    const record = built.encounter;
    assert.ok(record instanceof ClaimUnderway);
    assert.equal(build(document, 1, 'dropped'), built, 'the answer object is reused');
    assert.equal(built.encounter, record, 'and so is the record');
  });

  it('is restarted whole: after the fullest claim it equals the record of the emptiest, field by field', () => {
    // Claim 1 sets nearly every field (dates, statement period, procedures, institutional counts, the
    // last HI segment, its span and insertion point read); claim 4 sets almost none. A field that
    // restart leaves out keeps claim 1's value and shows here.
    const full = build(parse837(text), 0, 'dropped').encounter as ClaimUnderway;
    void [full.span, full.insertionPoint, full.label];
    const empty = build(parse837(text), 3, 'dropped').encounter as ClaimUnderway;
    assert.notDeepEqual({ ...full }, { ...empty }, 'the two claims differ before the restart');
    for (const dropped of [true, false]) {
      full.restart(7, 2, '005010X223A2', false, dropped);
      empty.restart(7, 2, '005010X223A2', false, dropped);
      assert.deepEqual(recordState(full), recordState(empty));
    }
  });

  it('restarts only the dropped claims\' head: a kept claim\'s head has no restart', () => {
    const document = parse837(text);
    const record = build(document, 0, 'dropped').encounter as ClaimUnderway;
    const droppedHead = record.head;
    assert.equal(typeof (droppedHead as { restart?: unknown }).restart, 'function');
    assert.equal(build(document, 1, 'dropped').encounter.label, 'Claim R2', 'the dropped claims share one head, restarted');
    assert.equal(record.head, droppedHead);
    // A claim built from its segments is kept by the editor; the record hands it a head of its own.
    record.restart(0, 0, undefined, true, false);
    assert.notEqual(record.head, droppedHead);
    assert.equal((record.head as { restart?: unknown }).restart, undefined);
  });
});

for (const way of ['segments', 'reading', 'dropped'] as const) {
  describe(`one claim builder reused from claim to claim (${way === 'segments' ? 'from the segments' : way === 'reading' ? 'from the screen\'s reading' : 'from the screen\'s reading, dropped'})`, () => {
    const fresh = claims.map((_, index) => builtAlone(index, way));

    it('the claims differ in what the builder keeps (the cases are not all alike)', () => {
      assert.equal(new Set(fresh.map((claim) => JSON.stringify(claim))).size, claims.length);
      const problems = fresh.map((claim) => (claim as { problems: unknown[] }).problems.length);
      assert.ok(problems.some((count) => count > 0) && problems.some((count) => count === 0));
    });

    it('builds every claim after every other claim as a fresh parse builds it', () => {
      for (let before = 0; before < claims.length; before++) {
        for (let index = 0; index < claims.length; index++) {
          const document = parse837(text);
          // Read in full (its mentions made), so that whatever the claim before left would show in this one.
          snapshot(build(document, before, way));
          assert.deepEqual(snapshot(build(document, index, way)), fresh[index], `claim ${index + 1} built after claim ${before + 1}`);
        }
      }
    });

    // A dropped claim answers only until the next build, by contract.
    if (way === 'dropped') return;
    it('leaves a built claim unchanged when the next claims are built', () => {
      const document = parse837(text);
      const kept = claims.map((_, index) => build(document, index, way));
      kept.forEach((built, index) => assert.deepEqual(snapshot(built), fresh[index], `claim ${index + 1} after the later claims were built`));
    });
  });
}
