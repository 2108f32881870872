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
  // Inpatient claims take the code set of the discharge date (the statement period's through date):
  // ICD-10-CM FY updates apply to discharges on or after October 1 (CMS ICD-10 transition FAQ).
  it('checks an inpatient stay admitted in FY2026 and discharged in FY2027 against FY2027', () => {
    checkDiagnostics(`
      CLM*ACCT40*18000***11:A:1**A*Y*Y~
      DTP*434*RD8*20260927-20261006~
      CL1*1*1*01~
      HI*ABK:C329*ABF:C7832~
      LX*1~
      SV2*0120**18000*UN*9~
    `, { language: '837I' });
  });

  it('names the discharge date when an inpatient code is not in the release of the discharge', () => {
    checkDiagnostics(`
      CLM*ACCT41*9000***11:A:1**A*Y*Y~
      DTP*434*RD8*20260901-20260915~
      CL1*1*1*01~
      HI*ABK:C329*ABF:C7983~
                      ^^^^^ warning code-not-valid-on-date: discharge date 2026-09-15
      LX*1~
      SV2*0120**9000*UN*5~
    `, { language: '837I' });
  });

  it('keeps the from date for an outpatient 837I (bill type 131) across October 1', () => {
    checkDiagnostics(`
      CLM*ACCT42*700***13:A:1**A*Y*Y~
      DTP*434*RD8*20260929-20261002~
      HI*ABK:C329*ABF:C7831~
                      ^^^^^ warning code-not-valid-on-date: date of service 2026-09-29
      LX*1~
      SV2*0450**700*UN*1~
    `, { language: '837I' });
  });
});
