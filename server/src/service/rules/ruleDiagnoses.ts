import type { DiagnosisList, DiagnosisMention, DiagnosisSystem, Encounter } from '../model';
import type { Span } from '../spans';
import type { EncounterDiagnoses } from './rule';

/**
 * The diagnoses the rules check, by index: the encounter's ICD-10-CM codes that are checked, in
 * reporting order, the first `listedCount` of them listed. Rules ask for codes by index and make a
 * whole mention only for the diagnosis a finding is about, so a claim kept as numbers (its
 * `diagnosisList`) is checked without an object per diagnosis. Made per encounter checked, and
 * dropped with it.
 */
export class RuleDiagnoses implements EncounterDiagnoses {
  /** How many diagnoses are checked. */
  readonly count: number;
  /** How many of them, from the first, are listed (count for first-listed and order); the rest are background. */
  readonly listedCount: number;
  /** Every diagnosis as written, ICD-9-CM ones included, so that a message can name a code written under the wrong qualifier. */
  readonly written: DiagnosisList;
  /** The list the checked diagnoses are read from: {@link written}, or a note's checked mentions in reporting order. */
  readonly #list: DiagnosisList;
  /** Per checked diagnosis, its index in {@link #list}; absent when they are the same. */
  readonly #order: Int32Array | undefined;

  private constructor(list: DiagnosisList, order: Int32Array | undefined, listedCount: number, written: DiagnosisList) {
    this.#list = list;
    this.#order = order;
    this.written = written;
    this.count = order === undefined ? list.length : order.length;
    this.listedCount = Math.min(listedCount, this.count);
  }

  /**
   * The checked diagnoses of `written`, those that pass `isChecked` (asked with `argument`, so that a
   * caller passes a module function and makes no closure per claim), in their order, all listed: a
   * claim's, whose order is its own and which has no background codes.
   */
  static checkedOf<T = undefined>(written: DiagnosisList, isChecked: (list: DiagnosisList, index: number, argument: T) => boolean, argument?: T): RuleDiagnoses {
    const given = argument as T;
    let index = 0;
    while (index < written.length && isChecked(written, index, given)) index++;
    // The common claim has only checked codes: no order.
    if (index === written.length) return new RuleDiagnoses(written, undefined, written.length, written);
    const kept: number[] = [];
    for (let position = 0; position < written.length; position++) if (isChecked(written, position, given)) kept.push(position);
    return new RuleDiagnoses(written, Int32Array.from(kept), kept.length, written);
  }

  /**
   * The diagnoses of an encounter whose `diagnoses` are already those checked, in reporting order (a
   * note's), with every diagnosis as written beside them.
   */
  static ofEncounter(checked: Encounter, written: DiagnosisList): RuleDiagnoses {
    const list = new MentionList(checked.diagnoses);
    return new RuleDiagnoses(list, undefined, checked.listedCount ?? list.length, written);
  }

  #at(index: number): number {
    return this.#order === undefined ? index : this.#order[index] ?? -1;
  }

  /** The code of checked diagnosis `index`. */
  code(index: number): string {
    return this.#list.codeAt(this.#at(index));
  }

  /** Where the code of checked diagnosis `index` is written. */
  span(index: number): Span {
    return this.#list.spanAt(this.#at(index));
  }

  /** The whole mention of checked diagnosis `index`: its span, dot style and qualifier. */
  mention(index: number): DiagnosisMention {
    return this.#list.mentionAt(this.#at(index));
  }

  /** The checked codes in order, as one array (for the sorted code index, `EncounterCodes`). */
  codes(count: number = this.count): string[] {
    const codes = new Array<string>(count);
    for (let index = 0; index < count; index++) codes[index] = this.code(index);
    return codes;
  }

  /** The index of the first checked diagnosis before `to` whose code passes `test`, or -1. */
  findIndex(test: (code: string) => boolean, to: number = this.count): number {
    for (let index = 0; index < to; index++) if (test(this.code(index))) return index;
    return -1;
  }

  /** Whether the code of any checked diagnosis passes `test`. */
  some(test: (code: string) => boolean): boolean {
    return this.findIndex(test) >= 0;
  }

  /**
   * The index of the first appearance of each distinct code, in order. Up to
   * {@link PAIRWISE_REPEATS_LIMIT} diagnoses repeats are found by comparing pairs, which for a claim's
   * dozen codes is cheaper than a set; a note that repeats codes thousands of times uses a set, so it
   * stays linear.
   */
  firstOfEachCode(): number[] {
    const firsts: number[] = [];
    if (this.count > PAIRWISE_REPEATS_LIMIT) {
      const seen = new Set<string>();
      for (let index = 0; index < this.count; index++) {
        const code = this.code(index);
        if (seen.has(code)) continue;
        seen.add(code);
        firsts.push(index);
      }
      return firsts;
    }
    for (let index = 0; index < this.count; index++) {
      const code = this.code(index);
      let repeated = false;
      for (let before = 0; before < index && !repeated; before++) repeated = this.code(before) === code;
      if (!repeated) firsts.push(index);
    }
    return firsts;
  }

  /** The distinct codes that pass `test`, in order of first appearance. */
  codesWhere(test: (code: string) => boolean): string[] {
    const codes: string[] = [];
    for (const index of this.firstOfEachCode()) {
      const code = this.code(index);
      if (test(code)) codes.push(code);
    }
    return codes;
  }
}

/** Up to this many diagnoses, repeats are found by comparing pairs. */
const PAIRWISE_REPEATS_LIMIT = 16;

/** A list of mentions that already exist as objects (a note's, a FHIR resource's, a claim read segment by segment), by index. */
export class MentionList implements DiagnosisList {
  readonly #mentions: readonly DiagnosisMention[];

  constructor(mentions: readonly DiagnosisMention[]) {
    this.#mentions = mentions;
  }

  get length(): number {
    return this.#mentions.length;
  }

  codeAt(index: number): string {
    return (this.#mentions[index] as DiagnosisMention).code;
  }

  systemAt(index: number): DiagnosisSystem {
    return (this.#mentions[index] as DiagnosisMention).system;
  }

  shapeOnlyAt(index: number): boolean {
    return (this.#mentions[index] as DiagnosisMention).shapeOnly === true;
  }

  spanAt(index: number): Span {
    return (this.#mentions[index] as DiagnosisMention).span;
  }

  mentionAt(index: number): DiagnosisMention {
    return this.#mentions[index] as DiagnosisMention;
  }
}

/** The encounter's diagnoses by index: the list it keeps as numbers, or its mentions. */
export function diagnosisListOf(encounter: Encounter): DiagnosisList {
  return encounter.diagnosisList ?? new MentionList(encounter.diagnoses);
}
