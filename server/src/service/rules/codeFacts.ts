import type { CodeSets, TabularNote } from '../codes/codeSet';
import {
  isHistory, isMalignant, isNeoplasm, isPrimaryBySite, isPrimaryMalignancy, isSecondary, isSecondaryNeedingPrimary, roleOf,
} from '../codes/roles';
import type { DiagnosisMention } from '../model';
import type { ScreenInput } from './rule';
import { noteNaming, notesOfKind } from './ruleHelpers';

/**
 * What the rules need to know about one code, worked out once per code set and code as bit flags.
 * A batch repeats a few thousand codes across tens of thousands of claims and most claims have no
 * finding, so the engine ORs the flags of a claim's codes and skips every rule whose
 * {@link Rule.relevantFacts} none of them carries: the common claim costs a few map look-ups.
 */
export const Fact = {
  /** In no loaded year (`unknown-code`). */
  unknown: 1 << 0,
  /** Missing from at least one loaded year while present in another (`code-not-valid-on-date`). */
  missingInSomeYear: 1 << 1,
  /** A header (not billable) in at least one loaded year (`code-not-billable`). */
  headerInSomeYear: 1 << 2,
  secondaryNeedingPrimary: 1 << 3,
  secondary: 1 << 4,
  primaryBySite: 1 << 5,
  primaryMalignancy: 1 << 6,
  history: 1 << 7,
  malignant: 1 << 8,
  neoplasm: 1 << 9,
  disseminated: 1 << 10,
  unknownPrimary: 1 << 11,
  palliative: 1 << 12,
  antineoplasticTreatment: 1 << 13,
  /** The code carries (own or inherited) an Excludes1 note naming some other code. */
  excludes1: 1 << 14,
  /** The code carries (own or inherited) a "code first" note naming some other code. */
  codeFirst: 1 << 15,
  /**
   * The code set failed to read this code's notes. The note rules must then run (and report the
   * failure as `rule-failed`) rather than be screened out as having nothing to say.
   */
  notesUnreadable: 1 << 16,
} as const;

/**
 * Remembered answers of "does this carrier's note name the code with id N?": two bit sets (asked,
 * named) indexed by code id, and the note for the rare hits. A pair costs two array reads, which is
 * what keeps the pairwise rules cheap on a batch of hundreds of thousands of code pairs.
 */
class PairMemo {
  #asked = new Uint32Array(8);
  #named = new Uint32Array(8);
  readonly #notes = new Map<number, TabularNote>();

