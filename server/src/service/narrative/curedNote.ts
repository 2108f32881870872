import type { AssertionIndex, AssertionResult } from './assertion';
import { evidenceOf } from './assertion';
import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * A survivorship plan or treatment summary that states the outcome in a sentence of its own ("Current status: CR since
 * 2010; considered cured. Off all cancer therapy.") speaks of the one cancer the note documents, though the diagnosis
 * stands lines above it ("CANCER DIAGNOSIS / Type: Classical Hodgkin lymphoma, nodular sclerosis"): cured is the
 * eradication Guideline I.C.2.d makes a history (Z85), and ANNOTATION.md reads "cured" as history in every mention
 * ("Remission and cure in one note"). The sentence must name no diagnosis of its own, and the note must document one
 * malignancy only (one code category among its plain present mentions), none of whose mentions a treatment given now
 * keeps current; else the cure is left to the mentions its own sentence reaches.
 */

/** The cue words that say a disease is cured. */
const CURED = new Set(['cured']);

/**
 * The first cure cue whose sentence, and the sentence before it, name no diagnosis (`subjects`: the first mention's token
 * per sentence, -1 for none): "Hx seminoma R testis - orchiectomy 1998. Cured." is the seminoma's, not the note's.
 */
function subjectlessCure(tokens: readonly Token[], index: AssertionIndex, subjects: Int32Array): AssertionIndex['hits'][number] | undefined {
  return index.hits.find((hit) => {
    const sentence = tokens[hit.start]?.sentence ?? 0;
    return CURED.has(hit.trigger.words) && (subjects[sentence] ?? -1) < 0 && (sentence === 0 || (subjects[sentence - 1] ?? -1) < 0)
      && statesCure(tokens, index, hit.start);
  });
}

/** Words that make a cure hoped for, asked about or foreseen rather than stated ("Pt hopes to be cured", "chance of cure"). */
const UNSTATED = new Set(['hope', 'hopes', 'hoping', 'hoped', 'chance', 'chances', 'goal', 'aim', 'intent', 'potentially', 'possibly', 'will', 'would', 'can', 'could', 'may', 'might', 'whether', 'if']);
/** How many tokens either side of the cue are read for those words. */
const STATEMENT_REACH = 12;

/** Whether the sentence of the cure cue at `cue` states the cure: no hedge, question, condition or denial in it. */
function statesCure(tokens: readonly Token[], index: AssertionIndex, cue: number): boolean {
  const sentence = tokens[cue]?.sentence;
  for (let position = Math.max(0, cue - STATEMENT_REACH); position < cue + STATEMENT_REACH && position < tokens.length; position++) {
    const token = tokens[position];
    if (token !== undefined && token.sentence === sentence && (UNSTATED.has(token.norm) || token.norm === '?')) return false;
  }
  // "Considered cured" states the judgement; "considered" alone is a hedge elsewhere ("metastasis considered").
  const hedged = index.hits.some((hit) => tokens[hit.start]?.sentence === sentence && hit.trigger.words !== 'considered'
    && (hit.trigger.assertion === 'negated' || hit.trigger.assertion === 'uncertain' || hit.trigger.assertion === 'hypothetical'));
  return !hedged;
}

/** A malignancy of the patient's own, not a metastasis (whose cancer is the one to read) nor a site-less "cancer". */
function ownMalignancy(mention: RawMention): boolean {
  if (mention.unspecifiedSite === true || mention.column === 'secondary') return false;
  return mention.column === 'primary' || mention.morphology?.code.startsWith('C') === true;
}

/** The assertions with the note's one malignancy made history when a sentence of its own calls the patient cured. */
export function withCuredNote(
  tokens: readonly Token[], index: AssertionIndex, subjects: Int32Array, raw: readonly RawMention[], assertions: readonly AssertionResult[],
  categoryOf: (mention: RawMention) => string | undefined,
): AssertionResult[] {
  const cure = subjectlessCure(tokens, index, subjects);
  if (cure === undefined) return [...assertions];
  const plain = (position: number): boolean => assertions[position]?.assertion === 'present' && assertions[position]?.evidence === undefined;
  const categories = new Set<string | undefined>();
  let treated = false;
  raw.forEach((mention, position) => {
    if (!ownMalignancy(mention) || assertions[position]?.assertion !== 'present') return;
    if (assertions[position]?.treated === true) treated = true;
    if (plain(position)) categories.add(categoryOf(mention));
  });
  const [category] = categories;
  if (treated || categories.size !== 1 || category === undefined) return [...assertions];
  const evidence = evidenceOf(tokens, cure);
  return assertions.map((assertion, position) => {
    const mention = raw[position];
    return mention !== undefined && plain(position) && ownMalignancy(mention) && categoryOf(mention) === category ? { assertion: 'history', evidence } : assertion;
  });
}
