import * as assert from 'node:assert/strict';
import { interchange837, isa, parse837, STANDARD, textOf, withDelimiters } from './x12TestFiles';

/**
 * Delimiters come from each ISA header; line breaks, a byte order mark and odd separators must not
 * change what is read.
 */

const CLAIM = `
CLM*PTACCT42*1450***11:B:1*Y*A*Y*Y~
HI*ABK:Z5111*ABF:C50911*ABF:C7951~
LX*1~
SV1*HC:96413*900*UN*1***1:2:3~
DTP*472*D8*20260105~
`;

const EXPECTED_CODES = ['Z5111', 'C50911', 'C7951'];

function codesOf(text: string): string[] {
  return parse837(text).encounters.flatMap((encounter) => encounter.diagnoses.map((mention) => mention.code));
}

describe('X12 delimiters and layout', () => {
  const lineFile = interchange837(CLAIM);

  it('builds a standard-width ISA header (106 characters including the terminator)', () => {
    assert.equal(isa().length, 106);
  });

  it('reads a file written one segment per line with LF', () => {
    const document = parse837(lineFile);
    assert.deepEqual(codesOf(lineFile), EXPECTED_CODES);
    assert.deepEqual(document.interchanges[0]?.delimiters, { element: '*', component: ':', segment: '~', repetition: '^' });
    assert.deepEqual(document.problems, []);
  });

  it('reads a one-line file (no line breaks at all)', () => {
    const oneLine = lineFile.replace(/\n/g, '');
    assert.deepEqual(codesOf(oneLine), EXPECTED_CODES);
    assert.deepEqual(parse837(oneLine).problems, []);
  });

  it('reads CRLF and CR-only line ends after terminators', () => {
    assert.deepEqual(codesOf(lineFile.replace(/\n/g, '\r\n')), EXPECTED_CODES);
    assert.deepEqual(codesOf(lineFile.replace(/\n/g, '\r')), EXPECTED_CODES);
    assert.deepEqual(parse837(lineFile.replace(/\n/g, '\r')).problems, []);
  });

  it('reads a file that starts with a byte order mark, keeping offsets in the original text', () => {
    const withBom = `\ufeff${lineFile}`;
    const document = parse837(withBom);
    assert.deepEqual(codesOf(withBom), EXPECTED_CODES);
    const mention = document.encounters[0]?.diagnoses[0];
    assert.equal(mention && textOf(withBom, mention.span), 'Z5111');
  });

  it('reads "~" elements, "^" components and "_" terminators (the imsweb separators)', () => {
    const odd = withDelimiters(lineFile, { element: '~', component: '^', segment: '_', repetition: '!' });
    const document = parse837(odd);
    assert.deepEqual(codesOf(odd), EXPECTED_CODES);
    assert.deepEqual(document.interchanges[0]?.delimiters, { element: '~', component: '^', segment: '_', repetition: '!' });
    assert.equal(document.encounters[0]?.insertionPoint?.prefix, '~ABF^');
  });

  it('reads "|" elements, ">" components and a newline as segment terminator', () => {
    const piped = withDelimiters(lineFile.replace(/\n/g, ''), { element: '|', component: '>', segment: '\n', repetition: '^' });
    assert.deepEqual(codesOf(piped), EXPECTED_CODES);
  });

  it('reads CRLF files whose segment terminator is the newline itself', () => {
    const newlineTerminated = withDelimiters(lineFile.replace(/\n/g, ''), { ...STANDARD, segment: '\n' }).replace(/\n/g, '\r\n');
    const document = parse837(newlineTerminated);
    assert.deepEqual(codesOf(newlineTerminated), EXPECTED_CODES);
    assert.deepEqual(document.problems, []);
  });

  it('reads each interchange with its own delimiters', () => {
    const second = withDelimiters(interchange837(CLAIM.replace('PTACCT42', 'SECOND')), { element: '|', component: '>', segment: '~', repetition: '^' });
    const document = parse837(lineFile + second);
    assert.equal(document.interchanges.length, 2);
    assert.equal(document.interchanges[1]?.delimiters.element, '|');
    assert.deepEqual(document.encounters.map((encounter) => encounter.label), ['Claim PTACCT42', 'Claim SECOND']);
    assert.deepEqual(codesOf(lineFile + second), [...EXPECTED_CODES, ...EXPECTED_CODES]);
  });

  it('finds ISA16 in a 4010 header that is not padded to fixed width', () => {
    const unpadded = lineFile.replace(isa(), 'ISA*00* *00* *ZZ*SENDER *ZZ*RECEIVER *260105*0930*U*00401*000000117*0*T*:~');
    const document = parse837(unpadded);
    assert.deepEqual(codesOf(unpadded), EXPECTED_CODES);
    assert.equal(document.interchanges[0]?.delimiters.component, ':');
    assert.equal(document.interchanges[0]?.delimiters.repetition, undefined, 'ISA11 "U" is a standards id, not a separator');
  });

  it('reads composites written with ">" when ISA16 is ":" and writes new ones the same way', () => {
    const mixed = lineFile.replace('HI*ABK:Z5111*ABF:C50911*ABF:C7951~', 'HI*ABK>Z5111*ABF>C50911*ABF>C7951~');
    const document = parse837(mixed);
    assert.deepEqual(codesOf(mixed), EXPECTED_CODES);
    assert.equal(document.interchanges[0]?.delimiters.component, ':');
    assert.equal(document.interchanges[0]?.observedComponent, '>');
    assert.equal(document.encounters[0]?.insertionPoint?.prefix, '*ABF>');
    assert.equal(document.problems.filter((problem) => problem.id === 'x12-component-separator-mismatch').length, 1);
  });

  it('reads control characters as delimiters without calling them binary junk', () => {
    const control = withDelimiters(lineFile.replace(/\n/g, ''), { element: '\u001c', component: '\u001f', segment: '\u001d', repetition: '\u001e' });
    const document = parse837(control);
    assert.deepEqual(codesOf(control), EXPECTED_CODES);
    assert.deepEqual(document.problems, []);
  });
});
