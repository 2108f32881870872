import type { AssertionResult } from './assertion';

/**
 * A note-level rule that makes some mentions present because of what other mentions say: "Residual pituitary adenoma"
 * makes the dated removal's history of the same code present (`residualDisease.ts`); a treatment given now makes a
 * labelled history of the same code present (`withOngoingTreatment`); a sited history malignancy makes "her old cancer"
 * in the same sentence its plain restatement (`withRestatedHistories`). Each rule says only which mentions collect a key,
 * which may be promoted, and what the key is.
 */
export interface Promotion<Mention, Key> {
  /** Whether a mention's reading puts its key in the collected set. */
  readonly collects: (mention: Mention, assertion: AssertionResult) => boolean;
  /** Whether a mention's reading may become present when its key was collected. */
  readonly promotes: (mention: Mention, assertion: AssertionResult) => boolean;
  /**
   * What ties a promoted mention to a collecting one (its code, its sentence); undefined ties it to none. It is asked
   * only of mentions that collect or may be promoted, because a key can be costly (coding a mention as if present).
   */
  readonly keyOf: (mention: Mention) => Key | undefined;
}

/**
 * The readings after one promotion: every mention that `promotes` allows and whose key a collecting mention holds is
 * present, with no cue of its own (the other mention's words decide it, not a trigger of its own sentence). Keys are
 * collected from the readings as given, so the order of the mentions does not matter and a promoted mention collects
 * nothing in the same pass.
 */
export function promoteMatching<Mention, Key>(
  raw: readonly Mention[], assertions: readonly AssertionResult[], promotion: Promotion<Mention, Key>,
): AssertionResult[] {
  const keys = new Set<Key>();
  raw.forEach((mention, index) => {
    const assertion = assertions[index];
    const key = assertion !== undefined && promotion.collects(mention, assertion) ? promotion.keyOf(mention) : undefined;
    if (key !== undefined) keys.add(key);
  });
  if (keys.size === 0) return [...assertions];
  return assertions.map((assertion, index) => {
    const mention = raw[index];
    if (mention === undefined || !promotion.promotes(mention, assertion)) return assertion;
    const key = promotion.keyOf(mention);
    return key !== undefined && keys.has(key) ? { assertion: 'present' } : assertion;
  });
}
