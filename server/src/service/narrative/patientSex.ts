/**
 * The patient's sex as the note states it (for the sex-specific breast codes): the cues of each sex are counted
 * over the whole encounter, headers included, and the larger count wins; a tie says nothing.
 *
 * The cues are the whole words "female", "woman", "lady", "she", "her", "mrs", "ms" and "male", "man", "gentleman", "he", "his", "mr"
 * (any case, but "MR" and "MS" in capitals are abbreviations), and an age of one to three digits with a sex letter ("45F", "45 y/o f", "45yo M", "62 year-old m"),
 * not joined by a hyphen to a nuclide's symbol: a nuclear medicine report's "Tc-99m MDP" and "18F-FDG" name tracers, not a man or a woman.
 * They were counted by two expressions, one per sex, each reading the whole text; one expression with both sexes'
 * cues reads it once and counts the same matches, because no cue of one sex can begin inside a cue of the other
 * (the words inside an age cue, "yo", "year", "old", "f", "m", are no cue) and at any word start at most one
 * alternative can match (the sex words differ, and an age cue ends in one letter). The test keeps the two
 * expressions as the oracle of this one.
 */
export function patientSex(text: string, from: number, to: number): 'female' | 'male' | undefined {
  const encounter = text.slice(from, to);
  let female = 0;
  let male = 0;
  const cues = new RegExp(SEX_CUES);
  for (let match = cues.exec(encounter); match !== null; match = cues.exec(encounter)) {
    if (ABBREVIATIONS.has(match[0])) continue;
    if (match[1] !== undefined || match[2] !== undefined) female++;
    else male++;
  }
  if (female > male) return 'female';
  if (male > female) return 'male';
  return undefined;
}

/**
 * "MR" and "MS" in capitals are no titles: mitral regurgitation or stenosis, multiple sclerosis, MR imaging ("Mild MR.",
 * "MR brain", "MS Contin"). A title is written "Mr", "Ms" (or in lower case).
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['MR', 'MS']);

/** Group 1 is a female word and group 2 the female letter of an age; any other match is a male cue. */
const SEX_CUES = /\b(?:(female|woman|lady|she|her|mrs|ms)|male|man|gentleman|he|his|mr|(?<!-)\d{1,3}\s?(?:y\/?o|yo|year[- ]old)?\s?(?:(f)|m)(?!-))\b/gi;
