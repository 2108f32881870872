import * as assert from 'node:assert/strict';
import type { DiagnosisMention } from '../../../server/src/service/model';
import { parseDocument } from '../../../server/src/service/parse';

/** Clinical notes: encounters split by dashed lines, code mentions in order, and the false positives avoided. */

function parseNote(text: string): ReturnType<typeof parseDocument> {
  return parseDocument(text, 'clinical-note');
}

function describeMentions(mentions: readonly DiagnosisMention[]): string[] {
  return mentions.map((mention) => `${mention.code}${mention.shapeOnly === true ? '?' : ''}`);
}

describe('clinical notes', () => {
  it('treats the whole note as one encounter without separators', () => {
    const note = parseNote('ASSESSMENT\n1. Lung cancer (C34.12)\n');
    assert.equal(note.encounters.length, 1);
    assert.equal(note.encounters[0]?.label, 'Encounter 1');
    assert.equal(note.encounters[0]?.source, 'note');
    assert.deepEqual(note.problems, []);
  });

  it('splits encounters at lines of three or more dashes', () => {
    const text = 'Visit one (C78.7, C18.7)\n---\nVisit two (Z85.3)\n  -----  \nVisit three (C50.912)\n';
    const note = parseNote(text);
    assert.deepEqual(note.encounters.map((encounter) => encounter.label), ['Encounter 1', 'Encounter 2', 'Encounter 3']);
    assert.deepEqual(note.encounters.map((encounter) => describeMentions(encounter.diagnoses)), [['C787', 'C187'], ['Z853'], ['C50912']]);
    const second = note.encounters[1];
    assert.equal(second && text.slice(second.span.offset, second.span.offset + second.span.length), 'Visit two (Z85.3)');
  });

  it('does not split at dashes inside a line or at two dashes', () => {
    assert.equal(parseNote('a -- b\n--\nc --- d\n').encounters.length, 1);
  });

  it('reads dotted, dotless and lower-case codes in order of appearance', () => {
    const text = 'Dx: c78.01, Z853 and C7951 (secondary)\nPlan: chemo (Z51.11)';
    const mentions = parseNote(text).encounters[0]?.diagnoses ?? [];
    assert.deepEqual(describeMentions(mentions), ['C7801', 'Z853', 'C7951', 'Z5111']);
    assert.deepEqual(mentions.map((mention) => mention.writtenDotted), [true, false, false, true]);
    assert.deepEqual(mentions.map((mention) => text.slice(mention.span.offset, mention.span.offset + mention.span.length)), ['c78.01', 'Z853', 'C7951', 'Z51.11']);
    assert.ok(mentions.every((mention) => mention.role === 'listed' && mention.system === 'icd10cm'));
  });

  it('reads C7A/C7B codes and stops at a trailing full stop', () => {
    assert.deepEqual(describeMentions(parseNote('Neuroendocrine: C7B.02. Also C61.').encounters[0]?.diagnoses ?? []), ['C7B02', 'C61?']);
  });

  it('marks bare three-character tokens outside a code context as shape-only', () => {
    const text = 'Vitamin B12 low, A1C 7.2, H2O intake, T12 compression fracture, BRAF V600E.';
    assert.deepEqual(describeMentions(parseNote(text).encounters[0]?.diagnoses ?? []), ['B12?', 'T12?', 'V600E?']);
  });

  it('keeps bare tokens as real mentions in a code context', () => {
    const text = 'Prostate cancer (C61, Z9221)\nICD-10: C61\nDx C61\nCodes: C61, E119\n';
    const mentions = parseNote(text).encounters[0]?.diagnoses ?? [];
    assert.deepEqual(describeMentions(mentions), ['C61', 'Z9221', 'C61', 'C61', 'C61', 'E119']);
  });

  it('does not read prose in parentheses as a code list', () => {
    assert.deepEqual(describeMentions(parseNote('Anemia (vitamin B12 deficiency)').encounters[0]?.diagnoses ?? []), ['B12?']);
  });

  it('skips ICD-O-3 topography on lines that carry morphology or say ICD-O', () => {
    const text = 'Pathology: C50.4 M-8500/3\nRegistry: C34.1 8140/3\nICD-O-3 site C80.9\nBilling: C50.412\n';
    assert.deepEqual(describeMentions(parseNote(text).encounters[0]?.diagnoses ?? []), ['C50412']);
  });

  it('reads CPT codes only in context, never bare five-digit numbers', () => {
    const text = [
      'CPT 71260 ordered.',
      'CPT: 71250, 71260 and 3074F',
      'Account 99213 and dose 12345 mg are not procedures.',
      '| Date | CPT | Description |',
      '|------|-----|-------------|',
      '| 1/5  | 77067 | Mammogram |',
      '| 1/6  | 0042T | Perfusion |',
      '',
      'HCPCS J9267 given.',
    ].join('\n');
    const note = parseNote(text);
    assert.deepEqual(note.encounters[0]?.procedures.map((procedure) => procedure.code), ['71260', '71250', '71260', '3074F', '77067', '0042T', 'J9267']);
    assert.ok(note.encounters[0]?.procedures.every((procedure) => procedure.system === 'cpt-hcpcs'));
    // A HCPCS code after "HCPCS" is a procedure, not a dotless diagnosis.
    assert.deepEqual(note.encounters[0]?.diagnoses, []);
  });

  it('does not treat a markdown table separator as an encounter separator', () => {
    assert.equal(parseNote('| CPT |\n|---|\n| 71260 |\n').encounters.length, 1);
  });

  it('inserts new codes after the last certain mention, dotted, with ", "', () => {
    const text = 'Assessment: liver metastases (C78.7). Vitamin B12 low.';
    const point = parseNote(text).encounters[0]?.insertionPoint;
    assert.deepEqual(point, { offset: text.indexOf('C78.7') + 5, prefix: ', ', suffix: '', dotted: true });
  });

  it('offers no insertion point when an encounter has no certain mention', () => {
    assert.equal(parseNote('No codes here, only vitamin B12.').encounters[0]?.insertionPoint, undefined);
  });

  it('reads a date of service', () => {
    assert.equal(parseNote('Date of service: 01/05/2026\n(C61)').encounters[0]?.serviceDate, '2026-01-05');
    assert.equal(parseNote('DOS 2025-12-30\n').encounters[0]?.serviceDate, '2025-12-30');
    assert.equal(parseNote('(C61)').encounters[0]?.serviceDate, undefined);
  });

  it('parses a 2 MB note with thousands of encounters in linear time', function () {
    this.timeout(30000);
    const block = 'Visit (C34.12, C79.31), vitamin B12.\nCPT: 71250\n| CPT | Desc |\n| 77067 | mammo |\n---\n';
    const text = block.repeat(Math.ceil(2e6 / block.length));
    const started = Date.now();
    const note = parseNote(text);
    // Assigning mentions to encounters by scanning every mention per encounter took minutes here.
    assert.ok(Date.now() - started < 8000, `took ${Date.now() - started} ms`);
    assert.equal(note.encounters.length, Math.ceil(2e6 / block.length));
    assert.deepEqual(describeMentions(note.encounters.at(-1)?.diagnoses ?? []), ['C3412', 'C7931', 'B12?']);
    assert.deepEqual(note.encounters.at(-1)?.procedures.map((procedure) => procedure.code), ['71250', '77067']);
  });
});
