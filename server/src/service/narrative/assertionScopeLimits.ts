import { ABBREVIATED_CAUSES } from './abbreviatedCauses';
import { DENIED_PREDICATES, oneKindTerminators } from './deniedPredicates';

/**
 * Where a NegEx/ConText trigger's scope ends (Chapman 2001; Harkema 2009): the words that terminate it besides the sentence
 * end, the terminators some triggers read through, and the most tokens a trigger reaches. The triggers themselves are in
 * `assertionTriggers.ts`; every terminator is tested in `test/service/narrative/assertion.test.ts`.
 */

/**
 * Terminators that stop only a history lead: the alternatives of a differential are not in the history a
 * lead before the first names ("osseous met from prior RCC vs plasmacytoma vs primary bone tumor").
 */
export const HISTORY_ONLY_TERMINATORS: readonly string[] = ['vs', 'vs.', 'versus'];

/** The terminators that stop one kind of trigger only: the differential's "vs" a history lead, a denied need a denial. */
export const ONE_KIND_TERMINATORS: ReadonlyMap<string, string> = oneKindTerminators(HISTORY_ONLY_TERMINATORS);

/**
 * The cause a hedged finding is put down to, owned by the patient ("likely malignant ascites from her peritoneal disease",
 * "hepatomegaly from her liver secondaries"): the patient's disease is known, only the finding is hedged. These stop hedges only,
 * so a relative's death "from her breast cancer" stays the relative's, and only a hedge written before them: a hedge after the
 * cause still reaches back to the finding ("Metastasis from her prior breast cancer unlikely").
 */
export const OWNED_CAUSES: readonly string[] = ['from her', 'from his', 'from their'];

/**
 * Words that end a trigger's scope besides the sentence end; "his own", "her own" turn from a relative's to the patient's ("sister w/
 * PDAC + his own melanoma"), and so does the patient's possessive (round 23: "Sister's pancreatic NET + pt's NET: genetics referral").
 */
export const TERMINATORS: readonly string[] = [
  'his own', 'her own', "pt's", "patient's", 'but', 'however', 'although', 'though', 'yet', 'which', 'who', 'except', 'aside from', 'apart from', 'other than', 'now', 'presents with',
  'presented with', 'presenting with', 'with new', 'new', 'since then', 'then', 'and now', 'currently', 'here for', 'here with', 'admitted with', 'due to',
  // NegEx's termination terms: what follows is the cause or reason, not the negated or reported finding ("likely humoral hypercalcemia …, with contribution from new osseous mets").
  'because', 'unless', 'nevertheless', 'secondary to', 'as the cause of', 'cause of', 'source of', 'etiology of', 'reason for',
  'caused by', 'produced by', 'attributed to', 'attributable to', 'with contribution from', 'with a contribution from', 'with some contribution from', 'contribution from', 'contributed to by',
  // What follows is the known background of a hedge, not its object ("suspicious for metastasis given known lung cancer").
  'given', 'in the setting of', 'in setting of', 'in light of', 'known',
  // Round 23: a psychiatric or medical formulation's background ("MDD, recurrent, severe w/o psychotic features, in context of stage IV
  // pancreatic cancer"): the cancer is the setting, not an item of the denial.
  'in context of', 'in the context of',
  // The patient a finding is hedged in, with the disease already known ("most likely malignant effusion in pt w/ advanced lung ca").
  'in pt with', 'in pt w /', 'in a pt with', 'in patient with', 'in a patient with', 'in this patient with', 'in a patient w /', 'in patient w /',
  // What is proven is not hedged ("likely PTC, with biopsy-proven neck nodal mets"); these stop hedges only.
  'biopsy-proven', 'biopsy proven', 'pathology-proven', 'path-proven', 'pathologically proven', 'histologically proven',
  ...HISTORY_ONLY_TERMINATORS, ...OWNED_CAUSES, ...DENIED_PREDICATES, ...ABBREVIATED_CAUSES,
];

/** Terminators that stop only a hedge or a hypothetical: a negation or a history lead reads through them. */
export const HEDGE_ONLY_TERMINATORS: readonly string[] = ['biopsy-proven', 'biopsy proven', 'pathology-proven', 'path-proven', 'pathologically proven', 'histologically proven', ...OWNED_CAUSES];

/**
 * Terminators that stop history and family scopes but not a negation in a Review of Systems or exam
 * list ("Negative for: rash, new moles or skin cancer"): there "new" is an adjective inside the list.
 */
export const LIST_TRANSPARENT_TERMINATORS: readonly string[] = ['new', 'with new'];

/**
 * Terminators that stop history and family scopes (and a plain negation) but not a hedge or a
 * hypothetical: "consistent with new metastasis", "risk of a new breast cancer" are about the new finding.
 */
export const HEDGE_TRANSPARENT_TERMINATORS: readonly string[] = ['new'];

/**
 * Terminators that stop a history lead before a later diagnosis ("h/o breast cancer, now with liver
 * mets") but not a history cue after its own diagnosis, which says how it stands now ("breast cancer
 * s/p mastectomy 2015, now NED").
 */
export const POST_HISTORY_TRANSPARENT_TERMINATORS: readonly string[] = ['now', 'currently', 'and now', 'since then', 'then'];

/** The most tokens a trigger reaches. */
export const MAX_SCOPE = 14;
/** A history lead reaches through a list of conditions ("history of hypertension, …, and colon cancer"). */
export const MAX_HISTORY_SCOPE = 32;
/** A negation in a Review of Systems or exam sentence reaches through its whole pertinent-negative list. */
export const MAX_LIST_NEGATION_SCOPE = 48;
