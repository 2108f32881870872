import type { AssertionResult } from './assertion';
import type { RawMention } from './rawMention';

/**
 * "melanoma in situ L upper arm WLE 2019 - without recurrence … Prior melanoma site L upper arm: well-healed scar": a
 * history mention that names the disease without its behaviour restates the one the note documents, and when every
 * other history of that disease the note gives is in situ, the restatement is that in-situ history (Z86.006, not the
 * invasive melanoma's Z85.820; Z86.000 for a "prior breast cancer" that the note documents as DCIS): a coder codes the
 * history the record documents (Guideline I.C.2.d; ANNOTATION.md, side and sub-site documented elsewhere). A note that
 * also documents the disease as present, or an invasive history of it, keeps each mention as written.
 */

/** The disease a mention names, for matching an in-situ history with its restatements: its morphology or its organ. */
function diseaseOf(mention: RawMention): string | undefined {
  if (mention.morphology !== undefined) return mention.morphology.inSitu === undefined ? undefined : `m:${mention.morphology.code}`;
  const organ = mention.site?.path[0];
  return organ === undefined || (mention.column !== 'primary' && mention.column !== 'in-situ') ? undefined : `t:${organ}`;
}

function inSitu(mention: RawMention): boolean {
  return mention.morphology !== undefined ? mention.inSitu === true : mention.column === 'in-situ';
}

export function withInSituHistories(raw: readonly RawMention[], assertions: readonly AssertionResult[]): RawMention[] {
  const inSituHistories = new Set<string>();
  const otherwise = new Set<string>();
  // Each mention's disease is named once: the second pass reads it again for the history mentions.
  const diseases = raw.map((mention, index) => {
    const assertion = assertions[index]?.assertion;
    if (assertion !== 'history' && assertion !== 'present') return undefined;
    const disease = diseaseOf(mention);
    if (disease === undefined) return undefined;
    if (assertion === 'history' && inSitu(mention)) inSituHistories.add(disease);
    // A present mention, or a history its own cue states (not a bare restatement), documents the disease as written.
    else if (assertion === 'present' || (assertions[index]?.evidence !== undefined && !RESTATING.has(assertions[index]?.evidence?.trigger ?? ''))) otherwise.add(disease);
    return disease;
  });
  if (inSituHistories.size === 0) return [...raw];
  return raw.map((mention, index) => {
    const disease = diseases[index];
    if (disease === undefined || !inSituHistories.has(disease) || otherwise.has(disease) || inSitu(mention) || assertions[index]?.assertion !== 'history') return mention;
    return mention.morphology !== undefined ? { ...mention, inSitu: true } : { ...mention, column: 'in-situ' };
  });
}

/** History leads that only label a disease as the patient's past ("Prior melanoma", "hx of breast cancer"): a restatement. */
const RESTATING = new Set(['prior', 'previous', 'hx', 'hx of', 'history of', 'h/o', 'personal history of', 'remote', 'history']);
