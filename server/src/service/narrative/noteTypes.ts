import type { MorphologyTerm } from './morphologyLexicon';
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
  /** The type a typed mention names, which an untyped word restates: its own morphology unless that is a subtype below the type. */
  typeOf(morphology: MorphologyTerm): MorphologyTerm;
}

/** A typed mention's own morphology: its code is the type the untyped word restates. */
const ownType = (morphology: MorphologyTerm): MorphologyTerm => morphology;

/**
 * Leukaemia categories of Tabular C91–C95; myeloid sarcoma (C92.3) is a tumour of its own, not a type to restate, and an acute
 * leukaemia of unspecified cell type (C95.0-) names no cell type.
 */
const LEUKAEMIA: TypedDisease = {
  untyped: 'C95.90',
  isTyped: (mention) => {
    const code = mention.morphology?.code ?? '';
    return /^C9[1-5]\./.test(code) && code !== 'C95.90' && !code.startsWith('C95.0') && !code.startsWith('C92.3');
  },
  accepts: () => true,
  typeOf: ownType,
};

/**
 * The acute leukaemias of a cell type (Tabular C91.0 lymphoblastic, C92.0 / C92.4 / C92.5 / C92.6 / C92.A myeloid, C93.0 monoblastic,
 * C94.0 erythroid, C94.2 megakaryoblastic): "acute leukemia" in an AML note is the AML, in a CLL note the acute leukaemia of
 * unspecified cell type (Tabular C95.0-), which the chronic leukaemia is not.
 */
const ACUTE_LEUKAEMIA: TypedDisease = {
  untyped: 'C95.00',
  isTyped: (mention) => /^C(91\.0|92\.[0456A]|93\.0|94\.[02])/.test(mention.morphology?.code ?? ''),
  accepts: () => true,
  typeOf: ownType,
};

/** Index: Lymphoma, Hodgkin C81.- (history Z85.71, the other lymphomas' Z85.72). */
const isHodgkin = (mention: RawMention): boolean => mention.morphology?.code.startsWith('C81.') === true;

/**
 * Lymphomas of Tabular C81–C86 that the lexicon reads on the lymphoma site axis, and the extranodal marginal zone lymphoma of
 * mucosa-associated lymphoid tissue (Tabular C88.4-, the one lymphoma type of C88): an orbital biopsy's "MALT lymphoma" is the type an
 * untyped "lymphoma" of the same note restates. An ambiguous abbreviation names no type.
 */
const LYMPHOMA: TypedDisease = {
  untyped: 'C85.90',
  isTyped: (mention) => {
    const morphology = mention.morphology;
    if (morphology?.code === 'C88.40') return true;
    return morphology?.siteAxis === 'lymphoma' && morphology.ambiguous === undefined && morphology.code !== 'C85.90' && /^C8[1-6]\./.test(morphology.code);
  },
  accepts: (mention, model) => !isHodgkin(model) || !/hodgkin|nhl/.test(mention.morphology?.words ?? ''),
  typeOf: lymphomaType,
};

/**
 * A transplant recipient's lymphoproliferative disorder that no lymphoma type names ("EBV+ polymorphic PTLD … Pt worried 'the lymphoma
 * is going to spread'"): the untyped "lymphoma" is the patient's PTLD (Tabular D47.Z1), written as patients and clinicians speak of it,
 * when the note names the PTLD more often than any lymphoma type. `untypedPtld` (ptldType.ts) tells a PTLD that names no other type.
 */
const lymphomaOrPtld = (untypedPtld: (mention: RawMention) => boolean): TypedDisease => ({
  ...LYMPHOMA,
  isTyped: (mention) => LYMPHOMA.isTyped(mention) || untypedPtld(mention),
});

/**
 * Subtypes and grades below a lymphoma's type are phrase-level (ANNOTATION.md): an untyped "lymphoma" beside a nodular sclerosis
 * Hodgkin lymphoma is Hodgkin lymphoma, unspecified (Tabular C81.9-), beside a grade 2 follicular lymphoma follicular lymphoma,
 * unspecified (C82.9-); the other categories of C83–C86 are types in themselves (diffuse large B-cell C83.3-, mantle cell C83.1-).
 */
const LYMPHOMA_TYPES: ReadonlyMap<string, { readonly code: string; readonly remission: string; readonly source: string }> = new Map([
  ['C81', { code: 'C81.90', remission: 'C81.9A', source: 'Index: Lymphoma, Hodgkin C81.9- (the type the note documents; its subtype is phrase-level)' }],
  ['C82', { code: 'C82.90', remission: 'C82.9A', source: 'Index: Lymphoma, follicular C82.9- (the type the note documents; its grade is phrase-level)' }],
]);

