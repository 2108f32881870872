import { checkDiagnostics, checkFix } from '../../helpers/checkDiagnostics';

describe('treatment-encounter-order', () => {
  it('fires when Z51.11 is second', () => {
    checkDiagnostics(`
      Dx: C50.911, Z51.11
                   ^^^^^^ information treatment-encounter-order: not first-listed
    `);
  });

  it('fires when Z51.11 is the only code (no neoplasm to treat)', () => {
    checkDiagnostics(`
      Dx: Z51.11
          ^^^^^^ information treatment-encounter-order: without a neoplasm code
    `);
  });

  it('fires when chemotherapy comes only with a history code (Z51.11, Z85.3)', () => {
    checkDiagnostics(`
      Dx: Z51.11, Z85.3
          ^^^^^^ information treatment-encounter-order: without a neoplasm code
    `);
  });

  it('stays quiet when the treatment code is first with a neoplasm after it', () => {
    checkDiagnostics('Dx: Z51.11, C50.911');
  });

  it('lets radiotherapy and chemotherapy codes come in either order', () => {
    checkDiagnostics('Dx: Z51.0, Z51.11, C34.90');
    checkDiagnostics('Dx: Z51.11, Z51.0, C34.90');
    checkDiagnostics('Dx: Z51.12, C34.90');
  });

  it('fires on an 837P claim whose principal is the malignancy', () => {
    checkDiagnostics(`
      CLM*ACCT6*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C50911*ABF:Z5111~
                        ^^^^^ information treatment-encounter-order
      LX*1~
      SV1*HC:96413*100*UN*1***1~
    `, { language: '837P' });
  });

  it('offers to list Z51.11 first', () => {
    checkFix('Dx: C50.911, Z51.11', 'treatment-encounter-order', 'List Z51.11 first', 'Dx: Z51.11, C50.911');
  });
});
