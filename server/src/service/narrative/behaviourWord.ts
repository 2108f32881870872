import { IN_SITU_NEOPLASM, inSituWordsBefore } from './inSituNeoplasm';
import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * "benign brain tumor", "malignant parotid tumor": a behaviour word written before the site of an unspecified tumour
 * gives it that behaviour, as "benign tumor of the brain" already reads (Table of Neoplasms: brain, Benign D33.2;
 * parotid, Malignant Primary C07). "Tumor" alone is of unspecified behaviour (Index: Tumor — see Neoplasm, unspecified
 * behavior) only when the text says nothing of it. A relative's benign tumour is then no family history of cancer.
 */
const BEHAVIOUR_WORDS: ReadonlyMap<string, 'benign' | 'primary'> = new Map([['benign', 'benign'], ['malignant', 'primary']]);

/** The mentions, an unspecified tumour written after "benign" or "malignant" and its site given that column. */
export function withBehaviourWords(tokens: readonly Token[], mentions: readonly RawMention[]): readonly RawMention[] {
  let changed: RawMention[] | undefined;
  mentions.forEach((mention, index) => {
    // "in-situ neoplasm of cervix uteri": the in-situ words that made the neoplasm in situ open its phrase (inSituNeoplasm.ts).
    const inSituStart = mention.histology === IN_SITU_NEOPLASM && mention.start === mention.anchorStart ? inSituWordsBefore(tokens, mention.start) : -1;
    if (inSituStart >= 0) {
      changed ??= [...mentions];
      changed[index] = { ...mention, start: inSituStart };
      return;
    }
    const column = behaviourBefore(tokens, mention);
    if (column === undefined) return;
    changed ??= [...mentions];
    changed[index] = { ...mention, column };
  });
  return changed ?? mentions;
}

function behaviourBefore(tokens: readonly Token[], mention: RawMention): 'benign' | 'primary' | undefined {
  const site = mention.site;
  if (mention.column !== 'unspecified' || mention.histology?.role !== 'unspecified' || site === undefined || site.lymphNode) return undefined;
  // The site stands before the tumour word and the behaviour word right before the site ("benign | brain | tumor").
  if (site.start >= mention.anchorStart || site.start !== mention.start) return undefined;
  return BEHAVIOUR_WORDS.get(tokens[site.start - 1]?.norm ?? '');
}
