import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDiagnostics, checkFix, fixesFor, fixTitles } from '../../helpers/checkDiagnostics';

describe('secondary-without-primary', () => {
  it('fires on a secondary site alone in a note', () => {
    checkDiagnostics(`
      Assessment: liver metastases C78.7.
                                   ^^^^^ warning secondary-without-primary: C78.7 is a secondary site
    `);
  });

  it('fires once per encounter, naming every secondary site', () => {
    checkDiagnostics(`
      Dx: C78.7, C79.51
          ^^^^^ warning secondary-without-primary: C78.7 and C79.51 are secondary sites
    `);
  });

  it('stays quiet when the primary is reported (C78.7 with C18.7)', () => {
    checkDiagnostics('Dx: C18.7, C78.7');
  });

  it('stays quiet with a Z85 history code (primary eradicated, I.C.2.d)', () => {
    checkDiagnostics('Dx: C78.7, Z85.038');
  });

  it('stays quiet with C80.1 (primary site unknown, I.C.2.k)', () => {
    checkDiagnostics('Dx: C78.7, C80.1');
  });

  it('stays quiet on C7B.1 alone (Merkel cell nodal presentation)', () => {
    checkDiagnostics('Dx: C7B.1');
  });

  it('fires on a secondary carcinoid (C7B.02) alone and stays quiet with its C7A primary', () => {
    checkDiagnostics(`
      Dx: C7B.02
          ^^^^^^ warning secondary-without-primary
    `);
    checkDiagnostics('Dx: C7A.012, C7B.02');
  });

  it('checks each note encounter on its own', () => {
    checkDiagnostics(`
      Dx: C18.7, C78.7
      ---
      Dx: C78.7
          ^^^^^ warning secondary-without-primary
    `);
  });

  it('fires on an 837P claim with only a secondary site', () => {
    checkDiagnostics(`
      CLM*ACCT1*100***11:B:1*Y*A*Y*Y~
      DTP*472*D8*20261115~
      HI*ABK:C787~
             ^^^^ warning secondary-without-primary
      LX*1~
      SV1*HC:99214*100*UN*1***1~
    `, { language: '837P' });
  });

  it('stays quiet on an 837P claim that reports the primary', () => {
    checkDiagnostics(`
      CLM*ACCT1*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C187*ABF:C787~
      LX*1~
      SV1*HC:99214*100*UN*1***1~
    `, { language: '837P' });
  });

  it('offers to add C80.1 in a note, dotted, after the last code', () => {
    checkFix('Dx: C78.7', 'secondary-without-primary', 'Add C80.1', 'Dx: C78.7, C80.1');
  });

  it('offers to add C80.1 in X12, dotless, as a new ABF composite', () => {
    checkFix(`
      CLM*ACCT1*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C787~
      LX*1~
      SV1*HC:99214*100*UN*1***1~
    `, 'secondary-without-primary', 'Add C80.1', `
      CLM*ACCT1*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C787*ABF:C801~
      LX*1~
      SV1*HC:99214*100*UN*1***1~
    `, { language: '837P' });
  });

  it('offers no fix on an 837P whose HI segment already holds 12 diagnoses', () => {
    const full = `
      CLM*ACCT1*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C787*ABF:I10*ABF:E119*ABF:J449*ABF:E785*ABF:K219*ABF:F329*ABF:G4733*ABF:M170*ABF:R0602*ABF:Z7901*ABF:D630~
    `;
    assert.deepEqual(fixTitles(full, 'secondary-without-primary', { language: '837P' }), []);
  });

  it('starts a new HI segment on an 837I whose HI segment is full', () => {
    // Known gap: the fix adds a segment but does not update the SE01 segment count, so only the claim
    // lines are compared here.
    const { document, actions } = fixesFor(`
      CLM*ACCT2*5000***13:A:1**A*Y*Y~
      HI*ABK:C787*ABF:I10*ABF:E119*ABF:J449*ABF:E785*ABF:K219*ABF:F329*ABF:G4733*ABF:M170*ABF:R0602*ABF:Z7901*ABF:D630~
      LX*1~
      SV2*0450**5000*UN*1~
    `, 'secondary-without-primary', { language: '837I' });
    const [add] = actions;
    assert.equal(add?.title, 'Add C80.1 (malignant neoplasm, primary site unknown)');
    const result = TextDocument.applyEdits(document, add.edit?.changes?.[document.uri] ?? []);
    assert.ok(result.includes('*ABF:D630~\nHI*ABF:C801~\nLX*1~\n'), result);
  });
  it('names a Z85 code written under the ICD-9-CM qualifier BF instead of asking for one', () => {
    checkDiagnostics(`
      CLM*ACCT60*250***11:B:1*Y*A*Y*Y~
      DTP*472*D8*20261109~
      HI*ABK:C7951*BF:Z853~
             ^^^^^ warning secondary-without-primary: Z85.3 is there, but under the ICD-9-CM qualifier BF
                   ^^^^^^^ error icd9-after-icd10-date: for the date of service 2026-11-09
                   ^^ warning x12-mixed-icd-versions
      LX*1~
      SV1*HC:99214*250*UN*1***1~
    `, { language: '837P' });
    checkFix(`
      CLM*ACCT60*250***11:B:1*Y*A*Y*Y~
      HI*ABK:C7951*BF:Z853~
    `, 'secondary-without-primary', 'Report Z85.3 with the ICD-10-CM qualifier ABF', `
      CLM*ACCT60*250***11:B:1*Y*A*Y*Y~
      HI*ABK:C7951*ABF:Z853~
    `, { language: '837P' });
  });
});
