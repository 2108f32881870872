import type { RawMention } from './rawMention';

/**
 * A disease written without its type in an encounter that names the type elsewhere: "worried the leukemia is back"
 * beside "CML on dasatinib", "Lymphoma in remission" beside "DLBCL s/p R-CHOP, in CR". The clinician is writing
 * about the patient's disease, which the Index codes by its type (Leukemia, myeloid, chronic C92.1-; Lymphoma,
 * diffuse large B-cell C83.3-), not as the untyped word (Leukemia C95.9-; Lymphoma (of) (malignant) C85.90).
 */
interface TypedDisease {
  /** The code the untyped words carry. */
  readonly untyped: string;
  /** Whether the mention names a type of this disease that an untyped word may restate. */
  isTyped(mention: RawMention): boolean;
  /** Whether this untyped mention may take that type ("non-Hodgkin lymphoma" never restates a Hodgkin lymphoma). */
  accepts(mention: RawMention, model: RawMention): boolean;
}

/** Leukaemia categories of Tabular C91–C95; myeloid sarcoma (C92.3) is a tumour of its own, not a type to restate. */
const LEUKAEMIA: TypedDisease = {
  untyped: 'C95.90',
  isTyped: (mention) => {
    const code = mention.morphology?.code ?? '';
    return /^C9[1-5]\./.test(code) && code !== 'C95.90' && !code.startsWith('C92.3');
  },
  accepts: () => true,
};

/** Index: Lymphoma, Hodgkin C81.- (history Z85.71, the other lymphomas' Z85.72). */
const isHodgkin = (mention: RawMention): boolean => mention.morphology?.code.startsWith('C81.') === true;

/** Lymphomas of Tabular C81–C86 that the lexicon reads on the lymphoma site axis; an ambiguous abbreviation names no type. */
const LYMPHOMA: TypedDisease = {
  untyped: 'C85.90',
  isTyped: (mention) => {
    const morphology = mention.morphology;
    return morphology?.siteAxis === 'lymphoma' && morphology.ambiguous === undefined && morphology.code !== 'C85.90' && /^C8[1-6]\./.test(morphology.code);
  },
  accepts: (mention, model) => !isHodgkin(model) || !/hodgkin|nhl/.test(mention.morphology?.words ?? ''),
};

/**
 * Each untyped leukaemia or lymphoma in an encounter that names a type of it takes that type: the one the encounter
 * writes most often, its remission and relapse those of that type's mention nearest before the word (or first after
 * it); with none written, or a tie, the word keeps its untyped code. The family and history codes follow the type
 * (the same for every leukaemia, Z80.6 and Z85.6; Z85.71 for a Hodgkin lymphoma and Z85.72 for the others).
 */
export function withNoteTypes(raw: readonly RawMention[], refuted: (mention: RawMention) => boolean = () => false): RawMention[] {
  return withNoteType(withNoteType(raw, LEUKAEMIA, refuted), LYMPHOMA, refuted);
}

function withNoteType(raw: readonly RawMention[], disease: TypedDisease, refuted: (mention: RawMention) => boolean): RawMention[] {
  if (!raw.some((mention) => mention.morphology?.code === disease.untyped)) return [...raw];
  // A type the record refutes ("H/o DLBCL? - NO: chart error") types nothing (ANNOTATION.md, an untyped leukemia or lymphoma).
  const typed = mostWrittenType(raw.filter((mention) => disease.isTyped(mention) && !refuted(mention)));
  if (typed.length === 0) return [...raw];
  const ofType = new Set(typed);
  let last: RawMention | undefined;
  return raw.map((mention) => {
    if (ofType.has(mention)) last = mention;
    if (mention.morphology?.code !== disease.untyped) return mention;
    const model = last ?? typed[0];
    if (model?.morphology === undefined || !disease.accepts(mention, model)) return mention;
    return {
      ...mention,
      morphology: model.morphology,
      remission: mention.remission === true || model.remission === true,
      relapse: mention.relapse === true || (model.relapse === true && model.remission !== true),
    };
  });
}

/**
 * The mentions of the type written most often: the patient's disease is what the note keeps naming ("AML w/ FLT3-ITD …
 * PMH: AML (current)"), a relative's is named once ("daughter - ALL age 6"). A tie names no one type.
 */
function mostWrittenType(typed: readonly RawMention[]): RawMention[] {
  const counts = new Map<string, number>();
  for (const mention of typed) counts.set(mention.morphology?.code ?? '', (counts.get(mention.morphology?.code ?? '') ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first === undefined || (second !== undefined && second[1] === first[1])) return [];
  return typed.filter((mention) => mention.morphology?.code === first[0]);
}
