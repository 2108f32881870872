import { checkDiagnostics } from '../../helpers/checkDiagnostics';

describe('disseminated-with-known-sites', () => {
  it('fires on C80.0 with a known secondary site C78.7', () => {
    checkDiagnostics(`
      Dx: C80.0, C78.7
          ^^^^^ warning disseminated-with-known-sites: C78.7
    `);
  });

  it('fires on C80.0 with a known primary site C34.90', () => {
    checkDiagnostics(`
      Dx: C80.0, C34.90
          ^^^^^ warning disseminated-with-known-sites: C34.90
    `);
  });

  it('stays quiet on C80.0 alone', () => {
    checkDiagnostics('Dx: C80.0');
  });

  it('fires on an 837P claim', () => {
    checkDiagnostics(`
      CLM*ACCT3*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C800*ABF:C787~
             ^^^^ warning disseminated-with-known-sites
      LX*1~
      SV1*HC:99214*100*UN*1***1~
    `, { language: '837P' });
  });
});
