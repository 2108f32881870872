import type { RawMention } from './rawMention';
import { isLobeAdjective, isBrainWord } from './studyContext';
import { sentenceSides } from './sentenceSides';
import type { Token } from './tokens';

/**
 * Which dura a dural mention is. The Table of Neoplasms row "dura (cranial) (mater)" has two children,
 * "cerebral" (Malignant Secondary C79.32) and "spinal" (C79.49), and the row alone prints C79.49: a
 * brain MRI's "recurrent meningioma rather than a dural metastasis" at a frontal resection bed is the
 * cerebral dura. The words of the mention's sentence decide (brain words or a lobe: cerebral; spine
 * words: spinal); a sentence naming neither, or both, keeps the row as written.
 */
const SPINE_WORDS = new Set(['spine', 'spinal', 'cord', 'cauda', 'conus', 'thecal', 'intrathecal', 'intramedullary', 'extramedullary', 'vertebral']);
/** The dural words themselves, which the brain words include but which do not say which dura. */
const DURAL_WORDS = new Set(['dural', 'dural-based', 'dura', 'based']);
/** How far around the mention its sentence is read. */
const SENTENCE_REACH = 30;

type DuraExtent = 'cerebral' | 'spinal';

function extentAround(tokens: readonly Token[], mention: RawMention): DuraExtent | undefined {
  // The dural words are brain words too, but they do not say which dura.
  const other = (position: number): boolean => !DURAL_WORDS.has(tokens[position]?.norm ?? '');
  const { brain, spine } = sentenceSides(tokens, mention.start, mention.end, SENTENCE_REACH,
    (position) => other(position) && (isBrainWord(tokens[position]) || isLobeAdjective(tokens, position)),
    (position) => other(position) && SPINE_WORDS.has(tokens[position]?.norm ?? ''));
  if (brain === spine) return undefined;
  return brain ? 'cerebral' : 'spinal';
}

/** The mentions with a dural site placed on the cerebral or spinal dura when their sentence says which. */
export function withDuraExtent(tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  return mentions.map((mention) => {
    const site = mention.site;
    if (site === undefined || site.path.length !== 1 || site.path[0] !== 'dura') return mention;
    const extent = extentAround(tokens, mention);
    return extent === undefined ? mention : { ...mention, site: { ...site, path: ['dura', extent] } };
  });
}
