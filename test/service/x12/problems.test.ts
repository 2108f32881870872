import * as assert from 'node:assert/strict';
import type { Severity, StructuralProblem } from '../../../server/src/service/model';
import { interchange837, isa, isOneSentence, parse837, problemsWith, textOf } from './x12TestFiles';

/**
 * Structural damage becomes problems with a stable id, the right span and one sentence; the parser
 * never throws and keeps reading what it can.
 */

const GOOD_CLAIM = 'CLM*OK*100***11:B:1*Y*A*Y*Y~\nHI*ABK:C7951*ABF:C50911~\nLX*1~\nSV1*HC:96413*900*UN*1~\nDTP*472*D8*20260105~';

/** Asserts exactly one problem with `id`, its severity, the text it covers and a one-sentence message. */
function expectOne(text: string, id: string, severity: Severity, coveredText: string): StructuralProblem {
  const document = parse837(text);
  const found = problemsWith(document, id);
  assert.equal(found.length, 1, `${id}: ${JSON.stringify(document.problems.map((problem) => problem.id))}`);
  const [problem] = found;
  assert.ok(problem);
  assert.equal(problem.severity, severity);
  assert.equal(textOf(text, problem.span), coveredText);
  assert.ok(isOneSentence(problem.message), problem.message);
  return problem;
}

