import type { RawMention } from './rawMention';
import { isLobeAdjective, isBrainWord } from './studyContext';
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
  const sentence = tokens[mention.start]?.sentence;
  let brain = false;
  let spine = false;
  for (let position = Math.max(0, mention.start - SENTENCE_REACH); position < Math.min(tokens.length, mention.end + SENTENCE_REACH); position++) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence || DURAL_WORDS.has(token.norm)) continue;
    brain ||= isBrainWord(token) || isLobeAdjective(tokens, position);
    spine ||= SPINE_WORDS.has(token.norm);
  }
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
