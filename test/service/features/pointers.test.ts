import assert from 'node:assert/strict';
import type { Location } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../server/src/service';
import { testCodeSets } from '../../helpers/codeSets';
import { withCursor } from '../../helpers/cursor';
import { x12Envelope } from '../../helpers/fixture';
import { snapshotOf } from '../../helpers/snapshot';

const service = createLanguageService({ codeSets: testCodeSets() });

/** The text each location covers. */
function textsAt(text: string, locations: readonly Location[], document: ReturnType<typeof withCursor>['document']): string[] {
  return locations.map((location) => text.slice(document.offsetAt(location.range.start), document.offsetAt(location.range.end)));
}

/** A claim with two diagnoses; line 1 points at both, line 2 at the second only. `$0` goes where the test puts it. */
function claim(hi: string, first: string, second: string): string {
  return x12Envelope(`
    CLM*ACCT1*1250***11:B:1*Y*A*Y*Y~
    ${hi}
    LX*1~
    ${first}
    LX*2~
    ${second}
  `);
}

describe('diagnosis pointer navigation', () => {
  it('goes from a pointer to the HI code it names', () => {
    const fixture = withCursor(claim('HI*ABK:C3490*ABF:C7801~', 'SV1*HC:71260*900*UN*1***1:$02~', 'SV1*HC:32405*350*UN*1***2~'), 'x12-837');
    const parsed = snapshotOf(service, fixture.document, 'x12-837');
    assert.deepEqual(textsAt(fixture.text, service.findDefinition(parsed, fixture.position), fixture.document), ['C7801']);
  });

  it('finds no definition for a pointer past the claim\'s diagnoses', () => {
    const fixture = withCursor(claim('HI*ABK:C3490*ABF:C7801~', 'SV1*HC:71260*900*UN*1***1~', 'SV1*HC:32405*350*UN*1***$03~'), 'x12-837');
    assert.deepEqual(service.findDefinition(snapshotOf(service, fixture.document, 'x12-837'), fixture.position), []);
  });

  it('lists the service lines that point at an HI code, with the code itself when asked', () => {
    const fixture = withCursor(claim('HI*ABK:C3490*ABF:C78$001~', 'SV1*HC:71260*900*UN*1***1:2~', 'SV1*HC:32405*350*UN*1***2~'), 'x12-837');
    const parsed = snapshotOf(service, fixture.document, 'x12-837');
    const withCode = service.findReferences(parsed, fixture.position, true);
    assert.deepEqual(textsAt(fixture.text, withCode, fixture.document), ['C7801', '2', '2']);
    const lines = withCode.slice(1).map((location) => location.range.start.line);
    assert.equal(new Set(lines).size, 2, 'one pointer on each service line');
    assert.equal(service.findReferences(parsed, fixture.position, false).length, 2);
  });

  it('finds the pointers of the principal diagnosis only on the line that names it', () => {
    const fixture = withCursor(claim('HI*ABK:C34$090*ABF:C7801~', 'SV1*HC:71260*900*UN*1***1:2~', 'SV1*HC:32405*350*UN*1***2~'), 'x12-837');
    const references = service.findReferences(snapshotOf(service, fixture.document, 'x12-837'), fixture.position, false);
    assert.deepEqual(textsAt(fixture.text, references, fixture.document), ['1']);
  });

  it('answers nothing in a note', () => {
    const fixture = withCursor('Dx: C78.$001\n', 'clinical-note');
    const parsed = snapshotOf(service, fixture.document, 'clinical-note');
    assert.deepEqual(service.findReferences(parsed, fixture.position, true), []);
    assert.deepEqual(service.findDefinition(parsed, fixture.position), []);
  });
});
