import { checkDiagnostics } from '../../helpers/checkDiagnostics';

describe('history-with-active-cancer', () => {
  it('fires on Z85.3 with an active breast cancer C50.911 (Z85.3 covers C50.-)', () => {
    checkDiagnostics(`
      Dx: C50.911, Z85.3
                   ^^^^^ warning history-with-active-cancer: classifiable to C50
    `);
  });

  it('names every active code of the site in one finding', () => {
    checkDiagnostics(`
      Dx: C50.911, C50.412, Z85.3
                            ^^^^^ warning history-with-active-cancer: C50.911 and C50.412
    `);
  });

  it('stays quiet when the active cancer is of another site (C34.90 with Z85.3)', () => {
    checkDiagnostics('Dx: C34.90, Z85.3');
  });

  it('stays quiet when the Z85 code comes only with secondary sites (C78.01 with Z85.3)', () => {
    checkDiagnostics('Dx: C78.01, Z85.3');
  });

  it('never compares secondary sites, even when the Z85 terms name them (Z85.89 covers C77-C79)', () => {
    checkDiagnostics('Dx: C78.7, Z85.89');
    checkDiagnostics(`
      Dx: C76.0, Z85.89
                 ^^^^^^ warning history-with-active-cancer: C76.0
    `);
  });

  it('uses the code\'s own inclusion terms: Z85.038 (C18) fires with C18.7 but not with C16.9', () => {
    checkDiagnostics(`
      Dx: C18.7, Z85.038
                 ^^^^^^^ warning history-with-active-cancer: C18.7
    `);
    checkDiagnostics('Dx: C16.9, Z85.038');
  });

  it('fires on an 837P claim, on the Z85 composite code', () => {
    checkDiagnostics(`
      CLM*ACCT7*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C50911*ABF:Z853~
                        ^^^^ warning history-with-active-cancer
      LX*1~
      SV1*HC:99214*100*UN*1***1~
    `, { language: '837P' });
  });
});
