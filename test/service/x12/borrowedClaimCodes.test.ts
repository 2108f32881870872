import * as assert from 'node:assert/strict';
import type { DiagnosisList, Encounter, StructuralProblem } from '../../../server/src/service/model';
import { ClaimReading } from '../../../server/src/service/x12/claimReading';
import type { X12Document } from '../../../server/src/service/x12/x12Model';
import { interchange837, parse837 } from './x12TestFiles';

/**
 * The command line's validation builds a claim that passed the screen with `borrowedCodes`: the claim's
 * diagnoses stay in the screen's code array and the reading's numbers (x12/claimDiagnoses.ts,
 * `ClaimDiagnoses.borrowing`). Such a claim must equal the one built with copies while it is the claim
 * read last, and a claim whose list cannot be read in place (a principal diagnosis written later, a
 * procedure) must be copied as before. The claim itself is then the builder's record of it
 * (x12/claimUnderway.ts), restarted for the next claim, whose span, label and insertion point are read
 * when asked: it too is compared field by field with the claim the editor would keep.
 */

const claims: readonly (readonly string[])[] = [
  // Plain: the principal first, so the list reads the reading in place.
  ['CLM*B1*100***11:B:1*Y*A*Y*Y~', 'HI*ABK:C50911*ABF:C7951*ABF:E119~', 'DTP*472*D8*20260102~'],
  // The principal written after two other diagnoses: the list moves it first, so it is copied.
  ['CLM*B2*100***11:B:1*Y*A*Y*Y~', 'HI*ABF:E119*ABF:I10*ABK:C61~', 'DTP*472*D8*20260103~'],
  // An ICD-10-PCS procedure among the composites (837I content): copied.
  ['CLM*B3*100***11:A:1*Y*A*Y*Y~', 'DTP*434*RD8*20251001-20251004~', 'CL1*1*7*01~', 'HI*ABK:C50911*BBR:0DTJ4ZZ*ABF:Z853~'],
  // A code longer than eight characters (it has no number in the shared strings) and no principal.
  ['CLM*B4*100***11:B:1*Y*A*Y*Y~', 'HI*ABF:C50911AB*ABF:C787~', 'DTP*472*D8*20260104~'],
  // Two principals, the first one first: read in place.
  ['CLM*B5*100***11:B:1*Y*A*Y*Y~', 'HI*ABK:C61*ABF:C787*ABK:C50911~', 'DTP*472*D8*20260105~'],
];

const text = interchange837(claims.flatMap((claim) => claim).join('\n'));

type Built = { readonly encounter: Encounter; readonly problems: readonly StructuralProblem[] };

/**
 * The claim's fields as the rules read them, by name: a claim kept by the editor has them as its own
 * fields, a dropped claim partly as getters, which a spread would not copy.
 */
function fields(encounter: Encounter): unknown {
  const { index, label, span, source, diagnoses, procedures, inpatient, serviceDate, dateIsDischarge, insertionPoint } = encounter;
  return { index, label, span, source, diagnoses, procedures, inpatient, serviceDate, dateIsDischarge, insertionPoint };
}

/** The built claim as plain data: its fields, diagnoses as mentions, codes as the rules read them, and problems. */
function snapshot(built: Built): unknown {
  const { encounter } = built;
  const list = (encounter as { diagnosisList?: DiagnosisList }).diagnosisList;
  const codes = list === undefined ? undefined : Array.from({ length: list.length }, (_, index) => [list.codeAt(index), list.spanAt(index)]);
  return JSON.parse(JSON.stringify({ encounter: fields(encounter), codes, problems: built.problems }));
}

/** The list's codes and spans as plain data. */
function codesOf(list: DiagnosisList): unknown {
  return JSON.parse(JSON.stringify(Array.from({ length: list.length }, (_, index) => [list.codeAt(index), list.spanAt(index)])));
}

/** Reads claim `index` as the screen does, into `reading` and `codes`, and builds it from them. */
function buildScreened(document: X12Document, index: number, reading: ClaimReading, codes: string[], borrow: boolean): Built {
  assert.ok(document.claimCodes(index, codes, undefined, reading) >= 0, `claim ${index + 1} is read by the screen`);
  return document.buildEncounter(index, borrow ? { serviceLines: false, reading, borrowedCodes: codes } : { serviceLines: false, reading });
}

describe('a claim built from the screen\'s reading with its codes borrowed', () => {
  const copied = claims.map((_, index) => snapshot(buildScreened(parse837(text), index, new ClaimReading(), [], false)));

  it('equals the claim built with copies, whichever claim was read before it', () => {
    for (let before = 0; before < claims.length; before++) {
      for (let index = 0; index < claims.length; index++) {
        const document = parse837(text);
        const reading = new ClaimReading();
        const codes: string[] = [];
        // Read in full (its mentions made), so that whatever the claim before left would show in this one.
        snapshot(buildScreened(document, before, reading, codes, true));
        assert.deepEqual(snapshot(buildScreened(document, index, reading, codes, true)), copied[index], `claim ${index + 1} read after claim ${before + 1}`);
      }
    }
  });

  it('reads the screen\'s arrays in place for a plain claim, and copies a claim whose principal is written later or that has a procedure', () => {
    const document = parse837(text);
    const reading = new ClaimReading();
    const codes: string[] = [];
    // The claim (the builder's record) is restarted for the next claim, so only the lists are kept here.
    const lists = claims.map((_, index) => (buildScreened(document, index, reading, codes, true).encounter as { diagnosisList: DiagnosisList }).diagnosisList);
    // Every claim after the first was read into the same arrays: a list still reading them answers for the last claim.
    assert.equal((lists[0] as DiagnosisList).codeAt(0), 'C61', 'the plain claim borrowed the arrays (it reads the last claim now)');
    assert.equal((lists[1] as DiagnosisList).codeAt(0), 'C61', 'the claim with a later principal keeps its own copy, principal first');
    assert.equal(lists[4], lists[0], 'the borrowed lists are one list, pointed at each borrowing claim in turn');
    assert.notEqual(lists[1], lists[0]);
    assert.deepEqual(codesOf(lists[1] as DiagnosisList), (copied[1] as { codes: unknown }).codes);
    assert.deepEqual(codesOf(lists[2] as DiagnosisList), (copied[2] as { codes: unknown }).codes);
  });

  it('leaves the reused list on the claim it was pointed at when the next claim cannot borrow', () => {
    // The second claim's codes match the reading in written order (the screen puts the principal first, and
    // both are C61), so only its principal written second, which the list would have to move first, stops it.
    const document = parse837(interchange837([...(claims[0] as readonly string[]), 'CLM*B6*100***11:B:1*Y*A*Y*Y~', 'HI*ABF:C61*ABK:C61~'].join('\n')));
    // Each claim in arrays of its own, so the first claim's list still reads its claim unless it is pointed elsewhere.
    const list = (buildScreened(document, 0, new ClaimReading(), [], true).encounter as { diagnosisList: DiagnosisList }).diagnosisList;
    const principalSecond = buildScreened(document, 1, new ClaimReading(), [], true).encounter as { diagnosisList: DiagnosisList };
    assert.notEqual(principalSecond.diagnosisList, list, 'the claim with its principal written second is copied');
    assert.equal(principalSecond.diagnosisList.mentionAt(0).role, 'principal');
    assert.deepEqual(codesOf(list), (copied[0] as { codes: unknown }).codes, 'the borrowed list still answers for the first claim');
  });
});
