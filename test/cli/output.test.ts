import assert from 'node:assert/strict';
import { formatBlock, formatJson, formatText } from '../../server/src/cli/output';
import type { Finding } from '../../server/src/cli/output';

/**
 * The command line writes findings by hand instead of through `JSON.stringify`, and quotes a message
 * without escaping it when nothing in it needs escaping. The JSON must still be exactly what
 * `JSON.stringify(finding)` gives (PRODUCT.md's shape), whatever characters a message or a file name holds.
 */

function finding(message: string, file = 'claims/batch.837', rule = 'code-not-billable'): Finding {
  return { file, range: { start: { line: 3, character: 17 }, end: { line: 3, character: 23 } }, severity: 'error', rule, message };
}

const messages: readonly [string, string][] = [
  ['plain ASCII', 'C50.91 is a subcategory heading in FY2025, not a billable code.'],
  ['a double quote', 'Z85.3 (personal history, "Conditions classifiable to C50") is reported with C50.911.'],
  ['a backslash', 'a path C:\\claims\\batch.837 in a message'],
  ['a line feed and a carriage return', 'first line\r\nsecond line\nthird'],
  ['a tab and other control characters', 'tab\there, bell \u0007, NUL \u0000, unit separator \u001f'],
  ['DEL and non-ASCII letters', 'DEL \u007f, é, “quoted”, Ω'],
  ['a surrogate pair', 'an emoji \ud83d\ude00 in a note'],
  ['a lone high surrogate', 'broken \ud83d text'],
  ['a lone low surrogate', 'broken \ude00 text'],
  ['an empty message', ''],
  ['several double quotes, one at each end', '"Z85.3" (personal history, "Conditions classifiable to C50") and "C50.911"'],
  ['double quotes and a backslash', 'a "quoted" path C:\\claims'],
  ['double quotes and a line feed', 'a "quoted"\nsecond line'],
  ['double quotes and a lone surrogate', 'a "quoted" \ud83d text'],
];

describe('icd-claim-check output', function () {
  for (const [what, message] of messages) {
    it(`writes a message with ${what} as JSON.stringify does`, function () {
      assert.equal(formatJson(finding(message)), JSON.stringify(finding(message)));
    });
  }

  it('escapes a file name and a rule id that need it', function () {
    const odd = finding('message', 'odd "dir"\\batch\n.837', 'rule"id');
    assert.equal(formatJson(odd), JSON.stringify(odd));
  });

  it('joins a JSON block with commas and line feeds, as a JSON array holds it', function () {
    const block = formatBlock(messages.map(([, message]) => finding(message)), 'json');
    assert.deepEqual(JSON.parse(`[${block}]`), messages.map(([, message]) => finding(message)));
  });

  it('puts a message with line breaks on one line in text output', function () {
    assert.equal(formatText(finding('first line\r\n  second line\nthird')), 'claims/batch.837:4:18 error code-not-billable first line second line third');
    assert.equal(formatText(finding('already one line')), 'claims/batch.837:4:18 error code-not-billable already one line');
  });
});