  /** The remembered note, null for "names nothing", undefined when not asked yet. */
  get(id: number): TabularNote | null | undefined {
    const word = id >>> 5;
    if (word >= this.#asked.length) return undefined;
    const bit = 1 << (id & 31);
    if (((this.#asked[word] ?? 0) & bit) === 0) return undefined;
    return ((this.#named[word] ?? 0) & bit) === 0 ? null : this.#notes.get(id) ?? null;
  }

  set(id: number, note: TabularNote | null): void {
    const word = id >>> 5;
    if (word >= this.#asked.length) {
      const size = Math.max(word + 1, this.#asked.length * 2);
      const asked = new Uint32Array(size);
      const named = new Uint32Array(size);
      asked.set(this.#asked);
      named.set(this.#named);
      this.#asked = asked;
      this.#named = named;
    }
    const bit = 1 << (id & 31);
    this.#asked[word] = (this.#asked[word] ?? 0) | bit;
    if (note !== null) {
      this.#named[word] = (this.#named[word] ?? 0) | bit;
      this.#notes.set(id, note);
    }
  }
}

/** One code's facts, plus the answers to "does this code's note of a kind name that other code?". */
export interface CodeFacts {
  /** A number for the code, unique per code set, that indexes the pair memos. */
  readonly id: number;
  readonly flags: number;
  /** Excludes1 notes of this code naming other codes, filled as pairs are asked about. */
  readonly excludes1Naming: PairMemo;
  /** "Code first" notes of this code naming other codes. */
  readonly codeFirstNaming: PairMemo;
}

interface FactsTable {
  readonly byCode: Map<string, CodeFacts>;
  /** Never reset (even when the table is emptied), so facts made before and after a reset never share an id. */
  nextId: number;
}

const factsByCodeSets = new WeakMap<CodeSets, FactsTable>();
/** Bounds the memory of a long-running server that sees many distinct (mistyped) codes. */
const MAX_FACT_ENTRIES = 100_000;

function factsTableOf(codeSets: CodeSets): FactsTable {
  let table = factsByCodeSets.get(codeSets);
  if (table === undefined) {
    table = { byCode: new Map(), nextId: 0 };
    factsByCodeSets.set(codeSets, table);
  }
  return table;
}

function lookUp(codeSets: CodeSets, table: FactsTable, code: string): CodeFacts {
  const known = table.byCode.get(code);
  if (known !== undefined) return known;
  if (table.byCode.size >= MAX_FACT_ENTRIES) table.byCode.clear();
  const created: CodeFacts = { id: table.nextId++, flags: computeFacts(codeSets, code), excludes1Naming: new PairMemo(), codeFirstNaming: new PairMemo() };
  table.byCode.set(code, created);
  return created;
}

/** The facts of one dotless code, computed once per code set. */
export function codeFactsOf(codeSets: CodeSets, code: string): CodeFacts {
  return lookUp(codeSets, factsTableOf(codeSets), code);
}

/**
 * {@link codeFactsOf} bound to one code set, for loops over hundreds of thousands of codes: the
 * per-code-set table is found once instead of once per code.
 */
export function codeFactsLookup(codeSets: CodeSets): (code: string) => CodeFacts {
  const table = factsTableOf(codeSets);
  return (code) => lookUp(codeSets, table, code);
}

/** The {@link Fact} flags of one dotless code. */
export function factsOf(codeSets: CodeSets, code: string): number {
  return codeFactsOf(codeSets, code).flags;
}

/**
 * The first note of `kind` at `carrier` (own or inherited) that names `other`, remembered on the
 * carrier's facts: the same pairs recur on claim after claim.
 */
export function noteNamingFrom(
  codeSets: CodeSets, carrier: string, facts: CodeFacts, kind: 'excludes1' | 'codeFirst', other: string, otherFacts?: CodeFacts,
): TabularNote | undefined {
  const flag = kind === 'excludes1' ? Fact.excludes1 : Fact.codeFirst;
  if ((facts.flags & flag) === 0) return undefined;
  const memo = kind === 'excludes1' ? facts.excludes1Naming : facts.codeFirstNaming;
  const otherId = (otherFacts ?? codeFactsOf(codeSets, other)).id;
  let found = memo.get(otherId);
  if (found === undefined) {
    found = noteNaming(notesOfKind(codeSets, carrier, kind), other) ?? null;
    memo.set(otherId, found);
  }
  return found ?? undefined;
}

function computeFacts(codeSets: CodeSets, code: string): number {
  let flags = 0;
  const years = codeSets.yearsWith(code);
  if (years.length === 0) flags |= Fact.unknown;
  else if (years.length < codeSets.years.length) flags |= Fact.missingInSomeYear;
  for (const year of years) if (codeSets.status(code, year) === 'header') flags |= Fact.headerInSomeYear;
  if (isSecondaryNeedingPrimary(code)) flags |= Fact.secondaryNeedingPrimary;
  if (isSecondary(code)) flags |= Fact.secondary;
  if (isPrimaryBySite(code)) flags |= Fact.primaryBySite;
  if (isPrimaryMalignancy(code)) flags |= Fact.primaryMalignancy;
  if (isHistory(code)) flags |= Fact.history;
  if (isMalignant(code)) flags |= Fact.malignant;
  if (isNeoplasm(code)) flags |= Fact.neoplasm;
  const role = roleOf(code);
  if (role === 'disseminated') flags |= Fact.disseminated;
  if (role === 'unknown-primary') flags |= Fact.unknownPrimary;
  if (role === 'palliative') flags |= Fact.palliative;
  if (role === 'antineoplastic-treatment') flags |= Fact.antineoplasticTreatment;
  flags |= noteFact(codeSets, code, 'excludes1', Fact.excludes1);
  flags |= noteFact(codeSets, code, 'codeFirst', Fact.codeFirst);
  return flags;
}

/**
 * `flag` when the code carries a note of the kind. When the notes cannot be read the flag is set, so
 * the rule still runs and its failure is reported as `rule-failed` instead of passing silently.
 */
function noteFact(codeSets: CodeSets, code: string, kind: 'excludes1' | 'codeFirst', flag: number): number {
  try {
    return notesOfKind(codeSets, code, kind).length > 0 ? flag : 0;
  } catch {
    return flag | Fact.notesUnreadable;
  }
}

/** The facts of each mention's code, in order. */
export function factsOfMentions(codeSets: CodeSets, mentions: readonly DiagnosisMention[]): CodeFacts[] {
  const facts = new Array<CodeFacts>(mentions.length);
  for (let i = 0; i < mentions.length; i++) facts[i] = codeFactsOf(codeSets, (mentions[i] as DiagnosisMention).code);
  return facts;
}

/** The union of the flags of several codes' facts. */
export function unionOfFlags(facts: readonly CodeFacts[]): number {
  let flags = 0;
  for (let i = 0; i < facts.length; i++) flags |= (facts[i] as CodeFacts).flags;
  return flags;
}

/** Whether any of the screened codes carries every bit of `flag`. */
export function anyHas(input: ScreenInput, flag: number): boolean {
  for (let i = 0; i < input.count; i++) if (((input.facts[i] as CodeFacts).flags & flag) === flag) return true;
  return false;
}

/** Whether the first-listed screened code carries every bit of `flag`. */
export function firstHas(input: ScreenInput, flag: number): boolean {
  return input.count > 0 && ((input.facts[0] as CodeFacts).flags & flag) === flag;
}

/**
 * Whether a note of `kind` at one screened code names another, different screened code (with
 * `laterOnly`, one listed after it); the answers are remembered per pair (`noteNamingFrom`), so a batch
 * pays for each distinct pair once.
 */
export function anyNoteNamesAnother(input: ScreenInput, kind: 'excludes1' | 'codeFirst', laterOnly = false): boolean {
  const flag = kind === 'excludes1' ? Fact.excludes1 : Fact.codeFirst;
  const { codes, facts, count, codeSets } = input;
  if (anyHas(input, Fact.notesUnreadable)) return true;
  if (count > PAIRWISE_LIMIT) return anyDistinctNoteNamesAnother(input, kind, flag, laterOnly);
  for (let i = 0; i < count; i++) {
    const carrierFacts = facts[i] as CodeFacts;
    if ((carrierFacts.flags & flag) === 0) continue;
    const memo = kind === 'excludes1' ? carrierFacts.excludes1Naming : carrierFacts.codeFirstNaming;
    for (let j = laterOnly ? i + 1 : 0; j < count; j++) {
      const otherFacts = facts[j] as CodeFacts;
      // The same code has the same facts; a note never names its own carrier.
      if (otherFacts === carrierFacts) continue;
      // The remembered answer is two array reads; only a pair not seen before reads the notes.
      const known = memo.get(otherFacts.id);
      if (known === null) continue;
      if (known !== undefined || noteNamingFrom(codeSets, codes[i] as string, carrierFacts, kind, codes[j] as string, otherFacts) !== undefined) return true;
    }
  }
  return false;
}

/** Above this many codes the pairs are taken between distinct codes, not between positions. */
const PAIRWISE_LIMIT = 32;

/**
 * {@link anyNoteNamesAnother} over the distinct codes of a long list (a note listing one code
 * thousands of times): a carrier at some position names a code at a later position exactly when the
 * carrier's first position comes before the other code's last, so each distinct pair is asked once.
 */
function anyDistinctNoteNamesAnother(input: ScreenInput, kind: 'excludes1' | 'codeFirst', flag: number, laterOnly: boolean): boolean {
  const { codes, facts, count, codeSets } = input;
  const first = new Map<CodeFacts, number>();
  const last = new Map<CodeFacts, number>();
  for (let i = 0; i < count; i++) {
    const codeFacts = facts[i] as CodeFacts;
    if (!first.has(codeFacts)) first.set(codeFacts, i);
    last.set(codeFacts, i);
  }
  for (const [carrierFacts, carrierFirst] of first) {
    if ((carrierFacts.flags & flag) === 0) continue;
    for (const [otherFacts, otherLast] of last) {
      if (otherFacts === carrierFacts || (laterOnly && otherLast <= carrierFirst)) continue;
      const other = first.get(otherFacts) as number;
      if (noteNamingFrom(codeSets, codes[carrierFirst] as string, carrierFacts, kind, codes[other] as string, otherFacts) !== undefined) return true;
    }
  }
  return false;
}

/** Whether a screened code is an active malignancy: malignant and not a secondary site. */
export function activeMalignancyIn(input: ScreenInput): boolean {
  for (let i = 0; i < input.count; i++) {
    const flags = (input.facts[i] as CodeFacts).flags;
    if ((flags & Fact.malignant) !== 0 && (flags & Fact.secondary) === 0) return true;
  }
  return false;
}
