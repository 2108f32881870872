import assert from 'node:assert/strict';
import { checkDiagnostics, checkFix, fixTitles, validateFixture } from '../../helpers/checkDiagnostics';

describe('unknown-code', () => {
  it('fires on C78.09, which no release has, and offers nearest codes', () => {
    checkDiagnostics(`
      Dx: C34.90, C78.09
                  ^^^^^^ error unknown-code: C78.09 is not a code in any loaded ICD-10-CM release
    `);
  });

  it('offers the codes that share the most characters (C78.00, C78.01, C78.02) as fixes', () => {
    const codes = fixTitles('Dx: C34.90, C78.09', 'unknown-code').map((title) => title.split(' ')[2]);
    assert.ok(codes.length > 0 && codes.length <= 5);
    for (const expected of ['C78.00', 'C78.01', 'C78.02']) assert.ok(codes.includes(expected), `${expected} in ${codes.join(' ')}`);
    assert.ok(!codes.includes('C78.0'), 'the header C78.0 is never offered: it would not be billable either');
  });

  it('stays quiet on valid codes', () => {
    checkDiagnostics('Dx: C34.90, C78.01');
  });

  it('ignores code-shaped words in prose that the code set does not know', () => {
    checkDiagnostics('Patient takes vitamin B12 and has a V600E variant; follow-up in Q4.');
  });

  it('ignores CPT codes in CPT context and ICD-O-3 morphology', () => {
    checkDiagnostics(`
      CPT 71260 chest CT.
      Pathology: M-8500/3 infiltrating duct carcinoma.
      Dx: C50.911
    `);
  });

  it('fires on an 837P claim and replaces the code dotless', () => {
    checkDiagnostics(`
      CLM*ACCT14*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C3490*ABF:C7809~
                       ^^^^^ error unknown-code
    `, { language: '837P' });
    checkFix(`
      CLM*ACCT14*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C3490*ABF:C7809~
    `, 'unknown-code', 'Replace with C78.01', `
      CLM*ACCT14*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C3490*ABF:C7801~
    `, { language: '837P' });
  });

  it('never checks ICD-9-CM diagnoses (BK/BF qualifiers); only the parser\'s notice remains', () => {
    checkDiagnostics(`
      CLM*ACCT15*100***11:B:1*Y*A*Y*Y~
      HI*BK:1749*BF:1977~
         ^^^^^^^ information icd9-not-checked
    `, { language: '837P' });
  });
  it('quotes only the start of a huge code-shaped token and still suggests codes from its first characters', () => {
    const token = `C7801${'Q'.repeat(20_000)}`;
    const { diagnostics } = validateFixture(`CLM*ACCT70*100***11:B:1*Y*A*Y*Y~\nHI*ABK:${token}~`, { language: '837P' });
    const finding = diagnostics.find((diagnostic) => diagnostic.code === 'unknown-code');
    assert.ok(finding, 'unknown-code fires');
    assert.ok(finding.message.length < 400, `message of ${finding.message.length} characters`);
    assert.match(finding.message, /C78\.01Q+… \(20005 characters\)/);
    const titles = fixTitles(`CLM*ACCT70*100***11:B:1*Y*A*Y*Y~\nHI*ABK:${token}~`, 'unknown-code', { language: '837P' });
    assert.ok(titles.some((title) => title.startsWith('Replace with C78.01')), titles.join(' | '));
  });
});
