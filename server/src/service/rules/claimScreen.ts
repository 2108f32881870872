import type { Encounter, ParsedDocument, Severity } from '../model';
import { emptyList } from '../reusedLists';
import type { CodeNumbers } from '../x12/x12Model';
import { anyNoteNamesAnother } from './noteScreen';
import type { CodeView } from './noteScreen';
import type { CodeCondition, Reaction } from './reaction';
import type { Rule } from './rule';
import type { RuleDiagnoses } from './ruleDiagnoses';
import { carrierBit, EngineBit } from './ruleTables';
import type { CodeFacts, RuleTables } from './ruleTables';

/**
 * The engine's reading of what rules react to (`Rule.reactsTo`, rules/reaction.ts). Each declaration is
 * compiled once per set of tables into a test on a view of the codes: the union of their facts, the
 * first code's facts, and the codes themselves for the note conditions. The same compiled test decides
 * which rules run on a built encounter and, before an 837 claim is built, whether any enabled rule could
 * react to it at all: most claims of a batch have no finding, and those claims are never built.
 */

/** The claim screen of an 837 batch. */
export interface ClaimScreen {
  /**
   * False only when no enabled rule can find anything on a claim whose ICD-10-CM codes, in reporting
   * order, are the first `count` entries of `codes`.
   */
  mayFind(codes: readonly string[], count: number, numbers?: CodeNumbers): boolean;
  /**
   * What the screen found of the claim last asked about, valid until the next question: the engine
   * runs the rules it lists on the claim it then builds, instead of asking every rule again.
   */
  readonly last: ScreenedClaim;
}

/**
 * One screened claim: its codes and their facts, and which rules react to them. Every reaction of the
 * screen's rules is asked of every claim, so a claim that passes carries the set of rules the engine
 * runs on it: the answers are the ones the engine would get by asking each rule of the built claim,
 * whose codes are the same and whose service lines are not read (only the pointer rule reads them,
 * and the claims reader builds in full every claim whose pointers it finds wrong).
 */
export interface ScreenedClaim {
  readonly view: CodeView;
  /** The rule list the screen was made for: its answers are indices into it. */
  readonly rules: readonly Rule[];
  /** The indices in {@link rules}, ascending, of the enabled rules that react to the claim. */
  readonly reacting: readonly number[];
}

/** A compiled reaction to the codes of a claim or an encounter. */
type CodeTest = (view: CodeView) => boolean;

/** The levels of the user's settings, by rule id; a rule that is `off` never runs. */
export type RuleLevels = Readonly<Record<string, Severity | 'off'>>;

/**
 * The screen for these rules at these levels, or undefined when screening would not be sound or would
 * not help: the tables do not screen, or an enabled rule reacts to every claim.
 */
export function createClaimScreen(tables: RuleTables, rules: readonly Rule[], levels: RuleLevels): ClaimScreen | undefined {
  if (!tables.screens) return undefined;
  if (rules.some((rule) => isEnabledForClaims(rule, levels) && reactsToEveryClaim(rule.reactsTo))) return undefined;
  // Every enabled rule's test is asked of every claim, in registry order: a claim no rule reacts to
  // has asked them all anyway, and a claim that passes needs every answer to know which rules run.
  const tests = enabledTests(tables, rules, levels);
  // The same keys in the same order as every other view, so that the compiled tests see one shape.
  const facts: CodeFacts[] = [];
  const view: { -readonly [K in keyof CodeView]: CodeView[K] } = { codes: [], facts, count: 0, union: 0, highestId: -1, tables, encounter: undefined, classes: tables.classCount };
  const reacting: number[] = [];
  const last: ScreenedClaim = { view, rules, reacting };

  return {
    last,
    mayFind(codes: readonly string[], count: number, numbers?: CodeNumbers): boolean {
      let union = 0;
      let highestId = -1;
      const values = numbers?.values;
      const numbering = numbers?.numbering;
      for (let i = 0; i < count; i++) {
        const codeFacts = values === undefined ? tables.factsOf(codes[i] as string) : tables.factsOfNumbered(codes[i] as string, values[i] ?? -1, numbering);
        facts[i] = codeFacts;
        union |= codeFacts.flags;
        if (codeFacts.id > highestId) highestId = codeFacts.id;
      }
      view.codes = codes;
      view.count = count;
      view.union = union;
      view.highestId = highestId;
      view.classes = tables.classCount;
      emptyList(reacting);
      for (let i = 0; i < tests.length; i++) {
        const test = tests[i] as IndexedTest;
        if (test.test(view)) reacting.push(test.index);
      }
      return reacting.length > 0;
    },
  };
}

