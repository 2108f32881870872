import type { CodeSets, TabularNote, TabularNoteKind } from '../codes/codeSet';
import { refCovers } from '../codes/import/noteRefs';
import { PairMemo } from './pairMemo';
import type { CodeClass, NamingNoteKind } from './reaction';
import type { RuleMemo } from './rule';
import { noteNaming } from './ruleHelpers';

/**
 * What the rule engine knows about one code set: each code's classes as bits (its facts), the pairs of
 * codes whose notes were compared, and the answers the rules derive from the code set (`RuleMemo`). The
 * service creates one with its code sets and drops it with them; a validation without a service (a
 * test, a single encounter) makes its own. Nothing here is module-level.
 */

/** How the engine uses a code's facts: which rules react, and which pairs of codes a note names. */
export interface CodeFacts {
  /** A number for the code, unique within its tables, that indexes the pair memos. */
  readonly id: number;
  /** One bit per registered class the code belongs to, plus the engine's own bits ({@link EngineBit}). */
  readonly flags: number;
  /** Excludes1 notes of this code naming other codes, filled as pairs are asked about. */
  readonly excludes1Naming: PairMemo;
  /** "Code first" notes of this code naming other codes. */
  readonly codeFirstNaming: PairMemo;
}

/** The bits the engine sets itself; the classes the rules declare take the bits above them. */
export const EngineBit = {
  /** The code carries (own or inherited) an Excludes1 note naming some other code. */
  excludes1Carrier: 1 << 0,
  /** The code carries a "code first" note naming some other code. */
  codeFirstCarrier: 1 << 1,
  /**
   * Something about the code could not be worked out (its notes could not be read, a class test threw):
   * every rule then reacts, so that it runs and reports its failure as `rule-failed` instead of passing.
   */
  uncertain: 1 << 2,
} as const;

const FIRST_CLASS_BIT = 3;
/** Facts are one 32-bit number. */
const MAX_CLASSES = 32 - FIRST_CLASS_BIT;
/** Bounds the memory of a long-running server that sees many distinct (mistyped) codes. */
const MAX_ENTRIES = 100_000;
/**
 * The codes met first (a batch has a few hundred distinct codes) keep their string by id, so that a
 * carrier's note can be asked about all of them at once ({@link RuleTables.coverNaming}); codes met
 * later are compared pair by pair, as they co-occur.
 */
const NAMING_PREFIX_IDS = 4096;
/**
 * At most this many codes are asked about per carrier and call, so a claim that meets a carrier for
 * the first time after thousands of other codes pays a bounded price and the rest waits for later claims.
 */
const NAMING_BATCH = 64;

/** {@link RuleTables.rememberByCode}'s derivation, called as {@link RuleTables.rememberByCodeOf} calls one. */
function deriveWithout<T>(_code: string, derive: () => T): T {
  return derive();
}

/** How a set of tables is used. */
export interface RuleTablesOptions {
  /**
   * False runs every enabled rule on every encounter and builds every claim, whatever the rules react
   * to; tests compare against it to show that the declarations skip nothing a check would report.
   */
  readonly screen?: boolean;
}

/**
 * The rule engine's tables for one code set: the facts of each code met so far, the remembered note
 * pairs, and the `RuleMemo` answers the rules ask for; bounded, and dropped with the object.
 */
export class RuleTables implements RuleMemo {
  readonly codeSets: CodeSets;
  readonly screens: boolean;
  readonly #classes: CodeClass[] = [];
  readonly #bits = new Map<CodeClass, number>();
  readonly #facts = new Map<string, CodeFacts>();
  /**
   * The same facts by the number one table of code strings gave each code (see {@link factsOfNumbered}):
   * the claim screen looks up every code of every claim, and an array index is cheaper than a string key.
   */
  #numbered: (CodeFacts | undefined)[] = [];
  #numbering: object | undefined;
  /** Never reset (even when the table is emptied), so facts made before and after a reset never share an id. */
  #nextId = 0;
  /** The code of each id below {@link NAMING_PREFIX_IDS}, kept when its facts are forgotten: a pair's answer depends on the codes alone. */
  readonly #codeById: string[] = [];
  readonly #derived = new Map<string, unknown>();
  readonly #byOwner = new Map<object, unknown>();
  /** {@link rememberByCode}'s answers: by kind, then scope, then code. */
  readonly #byCode = new Map<string, Map<number, Map<string, unknown>>>();
  #byCodeEntries = 0;

