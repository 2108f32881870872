import type { Encounter, ParsedDocument, Severity } from '../model';
import { anyNoteNamesAnother } from './noteScreen';
import type { CodeView } from './noteScreen';
import type { CodeCondition, Reaction } from './reaction';
import type { Rule } from './rule';
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
  mayFind(codes: readonly string[], count: number): boolean;
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
  // Claims have no narrative, so the rules that read it never react to a claim; rules limited to other
  // document kinds play no part either.
  const enabled = rules.filter((rule) => levels[rule.id] !== 'off' && rule.reactsTo.narrative !== true && appliesTo(rule.reactsTo, 'x12-837'));
  if (enabled.some((rule) => reactsToEveryClaim(rule.reactsTo))) return undefined;
  // Whether any rule reacts does not depend on the order the tests are asked in, so the tests that only
  // compare bits go first and those that compare the notes of pairs of codes last: a claim one rule
  // reacts to is then seldom paired up at all.
  const tests = [...enabled.filter((rule) => !readsNotes(rule.reactsTo)), ...enabled.filter((rule) => readsNotes(rule.reactsTo))]
    .map((rule) => compiledReaction(tables, rule));
  const view = { codes: [] as readonly string[], facts: [] as CodeFacts[], count: 0, union: 0, tables, classes: tables.classCount };

  return {
    mayFind(codes: readonly string[], count: number): boolean {
      let union = 0;
      for (let i = 0; i < count; i++) {
        const codeFacts = tables.factsOf(codes[i] as string);
        view.facts[i] = codeFacts;
        union |= codeFacts.flags;
      }
      view.codes = codes;
      view.count = count;
      view.union = union;
      for (const test of tests) if (test(view)) return true;
      return false;
    },
  };
}

/**
 * Which rules react to one built encounter (in reporting order, with only the codes that are checked):
 * the encounter's codes are looked up once, and each rule's compiled reaction is asked when the engine
 * is about to run it. With tables that do not screen, every rule reacts.
 */
export function reactingRules(tables: RuleTables, languageId: ParsedDocument['languageId'], encounter: Encounter, hasNarrative: boolean): (rule: Rule) => boolean {
  if (!tables.screens) return () => true;
  let view: CodeView | undefined;
  return (rule) => {
    const reaction = rule.reactsTo;
    if (!appliesTo(reaction, languageId) || (reaction.narrative === true && !hasNarrative)) return false;
    // Compiled before the codes are looked up: a class met for the first time renews every code's facts.
    const test = compiledReaction(tables, rule);
    if (view === undefined || view.classes !== tables.classCount) view = encounterView(tables, encounter);
    return test(view);
  };
}

function encounterView(tables: RuleTables, encounter: Encounter): CodeView {
  const codes = encounter.diagnoses.map((mention) => mention.code);
  const facts = codes.map((code) => tables.factsOf(code));
  let union = 0;
  for (let index = 0; index < facts.length; index++) union |= (facts[index] as CodeFacts).flags;
  return { codes, facts, count: codes.length, union, tables, encounter, classes: tables.classCount };
}

function appliesTo(reaction: Reaction, languageId: ParsedDocument['languageId']): boolean {
  return reaction.languages === undefined || reaction.languages.includes(languageId);
}

/** Whether a reaction compares the notes of pairs of codes (a `noteNames` condition anywhere in it). */
function readsNotes(reaction: Reaction): boolean {
  return (reaction.codes ?? []).some(conditionReadsNotes);
}

function conditionReadsNotes(condition: CodeCondition): boolean {
  if ('noteNames' in condition) return true;
  if ('not' in condition) return conditionReadsNotes(condition.not);
  return 'anyOf' in condition && condition.anyOf.some(conditionReadsNotes);
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
