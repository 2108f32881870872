import type { Token } from './tokens';

/**
 * "R level IIA and III metastatic adenopathy", "mediastinal metastatic lymphadenopathy", "bulky
 * retroperitoneal necrotic nodes": a node region written before a descriptive word that stands between it
 * and the node word. The region belongs to the node word as if written next to it; the descriptive word
 * ("metastatic") keeps its own meaning.
 */

/** Words that may stand between a node region and its node word. */
const NODE_DESCRIPTORS = new Set(['metastatic', 'enlarged', 'suspicious', 'pathologic', 'pathological', 'necrotic', 'abnormal', 'bulky', 'conglomerate', 'matted']);

/** How many tokens a region phrase may span before the descriptor ("level IIA and III"). */
const REGION_REACH = 6;

/**
 * The region ending right before the descriptor that precedes the node word at `nodeStart`, and where it
 * starts (for its side); `regionAt` reads a region phrase at a token.
 */
export function regionBeforeDescriptor(
  tokens: readonly Token[], nodeStart: number, regionAt: (index: number) => { end: number; region: string } | undefined,
): { start: number; region: string } | undefined {
  const descriptor = nodeStart - 1;
  const sentence = tokens[nodeStart]?.sentence;
  if (!NODE_DESCRIPTORS.has(tokens[descriptor]?.norm ?? '') || tokens[descriptor]?.sentence !== sentence) return undefined;
  for (let start = descriptor - 1; start >= Math.max(0, descriptor - REGION_REACH) && tokens[start]?.sentence === sentence; start--) {
    const region = regionAt(start);
    if (region?.end === descriptor) return { start, region: region.region };
  }
  return undefined;
}