/** A rule's compiled test and the rule's index in the list the screen was made for. */
interface IndexedTest {
  readonly index: number;
  readonly test: CodeTest;
}

/**
 * The compiled tests of the rules that can react to a claim at these levels, in list order. Claims have
 * no narrative, so the rules that read it never react to a claim; rules limited to other document
 * kinds play no part either.
 */
function enabledTests(tables: RuleTables, rules: readonly Rule[], levels: RuleLevels): IndexedTest[] {
  const tests: IndexedTest[] = [];
  rules.forEach((rule, index) => {
    if (isEnabledForClaims(rule, levels)) tests.push({ index, test: compiledReaction(tables, rule) });
  });
  return tests;
}

function isEnabledForClaims(rule: Rule, levels: RuleLevels): boolean {
  return levels[rule.id] !== 'off' && rule.reactsTo.narrative !== true && appliesTo(rule.reactsTo, 'x12-837');
}

/** A rule's reaction as the engine asks it of a built encounter: where it applies, and its compiled test. */
interface CompiledRule {
  readonly languages: Reaction['languages'];
  readonly narrative: boolean;
  readonly test: CodeTest;
}

/**
 * The indices, ascending, of the rules of `rules` (the registry) that are not `off` in `levels` and
 * react to one built encounter (in reporting order, with only the codes that are checked). A claim the
 * screen passed with exactly these codes is answered by the screen's set; otherwise every reaction of
 * the list is compiled once per set of tables, before any code is looked up (compiling may give a
 * class its bit, which renews every code's facts), the encounter's codes are looked up once, and each
 * rule is asked. With tables that do not screen, every rule reacts.
 */
export function reactingRules(
  tables: RuleTables, rules: readonly Rule[], levels: RuleLevels | undefined, languageId: ParsedDocument['languageId'], encounter: Encounter,
  diagnoses: RuleDiagnoses, hasNarrative: boolean, screened?: ScreenedClaim,
): readonly number[] {
  if (screened !== undefined && screened.rules === rules && sameCodes(screened.view, diagnoses, tables)) return screened.reacting;
  const reacting: number[] = [];
  if (!tables.screens) {
    for (let index = 0; index < rules.length; index++) if (levels?.[(rules[index] as Rule).id] !== 'off') reacting.push(index);
    return reacting;
  }
  const compiled = tables.rememberFor(rules, () => rules.map((rule): CompiledRule => ({
    languages: rule.reactsTo.languages,
    narrative: rule.reactsTo.narrative === true,
    test: compiledReaction(tables, rule),
  })));
  let view: CodeView | undefined;
  for (let index = 0; index < compiled.length; index++) {
    const rule = compiled[index] as CompiledRule;
    if (levels?.[(rules[index] as Rule).id] === 'off') continue;
    if ((rule.languages !== undefined && !rule.languages.includes(languageId)) || (rule.narrative && !hasNarrative)) continue;
    view ??= encounterView(tables, encounter, diagnoses);
    if (rule.test(view)) reacting.push(index);
  }
  return reacting;
}

/**
 * Whether the claim screen's view holds exactly the encounter's codes, in its order, with facts that
 * carry every class the tables know (a rule compiled after the screen may have added one).
 */
