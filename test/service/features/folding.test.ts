import assert from 'node:assert/strict';
import type { FoldingRange } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../server/src/service';
import type { LanguageId } from '../../../server/src/service';
import { testCodeSets } from '../../helpers/codeSets';
import { documentOf } from '../../helpers/cursor';
import { x12Envelope } from '../../helpers/fixture';
import { realX12Text } from '../../helpers/realX12';
import { snapshotOf } from '../../helpers/snapshot';

const service = createLanguageService({ codeSets: testCodeSets() });

function foldsOf(text: string, languageId: LanguageId = 'x12-837', limit?: number): Array<[number, number]> {
  const document = documentOf(text, languageId);
  return service.findFoldingRanges(snapshotOf(service, document, languageId), limit).map((range: FoldingRange) => [range.startLine, range.endLine]);
}

describe('folding ranges', () => {
  // Lines of x12Envelope: 0 ISA, 1 GS, 2 ST, 3 BHT, 4 NM1*41, 5 HL, 6 NM1*85, 7 HL, 8 SBR, 9 NM1*IL, then the body, then SE, GE, IEA.
  const text = x12Envelope(`
    CLM*ACCT1*1450***11:B:1*Y*A*Y*Y~
    HI*ABK:C3490*ABF:C7801~
    LX*1~
    SV1*HC:71260*900*UN*1***1:2~
    DTP*472*D8*20261115~
    LX*2~
    SV1*HC:96413*200*UN*1***1~
    CLM*ACCT2*200***11:B:1*Y*A*Y*Y~
    HI*ABK:Z853~
  `);

  it('folds the interchange, the transaction, each claim and each service line', () => {
    assert.deepEqual(foldsOf(text), [
      [0, 21], // ISA … IEA
      [2, 19], // ST … SE
      [10, 16], // CLM ACCT1 up to the next CLM
      [12, 14], // LX*1 … DTP
      [15, 16], // LX*2, SV1
      [17, 18], // CLM ACCT2, HI
    ]);
  });

  it('stops at the client\'s range limit', () => {
    assert.equal(foldsOf(text, 'x12-837', 3).length, 3);
  });

  it('folds nothing in a file written on one line', () => {
    assert.deepEqual(foldsOf(realX12Text('UHIN_x12-parser-library__837.edi').replace(/[\r\n]/g, '')), []);
  });

  it('folds each encounter of a note', () => {
    assert.deepEqual(foldsOf('Dx: C78.01\nC34.90\n---\nDx: Z85.3\nCPT 71260\n', 'clinical-note'), [[0, 1], [3, 4]]);
  });
});