describe('X12 structural problems', () => {
  const good = interchange837(GOOD_CLAIM);

  it('a well-formed interchange has no problems', () => {
    assert.deepEqual(parse837(good).problems, []);
  });

  it('missing ISA: reported on the first line, codes still read with guessed delimiters', () => {
    const headless = good.slice(good.indexOf('GS*'));
    expectOne(headless, 'x12-missing-isa', 'error', 'GS*HC*SENDER*RECEIVER*20260105*0930*117*X*005010X222A1~');
    assert.deepEqual(parse837(headless).encounters[0]?.diagnoses.map((mention) => mention.code), ['C7951', 'C50911']);
  });

  it('text before the ISA header is reported and skipped', () => {
    expectOne(`garbage line\n${good}`, 'x12-text-outside-interchange', 'error', 'garbage line');
  });

  it('short ISA: a header cut off before ISA16', () => {
    const text = 'ISA*00*          *00*          *ZZ*SENDER';
    expectOne(text, 'x12-short-isa', 'error', text);
  });

  it('ISA16 equal to the element separator', () => {
    const header = isa();
    const broken = good.replace(header, `${header.slice(0, 104)}*~`);
    expectOne(broken, 'x12-delimiter-conflict', 'error', `${header.slice(0, 104)}*~`);
  });

  it('an unterminated last segment', () => {
    const text = good.replace(/IEA\*1\*000000117~\n$/, 'IEA*1*000000117');
    expectOne(text, 'x12-unterminated-segment', 'error', 'IEA*1*000000117');
  });

  it('a file cut off in the middle of a claim: the cut segment and the missing trailers', () => {
    const cut = good.slice(0, good.indexOf('SV1*HC:96') + 6);
    expectOne(cut, 'x12-unterminated-segment', 'error', 'SV1*HC');
    const trailers = problemsWith(parse837(cut), 'x12-missing-trailer');
    assert.deepEqual(trailers.map((problem) => textOf(cut, problem.span)), ['ISA', 'GS', 'ST']);
    assert.ok(trailers.every((problem) => problem.severity === 'error' && isOneSentence(problem.message)));
    assert.deepEqual(parse837(cut).encounters[0]?.diagnoses.map((mention) => mention.code), ['C7951', 'C50911']);
  });

  it('SE01 that disagrees with the number of segments from ST to SE', () => {
    const text = good.replace(/SE\*(\d+)\*0001~/, (_, count: string) => `SE*${Number(count) + 1}*0001~`);
    const declared = /SE\*(\d+)\*/.exec(text)?.[1] ?? '';
    const problem = expectOne(text, 'x12-se-count-mismatch', 'warning', declared);
    assert.match(problem.message, new RegExp(`${declared}.*${Number(declared) - 1}`));
  });

  it('GE01 that disagrees with the number of transaction sets', () => {
    expectOne(good.replace('GE*1*117~', 'GE*2*117~'), 'x12-ge-count-mismatch', 'warning', '2');
  });

  it('IEA01 that disagrees with the number of functional groups', () => {
    expectOne(good.replace('IEA*1*000000117~', 'IEA*3*000000117~'), 'x12-iea-count-mismatch', 'warning', '3');
  });

  it('a trailer control number that does not match its header', () => {
    expectOne(good.replace('SE*', 'SE*').replace(/(SE\*\d+\*)0001~/, '$10002~'), 'x12-control-number-mismatch', 'warning', '0002');
  });

  it('HI written as separate qualifier and code elements (imsweb style)', () => {
    const text = interchange837('CLM*X*100***11:B:1*Y*A*Y*Y~\nHI*ABK*C7951~');
    expectOne(text, 'x12-hi-missing-qualifier', 'error', 'ABK*C7951');
    // The code is still read so that hover and rules see it.
    assert.deepEqual(parse837(text).encounters[0]?.diagnoses.map((mention) => mention.code), ['C7951']);
  });

  it('an HI composite that is a bare code without any qualifier', () => {
    const text = interchange837('CLM*X*100***11:B:1*Y*A*Y*Y~\nHI*ABK:C7951*C50911~');
    expectOne(text, 'x12-hi-missing-qualifier', 'error', 'C50911');
    assert.deepEqual(parse837(text).encounters[0]?.diagnoses.map((mention) => mention.code), ['C7951']);
  });

  it('an empty composite between diagnoses', () => {
    const text = interchange837('CLM*X*100***11:B:1*Y*A*Y*Y~\nHI*ABK:C7951**ABF:C50911~');
    expectOne(text, 'x12-empty-composite', 'warning', '**');
  });

  it('a qualifier with an empty code', () => {
    const text = interchange837('CLM*X*100***11:B:1*Y*A*Y*Y~\nHI*ABK:C7951*ABF:~');
    expectOne(text, 'x12-empty-composite', 'warning', 'ABF:');
  });

  it('trailing empty elements are tolerated (as in the real x223 test file)', () => {
    const text = interchange837('CLM*X*100***11:B:1*Y*A*Y*Y~\nHI*ABK:C7951**~');
    assert.equal(problemsWith(parse837(text), 'x12-empty-composite').length, 0);
  });

  it('a code with illegal characters (a dot) is reported and not read as a diagnosis', () => {
    const text = interchange837('CLM*X*100***11:B:1*Y*A*Y*Y~\nHI*ABK:C79.51*ABF:C50911~');
    expectOne(text, 'x12-code-illegal-characters', 'error', 'C79.51');
    assert.deepEqual(parse837(text).encounters[0]?.diagnoses.map((mention) => mention.code), ['C50911']);
  });

  it('ICD-9 and ICD-10 qualifiers mixed in one claim', () => {
    const text = interchange837('CLM*X*100***11:B:1*Y*A*Y*Y~\nHI*ABK:C7951*BF:1970~');
    expectOne(text, 'x12-mixed-icd-versions', 'warning', 'BF');
    expectOne(text, 'icd9-not-checked', 'information', 'BF:1970');
  });

  it('binary junk inside a segment', () => {
    const text = good.replace('NM1*85*2*CLINIC', 'NM1*85*2*CL\u0000\u0001INIC');
    expectOne(text, 'x12-binary-junk', 'error', '\u0000\u0001');
  });

  it('text after the IEA that is not another interchange', () => {
    expectOne(`${good}trailing notes\n`, 'x12-text-outside-interchange', 'error', 'trailing notes');
  });

  it('problems come sorted by offset', () => {
    const text = interchange837('CLM*X*100***11:B:1*Y*A*Y*Y~\nHI*ABK:C79.51*C50911**ABF:C50911~').replace('GE*1*117~', 'GE*9*117~');
    const offsets = parse837(text).problems.map((problem) => problem.span.offset);
    assert.deepEqual(offsets, [...offsets].sort((a, b) => a - b));
    assert.ok(offsets.length >= 4);
  });
});
