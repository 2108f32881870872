import { checkDiagnostics, checkFix, fixTitles } from '../../helpers/checkDiagnostics';
import assert from 'node:assert/strict';

describe('palliative-first-listed', () => {
  it('fires when Z51.5 is first-listed', () => {
    checkDiagnostics(`
      Dx: Z51.5, C25.9, C78.7
          ^^^^^ information palliative-first-listed: such as C25.9
    `);
  });

  it('fires when Z51.5 is the only code', () => {
    checkDiagnostics(`
      Dx: Z51.5
          ^^^^^ information palliative-first-listed: the only code
    `);
    assert.deepEqual(fixTitles('Dx: Z51.5', 'palliative-first-listed'), []);
  });

  it('stays quiet when Z51.5 follows the condition', () => {
    checkDiagnostics('Dx: C25.9, C78.7, Z51.5');
  });

  it('fires on an 837P claim with Z51.5 as principal', () => {
    checkDiagnostics(`
      CLM*ACCT8*100***11:B:1*Y*A*Y*Y~
      HI*ABK:Z515*ABF:C259~
             ^^^^ information palliative-first-listed
      LX*1~
      SV1*HC:99214*100*UN*1***1~
    `, { language: '837P' });
  });

  it('moves Z51.5 out of first position in a note', () => {
    checkFix('Dx: Z51.5, C25.9, C78.7', 'palliative-first-listed', 'List C25.9 before Z51.5', 'Dx: C25.9, Z51.5, C78.7');
  });

  it('moves Z51.5 out of the principal slot in X12, qualifiers staying in place', () => {
    checkFix(`
      CLM*ACCT8*100***11:B:1*Y*A*Y*Y~
      HI*ABK:Z515*ABF:C259~
    `, 'palliative-first-listed', 'List C25.9 before Z51.5', `
      CLM*ACCT8*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C259*ABF:Z515~
    `, { language: '837P' });
  });
});
