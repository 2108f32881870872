import * as assert from 'node:assert/strict';
import { createLanguageService } from '../../../server/src/service';
import type { NarrativeReading } from '../../../server/src/service/narrative/model';
import { narrativeOf } from '../../../server/src/service/notes/encounterNarrative';
import type { NarrativeReader } from '../../../server/src/service/notes/narrativeReadings';
import { parseDocument } from '../../../server/src/service/parse';
import type { Span } from '../../../server/src/service/spans';
import { testCodeSets } from '../../helpers/codeSets';
import { officialNeoplasmTable } from '../../helpers/neoplasmTable';
import { checkDiagnostics } from '../../helpers/checkDiagnostics';
import { scriptedReader } from '../../helpers/scriptedReader';

/**
 * The data flow of narrative readings: a note's parse reads an encounter on first request and keeps
 * the reading; the parse of the next version takes over the readings of encounters whose text did not
 * change, shifting them when an earlier encounter grew, so an edit re-reads only the edited encounter.
 */

const LIVER_METS = { phrase: 'hepatic metastases', code: 'C78.7', column: 'secondary' as const };

/** A scripted reader that counts the encounters it reads. */
function countingReader(): { reader: NarrativeReader; read: Span[] } {
  const inner = scriptedReader([LIVER_METS]);
  const read: Span[] = [];
  return { read, reader: (text, span, date) => {
    read.push(span);
    return inner(text, span, date);
  } };
}

function readAll(text: string, reader: NarrativeReader, previous?: ReturnType<typeof parseDocument>): { parsed: ReturnType<typeof parseDocument>; readings: NarrativeReading[] } {
  const parsed = parseDocument(text, 'clinical-note', { note: { reader, ...(previous === undefined ? {} : { previous }) } });
  return { parsed, readings: parsed.encounters.map((encounter) => narrativeOf(parsed, encounter)?.reading as NarrativeReading) };
}

const VERSION_1 = 'Visit one: hepatic metastases. C78.7\n---\nVisit two: hepatic metastases. C78.7\n---\nVisit three: hepatic metastases.';

describe('narrative readings per note', () => {
  it('reads an encounter only when asked, and once', () => {
    const { reader, read } = countingReader();
    const parsed = parseDocument(VERSION_1, 'clinical-note', { note: { reader } });
    assert.equal(read.length, 0, 'parsing reads nothing');
    const second = parsed.encounters[1];
    assert.ok(second);
    narrativeOf(parsed, second);
    narrativeOf(parsed, second);
    assert.equal(read.length, 1);
  });

  it('re-reads only the edited encounter of the next version and shifts the ones after it', () => {
    const { reader, read } = countingReader();
    const first = readAll(VERSION_1, reader);
    assert.equal(read.length, 3);
    const version2 = VERSION_1.replace('Visit two:', 'Visit two, longer now:');
    const second = readAll(version2, reader, first.parsed);
    assert.equal(read.length, 4, 'one more read, for the edited encounter');
    assert.deepEqual(read[3], second.parsed.encounters[1]?.span);
    assert.equal(second.readings[0], first.readings[0], 'the encounter before the edit keeps its reading');
    const third = second.readings[2]?.mentions[0];
    assert.ok(third);
    assert.equal(version2.slice(third.span.offset, third.span.offset + third.span.length), 'hepatic metastases', 'the shifted reading points at the words in the new text');
  });

  it('takes nothing over from a parse made with another reader (other code sets)', () => {
    const one = countingReader();
    const first = readAll(VERSION_1, one.reader);
    const other = countingReader();
    readAll(VERSION_1, other.reader, first.parsed);
    assert.equal(other.read.length, 3);
  });

  it('gives no narrative to a note parsed without a reader, nor to an 837', () => {
    const parsed = parseDocument(VERSION_1, 'clinical-note');
    assert.equal(parsed.encounters[0] && narrativeOf(parsed, parsed.encounters[0]), undefined);
  });

  it('has narrative when a line without codes reads as a sentence, not for a bare code list', () => {
    const reader = scriptedReader([]);
    const withProse = readAll('Patient returns today after the third cycle without complaints.\nDx: C18.9', reader).parsed;
    const bare = readAll('Dx: C18.9, C78.7 Secondary malignant neoplasm of liver and intrahepatic bile duct\nPlan: CT', reader).parsed;
    assert.equal(withProse.encounters[0] && narrativeOf(withProse, withProse.encounters[0])?.hasNarrative, true);
    assert.equal(bare.encounters[0] && narrativeOf(bare, bare.encounters[0])?.hasNarrative, false);
  });

  it('a reader that fails costs the narrative rules only, reported once as rule-failed', () => {
    const failing: NarrativeReader = () => {
      throw new Error('reader bug');
    };
    checkDiagnostics(`
      Seen today. C78.01
      ^^^ warning rule-failed: narrative reader
                  ^^^^^^ warning secondary-without-primary
    `, { reader: failing });
  });

  it('the service reads sections with the real reader and the Table of Neoplasms, and reuses readings on reparse', () => {
    const service = createLanguageService({ codeSets: testCodeSets(), neoplasmTable: officialNeoplasmTable() });
    const text = 'Past Medical History: Z85.3\nAssessment: Z08\n---\nPMH: E11.9\nAssessment: Z85.3, Z90.11';
    const host = service.open('file:///a.note', 'clinical-note', text, 1);
    const snapshot = host.snapshot();
    const parsed = snapshot.parsed;
    const diagnostics = service.doValidation(snapshot, { rules: {}, maxNumberOfProblems: 100 });
    assert.deepEqual(diagnostics.map((diagnostic) => `${String(diagnostic.code)}@${diagnostic.range.start.line}`), ['history-first-listed@4']);
    const at = host.snapshot().positionAt(text.indexOf('E11.9'));
    host.applyChanges([{ range: { start: at, end: { line: at.line, character: at.character + 5 } }, text: 'E11.65' }], 2);
    const reparsed = host.snapshot().parsed;
    assert.notEqual(reparsed, parsed);
    const firstBefore = parsed.encounters[0] && narrativeOf(parsed, parsed.encounters[0])?.reading;
    const firstAfter = reparsed.encounters[0] && narrativeOf(reparsed, reparsed.encounters[0])?.reading;
    assert.ok(firstBefore !== undefined && firstBefore === firstAfter, 'the unchanged first encounter is not read again');
  });
});
