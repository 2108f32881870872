import type { Assertion } from './model';
import type { RawMention } from './rawMention';

/**
 * "AML in CR1 … Day +180 marrow: no morphologic evidence of acute myeloid leukemia", "Multiple myeloma in stringent CR …
 * marrow showed no evidence of myeloma": a denied leukaemia, lymphoma or myeloma of the type the encounter documents in
 * remission is that disease in remission (ANNOTATION.md: a denied involvement codes what its words would have if present,
 * with the remission of the patient's disease; Tabular C92.01 Acute myeloblastic leukemia, in remission, C90.01 Multiple
 * myeloma in remission). The words deny residual disease; they do not say the disease never achieved remission.
 * The model is the nearest mention of the same type before it that is the patient's own and not denied, else the first after.
 */
export function withRemissionOfDenied(raw: readonly RawMention[], assertions: readonly Assertion[]): readonly RawMention[] {
  if (!raw.some((mention, index) => deniesRemittingDisease(mention, assertions[index]))) return raw;
  const models = nearestModels(raw, assertions);
  return raw.map((mention, index) => {
    if (!deniesRemittingDisease(mention, assertions[index])) return mention;
    return models[index]?.remission === true ? { ...mention, remission: true } : mention;
  });
}

/** A denied mention of a disease with remission codes that its own words give no remission or relapse. */
function deniesRemittingDisease(mention: RawMention, assertion: Assertion | undefined): boolean {
  return assertion === 'negated' && mention.morphology?.remission !== undefined && mention.remission !== true && mention.relapse !== true;
}

/** Whether a mention states the patient's disease: not denied, feared or a relative's. */
const statesDisease = (assertion: Assertion | undefined): boolean => assertion === 'present' || assertion === 'history' || assertion === 'uncertain';

/** For each mention, the nearest stating mention of its code before it, else the first after it (two passes, linear). */
function nearestModels(raw: readonly RawMention[], assertions: readonly Assertion[]): (RawMention | undefined)[] {
  const models: (RawMention | undefined)[] = new Array(raw.length).fill(undefined);
  const lastOf = new Map<string, RawMention>();
  raw.forEach((mention, index) => {
    const code = mention.morphology?.code;
    if (code === undefined) return;
    models[index] = lastOf.get(code);
    if (statesDisease(assertions[index])) lastOf.set(code, mention);
  });
  const nextOf = new Map<string, RawMention>();
  for (let index = raw.length - 1; index >= 0; index--) {
    const code = raw[index]?.morphology?.code;
    if (code === undefined) continue;
    models[index] ??= nextOf.get(code);
    if (statesDisease(assertions[index])) nextOf.set(code, raw[index] as RawMention);
  }
  return models;
}
