import type { CodeSets } from '../codes/codeSet';
import type { NeoplasmTable } from '../codes/neoplasm/model';
import type { AssertionTrigger } from './assertionTriggers';
import { TERMINATORS } from './assertionScopeLimits';
import { ASSERTION_TRIGGERS } from './assertionTriggers';
import { INFORMANT_TRIGGERS, QUESTION_TRIGGERS } from './informantTriggers';
import { PRIMARY_CARE_TRIGGERS } from './primaryCareTriggers';
import { EXPOSURE_TRIGGERS } from './exposureTriggers';
import { PENDING_EXCLUSION_TRIGGERS } from './pendingExclusion';
import { REMOVAL_TRIGGERS } from './removalTriggers';
import type { HistologyTerm } from './histologyLexicon';
import { HISTOLOGY_TERMS } from './histologyLexicon';
import type { MorphologyTerm } from './morphologyLexicon';
import { MORPHOLOGY_TERMS } from './morphologyLexicon';
import type { NodeRegionTerm } from './nodeLexicon';
import { NODE_REGIONS, NODE_WORDS } from './nodeLexicon';
import { PhraseMatcher } from './phraseMatcher';
import type { SectionHeaderLookup } from './sectionHeaders';
import { headerLookup } from './sectionHeaders';
import type { SiteTerm } from './siteLexicon';
import { SiteRowIndex } from './siteRows';
import { SITE_TERMS } from './siteLexicon';
import type { SiteMatch } from './siteMatch';
import { MemoKey } from './memoKey';
import { TokenBuffer } from './tokenBuffer';
import { TokenSlots } from './tokenSlots';
import { TokenWords } from './tokenWords';
import type { WordClassifier } from './wordClasses';
import { LEXICON_CLASS, lexiconClassifier } from './wordClasses';
import { readerClassifier } from './readerWordClasses';

/**
 * What the narrative reader needs from the service: the Table of Neoplasms, the code list of the
 * release that covers the note (every code the reader produces must be valid there), and the
 * reader's own compiled vocabularies. The service creates one context per loaded release and drops
 * it with the code sets; nothing is cached at module level.
 */

/** Code look-ups in one release (codes dotless, upper case). */
export interface NarrativeCodeLookup {
  /** The display name of the release, e.g. `ICD-10-CM FY2027`. */
  readonly release: string;
  /** Whether the code can be reported on its own in the release. */
  isBillable(code: string): boolean;
  /** Whether the code exists in the release, billable or as a header. */
  exists(code: string): boolean;
  /** The billable codes that start with the prefix, in code order (at most 64). */
  billableWithPrefix(prefix: string): readonly string[];
  /** The official long title, if known. */
  title(code: string): string | undefined;
}

export interface NarrativeContext {
  readonly table: NeoplasmTable;
  readonly codes: NarrativeCodeLookup;
  /** Section header spellings, normalised, to their entries. */
  readonly headers: SectionHeaderLookup;
  readonly vocabulary: NarrativeVocabulary;
  /** Answers already computed for this table and release, bounded; owned by the context. */
  readonly memo: NarrativeMemo;
  /** Which words are site rows of the table, remembered; owned by the context. */
  readonly siteRows: SiteRowIndex;
  /** The spellings of the words read so far, interned; owned by the context. */
  readonly words: TokenWords;
  /** The tokens of the read in progress, whose objects and array the next read reuses; owned by the context. */
  readonly tokens: TokenBuffer;
  /** The sites of the read in progress by their first token and by the token they end before, in arrays the next read reuses. */
  readonly siteStarts: TokenSlots<SiteMatch>;
  readonly siteEnds: TokenSlots<SiteMatch>;
}

/**
 * Look-ups the reader repeats for every note (is this word a site row? which code does this site and
 * column give?), remembered per context. Each map is cleared when it reaches its bound, so memory stays
 * flat however many notes are read.
 */
export class NarrativeMemo {
  private static readonly BOUND = 20_000;
  private readonly maps = new Map<string, Map<string, unknown>>();
  /** Answers derived from a remembered answer (an object), kept as long as that object is. */
  private readonly derived = new WeakMap<object, Map<string, unknown>>();
  /** The spaces keyed by sequences of parts: the first key of each and how many answers it holds. */
  private readonly roots = new Map<string, { key: MemoKey; size: number }>();

  /** The remembered answer for `key` in `space`, computing it once. */
  remember<T>(space: string, key: string, compute: () => T): T {
    const map = this.space(space);
    const known = map.get(key);
    if (known !== undefined || map.has(key)) return known as T;
    if (map.size >= NarrativeMemo.BOUND) map.clear();
    const value = compute();
    map.set(key, value);
    return value;
  }

  /**
   * The remembered answer for `key` about `owner`, an answer this memo gave before: what is derived
   * from it lives as long as it does, so clearing a space frees what was derived from it too.
   */
  rememberOf<T>(owner: object, key: string, compute: () => T): T {
    let map = this.derived.get(owner);
    if (map === undefined) {
      map = new Map();
      this.derived.set(owner, map);
    }
    const known = map.get(key);
    if (known !== undefined || map.has(key)) return known as T;
    const value = compute();
    map.set(key, value);
    return value;
  }

