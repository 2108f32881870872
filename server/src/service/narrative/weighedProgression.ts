/**
 * "Likely progression of liver metastases vs biliary obstruction", "Decline is consistent w/ progression of the tumor": a
 * hedge about a progression weighs the course of a disease the note already has, so the disease progressing is current
 * (ANNOTATION.md: "consistent with" is uncertain only when the text does not establish the diagnosis otherwise; a progression
 * presupposes the disease). The phrases are the hedge, "progression of" and an optional determiner, read as one `active` cue.
 */
export const PROGRESSION_HEDGE_PHRASES: readonly string[] = [
  'likely', 'most likely', 'probable', 'possible', 'suspected', 'presumed', 'concerning for', 'concern for', 'suspicious for',
  'worrisome for', 'suggestive of', 'compatible with', 'c/w', 'consistent with', 'consistent w /', 'most c/w', 'most consistent with',
].flatMap((hedge) => ['', ' the', ' his', ' her'].map((determiner) => `${hedge} progression of${determiner}`));
