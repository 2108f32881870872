import { firstInSentenceAfter } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * A cytology or laboratory report names its specimen in a "Source:" field ("Source: Pleural fluid, right, thoracentesis
 * (1,450 mL removed)"), as a surgical report does under "Specimen:": the site of the findings below it, which the report does not
 * repeat. A consultation's "Source:" names its informants instead ("Source: patient, daughter (HCP), chart review"), so the field
 * names a specimen only when its line says how the tissue or fluid was taken.
 */

/**
 * Words that say a field's value is a specimen: the fluid or tissue and how it was taken. They name the taking, not the report
 * that reads it, so they stay apart from `tissueResult.ts`' sample words, which count the report's names ("path", "histology").
 */
const SPECIMEN_WORDS: ReadonlySet<string> = new Set([
  'fluid', 'effusion', 'thoracentesis', 'paracentesis', 'pericardiocentesis', 'aspirate', 'aspiration', 'fna', 'brushing', 'brushings',
  'washing', 'washings', 'lavage', 'biopsy', 'bx', 'excision', 'resection', 'curettage', 'urine', 'tissue', 'core', 'cytology',
]);

/** How many tokens of the field's line are read for a specimen word. */
const SOURCE_LINE = 16;

const isSpecimenWord = (token: Token): boolean => SPECIMEN_WORDS.has(token.norm);

/** The token indexes where the values of the encounter's specimen "Source:" fields start, ascending. */
export function specimenSourceStarts(tokens: readonly Token[]): number[] {
  const starts: number[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.norm !== 'source' || tokens[index + 1]?.norm !== ':') continue;
    const opensSentence = index === 0 || tokens[index - 1]?.sentence !== token.sentence;
    if (opensSentence && namesSpecimen(tokens, index + 2)) starts.push(index + 2);
  }
  return starts;
}

/** Whether the field's value, within its sentence and a line's reach, says how a specimen was taken. */
function namesSpecimen(tokens: readonly Token[], from: number): boolean {
  return firstInSentenceAfter(tokens, from, SOURCE_LINE, tokens[from]?.sentence, isSpecimenWord) >= 0;
}
