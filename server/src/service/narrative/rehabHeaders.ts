/**
 * Round 26 (cancer rehabilitation and allied health): the labels physiatry, therapy, social work and case management notes
 * write for the parts of the record the table already names, read by what they mean (ANNOTATION.md, rule 3). A therapist's
 * "Precautions:" are the care instructions the team must follow (`Plan`); a social worker's "Coping/MH:" and "Support:" and an
 * interdisciplinary conference's "Psych/SW:" report the patient's psychosocial situation and who supports the patient (`Social
 * History`); "Pt's understanding:" is the patient's own account of the illness and a case manager's "Clinical per team:" the
 * team's account of the clinical course (`History of Present Illness`). Each spelling is added to its section's own entry, so
 * the table keeps one entry a section.
 */
const REHAB_SPELLINGS: ReadonlyMap<string, readonly string[]> = new Map([
  ['History of Present Illness', ["pt's understanding", "patient's understanding", 'pt understanding', 'clinical per team', 'clinical update']],
  ['Social History', ['coping/mh', 'coping', 'psych/sw', 'psychosocial/sw', 'sw', 'social work', 'support system', 'support']],
  ['Plan', ['precautions']],
]);

/** What this module reads of a header table entry; written here so that the table can import this module without a cycle. */
interface SpelledSection {
  readonly name: string;
  readonly spellings: readonly string[];
}

/** The table's entries with the rehabilitation genre's spellings added to the sections they name. */
export function withRehabSpellings<Entry extends SpelledSection>(entries: readonly Entry[]): readonly Entry[] {
  return entries.map((entry) => {
    const added = REHAB_SPELLINGS.get(entry.name);
    return added === undefined ? entry : { ...entry, spellings: [...entry.spellings, ...added] };
  });
}

/**
 * An interdisciplinary team conference's physician part, the label "Medical" with the physician named in its parenthesis
 * ("Medical (Dr. Lindqvist-Abara, PM&R):"): the medical update the physician gives the team, which the table reads as the
 * "Medical Update Given", `Assessment`. A bare "Medical:" stays unread: other notes write it for the past medical conditions.
 */
const PHYSICIAN_REPORT = /^medical\s*\(\s*(?:dr\b|md\b|do\b|attending\b|physician\b)/i;

/** Whether a label as written is a team conference's physician report. */
export function isPhysicianReport(written: string): boolean {
  return PHYSICIAN_REPORT.test(written);
}
