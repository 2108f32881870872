import { checkDiagnostics } from '../../helpers/checkDiagnostics';

describe('unknown-primary-with-known-primary', () => {
  it('fires on C80.1 with the known primary C34.90', () => {
    checkDiagnostics(`
      Dx: C34.90, C80.1
                  ^^^^^ warning unknown-primary-with-known-primary: C34.90
    `);
  });

  it('stays quiet on C80.1 with secondary sites only (bone metastases, unknown primary)', () => {
    checkDiagnostics('Dx: C80.1, C79.51');
  });

  it('stays quiet on C80.1 alone', () => {
    checkDiagnostics('Dx: C80.1');
  });

  it('fires on an 837P claim', () => {
    checkDiagnostics(`
      CLM*ACCT2*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C3490*ABF:C801~
                       ^^^^ warning unknown-primary-with-known-primary
      LX*1~
      SV1*HC:99214*100*UN*1***1~
    `, { language: '837P' });
  });
});
