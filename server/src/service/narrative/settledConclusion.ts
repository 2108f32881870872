import type { AssertionResult } from './assertion';
import type { RawMention } from './rawMention';

/**
 * "MRI kidneys: 4.1 cm avidly enhancing solid mass, c/w clear cell RCC" in an operative note whose pathology addendum reads
 * "Renal cell carcinoma, clear cell type": an image's, an examination's or a rapid on-site reading's "consistent with X" is
 * settled by the same note's tissue, its pathology or addendum stating X plainly (ANNOTATION.md, 2026-12-05: "Only 'c/w' is
 * settled by the note's own tissue", and "A clinical 'c/w X' follows the same rule as an image's"). "Consistent with"
 * states that a finding agrees with a diagnosis, and once tissue establishes that diagnosis it is no hedge. A plain
 * restatement outside the tissue report (an imaging Impression's "Segment 2 hemangioma") settles nothing: each statement
 * takes its own words' assertion. Every other hedge keeps its own words ("suspicious for", "favor", "probable").
 * A metastasis "c/w" is settled so too, or by the same site's metastases stated and treated (`treatedLesion.ts`), unless its
 * study calls the lesion new: beside known metastases a new lesion may be a new, unproven one. The statement may
 * come before or after the hedge (a pre-operative diagnosis, a final pathology addendum); a mention without a code names no
 * disease to match and is left. Two passes over the mentions: linear.
 */
export function withSettledConclusions(
  raw: readonly RawMention[], assertions: readonly AssertionResult[], codeOf: (mention: RawMention) => string | undefined,
  inTissueReport: (mention: RawMention) => boolean, spread?: SpreadSettlement,
): AssertionResult[] {
  const hedged = assertions.map((assertion, index) => concludes(assertion) && (notSpread(raw[index]) || (spread !== undefined && !spread.measured(raw[index] as RawMention))));
  if (!hedged.includes(true)) return [...assertions];
  const byTissue = new Set<string>();
  const byTreatment = new Set<string>();
  assertions.forEach((assertion, index) => {
    const mention = raw[index];
    if (mention === undefined || !plainlyStated(assertion)) return;
    const code = codeOf(mention);
    if (code === undefined) return;
    if (inTissueReport(mention)) byTissue.add(code);
    else if (mention.column === 'secondary' && spread?.treated(mention, assertion) === true) byTreatment.add(code);
  });
  return assertions.map((assertion, index) => {
    const mention = raw[index];
    const code = hedged[index] === true && mention !== undefined ? codeOf(mention) : undefined;
    if (code === undefined) return assertion;
    // Tissue proves the very lesion sampled, new or not; treatment of known metastases does not prove a new one.
    const settled = byTissue.has(code) || (byTreatment.has(code) && spread?.calledNew(mention as RawMention) !== true);
    return settled ? { assertion: 'present' } : assertion;
  });
}

/**
 * How a metastasis's "c/w" is settled: by the note's tissue, or by the same site's metastasis stated and treated in the note
 * (`treatedLesion.ts`) unless the hedged lesion is one its study calls new; a measured level's "c/w" by neither.
 */
export interface SpreadSettlement {
  readonly treated: (mention: RawMention, assertion: AssertionResult) => boolean;
  readonly calledNew: (mention: RawMention) => boolean;
  readonly measured: (mention: RawMention) => boolean;
}

/** The hedges that say a finding agrees with a diagnosis ("c/w", "consistent with", "most c/w"). */
const CONCLUDING_HEDGES: ReadonlySet<string> = new Set(['c/w', 'consistent with', 'consistent w /', 'most c/w', 'most consistent with']);

function concludes(assertion: AssertionResult): boolean {
  return assertion.assertion === 'uncertain' && CONCLUDING_HEDGES.has(assertion.evidence?.trigger ?? '');
}

function notSpread(mention: RawMention | undefined): boolean {
  return mention !== undefined && mention.column !== 'secondary';
}

/** A present statement with no cue of its own, not someone else's: the diagnosis the note states. */
function plainlyStated(assertion: AssertionResult): boolean {
  return assertion.assertion === 'present' && assertion.evidence === undefined && assertion.otherExperiencer !== true;
}
