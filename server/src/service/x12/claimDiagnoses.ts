import type { DiagnosisList, DiagnosisMention, DiagnosisSystem, Encounter, EncounterSource, InsertionPoint, ProcedureMention } from '../model';
import { spanOf } from '../spans';
import type { Span } from '../spans';
import type { ClaimHead } from './claimHead';
import type { ClaimReading } from './claimReading';
import { diagnosisMention, knownQualifier } from './hiComposites';
import type { QualifierInfo, QualifierMeaning } from './hiComposites';
import type { InterchangeContext } from './interchangeContext';

/**
 * The diagnoses of a claim built from the claim screen's reading, kept as numbers: per diagnosis its
 * code (one of the interchange's shared code strings) and four numbers (the packed qualifier, where
 * the qualifier starts, where the code ends, the composite's position in its segment), in reporting
 * order (principal first). The rules read codes by index; a mention object is made only for a
 * diagnosis a finding is about, or for all of them when someone reads the encounter's `diagnoses`.
 * Most claims of a rule-dense batch are checked and dropped without any mention being made.
 */
export class ClaimDiagnoses implements DiagnosisList {
  // Set by #bind, which the constructor calls (and `borrowing` again for a reused list): a field added here must be set there.
  #codes!: readonly string[];
  /** {@link FIELDS} numbers per diagnosis, or the reading's {@link READING_FIELDS} for a borrowed list; small integers either way. */
  #fields!: ArrayLike<number>;
  /** Numbers per diagnosis in {@link #fields}: the first three and the last mean the same in both layouts. */
  #stride!: number;
  #length!: number;
  #mentions!: DiagnosisMention[] | undefined;

  private constructor(codes: readonly string[], fields: ArrayLike<number>, stride: number, length: number) {
    this.#bind(codes, fields, stride, length);
  }

