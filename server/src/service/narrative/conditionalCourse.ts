import type { AssertionTrigger } from './assertionTrigger';
import type { Token } from './tokens';

/**
 * "Cells can be collected if her myeloma does not respond", "if the lymphoma is refractory to bridging": a condition on a
 * disease's response to treatment presupposes the disease; what is conditional is the response, so the diagnosis is
 * present. A condition on the disease itself ("if melanoma in situ", "if it recurs") stays hypothetical: a recurrence or a
 * relapse foreseen is not the disease now. A condition on its progression ("if DLBCL progresses") is left hypothetical:
 * the corpus reads it both ways.
 */

/** The conditional cues a course can answer. */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'should', 'in case of', 'in the event of']);

/** What a disease does right after its words in such a condition ("does not respond"). */
const COURSES: readonly (readonly string[])[] = [
  ['does', 'not', 'respond'], ["doesn't", 'respond'], ['fails', 'to', 'respond'], ['stops', 'responding'], ['is', 'refractory'],
  ['becomes', 'refractory'], ['does', 'not', 'improve'],
  // What treatment the disease becomes open to, or how it answers it, presupposes it ("If hepatic disease becomes resectable
  // will refer to HPB surgery"; "if the lymphoma responds"; "if the nodule remains stable").
  ['becomes', 'resectable'], ['is', 'resectable'], ['are', 'resectable'], ['becomes', 'operable'], ['responds'], ['remains', 'stable'],
  // Round 23: the control of a disease on treatment presupposes it ("If CLL control lost on switch, venetoclax-based therapy").
  ['control', 'lost'], ['control', 'is', 'lost'], ['control', 'is', 'not', 'maintained'], ['is', 'not', 'controlled'], ['is', 'uncontrolled'],
  ['becomes', 'uncontrolled'], ['remains', 'controlled'], ['stays', 'controlled'],
];

/** Whether the conditional cue `trigger` is about the course of the disease whose words end at `end`. */
export function conditionOnCourse(tokens: readonly Token[], trigger: AssertionTrigger, end: number): boolean {
  if (trigger.assertion !== 'hypothetical' || !CONDITIONS.has(trigger.words)) return false;
  const sentence = tokens[end - 1]?.sentence;
  return COURSES.some((words) => words.every((word, offset) => tokens[end + offset]?.norm === word && tokens[end + offset]?.sentence === sentence));
}
