import { isHistory } from '../codes/roles';
import type { DocumentedMention } from '../narrative/model';
import { EncounterCodes } from './encounterCodes';
import { historySites } from './history-with-active-cancer';
import { categoryKey, coversSite, mentionCodes } from './narrativeMatch';
import type { RuleMemo } from './rule';

/**
 * The documented mentions and the listed codes of one encounter, indexed so that the narrative rules
 * ask "which mentions are about this listed code" and "is any listed code about this mention" without
 * comparing every mention with every code. Mentions are grouped by the category key of each code they
 * stand for; the cross-category relations (a Z85 code and an active site its note covers, C80.1 and a
 * documented secondary) are asked once per distinct code and remembered. Built per rule check and
 * dropped with it: nothing here outlives the encounter it was made for.
 */
export class NarrativeIndex {
  readonly #memo: RuleMemo;
  /** The mentions in text order; the lists below hold positions in it, so a union is ordered by sorting numbers. */
  readonly #mentions: readonly DocumentedMention[];
  readonly #byKey = new Map<string, number[]>();
  /** Documented codes by kind, each with the positions of the mentions that stand for it, for the Z85 site relation. */
  readonly #historyCodes = new Map<string, number[]>();
  readonly #activeCodes = new Map<string, number[]>();
  readonly #secondaries: number[] = [];
  readonly #listed: ReadonlySet<string>;
  readonly #listedKeys: ReadonlySet<string>;
  /** The listed codes sorted, so the sites a documented Z85 code covers are found by binary search. */
  readonly #listedSorted: EncounterCodes;
  readonly #listedHistory: readonly string[];
  readonly #about = new Map<string, readonly DocumentedMention[]>();
  readonly #listedAbout = new Map<string, boolean>();
  /** Each documented code's category key, cut once: the mentions of a note repeat a few codes many times. */
  readonly #keys = new Map<string, string>();

  /** `listedCodes`: the codes of the encounter's checked diagnoses (`RuleDiagnoses.codes`). */
  constructor(memo: RuleMemo, listedCodes: readonly string[], mentions: readonly DocumentedMention[]) {
    this.#memo = memo;
    this.#mentions = mentions;
    this.#listed = new Set(listedCodes);
    this.#listedKeys = new Set([...this.#listed].map(categoryKey));
    this.#listedSorted = EncounterCodes.of([...this.#listed]);
    this.#listedHistory = [...this.#listed].filter((code) => isHistory(code));
    for (let position = 0; position < mentions.length; position++) this.#add(mentions[position] as DocumentedMention, position);
  }

  /**
   * The mentions about a listed code's condition, whatever their assertion, in text order: those with
   * a code of the same condition (`sameCondition`), and every documented secondary for C80.1 (primary
   * unknown).
   */
  mentionsAbout(listed: string): readonly DocumentedMention[] {
    const known = this.#about.get(listed);
    if (known !== undefined) return known;
    const found = new Set<number>(this.#byKey.get(categoryKey(listed)) ?? []);
    if (listed === 'C801') for (const position of this.#secondaries) found.add(position);
    // A Z85 code relates to the active sites its note covers, and an active code to the Z85 codes covering it.
    const others = isHistory(listed) ? this.#activeCodes : this.#historyCodes;
    for (const [code, positions] of others) {
      const covered = isHistory(listed) ? coversSite(this.#memo, listed, code) : coversSite(this.#memo, code, listed);
      if (covered) for (const position of positions) found.add(position);
    }
    const ordered = Int32Array.from(found).sort().reduce<DocumentedMention[]>((list, position) => {
      const mention = this.#mentions[position];
      if (mention !== undefined) list.push(mention);
      return list;
    }, []);
    this.#about.set(listed, ordered);
    return ordered;
  }

  /** Whether some listed code is about the mention's condition (the relation of {@link mentionsAbout}, from the other side). */
  isListed(mention: DocumentedMention): boolean {
    if (mention.column === 'secondary' && this.#listed.has('C801')) return true;
    return mentionCodes(mention).some((code) => this.#codeIsListed(code));
  }

  /**
   * Whether a listed code is about a documented code (see `sameCondition`): the same category key, a
   * listed active code among the sites a documented Z85 code covers, or a listed Z85 code covering a
   * documented active code.
   */
  #codeIsListed(documented: string): boolean {
    const known = this.#listedAbout.get(documented);
    if (known !== undefined) return known;
    const listed = this.#listedKeys.has(categoryKey(documented)) || (isHistory(documented)
      ? (historySites(this.#memo, documented)?.refs ?? []).some((ref) => this.#coversActiveListed(ref))
      : this.#listedHistory.some((history) => coversSite(this.#memo, history, documented)));
    this.#listedAbout.set(documented, listed);
    return listed;
  }

  #add(mention: DocumentedMention, position: number): void {
    if (mention.column === 'secondary') this.#secondaries.push(position);
    const codes = mentionCodes(mention);
    for (let index = 0; index < codes.length; index++) {
      const code = codes[index] as string;
      // A code the candidates list twice is indexed once.
      if (codes.indexOf(code) !== index) continue;
      push(this.#byKey, this.#keyOf(code), position);
      push(isHistory(code) ? this.#historyCodes : this.#activeCodes, code, position);
    }
  }

  #keyOf(code: string): string {
    let key = this.#keys.get(code);
    if (key === undefined) {
      key = categoryKey(code);
      this.#keys.set(code, key);
    }
    return key;
  }

  /** Whether a site reference covers a listed code other than a history code. */
  #coversActiveListed(ref: Parameters<EncounterCodes['covered']>[0]): boolean {
    const [from, to] = this.#listedSorted.covered(ref);
    for (let position = from; position < to; position++) {
      if (!isHistory(this.#listedSorted.distinct[this.#listedSorted.rankAt(position)] as string)) return true;
    }
    return false;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