  /** The first key of a space whose keys are sequences of parts (`MemoKey`): a look-up walks from it part by part. */
  keyRoot(space: string): MemoKey {
    let root = this.roots.get(space);
    if (root === undefined) {
      root = { key: new MemoKey(), size: 0 };
      this.roots.set(space, root);
    }
    return root.key;
  }

  /** The remembered answer at `key` (reached from `keyRoot(space)`), computing it once; a full space starts afresh. */
  rememberAt<T>(space: string, key: MemoKey, compute: () => T): T {
    if (key.known) return key.value as T;
    const value = compute();
    const root = this.roots.get(space);
    if (root !== undefined && root.size >= NarrativeMemo.BOUND) {
      root.key = new MemoKey();
      root.size = 0;
    }
    // A key of a space emptied since it was reached keeps its answer only for this call.
    key.keep(value);
    if (root !== undefined) root.size++;
    return value;
  }

  private space(name: string): Map<string, unknown> {
    let map = this.maps.get(name);
    if (map === undefined) {
      map = new Map();
      this.maps.set(name, map);
    }
    return map;
  }
}

/** The lexicons compiled into phrase matchers, once per context. */
export interface NarrativeVocabulary {
  readonly sites: PhraseMatcher<SiteTerm>;
  readonly nodeWords: PhraseMatcher<string>;
  readonly nodeRegions: PhraseMatcher<NodeRegionTerm>;
  readonly histology: PhraseMatcher<HistologyTerm>;
  readonly morphology: PhraseMatcher<MorphologyTerm>;
  readonly triggers: PhraseMatcher<AssertionTrigger>;
  readonly terminators: PhraseMatcher<string>;
  /** The first words of every phrase above: a token that is none of them needs no phrase look-up. */
  readonly firstWords: ReadonlySet<string>;
  /** The word classes of a spelling: each lexicon's bit for the first words of its phrases. */
  readonly classify: WordClassifier;
}

/** Compiles the reader's lexicons. */
export function compileVocabulary(): NarrativeVocabulary {
  const same = (words: string): string => words;
  const matchers = {
    sites: new PhraseMatcher(SITE_TERMS, (term) => term.words, LEXICON_CLASS.sites),
    nodeWords: new PhraseMatcher(NODE_WORDS, same, LEXICON_CLASS.nodeWords),
    nodeRegions: new PhraseMatcher(NODE_REGIONS, (term) => term.words, LEXICON_CLASS.nodeRegions),
    histology: new PhraseMatcher(HISTOLOGY_TERMS, (term) => term.words, LEXICON_CLASS.histology),
    morphology: new PhraseMatcher(MORPHOLOGY_TERMS, (term) => term.words, LEXICON_CLASS.morphology),
    triggers: new PhraseMatcher([...ASSERTION_TRIGGERS, ...REMOVAL_TRIGGERS, ...INFORMANT_TRIGGERS, ...QUESTION_TRIGGERS, ...PRIMARY_CARE_TRIGGERS, ...EXPOSURE_TRIGGERS, ...PENDING_EXCLUSION_TRIGGERS], (trigger) => trigger.words, LEXICON_CLASS.triggers),
    terminators: new PhraseMatcher(TERMINATORS, same, LEXICON_CLASS.terminators),
  };
  const firstWords = new Set<string>();
  for (const matcher of Object.values(matchers)) for (const word of matcher.firstWords()) firstWords.add(word);
  const classify = lexiconClassifier(Object.values(matchers).map((matcher) => ({ bit: matcher.bit, words: matcher.firstWords() })));
  return { ...matchers, firstWords, classify };
}

/** The code look-ups of one year of the service's code sets. */
export function codeLookupFor(codeSets: CodeSets, year: number): NarrativeCodeLookup {
  const label = codeSets.years.find((entry) => entry.year === year)?.label ?? `ICD-10-CM FY${year}`;
  return {
    release: label,
    isBillable: (code) => codeSets.status(code, year) === 'billable',
    exists: (code) => codeSets.status(code, year) !== undefined,
    billableWithPrefix: (prefix) => codeSets.billableWithPrefix(prefix, year, 64),
    title: (code) => codeSets.title(code),
  };
}

/** Builds the reader's context for a table and one release of the code sets (the newest by default). */
export function createNarrativeContext(table: NeoplasmTable, codeSets: CodeSets, year: number = codeSets.newest.year): NarrativeContext {
  const vocabulary = compileVocabulary();
  const siteRows = new SiteRowIndex(table);
  const words = new TokenWords(readerClassifier(vocabulary.classify, siteRows));
  return { table, codes: codeLookupFor(codeSets, year), headers: headerLookup(), vocabulary, memo: new NarrativeMemo(), siteRows, words, tokens: new TokenBuffer(), siteStarts: new TokenSlots(), siteEnds: new TokenSlots() };
}

/**
 * The reader's context over the code sets' own Table of Neoplasms (the bundled one, or a newer table
 * from the user's release folder); undefined when the code sets carry no table.
 */
export function narrativeContextFor(codeSets: CodeSets, year: number = codeSets.newest.year): NarrativeContext | undefined {
  const table = codeSets.neoplasmTable?.();
  return table === undefined ? undefined : createNarrativeContext(table, codeSets, year);
}
