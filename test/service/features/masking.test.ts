import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../server/src/service';
import type { LanguageId } from '../../../server/src/service';
import { testCodeSets } from '../../helpers/codeSets';
import { realX12Files, realX12Text } from '../../helpers/realX12';
import { snapshotOf } from '../../helpers/snapshot';

/**
 * Masking on the real fixtures. What counts as an identifier is read here without the parser: the file
 * is split at its terminator and element separator (from ISA), and the subscriber's or patient's NM1
 * (IL, QC) opens a run of person segments that the next NM1, HL, CLM or SBR closes.
 */

const service = createLanguageService({ codeSets: testCodeSets() });

function masked(text: string, languageId: LanguageId = 'x12-837'): string {
  const document = TextDocument.create(`file:///mask.${languageId === 'x12-837' ? '837' : 'note'}`, languageId, 1, text);
  return service.maskIdentifiers(snapshotOf(service, document, languageId));
}

function diagnosticsOf(text: string): Array<Pick<Diagnostic, 'range' | 'code' | 'severity'>> {
  const document = TextDocument.create('file:///check.837', 'x12-837', 1, text);
  return service.doValidation(snapshotOf(service, document, 'x12-837'), { rules: {}, maxNumberOfProblems: 1000 })
    .map(({ range, code, severity }) => ({ range, code, severity }));
}

/** The file's segments as element arrays (element 0 is the id), split with the delimiters of its ISA. */
function segmentsOf(text: string): string[][] {
  const isa = text.indexOf('ISA');
  const element = text.charAt(isa + 3);
  let position = isa;
  for (let count = 0; count < 16; count++) position = text.indexOf(element, position + 1);
  const terminator = text.charAt(position + 2);
  return text.slice(isa).split(terminator).map((segment) => segment.trim().split(element));
}

const REFS = new Set(['SY', '1W', 'EA', 'D9', 'F8', 'Y4', '6R', 'EJ', '9A', '9C', 'G1', '9F', 'IG']);

/**
 * Splits the file's element values into the identifying ones (person names, ids, addresses, birth dates,
 * phones, claim and patient ids) and the rest; a provider may share a patient's surname or town.
 */
function classify(text: string): { identifying: string[]; kept: Set<string> } {
  const identifying: string[] = [];
  const kept = new Set<string>();
  let person = false;
  let place = false;
  for (const [id, ...elements] of segmentsOf(text)) {
    if (id === 'NM1') person = elements[0] === 'IL' || elements[0] === 'QC';
    // Ambulance pick-up (PW) and drop-off (45) locations of an 837P are often the patient's home.
    if (id === 'NM1') place = elements[0] === 'PW' || elements[0] === '45';
    if (id === 'HL' || id === 'CLM' || id === 'SBR' || id === 'LX') person = place = false;
    const positions = new Set<number>();
    const take = (...taken: number[]): void => taken.forEach((position) => positions.add(position));
    if (person && id === 'NM1') take(3, 4, 5, 7, 9);
    if ((person || place) && id === 'N3') take(1, 2);
    if ((person || place) && id === 'N4') take(1, 3);
    if (person && id === 'DMG') take(2);
    if (id === 'PER') take(2, 4, 6, 8);
    if (id === 'CLM') take(1);
    if (id === 'REF' && REFS.has(elements[0] ?? '')) take(2);
    elements.forEach((value, index) => (positions.has(index + 1) ? identifying.push(value) : kept.add(value)));
  }
  return { identifying: identifying.filter((value) => /[A-Za-z0-9]/.test(value) && value.length >= 3), kept };
}

describe('masking patient identifiers', () => {
  for (const file of realX12Files()) {
    it(`${file}: no identifier survives, the structure and the findings stay`, () => {
      const text = realX12Text(file);
      const result = masked(text);
      const { identifying: originals, kept } = classify(text);
      assert.ok(originals.length > 0, 'the fixture has identifiers to mask');
      const after = new Set(segmentsOf(result).flat());
      const survivors = originals.filter((value) => after.has(value) && !kept.has(value));
      assert.deepEqual(survivors, []);
      assert.equal(result.length, text.length, 'every value keeps its length');
      assert.deepEqual(segmentsOf(result).map((segment) => `${segment[0]}/${segment.length}`), segmentsOf(text).map((segment) => `${segment[0]}/${segment.length}`));
      assert.deepEqual(diagnosticsOf(result), diagnosticsOf(text));
      assert.equal(masked(text), result, 'the same input gives the same output');
    });
  }

  it('replaces a repeated value the same way everywhere, and a birth date by a date in the same year', () => {
    const text = realX12Text('LinuxForHealth_x12__demo.ambulance.example5.837');
    const result = masked(text);
    const dmg = segmentsOf(result).find((segment) => segment[0] === 'DMG');
    assert.match(dmg?.[2] ?? '', /^1963(0[1-9]|1[0-2])(0[1-9]|1\d|2[0-8])$/, 'DMG*D8*19630729 keeps its year');
    // N3s: billing provider, subscriber (2010BA), payer, pick-up (2310E), drop-off. The subscriber's street is also the pick-up address: one replacement.
    const streets = segmentsOf(result).filter((segment) => segment[0] === 'N3').map((segment) => segment[1] ?? '');
    const [, home, , pickUp] = streets;
    assert.equal(segmentsOf(text).filter((segment) => segment[0] === 'N3')[1]?.[1], '1129 REINDEER ROAD');
    assert.ok(home !== undefined && home !== '1129 REINDEER ROAD' && home === pickUp, streets.join(' | '));
  });

  it('masks labelled names, ids, birth dates and phone numbers in a note, and leaves the codes', () => {
    const note = 'Patient: TESTPATIENT, ALPHA\nDOB: 03/14/1950\nMRN: AB12345\nPhone: (555) 010-0199\nDx: C78.01, C34.90\n';
    const result = masked(note, 'clinical-note');
    for (const value of ['TESTPATIENT', 'ALPHA', '03/14/1950', 'AB12345', '010-0199']) assert.ok(!result.includes(value), `${value} survived:\n${result}`);
    assert.match(result, /DOB: \d{2}\/\d{2}\/1950/);
    assert.ok(result.endsWith('Dx: C78.01, C34.90\n'));
    assert.equal(result.split('\n').length, note.split('\n').length);
  });
});