  constructor(codeSets: CodeSets, options: RuleTablesOptions = {}) {
    this.codeSets = codeSets;
    this.screens = options.screen !== false;
  }

  remember<T>(key: string, derive: () => T): T {
    if (this.#derived.has(key)) return this.#derived.get(key) as T;
    if (this.#derived.size >= MAX_ENTRIES) this.#derived.clear();
    const value = derive();
    this.#derived.set(key, value);
    return value;
  }

  rememberByCode<T>(kind: string, scope: number, code: string, derive: () => T): T {
    return this.rememberByCodeOf(kind, scope, code, derive, deriveWithout);
  }

  rememberByCodeOf<A, T>(kind: string, scope: number, code: string, argument: A, derive: (code: string, argument: A) => T): T {
    const answers = this.#answersOf(kind, scope);
    // `has` as well as `get`, since an answer may be undefined; a hit is what a batch asks for almost every time.
    const known = answers.get(code);
    if (known !== undefined || answers.has(code)) return known as T;
    if (this.#byCodeEntries >= MAX_ENTRIES) {
      this.#byCode.clear();
      this.#byCodeEntries = 0;
      return this.rememberByCodeOf(kind, scope, code, argument, derive);
    }
    const value = derive(code, argument);
    answers.set(code, value);
    this.#byCodeEntries++;
    return value;
  }

  #answersOf(kind: string, scope: number): Map<string, unknown> {
    let scopes = this.#byCode.get(kind);
    if (scopes === undefined) {
      scopes = new Map();
      this.#byCode.set(kind, scopes);
    }
    let answers = scopes.get(scope);
    if (answers === undefined) {
      answers = new Map();
      scopes.set(scope, answers);
    }
    return answers;
  }

  /** `derive()` (never undefined) once per owner object, a rule's compiled reaction, for as long as these tables live. */
  rememberFor<T>(owner: object, derive: () => T): T {
    // One look-up on the common path: asked for every rule on every encounter, and never undefined.
    const known = this.#byOwner.get(owner);
    if (known !== undefined) return known as T;
    const value = derive();
    this.#byOwner.set(owner, value);
    return value;
  }

  inClass(code: string, codeClass: CodeClass): boolean {
    // The bit first: a class met for the first time renews every code's facts.
    const bit = this.bitOf(codeClass);
    const { flags } = this.factsOf(code);
    // A code whose facts are uncertain is tested again, so that the rule fails as the test does.
    if ((flags & EngineBit.uncertain) !== 0) return codeClass.test(code, this.codeSets);
    return (flags & bit) !== 0;
  }

  notesOfKind(code: string, kind: TabularNoteKind): readonly TabularNote[] {
    return this.remember(`${kind} ${code}`, () => this.codeSets.notes(code)
      .filter((note) => note.kind === kind)
      .map((note) => ({ ...note, refs: note.refs.filter((ref) => !refCovers(ref, code)) }))
      .filter((note) => note.refs.length > 0));
  }

  noteNaming(carrier: string, kind: NamingNoteKind, other: string): TabularNote | undefined {
    return this.noteNamingBetween(carrier, this.factsOf(carrier), kind, other, this.factsOf(other));
  }

  /**
   * {@link noteNaming} for codes whose facts the caller has at hand: the answer is remembered on the
   * carrier's facts, by the other code's id, because the same pairs recur on claim after claim.
   */
  noteNamingBetween(carrier: string, facts: CodeFacts, kind: NamingNoteKind, other: string, otherFacts: CodeFacts): TabularNote | undefined {
    if ((facts.flags & carrierBit(kind)) === 0) return undefined;
    const memo = kind === 'excludes1' ? facts.excludes1Naming : facts.codeFirstNaming;
    let found = memo.get(otherFacts.id);
    if (found === undefined) {
      found = noteNaming(this.notesOfKind(carrier, kind), other) ?? null;
      memo.set(otherFacts.id, found);
    }
    return found ?? undefined;
  }

  /**
   * Asks the carrier's notes of `kind` about the codes met so far, in id order from the first one its
   * memo has not been asked about, up to id `through` and at most {@link NAMING_BATCH} of them; true when
   * the memo then covers `through`, so that its named ids answer every pair with a code up to it.
   */
  coverNaming(carrier: string, facts: CodeFacts, kind: NamingNoteKind, through: number): boolean {
    if (through >= NAMING_PREFIX_IDS || (facts.flags & carrierBit(kind)) === 0) return false;
    const memo = kind === 'excludes1' ? facts.excludes1Naming : facts.codeFirstNaming;
    const notes = this.notesOfKind(carrier, kind);
    const last = Math.min(through, memo.completeBelow + NAMING_BATCH - 1);
    for (let id = memo.completeBelow; id <= last; id++) {
      if (memo.get(id) !== undefined) continue;
      memo.set(id, noteNaming(notes, this.#codeById[id] as string) ?? null);
    }
    return memo.covers(through);
  }

  /** How many classes have a bit; facts worked out before the last one was added lack it. */
  get classCount(): number {
    return this.#classes.length;
  }

  /** The facts of one dotless code, worked out once. */
  factsOf(code: string): CodeFacts {
    const known = this.#facts.get(code);
    if (known !== undefined) return known;
    if (this.#facts.size >= MAX_ENTRIES) this.#forgetFacts();
    const created: CodeFacts = { id: this.#nextId++, flags: this.#flagsOf(code), excludes1Naming: new PairMemo(), codeFirstNaming: new PairMemo() };
    if (created.id < NAMING_PREFIX_IDS) this.#codeById[created.id] = code;
    this.#facts.set(code, created);
    return created;
  }

  /**
   * {@link factsOf} a code that the code strings `numbering` gave the number `number` (-1: none): the
   * same facts object, found by index. The numbers of one table of code strings at a time are kept.
   */
  factsOfNumbered(code: string, number: number, numbering: object | undefined): CodeFacts {
    if (number < 0 || numbering === undefined) return this.factsOf(code);
    if (numbering !== this.#numbering) {
      this.#numbering = numbering;
      this.#numbered = [];
    }
    const known = this.#numbered[number];
    if (known !== undefined) return known;
    const facts = this.factsOf(code);
    if (number < MAX_ENTRIES) this.#numbered[number] = facts;
    return facts;
  }

  /** Drops every code's facts; they are worked out again when next asked for. */
  #forgetFacts(): void {
    this.#facts.clear();
    this.#numbered = [];
  }

  /**
   * The bit of a class in every code's facts. A class met for the first time takes the next free bit,
   * and the facts worked out so far are dropped so that they are worked out again with it.
   */
  bitOf(codeClass: CodeClass): number {
    const known = this.#bits.get(codeClass);
    if (known !== undefined) return known;
    if (this.#classes.length >= MAX_CLASSES) throw new Error(`The rules react to more than ${MAX_CLASSES} classes of codes; widen CodeFacts.flags.`);
    const bit = 1 << (FIRST_CLASS_BIT + this.#classes.length);
    this.#classes.push(codeClass);
    this.#bits.set(codeClass, bit);
    this.#forgetFacts();
    return bit;
  }

  #flagsOf(code: string): number {
    let flags = this.#carries(code, 'excludes1') | this.#carries(code, 'codeFirst');
    for (let index = 0; index < this.#classes.length; index++) {
      try {
        if ((this.#classes[index] as CodeClass).test(code, this.codeSets)) flags |= 1 << (FIRST_CLASS_BIT + index);
      } catch {
        flags |= EngineBit.uncertain;
      }
    }
    return flags;
  }

  /** The carrier bit when the code has a note of the kind; when its notes cannot be read, also uncertain. */
  #carries(code: string, kind: NamingNoteKind): number {
    try {
      return this.notesOfKind(code, kind).length > 0 ? carrierBit(kind) : 0;
    } catch {
      return carrierBit(kind) | EngineBit.uncertain;
    }
  }
}

/** The engine bit of the codes that carry a note of the kind. */
export function carrierBit(kind: NamingNoteKind): number {
  return kind === 'excludes1' ? EngineBit.excludes1Carrier : EngineBit.codeFirstCarrier;
}

/** New tables for one code set. */
export function createRuleTables(codeSets: CodeSets, options: RuleTablesOptions = {}): RuleTables {
  return new RuleTables(codeSets, options);
}
