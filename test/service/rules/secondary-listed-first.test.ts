import { checkDiagnostics, checkFix } from '../../helpers/checkDiagnostics';

describe('secondary-listed-first', () => {
  it('fires when C78.01 is first-listed with the active primary C34.90', () => {
    checkDiagnostics(`
      Dx: C78.01, C34.90
          ^^^^^^ information secondary-listed-first: C34.90
    `);
  });

  it('stays quiet when the primary is a Z85 history code', () => {
    checkDiagnostics('Dx: C78.01, Z85.3');
  });

  it('stays quiet when the primary is first', () => {
    checkDiagnostics('Dx: C34.90, C78.01');
  });

  it('fires on an 837P claim', () => {
    checkDiagnostics(`
      CLM*ACCT9*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C7931*ABF:C50911~
             ^^^^^ information secondary-listed-first
      LX*1~
      SV1*HC:77432*100*UN*1***1~
    `, { language: '837P' });
  });

  it('offers to list the primary first', () => {
    checkFix('Dx: C78.01, C34.90', 'secondary-listed-first', 'List C34.90 first', 'Dx: C34.90, C78.01');
  });
});
