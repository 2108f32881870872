import assert from 'node:assert/strict';
import { checkDiagnostics, checkFix, fixTitles } from '../../helpers/checkDiagnostics';

describe('code-not-billable', () => {
  it('fires on the subcategory C78.0 and on C50.91', () => {
    checkDiagnostics(`
      Dx: C34.90, C78.0, C50.91
                  ^^^^^ error code-not-billable: C78.0 is a subcategory heading
                         ^^^^^^ error code-not-billable: C50.91
    `);
  });

  it('calls a three-character header a category', () => {
    checkDiagnostics(`
      Dx: C34.90, C78
                  ^^^ error code-not-billable: C78 is a category heading
    `);
  });

  it('stays quiet on billable codes', () => {
    checkDiagnostics('Dx: C34.90, C78.01, C50.911');
  });

  it('offers the billable children, the unspecified one last', () => {
    const titles = fixTitles('Dx: C34.90, C78.0', 'code-not-billable').map((title) => title.split(' ')[2]);
    assert.deepEqual(titles, ['C78.01', 'C78.02', 'C78.00']);
    const breast = fixTitles('Dx: C50.91', 'code-not-billable', { rules: { 'secondary-without-primary': 'off' } });
    assert.deepEqual(breast.map((title) => title.split(' ')[2]), ['C50.911', 'C50.912', 'C50.919']);
    assert.equal(breast[0], 'Replace with C50.911 Malignant neoplasm of unspecified site of right female breast');
  });

  it('offers at most 20 children for a wide category', () => {
    assert.equal(fixTitles('Dx: C50', 'code-not-billable').length, 20);
  });

  it('replaces a dotted header with a dotted child in a note', () => {
    checkFix('Dx: C34.90, C78.0', 'code-not-billable', 'Replace with C78.01', 'Dx: C34.90, C78.01');
  });

  it('fires on an 837P claim and replaces the code dotless', () => {
    checkDiagnostics(`
      CLM*ACCT13*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C3490*ABF:C780~
                       ^^^^ error code-not-billable
    `, { language: '837P' });
    checkFix(`
      CLM*ACCT13*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C3490*ABF:C780~
    `, 'code-not-billable', 'Replace with C78.02', `
      CLM*ACCT13*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C3490*ABF:C7802~
    `, { language: '837P' });
  });
});
