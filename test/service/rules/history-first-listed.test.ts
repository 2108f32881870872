import { checkDiagnostics } from '../../helpers/checkDiagnostics';

describe('history-first-listed', () => {
  it('warns when Z85.3 is first-listed in a note', () => {
    checkDiagnostics(`
      Dx: Z85.3, Z90.11
          ^^^^^ warning history-first-listed: Z08
    `);
  });

  it('stays quiet when Z08 comes first', () => {
    checkDiagnostics('Dx: Z08, Z85.3, Z90.11');
  });

  it('warns on an 837P claim', () => {
    checkDiagnostics(`
      CLM*ACCT10*100***11:B:1*Y*A*Y*Y~
      HI*ABK:Z853~
             ^^^^ warning history-first-listed
      LX*1~
      SV1*HC:99213*100*UN*1***1~
    `, { language: '837P' });
  });

  it('is an error on an 837I inpatient claim (bill type 111)', () => {
    checkDiagnostics(`
      CLM*ACCT11*5000***11:A:1**A*Y*Y~
      DTP*434*RD8*20261101-20261105~
      CL1*1*1*01~
      HI*ABK:Z853~
             ^^^^ error history-first-listed: inpatient claim
      LX*1~
      SV2*0120**5000*UN*4~
    `, { language: '837I' });
  });

  it('stays a warning on an 837I outpatient claim (bill type 131)', () => {
    checkDiagnostics(`
      CLM*ACCT12*500***13:A:1**A*Y*Y~
      DTP*434*RD8*20261101-20261101~
      HI*ABK:Z853~
             ^^^^ warning history-first-listed
      LX*1~
      SV2*0450**500*UN*1~
    `, { language: '837I' });
  });

  it('lets a user setting override the inpatient error', () => {
    checkDiagnostics(`
      CLM*ACCT11*5000***11:A:1**A*Y*Y~
      HI*ABK:Z853~
             ^^^^ information history-first-listed
      LX*1~
      SV2*0120**5000*UN*4~
    `, { language: '837I', rules: { 'history-first-listed': 'information' } });
  });
});
