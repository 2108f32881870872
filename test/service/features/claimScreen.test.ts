import * as assert from 'node:assert/strict';
import { createClaimScreen } from '../../../server/src/service/rules/claimScreen';
import { createRuleTables } from '../../../server/src/service/rules/ruleTables';
import { rules } from '../../../server/src/service/rules/index';
import { testCodeSets } from '../../helpers/codeSets';
import { interchange837, parse837 } from '../x12/x12TestFiles';

/**
 * The claim screen lets validation skip building the claims no rule can react to (rules/claimScreen.ts).
 * Whether it ever skips a claim a rule reports on is held to account in ruleReactions.test.ts, which runs
 * every rule on every claim and compares; here are its answers on a few claims and how it reads codes.
 */

describe('claim screen', () => {
  it('stops claims no rule reacts to and passes those one does', () => {
    const screen = createClaimScreen(createRuleTables(testCodeSets()), rules, {});
    assert.ok(screen !== undefined);
    const mayFind = (...codes: string[]): boolean => screen.mayFind(codes, codes.length);
    assert.equal(mayFind('E119', 'I10', 'K219'), false, 'common comorbidities');
    assert.equal(mayFind('C50911', 'C787', 'D630'), false, 'a primary, its metastasis, then D63.0 after the neoplasm it asks for first');
    assert.equal(mayFind('Z08', 'Z853'), false, 'follow-up with the history code second');
    assert.equal(mayFind('C787'), true, 'secondary without primary');
    assert.equal(mayFind('D630', 'C50911'), true, 'D63.0 listed before the neoplasm its note asks for first');
    assert.equal(mayFind('C8330', 'C772'), true, 'C77 Excludes1 C81-C86');
    assert.equal(mayFind('Z853'), true, 'Z85 first-listed');
    assert.equal(mayFind('C50'), true, 'a header');
    assert.equal(mayFind('C7899'), true, 'an unknown code');
  });

  it('is not used when an enabled rule reacts to every claim, and skips rules that are off', () => {
    const tables = createRuleTables(testCodeSets());
    const everywhere = { id: 'always', defaultSeverity: 'warning' as const, summary: '', grounding: '', reactsTo: {}, check: () => [] };
    assert.equal(createClaimScreen(tables, [...rules, everywhere], {}), undefined);
    assert.ok(createClaimScreen(tables, [...rules, everywhere], { always: 'off' }) !== undefined);
    assert.equal(createClaimScreen(createRuleTables(testCodeSets(), { screen: false }), rules, {}), undefined, 'tables that do not screen');
    const withoutSecondaryRule = createClaimScreen(tables, rules, { 'secondary-without-primary': 'off' });
    assert.equal(withoutSecondaryRule?.mayFind(['C787'], 1), false);
  });

  it('reads claim codes in reporting order and gives up on claims with structural problems', () => {
    const document = parse837(interchange837([
      'CLM*A1*100***11:B:1*Y*A*Y*Y~', 'HI*ABF:e119*ABK:C50911*BH:A1:D8:20260101*BBR:0DTJ4ZZ~', 'HI*ABF:I10~',
      'CLM*A2*100***11:B:1*Y*A*Y*Y~', 'HI*ABK:C50911**ABF:I10~',
      'CLM*A3*100***11:B:1*Y*A*Y*Y~', 'HI*BK:1749~',
      'CLM*A4*100***11:B:1*Y*A*Y*Y~', 'HI*ABK:C50.911~',
      'CLM*A5*100***11:B:1*Y*A*Y*Y~', 'HI*ABK*C50911~',
      'CLM*A6*100***11:B:1*Y*A*Y*Y~', 'HI*ABK:C50911*~',
    ].join('\n')));
    const out: string[] = [];
    const read = (claim: number): string[] | number => {
      const count = document.claimCodes(claim, out);
      return count < 0 ? count : out.slice(0, count);
    };
    assert.deepEqual(read(0), ['C50911', 'E119', 'I10'], 'principal first, upper case, other qualifiers skipped');
    assert.equal(read(1), -1, 'an empty composite between two diagnoses');
    assert.equal(read(2), -1, 'ICD-9-CM');
    assert.equal(read(3), -1, 'a dot in an X12 code');
    assert.equal(read(4), -1, 'qualifier and code as separate elements');
    assert.deepEqual(read(5), ['C50911'], 'a trailing empty composite is harmless');
  });

  it('leaves the claims of an interchange whose composites use another separator than ISA16 to the builder', () => {
    // ISA16 is ':' but the composites are written with '>': the builder adopts '>' and warns once.
    const document = parse837(interchange837(['CLM*A1*100***11>B>1*Y*A*Y*Y~', 'HI*ABK>C50911*ABF>E119~'].join('\n')));
    assert.equal(document.interchanges[0]?.observedComponent, '>');
    assert.equal(document.claimCodes(0, []), -1);
    assert.deepEqual(document.buildEncounter(0).encounter.diagnoses.map((mention) => mention.code), ['C50911', 'E119']);
  });
});
