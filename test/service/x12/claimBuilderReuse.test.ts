import * as assert from 'node:assert/strict';
import type { Encounter, StructuralProblem } from '../../../server/src/service/model';
import { ClaimReading } from '../../../server/src/service/x12/claimReading';
import type { X12Document } from '../../../server/src/service/x12/x12Model';
import { interchange837, parse837 } from './x12TestFiles';

/**
 * One claim builder serves every claim of an interchange (x12/claimBuilder.ts): it is reset for each
 * claim and its lists are scratch space. These cases build claims that differ in everything the builder
 * keeps (dates, statement period, service lines, procedures, diagnoses, a full HI segment, ICD-9
 * problems) one after another in every order, and compare each with the same claim built first by a
 * fresh parse: a field left over from the claim before, or a list shared with it, shows as a difference.
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

/** The built claim as plain data (label read, diagnoses made, procedures and problems copied), to compare and to keep. */
function snapshot(built: { readonly encounter: Encounter; readonly problems: readonly StructuralProblem[] }): unknown {
  const { encounter } = built;
  return JSON.parse(JSON.stringify({ encounter: { ...encounter, label: encounter.label, diagnoses: encounter.diagnoses }, problems: built.problems }));
}

const text = interchange837(claims.flatMap((claim) => claim).join('\n'));

/** Claim `index` of `document` built as the validation builds it: from the screen's reading when `fromReading`, else from its segments. */
function build(document: X12Document, index: number, fromReading: boolean): { readonly encounter: Encounter; readonly problems: readonly StructuralProblem[] } {
  if (!fromReading) return document.buildEncounter(index);
  const reading = new ClaimReading();
  document.claimCodes(index, [], undefined, reading);
  return document.buildEncounter(index, { serviceLines: false, reading });
}

for (const fromReading of [false, true]) {
  describe(`one claim builder reused from claim to claim (${fromReading ? 'from the screen\'s reading' : 'from the segments'})`, () => {
    const fresh = claims.map((_, index) => snapshot(build(parse837(text), index, fromReading)));

    it('the claims differ in what the builder keeps (the cases are not all alike)', () => {
      assert.equal(new Set(fresh.map((claim) => JSON.stringify(claim))).size, claims.length);
      const problems = fresh.map((claim) => (claim as { problems: unknown[] }).problems.length);
      assert.ok(problems.some((count) => count > 0) && problems.some((count) => count === 0));
    });

    it('builds every claim after every other claim as a fresh parse builds it', () => {
      for (let before = 0; before < claims.length; before++) {
        for (let index = 0; index < claims.length; index++) {
          const document = parse837(text);
          build(document, before, fromReading);
          assert.deepEqual(snapshot(build(document, index, fromReading)), fresh[index], `claim ${index + 1} built after claim ${before + 1}`);
        }
      }
    });

    it('leaves a built claim unchanged when the next claims are built', () => {
      const document = parse837(text);
      const kept = claims.map((_, index) => build(document, index, fromReading));
      kept.forEach((built, index) => assert.deepEqual(snapshot(built), fresh[index], `claim ${index + 1} after the later claims were built`));
    });
  });
}
