import * as assert from 'node:assert/strict';
import type { Encounter } from '../../../server/src/service/model';
import { createClaimScreen, reactingRules } from '../../../server/src/service/rules/claimScreen';
import type { RuleLevels } from '../../../server/src/service/rules/claimScreen';
import { diagnosisListOf, RuleDiagnoses } from '../../../server/src/service/rules/ruleDiagnoses';
import { CodeClasses } from '../../../server/src/service/rules/codeClasses';
import { rules } from '../../../server/src/service/rules/index';
import type { CodeClass, Reaction } from '../../../server/src/service/rules/reaction';
import type { Rule } from '../../../server/src/service/rules/rule';
import { createRuleTables } from '../../../server/src/service/rules/ruleTables';
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

  it('lists the rules that react to a claim it passes, as asking each rule of the built claim lists them', () => {
    const tables = createRuleTables(testCodeSets());
    // Claims on which one, several and no rules react (the codes of the first test, and pairs of them).
    const claims = [['E119', 'I10'], ['C787'], ['D630', 'C50911'], ['C8330', 'C772'], ['Z853'], ['Z853', 'C50911', 'C787'], ['C50', 'C7899'], ['C787', 'C50911']];
    const everyLevel: RuleLevels[] = [{}, { 'secondary-without-primary': 'off' }];
    for (const levels of everyLevel) {
      const screen = createClaimScreen(tables, rules, levels);
      assert.ok(screen !== undefined);
      for (const codes of claims) {
        const passed = screen.mayFind(codes, codes.length);
        const encounter = { diagnoses: codes.map((code) => ({ code })), procedures: [] } as unknown as Encounter;
        const asked = reactingRules(tables, rules, levels, 'x12-837', encounter, diagnosesOf(encounter), false);
        assert.deepEqual([...screen.last.reacting], [...asked], codes.join(' '));
        assert.equal(passed, asked.length > 0, codes.join(' '));
      }
    }
    // C78.7 (secondary malignant neoplasm of liver) alone: the secondary site without a primary, and no other rule.
    const screen = createClaimScreen(tables, rules, {});
    screen?.mayFind(['C787'], 1);
    assert.deepEqual(screen?.last.reacting.map((index) => rules[index]?.id), ['secondary-without-primary']);
  });

  it('reads claim codes in reporting order and gives up on claims with structural problems', () => {
    const document = parse837(interchange837([
      'CLM*A1*100***11:B:1*Y*A*Y*Y~', 'HI*ABF:e119*ABK:C50911*BH:A1:D8:20260101*BBR:0DTJ4ZZ~', 'HI*ABF:I10~',
      'CLM*A2*100***11:B:1*Y*A*Y*Y~', 'HI*ABK:C50911**ABF:I10~',
      'CLM*A3*100***11:B:1*Y*A*Y*Y~', 'HI*BK:1749~',
      'CLM*A4*100***11:B:1*Y*A*Y*Y~', 'HI*ABK:C50.911~',
      'CLM*A5*100***11:B:1*Y*A*Y*Y~', 'HI*ABK*C50911~',
      'CLM*A6*100***11:B:1*Y*A*Y*Y~', 'HI*ABK:C50911*~',
      'CLM*A7*100***11:B:1*Y*A*Y*Y~', 'HI*ABF:I10*ABF:E119~', 'HI*ABF:K219*ABK:C61~',
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
    assert.deepEqual(read(6), ['C61', 'I10', 'E119', 'K219'], 'a principal in a later HI segment moves first');
    assert.deepEqual(read(0), ['C50911', 'E119', 'I10'], 'read again: no principal is left over from the claim before');
    assert.deepEqual(read(3) === -1 ? read(5) : [], ['C50911'], 'after a claim given up on, the next claim keeps its own order');
  });

  it('leaves the claims of an interchange whose composites use another separator than ISA16 to the builder', () => {
    // ISA16 is ':' but the composites are written with '>': the builder adopts '>' and warns once.
    const document = parse837(interchange837(['CLM*A1*100***11>B>1*Y*A*Y*Y~', 'HI*ABK>C50911*ABF>E119~'].join('\n')));
    assert.equal(document.interchanges[0]?.observedComponent, '>');
    assert.equal(document.claimCodes(0, []), -1);
    assert.deepEqual(document.buildEncounter(0).encounter.diagnoses.map((mention) => mention.code), ['C50911', 'E119']);
  });
});

/** A rule that reports nothing and reacts as declared, to ask the engine about a declaration alone. */
/** The encounter's diagnoses as the engine gives them to the rules of a claim: every one, in its order. */
function diagnosesOf(encounter: Encounter): RuleDiagnoses {
  return RuleDiagnoses.checkedOf(diagnosisListOf(encounter), () => true);
}

function declaring(reactsTo: Reaction): Rule {
  return { id: 'declared', defaultSeverity: 'warning', summary: '', grounding: '', reactsTo, check: () => [] };
}

/** Whether a screen over the one declaration passes a claim with these codes. */
function passes(reactsTo: Reaction, ...codes: string[]): boolean {
  const screen = createClaimScreen(createRuleTables(testCodeSets()), [declaring(reactsTo)], {});
  assert.ok(screen !== undefined);
  return screen.mayFind(codes, codes.length);
}

describe('reaction vocabulary', () => {
  const { secondary, history, neoplasm, palliative } = CodeClasses;

  it('reads some, none, first, not and anyOf over the codes in reporting order', () => {
    assert.equal(passes({ codes: [{ some: secondary }] }, 'E119', 'C787'), true);
    assert.equal(passes({ codes: [{ some: secondary }] }, 'E119'), false);
    assert.equal(passes({ codes: [{ none: history }] }, 'C787'), true);
    assert.equal(passes({ codes: [{ none: history }] }, 'C787', 'Z853'), false);
    assert.equal(passes({ codes: [{ first: palliative }] }, 'Z515', 'C787'), true);
    assert.equal(passes({ codes: [{ first: palliative }] }, 'C787', 'Z515'), false);
    assert.equal(passes({ codes: [{ not: { first: palliative } }] }), true, 'no code at all has no first code');
    assert.equal(passes({ codes: [{ anyOf: [{ some: history }, { some: secondary }] }] }, 'Z853'), true);
    assert.equal(passes({ codes: [{ anyOf: [{ some: history }, { some: secondary }] }] }, 'C50911'), false);
    assert.equal(passes({ codes: [{ some: neoplasm }, { none: secondary }] }, 'C50911', 'C787'), false, 'every condition must hold');
  });

  it('reads notes naming another code of the claim, in either order or only later', () => {
    // C77 (C77.2) carries Excludes1 C81-C86 (C83.30); D63.0 carries "code first" the neoplasm (C50.911).
    assert.equal(passes({ codes: [{ noteNames: 'excludes1' }] }, 'C8330', 'C772'), true);
    assert.equal(passes({ codes: [{ noteNames: 'excludes1' }] }, 'C772', 'E119'), false);
    assert.equal(passes({ codes: [{ noteNames: 'codeFirst', later: true }] }, 'D630', 'C50911'), true);
    assert.equal(passes({ codes: [{ noteNames: 'codeFirst', later: true }] }, 'C50911', 'D630'), false);
    assert.equal(passes({ codes: [{ noteNames: 'codeFirst' }] }, 'C50911', 'D630'), true);
  });

  it('asks a carrier about every code met so far and answers later claims from the ids it names, as pair by pair', () => {
    // Claims in the order a batch meets them; the Excludes1 carrier C77.2 and the "code first" carrier
    // D63.0 arrive after the codes they name (C83.30, C50.911), never on the same claim until the end.
    const claims = [
      ['C8330', 'E119'], ['C50911', 'I10'], ['C772', 'K219'], ['D630', 'E119', 'I10'], ['C772', 'I10', 'E119'],
      ['E119', 'D630'], ['C8330', 'C772'], ['C772', 'C8330'], ['D630', 'C50911'], ['C50911', 'D630'], ['K219', 'D630', 'I10', 'C50911'],
    ];
    const declarations: Reaction[] = [{ codes: [{ noteNames: 'excludes1' }] }, { codes: [{ noteNames: 'codeFirst', later: true }] }];
    for (const reactsTo of declarations) {
      const tables = createRuleTables(testCodeSets());
      const screen = createClaimScreen(tables, [declaring(reactsTo)], {});
      assert.ok(screen !== undefined);
      for (const codes of claims) {
        // Each claim on fresh tables asks only its own pairs; the shared screen answers from what it met before.
        assert.equal(screen.mayFind(codes, codes.length), passes(reactsTo, ...codes), `${JSON.stringify(reactsTo.codes)} ${codes.join(' ')}`);
      }
    }
    // After the third claim C77.2 has been asked about C83.30, which it names, though they never met on a claim.
    const tables = createRuleTables(testCodeSets());
    const screen = createClaimScreen(tables, rules, {});
    for (const codes of claims.slice(0, 3)) screen?.mayFind(codes, codes.length);
    const { excludes1Naming } = tables.factsOf('C772');
    assert.ok(excludes1Naming.covers(tables.factsOf('K219').id));
    assert.deepEqual(excludes1Naming.namedIds, [tables.factsOf('C8330').id]);
    assert.ok(excludes1Naming.get(tables.factsOf('C8330').id), 'the note naming C83.30');
    assert.equal(excludes1Naming.get(tables.factsOf('I10').id), null);
  });

  it('asks a carrier met after many codes about a bounded number of them per claim, and pair by pair until it has them all', () => {
    const tables = createRuleTables(testCodeSets());
    const screen = createClaimScreen(tables, [declaring({ codes: [{ noteNames: 'excludes1' }] })], {});
    assert.ok(screen !== undefined);
    // 200 codes met first (the categories A00-A99 and B00-B99, which C77.2's Excludes1 does not name), then C83.30.
    const filler = Array.from({ length: 200 }, (_, n) => `${n < 100 ? 'A' : 'B'}${String(n % 100).padStart(2, '0')}`);
    for (const code of filler) screen.mayFind([code], 1);
    assert.equal(screen.mayFind(['C8330', 'E119'], 2), false);
    // C77.2 then comes with C83.30 on every claim: each answer is right while the carrier is asked 64 codes at a time.
    const { excludes1Naming } = tables.factsOf('C772');
    const bounds: number[] = [];
    for (let claim = 0; claim < 5; claim++) {
      assert.equal(screen.mayFind(['C772', 'C8330'], 2), true, `claim ${claim}`);
      assert.equal(screen.mayFind(['C772', 'E119'], 2), false, `claim ${claim}`);
      bounds.push(excludes1Naming.completeBelow);
    }
    const highest = tables.factsOf('C772').id;
    assert.deepEqual(bounds, [128, 256, highest + 1, highest + 1, highest + 1].map((bound) => Math.min(bound, highest + 1)));
    assert.deepEqual(excludes1Naming.namedIds, [tables.factsOf('C8330').id]);
  });

  it('sees a class met for the first time after the facts of the codes were worked out', () => {
    const tables = createRuleTables(testCodeSets());
    assert.equal(createClaimScreen(tables, rules, {})?.mayFind(['E119'], 1), false);
    const diabetes: CodeClass = { name: 'E11.9', test: (code) => code === 'E119' };
    assert.equal(createClaimScreen(tables, [declaring({ codes: [{ some: diabetes }] })], {})?.mayFind(['E119'], 1), true);
  });

  it('makes every rule react to a code whose class cannot be told, so that the rule runs and reports why', () => {
    const broken: CodeClass = { name: 'broken', test: (code) => { if (code === 'I10') throw new Error('unreadable'); return false; } };
    assert.equal(passes({ codes: [{ some: broken }] }, 'E119'), false);
    assert.equal(passes({ codes: [{ some: history }, { some: broken }] }, 'E119', 'I10'), true);
  });

  it('answers a rule\'s class question from the remembered facts, and tests again a code whose class cannot be told', () => {
    const tables = createRuleTables(testCodeSets());
    // C78.7 (secondary malignant neoplasm of liver) is a secondary site; Z85.3 a personal history code (order files, FY2021-FY2027).
    assert.equal(tables.inClass('C787', secondary), true);
    assert.equal(tables.inClass('Z853', secondary), false);
    assert.equal(tables.inClass('Z853', history), true);
    assert.equal(tables.inClass('C787', CodeClasses.unknown), false);
    assert.equal(tables.inClass('C7899X', CodeClasses.unknown), true, 'no release has C78.99X');
    const broken: CodeClass = { name: 'broken', test: (code) => { if (code === 'I10') throw new Error('unreadable'); return code === 'E119'; } };
    assert.equal(tables.inClass('E119', broken), true);
    assert.throws(() => tables.inClass('I10', broken), /unreadable/, 'the rule fails as the test does, and reports rule-failed');
  });

  it('answers a built claim from the codes the screen looked up, and looks them up again when a rule compiled later added a class', () => {
    const tables = createRuleTables(testCodeSets());
    // Z85.3 (personal history of malignant neoplasm of breast, order files FY2021-FY2027) leads the claim.
    const historyFirst = declaring({ codes: [{ first: CodeClasses.history }] });
    const screen = createClaimScreen(tables, [historyFirst], {});
    assert.ok(screen !== undefined);
    const codes = ['Z853', 'E119'];
    assert.equal(screen.mayFind(codes, codes.length), true);
    const encounter = { diagnoses: codes.map((code) => ({ code })), procedures: [] } as unknown as Encounter;
    assert.equal(reactingRules(tables, [historyFirst], undefined, 'x12-837', encounter, diagnosesOf(encounter), false, screen.last).includes(0), true, 'the screened view answers');
    // A class no rule of the screen declared (E11.9 alone) gets its bit only now: the screened facts lack it.
    const diabetes = declaring({ codes: [{ some: { name: 'E11.9', test: (code) => code === 'E119' } }] });
    assert.equal(screen.mayFind(codes, codes.length), true);
    assert.equal(reactingRules(tables, [historyFirst, diabetes], undefined, 'x12-837', encounter, diagnosesOf(encounter), false, screen.last).includes(1), true, 'the new class is seen');
    const other = { diagnoses: [{ code: 'E119' }], procedures: [] } as unknown as Encounter;
    assert.equal(screen.mayFind(codes, codes.length), true);
    assert.equal(reactingRules(tables, [historyFirst], undefined, 'x12-837', other, diagnosesOf(other), false, screen.last).includes(0), false, 'a view of other codes is not used');
  });

  it('looks facts up by the number the code strings gave a code, as by the code, and anew once a class is added', () => {
    const tables = createRuleTables(testCodeSets());
    const strings = {};
    assert.equal(tables.factsOfNumbered('Z853', 7, {}), tables.factsOf('Z853'));
    const byNumber = tables.factsOfNumbered('C787', 7, strings);
    assert.equal(byNumber, tables.factsOf('C787'), 'the same facts object; number 7 of other code strings was another code');
    assert.equal(tables.factsOfNumbered('E119', -1, strings), tables.factsOf('E119'), 'a code without a number');
    assert.equal(tables.factsOfNumbered('C787', 7, strings), byNumber, 'found by its number');
    // C78.7 is not E11.9; a class met for the first time renews the facts, numbered ones included.
    const diabetes: CodeClass = { name: 'E11.9', test: (code) => code === 'E119' };
    const bit = tables.bitOf(diabetes);
    assert.equal(tables.factsOfNumbered('E119', 3, strings).flags & bit, bit);
    assert.notEqual(tables.factsOfNumbered('C787', 7, strings), byNumber, 'worked out again with the new class');
  });

  it('runs a narrative rule only where there is a narrative, and a rule of one kind only on that kind', () => {
    const encounter = { diagnoses: [], procedures: [] } as unknown as Encounter;
    const tables = createRuleTables(testCodeSets());
    assert.equal(reactingRules(tables, [declaring({ narrative: true })], undefined, 'clinical-note', encounter, diagnosesOf(encounter), false).includes(0), false);
    assert.equal(reactingRules(tables, [declaring({ narrative: true })], undefined, 'clinical-note', encounter, diagnosesOf(encounter), true).includes(0), true);
    assert.equal(reactingRules(tables, [declaring({ languages: ['fhir-json'] })], undefined, 'x12-837', encounter, diagnosesOf(encounter), false).includes(0), false);
    assert.equal(reactingRules(tables, [declaring({ languages: ['fhir-json'] })], undefined, 'fhir-json', encounter, diagnosesOf(encounter), false).includes(0), true);
    const everyRule = createRuleTables(testCodeSets(), { screen: false });
    assert.equal(reactingRules(everyRule, [declaring({ languages: ['fhir-json'] })], undefined, 'x12-837', encounter, diagnosesOf(encounter), false).includes(0), true, 'tables that do not screen');
  });
});