function sameCodes(screened: CodeView, diagnoses: RuleDiagnoses, tables: RuleTables): boolean {
  if (screened.count !== diagnoses.count || screened.classes !== tables.classCount) return false;
  for (let i = 0; i < diagnoses.count; i++) if (diagnoses.code(i) !== screened.codes[i]) return false;
  return true;
}

function encounterView(tables: RuleTables, encounter: Encounter, diagnoses: RuleDiagnoses): CodeView {
  const codes = diagnoses.codes();
  const facts = codes.map((code) => tables.factsOf(code));
  let union = 0;
  let highestId = -1;
  for (let index = 0; index < facts.length; index++) {
    const codeFacts = facts[index] as CodeFacts;
    union |= codeFacts.flags;
    if (codeFacts.id > highestId) highestId = codeFacts.id;
  }
  return { codes, facts, count: codes.length, union, highestId, tables, encounter, classes: tables.classCount };
}

function appliesTo(reaction: Reaction, languageId: ParsedDocument['languageId']): boolean {
  return reaction.languages === undefined || reaction.languages.includes(languageId);
}

function reactsToEveryClaim(reaction: Reaction): boolean {
  return (reaction.codes === undefined || reaction.codes.length === 0) && (reaction.claimParts === undefined || reaction.claimParts.length === 0);
}

/** The rule's reaction compiled for these tables, once per rule. */
function compiledReaction(tables: RuleTables, rule: Rule): CodeTest {
  return tables.rememberFor(rule, () => compileReaction(tables, rule.reactsTo));
}

/**
 * The test of a whole reaction: every code condition and every claim part. A code whose facts are
 * uncertain makes every rule react, and so does a condition that throws (the check then reports why).
 */
function compileReaction(tables: RuleTables, reaction: Reaction): CodeTest {
  const conditions = (reaction.codes ?? []).map((condition) => compileCondition(tables, condition));
  const needsPointers = (reaction.claimParts ?? []).includes('diagnosis-pointers');
  // The bits every reacting claim must carry: those of the top-level `some`, `first` and `noteNames`
  // conditions. Testing them first rejects the common claim with one comparison.
  const needed = (reaction.codes ?? []).reduce((bits, condition) => bits | neededBits(tables, condition), 0);
  return (view) => {
    if ((view.union & EngineBit.uncertain) !== 0) return true;
    if ((view.union & needed) !== needed) return false;
    if (needsPointers && (view.encounter === undefined || !hasPointers(view.encounter))) return false;
    try {
      for (const condition of conditions) if (!condition(view)) return false;
    } catch {
      return true;
    }
    return true;
  };
}

function neededBits(tables: RuleTables, condition: CodeCondition): number {
  if ('some' in condition) return tables.bitOf(condition.some);
  if ('first' in condition) return tables.bitOf(condition.first);
  if ('noteNames' in condition) return carrierBit(condition.noteNames);
  return 0;
}

function compileCondition(tables: RuleTables, condition: CodeCondition): CodeTest {
  if ('some' in condition) {
    const bit = tables.bitOf(condition.some);
    return (view) => (view.union & bit) !== 0;
  }
  if ('none' in condition) {
    const bit = tables.bitOf(condition.none);
    return (view) => (view.union & bit) === 0;
  }
  if ('first' in condition) {
    const bit = tables.bitOf(condition.first);
    return (view) => view.count > 0 && (((view.facts[0] as CodeFacts).flags & bit) !== 0);
  }
  if ('noteNames' in condition) {
    const { noteNames: kind, later } = condition;
    return (view) => anyNoteNamesAnother(view, kind, later === true);
  }
  if ('not' in condition) {
    const inner = compileCondition(tables, condition.not);
    return (view) => !inner(view);
  }
  const alternatives = condition.anyOf.map((alternative) => compileCondition(tables, alternative));
  return (view) => alternatives.some((alternative) => alternative(view));
}

/** Whether a service line of the encounter carries a diagnosis pointer. */
function hasPointers(encounter: Encounter): boolean {
  return encounter.procedures.some((procedure) => (procedure.pointers?.length ?? 0) > 0);
}