function lymphomaType(morphology: MorphologyTerm): MorphologyTerm {
  const type = LYMPHOMA_TYPES.get(morphology.code.slice(0, 3));
  return type === undefined ? morphology : { ...morphology, ...type };
}

/**
 * Myelodysplastic syndromes by subtype (Tabular D46.0–D46.C): "MDS" alone beside "MDS with isolated del(5q)" is the patient's
 * MDS with isolated del(5q) (D46.C), not the unspecified D46.9. MDS has no remission or relapse codes.
 */
const MYELODYSPLASIA: TypedDisease = {
  untyped: 'D46.9',
  isTyped: (mention) => {
    const code = mention.morphology?.code ?? '';
    return code.startsWith('D46.') && code !== 'D46.9';
  },
  accepts: () => true,
  typeOf: ownType,
};

/**
 * Round 23: a lymphoproliferative disorder NOS (Tabular D47.9) asked about before the note proves the disease's type ("R/O
 * lymphoproliferative disorder" above a flow cytometry's CLL/SLL) is that type: a lymphoma of C81–C86 or C88.4, or a lymphoid
 * leukaemia of C91 (ANNOTATION.md round 20: a rule-out takes the type the note then proves).
 */
const LYMPHOPROLIFERATIVE: TypedDisease = {
  untyped: 'D47.9',
  isTyped: (mention) => LYMPHOMA.isTyped(mention) || (mention.morphology?.code.startsWith('C91.') === true && mention.morphology.ambiguous === undefined),
  accepts: () => true,
  typeOf: (morphology) => (morphology.code.startsWith('C91.') ? morphology : lymphomaType(morphology)),
};

/**
 * Each untyped leukaemia or lymphoma in an encounter that names a type of it takes that type: the one the encounter
 * writes most often, its remission and relapse those of that type's mention nearest before the word (or first after
 * it), save a return the word's own words state (`statesOwnReturn`); with none written, or a tie, the word keeps its untyped
 * code. The family and history codes follow the type (the same for every leukaemia, Z80.6 and Z85.6; Z85.71 for a Hodgkin
 * lymphoma and Z85.72 for the others).
 */
export function withNoteTypes(raw: readonly RawMention[], refuted: (mention: RawMention) => boolean = () => false,
  untypedPtld: (mention: RawMention) => boolean = () => false, statesOwnReturn: (mention: RawMention) => boolean = () => false): RawMention[] {
  const typeWith = (mentions: readonly RawMention[], disease: TypedDisease): RawMention[] => withNoteType(mentions, disease, refuted, statesOwnReturn);
  const leukaemias = typeWith(typeWith(raw, LEUKAEMIA), ACUTE_LEUKAEMIA);
  return typeWith(typeWith(typeWith(leukaemias, lymphomaOrPtld(untypedPtld)), MYELODYSPLASIA), LYMPHOPROLIFERATIVE);
}

function withNoteType(raw: readonly RawMention[], disease: TypedDisease, refuted: (mention: RawMention) => boolean,
  statesOwnReturn: (mention: RawMention) => boolean): RawMention[] {
  if (!raw.some((mention) => mention.morphology?.code === disease.untyped)) return [...raw];
  // A type the record refutes ("H/o DLBCL? - NO: chart error") types nothing (ANNOTATION.md, an untyped leukemia or lymphoma).
  const typed = mostWrittenType(raw.filter((mention) => disease.isTyped(mention) && !refuted(mention)), disease);
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
      morphology: disease.typeOf(model.morphology),
      // A return the untyped word's own words state ("worried the leukemia is back", "no signs of leukemia coming back") is its
      // status: the type's remission written elsewhere does not undo it (ANNOTATION.md, round 16: a mention whose own words state a
      // relapse takes the relapse code). A relapse word that only dates it ("no CNS leukemia at dx or at relapse") is no such return.
      remission: mention.remission === true || (model.remission === true && !(mention.relapse === true && statesOwnReturn(mention))),
      relapse: mention.relapse === true || (model.relapse === true && model.remission !== true),
      typedByNote: true,
    };
  });
}

/**
 * The mentions of the type written most often: the patient's disease is what the note keeps naming ("AML w/ FLT3-ITD …
 * PMH: AML (current)"), a relative's is named once ("daughter - ALL age 6"). A tie names no one type.
 */
function mostWrittenType(typed: readonly RawMention[], disease: TypedDisease): RawMention[] {
  const typeCode = (mention: RawMention): string => (mention.morphology === undefined ? '' : disease.typeOf(mention.morphology).code);
  const counts = new Map<string, number>();
  for (const mention of typed) counts.set(typeCode(mention), (counts.get(typeCode(mention)) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first === undefined || (second !== undefined && second[1] === first[1])) return [];
  return typed.filter((mention) => typeCode(mention) === first[0]);
}
