import assert from 'node:assert/strict';
import type { InlayHint } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../server/src/service';
import { MAX_INLAY_HINTS } from '../../../server/src/service/features/inlayHints';
import { testCodeSets } from '../../helpers/codeSets';
import { documentOf } from '../../helpers/cursor';
import { x12Envelope } from '../../helpers/fixture';
import { officialBillable, officialShortTitle2021, officialTitle } from '../../helpers/officialCodes';
import { pointerClaim } from '../../helpers/pointerClaim';
import { snapshotOf } from '../../helpers/snapshot';

const service = createLanguageService({ codeSets: testCodeSets() });

/** Each hint as `line:character label`, sorted by position. */
function hintsOf(text: string, startLine = 0, endLine = Number.MAX_SAFE_INTEGER): string[] {
  const document = documentOf(text, 'x12-837');
  const range = { start: { line: startLine, character: 0 }, end: document.positionAt(Math.min(text.length, document.offsetAt({ line: endLine, character: 0 }))) };
  return service.provideInlayHints(snapshotOf(service, document, 'x12-837'), range)
    .sort((a: InlayHint, b: InlayHint) => a.position.line - b.position.line || a.position.character - b.position.character)
    .map((hint) => `${hint.position.line}:${hint.position.character} ${String(hint.label)}`);
}

// Lines of x12Envelope: 0 ISA … 9 NM1*IL, then the body from line 10.
const claim = pointerClaim('3');

describe('inlay hints', () => {
  it('shows the qualifier meaning, the official short title of each code and the codes the pointers name', () => {
    // The FY2021 order file prints both short titles beside the long titles FY2027 still has.
    assert.equal(officialShortTitle2021('C3490'), 'Malignant neoplasm of unsp part of unsp bronchus or lung');
    assert.equal(officialShortTitle2021('C7801'), officialTitle('C7801'));
    assert.deepEqual(hintsOf(claim), [
      `11:6 › principal`,
      '11:12 › Malignant neoplasm of unsp part of unsp bronchus or lung',
      `11:16 › other`,
      '11:22 › Secondary malignant neoplasm of right lung',
      '13:25 › C34.90',
      '13:27 › C78.01',
      '15:25 › no diagnosis',
    ]);
  });

  it('keeps the full long title in the tooltip of a title hint', () => {
    const document = documentOf(claim, 'x12-837');
    const hints = service.provideInlayHints(snapshotOf(service, document, 'x12-837'), { start: { line: 11, character: 0 }, end: { line: 12, character: 0 } });
    const tooltips = hints.filter((hint) => hint.tooltip !== undefined).map((hint) => hint.tooltip);
    assert.deepEqual(tooltips, [`C34.90 ${officialTitle('C3490')}`, `C78.01 ${officialTitle('C7801')}`]);
  });

  it('cuts the long title to the 60-character short-title width for a code no release file gives a short title', () => {
    // C83.398 is in the FY2026 and FY2027 codes files but in neither the FY2021 order file nor the FY2027 addenda.
    assert.ok(officialBillable(2026).has('C83398'));
    const long = officialTitle('C83398');
    assert.equal(long, 'Diffuse large B-cell lymphoma of other extranodal and solid organ sites');
    const text = x12Envelope(`
      CLM*B1*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C83398~`);
    assert.deepEqual(hintsOf(text).filter((hint) => hint.includes('lymphoma')), ['11:13 › Diffuse large B-cell lymphoma of other extranodal and solid…']);
  });

  it('answers only for the requested range', () => {
    assert.deepEqual(hintsOf(claim, 13, 14), ['13:25 › C34.90', '13:27 › C78.01']);
    assert.deepEqual(hintsOf(claim, 0, 10), []);
  });

  it('stops at its limit when a client asks for the whole of a large batch', () => {
    const batch = x12Envelope(Array.from({ length: 800 }, (_, index) => `
      CLM*B${index}*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C3490*ABF:C7801~`).join(''));
    assert.equal(hintsOf(batch).length, MAX_INLAY_HINTS);
  });

  it('gives no hints in a note', () => {
    const document = documentOf('Dx: C78.01\n', 'clinical-note');
    assert.deepEqual(service.provideInlayHints(snapshotOf(service, document, 'clinical-note'), { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }), []);
  });
});
