import { checkDiagnostics } from '../../helpers/checkDiagnostics';

/**
 * SV107 (837P, loop 2400) holds up to four pointers, each the position 1–12 of a diagnosis in the
 * claim's HI segment (005010X222A1). These fixtures count the HI composites by hand.
 */
describe('diagnosis-pointer-invalid', () => {
  it('fires on a pointer past the claim\'s diagnoses', () => {
    checkDiagnostics(`
      CLM*ACCT1*1250***11:B:1*Y*A*Y*Y~
      HI*ABK:C3490*ABF:C7801~
      LX*1~
      SV1*HC:71260*900*UN*1***1:2~
      LX*2~
      SV1*HC:32405*350*UN*1***2:3~
                                ^ error diagnosis-pointer-invalid: the claim reports 2 diagnoses (pointers 1 to 2)
    `, { language: '837P' });
  });

  it('fires on a zero, a number over 12 and a pointer that is not a number', () => {
    checkDiagnostics(`
      CLM*ACCT2*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C3490~
      LX*1~
      SV1*HC:71260*100*UN*1***0:13:A~
                              ^ error diagnosis-pointer-invalid: not a position from 1 to 12
                                ^^ error diagnosis-pointer-invalid: not a position from 1 to 12
                                   ^ error diagnosis-pointer-invalid: not a position from 1 to 12
    `, { language: '837P' });
  });

  it('stays quiet when every pointer names a diagnosis, up to the twelfth', () => {
    checkDiagnostics(`
      CLM*ACCT3*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C3490*ABF:C7801*ABF:C7800*ABF:C7802*ABF:C781*ABF:C782*ABF:C7830*ABF:C7839*ABF:C784*ABF:C785*ABF:C786*ABF:C787~
      LX*1~
      SV1*HC:71260*100*UN*1***1:4:9:12~
    `, { language: '837P' });
  });

  it('stays quiet on a line without pointers and on 837I lines, which have none', () => {
    checkDiagnostics(`
      CLM*ACCT4*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C3490~
      LX*1~
      SV1*HC:71260*100*UN*1~
    `, { language: '837P' });
    checkDiagnostics(`
      CLM*ACCT5*100***13:A:1*Y*A*Y*Y~
      HI*ABK:C3490~
      LX*1~
      SV2*0320*HC:71260*100*UN*1~
    `, { language: '837I' });
  });

  it('fires when the claim has no diagnosis at all', () => {
    checkDiagnostics(`
      CLM*ACCT6*100***11:B:1*Y*A*Y*Y~
      LX*1~
      SV1*HC:71260*100*UN*1***1~
                              ^ error diagnosis-pointer-invalid: the claim reports no diagnosis
    `, { language: '837P' });
  });
});
