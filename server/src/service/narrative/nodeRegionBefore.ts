import type { Token } from './tokens';
import { isNumber, opensWithDigit } from './numberWords';

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
  const sentence = tokens[nodeStart]?.sentence;
  let descriptor = nodeStart - 1;
  if (!NODE_DESCRIPTORS.has(tokens[descriptor]?.norm ?? '') || tokens[descriptor]?.sentence !== sentence) {
    // "R level VI 7 mm rounded node with microcalcification": a report measures and shapes the node between its region and its word.
    const measured = measuredDescriptionStart(tokens, nodeStart);
    if (measured === undefined) return undefined;
    descriptor = measured;
  }
  for (let start = descriptor - 1; start >= Math.max(0, descriptor - REGION_REACH) && tokens[start]?.sentence === sentence; start--) {
    const region = regionAt(start);
    if (region?.end === descriptor) return { start, region: region.region };
  }
  return undefined;
}

/** Shape and echo words an imaging report describes a node with between its region and its word ("7 mm rounded node"). */
const NODE_SHAPES = new Set(['rounded', 'round', 'oval', 'hypoechoic', 'hyperechoic', 'heterogeneous', 'enhancing', 'avid', 'hypermetabolic', 'prominent',
  'subcentimeter', 'necrotic', 'enlarged', 'abnormal', 'suspicious', 'pathologic']);
/** Units of a node's measurement. */
const MEASURE_UNITS = new Set(['mm', 'cm']);
/** How many words a node's measured description may take ("1.2 x 0.8 cm oval"). */
const DESCRIPTION_REACH = 6;

/**
 * The first word of a description that measures the node before its node word ("7 mm rounded", "1.2 x 0.8 cm"), which must hold a
 * measurement (a number and its unit); undefined when the words before the node word are no such description.
 */
function measuredDescriptionStart(tokens: readonly Token[], nodeStart: number): number | undefined {
  const sentence = tokens[nodeStart]?.sentence;
  let measured = false;
  let first: number | undefined;
  for (let position = nodeStart - 1; position >= Math.max(0, nodeStart - DESCRIPTION_REACH); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) break;
    const unit = MEASURE_UNITS.has(token.norm);
    if (!unit && !NODE_SHAPES.has(token.norm) && token.norm !== 'x' && !isNumber(token)) break;
    measured ||= unit && opensWithDigit(tokens[position - 1]);
    first = position;
  }
  return measured ? first : undefined;
}
