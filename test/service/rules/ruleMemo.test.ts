import assert from 'node:assert/strict';
import { PieceDocument } from '../../../server/src/cli/pieceDocument';
import { createLanguageService } from '../../../server/src/service';
import type { ValidationSettings } from '../../../server/src/service/languageService';
import { createRuleTables } from '../../../server/src/service/rules/ruleTables';
import { testCodeSets } from '../../helpers/codeSets';
import { interchange837, parse837 } from '../x12/x12TestFiles';

/**
 * The rules ask the memo for their messages with a derivation given the code and one argument
 * (`rememberByCodeOf`), so that no closure is made per finding; the message is worked out on the first
 * finding only, whether or not that finding wants quick fixes, and must be the same either way.
 */
describe('RuleMemo.rememberByCodeOf', () => {
  it('derives once per kind, scope and code, from the code and the argument, undefined answers included', () => {
    const tables = createRuleTables(testCodeSets());
    const asked: string[] = [];
    const derive = (code: string, suffix: string): string | undefined => {
      asked.push(`${code}${suffix}`);
      return code === 'C80' ? undefined : `${code}${suffix}`;
    };
    assert.equal(tables.rememberByCodeOf('kind', 1, 'C50', '!', derive), 'C50!');
    assert.equal(tables.rememberByCodeOf('kind', 1, 'C50', '?', derive), 'C50!', 'the first answer is kept');
    assert.equal(tables.rememberByCodeOf('kind', 2, 'C50', '?', derive), 'C50?');
    assert.equal(tables.rememberByCodeOf('other', 1, 'C50', '#', derive), 'C50#');
    assert.equal(tables.rememberByCodeOf('kind', 1, 'C80', '!', derive), undefined);
    assert.equal(tables.rememberByCodeOf('kind', 1, 'C80', '!', derive), undefined);
    assert.equal(tables.rememberByCode('kind', 1, 'C51', () => 'closure'), 'closure');
    assert.deepEqual(asked, ['C50!', 'C50?', 'C50#', 'C80!']);
  });

  it('gives the rules the same messages in a check without fixes as in one with them, whichever comes first', () => {
    const text = interchange837([
      'CLM*A1*100***11:B:1*Y*A*Y*Y~\nHI*ABK:C509*ABF:C7809*ABF:Z853*ABF:C50911~',
      'CLM*A2*100***11:B:1*Y*A*Y*Y~\nHI*ABK:C3490*ABF:Z5111*ABF:C349*ABF:C7809~',
      'CLM*A4*100***11:B:1*Y*A*Y*Y~\nHI*ABK:Z853*ABF:C7951~',
      'CLM*A3*100***11:B:1*Y*A*Y*Y~\nHI*ABK:Z515*ABF:C3490~',
    ].join('\n'));
    const messagesOf = (order: readonly boolean[]): string[][] => {
      const service = createLanguageService({ codeSets: testCodeSets() });
      return order.map((quickFixes) => {
        const settings: ValidationSettings = { rules: {}, maxNumberOfProblems: 1000, quickFixes };
        const document = new PieceDocument('file:///memo.837', text, { line: 0, character: 0 });
        return service.doValidation(service.analyze(document, 'x12-837'), settings).map((diagnostic) => `${String(diagnostic.code)} ${diagnostic.message}`);
      });
    };
    const [withoutFirst, withAfter] = messagesOf([false, true]);
    const [withFirst, withoutAfter] = messagesOf([true, false]);
    assert.ok((withoutFirst?.length ?? 0) >= 4, withoutFirst?.join('\n'));
    for (const rule of ['code-not-billable', 'unknown-code', 'history-with-active-cancer', 'treatment-encounter-order', 'palliative-first-listed', 'history-first-listed']) {
      assert.ok(withoutFirst?.some((line) => line.startsWith(rule)), `${rule} in ${withoutFirst?.join('\n')}`);
    }
    assert.deepEqual(withoutFirst, withFirst);
    assert.deepEqual(withAfter, withFirst);
    assert.deepEqual(withoutAfter, withFirst);
    assert.equal(parse837(text).encounters.length, 4);
  });
});
