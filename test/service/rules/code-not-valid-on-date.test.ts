import { checkDiagnostics, checkFix } from '../../helpers/checkDiagnostics';

describe('code-not-valid-on-date', () => {
  it('fires on C78.31 (added in FY2027) on a FY2026 date of service in a note', () => {
    checkDiagnostics(`
      Date of service: 2026-03-01
      Dx: C32.9, C78.31
                 ^^^^^^ warning code-not-valid-on-date: FY2026
    `);
  });

  it('stays quiet on a FY2027 date of service', () => {
    checkDiagnostics(`
      Date of service: 2026-11-01
      Dx: C32.9, C78.31
    `);
  });

  it('stays quiet in a note without a date (the newest release applies)', () => {
    checkDiagnostics('Dx: C32.9, C78.31');
  });

  it('fires on an 837P claim dated in FY2026 and offers FY2026 codes', () => {
    checkDiagnostics(`
      CLM*ACCT16*100***11:B:1*Y*A*Y*Y~
      DTP*472*D8*20260301~
      HI*ABK:C329*ABF:C7831~
                      ^^^^^ warning code-not-valid-on-date
      LX*1~
      SV1*HC:99214*100*UN*1***1~
    `, { language: '837P' });
    checkFix(`
      CLM*ACCT16*100***11:B:1*Y*A*Y*Y~
      DTP*472*D8*20260301~
      HI*ABK:C329*ABF:C7831~
    `, 'code-not-valid-on-date', 'Replace with C78.39', `
      CLM*ACCT16*100***11:B:1*Y*A*Y*Y~
      DTP*472*D8*20260301~
      HI*ABK:C329*ABF:C7839~
    `, { language: '837P' });
  });

  it('stays quiet on an 837P claim dated in FY2027', () => {
    checkDiagnostics(`
      CLM*ACCT17*100***11:B:1*Y*A*Y*Y~
      DTP*472*D8*20261101~
      HI*ABK:C329*ABF:C7831~
      LX*1~
      SV1*HC:99214*100*UN*1***1~
    `, { language: '837P' });
  });

  it('fires on a code deleted in FY2027 (S23.420A) on a FY2027 date', () => {
    checkDiagnostics(`
      Date of service: 2026-11-01
      Dx: S23.420A
          ^^^^^^^^ warning code-not-valid-on-date: FY2026
    `);
  });
});