  #bind(codes: readonly string[], fields: ArrayLike<number>, stride: number, length: number): void {
    this.#codes = codes;
    this.#fields = fields;
    this.#stride = stride;
    this.#length = length;
    this.#mentions = undefined;
  }

  /**
   * The ICD-10-CM or ICD-9-CM diagnoses `reading` recorded of the claim (the claim must be the one the
   * reading holds, read through `context`), principal first and otherwise as written; procedures are
   * left to the caller.
   */
  static fromReading(context: InterchangeContext, reading: ClaimReading): ClaimDiagnoses {
    // Made at the size of the claim's composites and cut to its diagnoses (almost always all of them):
    // grown by push from empty, the two arrays of every flagged claim were allocated two and three times.
    const compositeCount = reading.compositeCount;
    const codes = new Array<string>(compositeCount);
    const fields = new Array<number>(compositeCount * FIELDS);
    let count = 0;
    let principalLater = false;
    for (let index = 0; index < compositeCount; index++) {
      const meaning = knownQualifier(reading.qualifierOf(index))?.diagnosis;
      if (meaning === undefined) continue;
      if (meaning.role === 'principal' && count > 0) principalLater = true;
      codes[count] = readingCodeOf(context, reading, index);
      const at = count * FIELDS;
      fields[at] = reading.qualifierOf(index);
      fields[at + 1] = reading.qualifierStartOf(index);
      fields[at + 2] = reading.codeEndOf(index);
      fields[at + 3] = reading.positionOf(index);
      count++;
    }
    if (count < compositeCount) {
      codes.length = count;
      fields.length = count * FIELDS;
    }
    const list = new ClaimDiagnoses(codes, fields, FIELDS, count);
    return principalLater && list.#roleAt(0) !== 'principal' ? list.#principalFirst() : list;
  }

  /**
   * The same list {@link fromReading} makes, kept in `codes` (what the claim screen wrote of this claim,
   * from index 0) and in the reading's own numbers instead of copies; or undefined when the claim has
   * procedures, a principal diagnosis to move first or a code `codes` does not hold at its place, for
   * which the caller copies. Such a list reads the reading and `codes` as they are when asked, so it
   * answers for the claim only until either is filled again: for a caller that drops the claim before
   * reading the next one (the command line's validation), never for a claim the editor keeps. For the
   * same reason `reused`, a list this method gave for an earlier claim, is pointed at this claim instead
   * of a new list being made; only when the answer is that list, so an undefined answer leaves `reused`
   * as it was.
   */
  static borrowing(context: InterchangeContext, reading: ClaimReading, codes: readonly string[], reused?: ClaimDiagnoses): ClaimDiagnoses | undefined {
    const count = reading.compositeCount;
    if (reading.procedureCount > 0 || codes.length < count) return undefined;
    let firstIsPrincipal = false;
    for (let index = 0; index < count; index++) {
      const meaning = knownQualifier(reading.qualifierOf(index))?.diagnosis;
      if (meaning === undefined || codes[index] !== readingCodeOf(context, reading, index)) return undefined;
      const principal = meaning.role === 'principal';
      // A principal written after a diagnosis that is not one is moved first, which a list read in place cannot do.
      if (index === 0) firstIsPrincipal = principal;
      else if (principal && !firstIsPrincipal) return undefined;
    }
    if (reused === undefined) return new ClaimDiagnoses(codes, reading.compositeFields, READING_FIELDS, count);
    reused.#bind(codes, reading.compositeFields, READING_FIELDS, count);
    return reused;
  }

  get length(): number {
    return this.#length;
  }

  codeAt(index: number): string {
    return this.#codes[index] as string;
  }

  systemAt(index: number): DiagnosisSystem {
    return this.#meaningAt(index).system;
  }

  /** Whether every diagnosis is written with an ICD-10-CM qualifier. */
  allIcd10(): boolean {
    for (let index = 0; index < this.length; index++) if (this.systemAt(index) !== 'icd10cm') return false;
    return true;
  }

  shapeOnlyAt(): boolean {
    return false;
  }

  /** The span of the code, from its mention when one was made, else made alone (a finding that offers no fix needs no more). */
  spanAt(index: number): Span {
    const made = this.#mentions?.[index];
    return made === undefined ? spanOf(this.#qualifierEndAt(index) + 1, this.#fields[index * this.#stride + 2] as number) : made.span;
  }

  mentionAt(index: number): DiagnosisMention {
    this.#mentions ??= new Array<DiagnosisMention>(this.length);
    let mention = this.#mentions[index];
    if (mention === undefined) {
      mention = this.#make(index);
      this.#mentions[index] = mention;
    }
    return mention;
  }

  /** Every diagnosis as a mention, in reporting order: the encounter's `diagnoses`. */
  mentions(): readonly DiagnosisMention[] {
    this.#mentions ??= new Array<DiagnosisMention>(this.length);
    for (let index = 0; index < this.length; index++) this.mentionAt(index);
    return this.#mentions;
  }

  /** The same mention {@link readHiSegment} makes of the composite. */
  #make(index: number): DiagnosisMention {
    const stride = this.#stride;
    const at = index * stride;
    const fields = this.#fields;
    const qualifierStart = fields[at + 1] as number;
    const qualifierEnd = this.#qualifierEndAt(index);
    const known = this.#qualifierAt(index);
    const meaning = known.diagnosis as QualifierMeaning;
    return diagnosisMention(this.codeAt(index), qualifierEnd + 1, fields[at + 2] as number, meaning, known.name, qualifierStart, qualifierEnd, fields[at + stride - 1] as number);
  }

  /** Where the qualifier of diagnosis `index` ends: a packed qualifier of three characters is at least 256 × 256. */
  #qualifierEndAt(index: number): number {
    const at = index * this.#stride;
    return (this.#fields[at + 1] as number) + ((this.#fields[at] as number) >= 0x10000 ? 3 : 2);
  }

  /** The qualifier of diagnosis `index`: a diagnosis qualifier, as only those are kept. */
  #qualifierAt(index: number): QualifierInfo {
    return knownQualifier(this.#fields[index * this.#stride] as number) as QualifierInfo;
  }

  #meaningAt(index: number): QualifierMeaning {
    return this.#qualifierAt(index).diagnosis as QualifierMeaning;
  }

  #roleAt(index: number): string {
    return this.#meaningAt(index).role;
  }

  /** The list with its principal diagnoses first, the others keeping their written order. */
  #principalFirst(): ClaimDiagnoses {
    const order = Array.from({ length: this.length }, (_, index) => index);
    // Array.prototype.sort is stable, so the other diagnoses keep their written order.
    order.sort((a, b) => Number(this.#roleAt(b) === 'principal') - Number(this.#roleAt(a) === 'principal'));
    const codes = order.map((index) => this.codeAt(index));
    // Only a list of its own is reordered (a borrowed one never needs it), so its fields are a plain array.
    const own = this.#fields as readonly number[];
    const fields = order.flatMap((index) => own.slice(index * FIELDS, index * FIELDS + FIELDS));
    return new ClaimDiagnoses(codes, fields, FIELDS, this.length);
  }
}

