import type { Token } from './tokens';

/**
 * "CRC to contact", "CRC: M. Tran, BSN", "CRC will call": in a trial's paperwork "CRC" is the clinical research coordinator, a
 * person of the care team, not colorectal cancer (ANNOTATION.md: names of people, roles and services are no mentions). The
 * abbreviation is a person where a person's name, credential or errand follows it; "CRC to liver" and "CRC: liver, lung" stay
 * the cancer and its spread.
 */

/** Errands a coordinator is written to run ("CRC to contact", "CRC to schedule screening labs"). */
const ERRANDS: ReadonlySet<string> = new Set([
  'contact', 'call', 'schedule', 'arrange', 'consent', 'reach', 'coordinate', 'obtain', 'email', 'send', 'notify', 'confirm', 'enroll', 'register',
]);
/** Verbs whose subject is a person ("CRC will call", "CRC contacted pt"). */
const PERSON_VERBS: ReadonlySet<string> = new Set(['will', 'called', 'contacted', 'consented', 'scheduled', 'notified', 'emailed', 'confirmed']);
/** Credentials written after a staff member's name ("M. Tran, BSN"). */
const CREDENTIALS: ReadonlySet<string> = new Set(['rn', 'bsn', 'msn', 'ccrp', 'ccrc', 'ccrn', 'np', 'pa', 'phd', 'mph', 'ocn']);
/** How far after the label a credential may stand ("CRC: Maria Tran, BSN"). */
const CREDENTIAL_REACH = 6;

/** A person's initial ("M" of "M. Tran"). */
const INITIAL = /^[A-Z]$/;

/** Whether the abbreviation ending before token `end` names a staff member: a name, credential or errand follows it. */
export function namesStaffMember(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  if (next === undefined) return false;
  if (PERSON_VERBS.has(next.norm)) return true;
  if (next.norm === 'to') return ERRANDS.has(tokens[end + 1]?.norm ?? '');
  if (next.norm !== ':') return false;
  if (INITIAL.test(tokens[end + 1]?.raw ?? '')) return true;
  for (let position = end + 1; position <= end + CREDENTIAL_REACH; position++) if (CREDENTIALS.has(tokens[position]?.norm ?? '')) return true;
  return false;
}

/** Titles and credentials that mark a clinician's name ("Dr. M. Oduya", "T. Okonkwo, MD"). */
const CLINICIAN_TITLES: ReadonlySet<string> = new Set(['dr', 'md', 'do', 'np', 'pa', 'pa-c', 'mbbs', 'rn']);
/** How many tokens before the parenthesis the clinician's title may stand ("Dr. M. Oduya (": five). */
const NAME_REACH = 6;

/** How many words a service joined to another may take before its parenthesis closes ("(Myeloma/Cell Therapy)"). */
const JOINED_SERVICE_REACH = 4;

/** Words that name a clinician's service after its disease ("(Leukemia Svc)", "(Melanoma Oncology)", round 20: d842). */
const SERVICE_WORDS: ReadonlySet<string> = new Set(['svc', 'service', 'oncology']);

/** Whether the parenthesis closes after the disease: at once, after a service word, or after a service joined by "/" or "&". */
function closesService(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end]?.norm;
  if (next === ')' || (SERVICE_WORDS.has(next ?? '') && tokens[end + 1]?.norm === ')')) return true;
  if (next !== '/' && next !== '&') return false;
  for (let position = end + 1; position <= end + JOINED_SERVICE_REACH; position++) {
    const norm = tokens[position]?.norm;
    if (norm === ')') return true;
    if (norm === undefined || norm === '(' || norm === ',' || norm === ';') return false;
  }
  return false;
}

/**
 * "Referring: Dr. M. Oduya (Leukemia)", "T. Okonkwo, MD (Leukemia Svc)", "Dr. F. Adeyemi (Myeloma/Cell Therapy)": a disease alone in parentheses
 * after a clinician's name is the clinician's service, not the patient's diagnosis (ANNOTATION.md: services are no mentions).
 */
export function namesClinicianService(tokens: readonly Token[], start: number, end: number): boolean {
  if (tokens[start - 1]?.norm !== '(' || !closesService(tokens, end)) return false;
  for (let position = start - 2; position >= Math.max(0, start - 2 - NAME_REACH); position--) {
    const norm = tokens[position]?.norm ?? '';
    if (CLINICIAN_TITLES.has(norm)) return true;
    if (norm === ':' || norm === '(' || norm === ')') return false;
  }
  return false;
}
