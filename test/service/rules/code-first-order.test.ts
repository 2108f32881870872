import { checkDiagnostics, checkFix } from '../../helpers/checkDiagnostics';

describe('code-first-order', () => {
  it('fires on D63.0 before C18.9 (D63.0: code first neoplasm C00-D49)', () => {
    checkDiagnostics(`
      Dx: D63.0, C18.9
          ^^^^^ warning code-first-order: list C18.9 before D63.0
    `);
  });

  it('stays quiet when the neoplasm comes first', () => {
    checkDiagnostics('Dx: C18.9, D63.0');
  });

  it('fires on C80.2 before T86.11 (C80.2: code first T86.-)', () => {
    checkDiagnostics(`
      Dx: C80.2, T86.11, C64.1
          ^^^^^ warning code-first-order: T86.11
    `);
    checkDiagnostics('Dx: T86.11, C80.2, C64.1');
  });

  it('fires on Z85.3 before Z08 (Z85: code first Z08); history-first-listed fires too', () => {
    checkDiagnostics(`
      Dx: Z85.3, Z08
          ^^^^^ warning code-first-order: Z08
          ^^^^^ warning history-first-listed
    `);
    checkDiagnostics('Dx: Z08, Z85.038, Z90.49');
  });

  it('fires on an 837P claim', () => {
    checkDiagnostics(`
      CLM*ACCT5*100***11:B:1*Y*A*Y*Y~
      HI*ABK:D630*ABF:C189~
             ^^^^ warning code-first-order
      LX*1~
      SV1*HC:99214*100*UN*1***1~
    `, { language: '837P' });
  });

  it('swaps the two code texts in a note, keeping the dot style of each place', () => {
    checkFix('Dx: D63.0, C189 (ICD-10)', 'code-first-order', 'List C18.9 before D63.0', 'Dx: C18.9, D630 (ICD-10)');
  });

  it('swaps the codes in X12 and leaves the qualifiers in place', () => {
    checkFix(`
      CLM*ACCT5*100***11:B:1*Y*A*Y*Y~
      HI*ABK:D630*ABF:C189~
    `, 'code-first-order', 'List C18.9', `
      CLM*ACCT5*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C189*ABF:D630~
    `, { language: '837P' });
  });
  // Order is the order of first appearance: a code repeated further down the note does not count again.
  it('stays quiet when the named code is mentioned again after the carrier (anaemia in neoplastic disease, D63.0)', () => {
    checkDiagnostics(`
      Assessment
      1. Malignant neoplasm of head of pancreas, C25.0
      2. Anaemia in neoplastic disease, D63.0
      Plan: CT abdomen; the pancreatic head mass (C25.0) is unchanged since the last scan.
    `);
  });

  it('stays quiet on Z08 first and Z85.43 after, with Z08 repeated in the plan (Z85: code first Z08)', () => {
    checkDiagnostics(`
      Codes: Z08, Z85.43
      Surveillance visit; return in six months for another Z08 encounter.
    `);
  });

  it('still fires when the carrier is first and the named code comes later, even if the carrier repeats', () => {
    checkDiagnostics(`
      Dx: D63.0 and C34.91
          ^^^^^ warning code-first-order: list C34.91 before D63.0
      Anaemia (D63.0) is being treated with transfusion.
    `);
  });

  it('screens a long list by its distinct codes and still finds the order (more than the pairwise limit)', () => {
    const filler = Array.from({ length: 40 }, () => 'E11.9').join(', ');
    checkDiagnostics(`
      Dx: D63.0, ${filler}, C18.9
          ^^^^^ warning code-first-order
    `);
    checkDiagnostics(`Dx: C18.9, ${filler}, D63.0, D63.0`);
  });
});