/** Numbers kept per diagnosis: the packed qualifier, its start, the code's end and the composite's position. */
const FIELDS = 4;

/** Numbers per composite in a {@link ClaimReading}'s fields: the same four with the code's number before the position. */
const READING_FIELDS = 5;

/** The code of composite `index` as the reading took it: one of the context's shared strings by its number, or as written when it had none. */
function readingCodeOf(context: InterchangeContext, reading: ClaimReading, index: number): string {
  const number = reading.codeNumberOf(index);
  return number >= 0 ? context.codeStrings.codeOf(number) ?? context.code(reading.codeStartOf(index), reading.codeEndOf(index)) : context.code(reading.codeStartOf(index), reading.codeEndOf(index));
}

/**
 * A claim whose diagnoses are kept as numbers ({@link ClaimDiagnoses}): `diagnoses` is made when first
 * read, `diagnosisList` gives the rules the numbers, and `label` reads the claim's CLM when first asked
 * for. All three are on the class, not own fields, so a copy made by spreading the claim has none of
 * them and sets `diagnoses` and `label` itself (claimWindow.ts does).
 */
export class IndexedClaim implements Encounter {
  readonly index: number;
  readonly span: Span;
  readonly source: EncounterSource;
  readonly procedures: readonly ProcedureMention[];
  readonly inpatient: boolean;
  readonly serviceDate: string | undefined;
  // Declared, not defined: like the claims built as literals, a claim not dated by its discharge has no such key.
  declare readonly dateIsDischarge?: boolean;
  readonly insertionPoint: InsertionPoint | undefined;
  readonly #list: ClaimDiagnoses;
  readonly #head: ClaimHead;

  /**
   * The claim's fields one by one rather than as an object: the builder makes one such claim for every
   * claim the screen lets through, and an object of fields would be made and dropped with each.
   * `dateIsDischarge` true sets the key; false leaves it out.
   */
  constructor(
    index: number, span: Span, source: EncounterSource, procedures: readonly ProcedureMention[], inpatient: boolean,
    serviceDate: string | undefined, dateIsDischarge: boolean, insertionPoint: InsertionPoint | undefined, list: ClaimDiagnoses, head: ClaimHead,
  ) {
    this.index = index;
    this.span = span;
    this.source = source;
    this.procedures = procedures;
    this.inpatient = inpatient;
    this.serviceDate = serviceDate;
    if (dateIsDischarge) (this as { dateIsDischarge?: boolean }).dateIsDischarge = true;
    this.insertionPoint = insertionPoint;
    this.#list = list;
    this.#head = head;
  }

  /** Read from the claim's CLM only when asked (see {@link ClaimHead}). */
  get label(): string {
    return this.#head.label;
  }

  get diagnoses(): readonly DiagnosisMention[] {
    return this.#list.mentions();
  }

  get diagnosisList(): DiagnosisList {
    return this.#list;
  }
}
