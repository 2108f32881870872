import { checkDiagnostics } from '../../helpers/checkDiagnostics';

describe('excludes1-conflict', () => {
  it('fires on C77.2 with the nodal lymphoma C83.30 (C77 Excludes1 C81-C86)', () => {
    checkDiagnostics(`
      Dx: C83.30, C77.2
                  ^^^^^ warning excludes1-conflict: Excludes1 note at C77
    `);
  });

  it('fires once on C79.9 with C80.1, although each names the other', () => {
    checkDiagnostics(`
      Dx: C79.9, C80.1
                 ^^^^^ warning excludes1-conflict: C80.1 and C79.9
    `);
  });

  it('reports a repeated pair once, on the first mentions of the two codes', () => {
    checkDiagnostics(`
      Dx: C79.9, C80.1, C79.9, C80.1
                 ^^^^^ warning excludes1-conflict: C80.1 and C79.9
    `);
  });

  it('fires on C7B.02 with C78.7 (C78 Excludes1 C7B.02), on the code carrying the note', () => {
    checkDiagnostics(`
      Dx: C7A.012, C7B.02, C78.7
                           ^^^^^ warning excludes1-conflict: C7B.02
    `);
  });

  it('does not fire for an Excludes2 note (C78.01 with C77.0: C78 Excludes2 C77.0)', () => {
    checkDiagnostics('Dx: C34.90, C78.01, C77.0');
  });

  it('does not fire on D12.3 with D3A.023: the FY2025 tabular prints D12’s D3A.02- note as Excludes2', () => {
    // FY2021 printed it under Excludes1 ("benign carcinoid tumors of the large intestine, and rectum
    // (D3A.02-)"); the FY2025 chapter-2 tabular moved it to Excludes2, and D3A names no D12 code.
    checkDiagnostics('Dx: D12.3, D3A.023');
  });

  it('stays quiet on unrelated codes', () => {
    checkDiagnostics('Dx: C50.412, C77.3');
  });

  it('fires on an 837P claim', () => {
    checkDiagnostics(`
      CLM*ACCT4*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C8330*ABF:C772~
                       ^^^^ warning excludes1-conflict
      LX*1~
      SV1*HC:99214*100*UN*1***1~
    `, { language: '837P' });
  });
});
