import type { SectionKind } from './model';
import { withRehabSpellings } from './rehabHeaders';
import { internalized } from './tokenWords';

/**
 * The section headers the reader recognises, as data: each kind with its display name and the
 * spellings clinicians use for it. Spellings are compared after lower-casing, turning runs of
 * spaces, tabs, `_` and `-` into one space, and dropping a trailing colon, so `PAST MEDICAL HISTORY:`,
 * `Past medical history` and `past-medical-history` are one spelling. `test/service/narrative/
 * sections.test.ts` tests every spelling.
 */
export interface SectionHeaderEntry {
  readonly kind: SectionKind;
  readonly name: string;
  readonly spellings: readonly string[];
}

export const SECTION_HEADERS: readonly SectionHeaderEntry[] = [
  { kind: 'chief-complaint', name: 'Chief Complaint', spellings: ['chief complaint', 'cc', 'reason for visit', 'reason for consultation', 'reason for referral', 'reason for admission',
    // The consultation letter's and second-language writer's short forms ("Reason: patient is 58 years man …").
    'reason', 'reason for consult', 'reason for visit/consult', 'reason for transfer',
    // A radiology or ultrasound requisition's reason for the study (ANNOTATION.md's header table, round 17).
    'reason for exam', 'reason for examination', 'reason for study',
    // A consult's question, the reason it was asked for (ANNOTATION.md, round 18 decisions).
    'question', 'consult question'] },
  { kind: 'hpi', name: 'History of Present Illness', spellings: ['history of present illness', 'hpi', 's', 'anamnesis', 'present illness', 'interval history', 'interval hx', 'interim history', 'oncologic history', 'oncology history', 'onc history', 'onc hx', 'oncologic hx', 'oncology hx', 'cancer history', 'history', 'clinical history', 'clinical hx', 'hx', 'indication', 'subjective', 'brief history', 'hospital course', 'brief hospital course',
    // The reason a procedure or study is done (operative notes, endoscopy, interventional radiology: "Indications:",
    // "Indication for procedure:"), and an emergency department's course, told as a hospital course is.
    'indications', 'background', 'clinical indication', 'clinical indications', 'indication for procedure', 'indications for procedure', 'ed course', 'course in ed', 'emergency department course',
    // A transfer or discharge note's account of the stay ("Summary of hospital stay:").
    'summary of hospital stay', 'hospital stay', 'summary of hospitalization', 'summary of hospital course',
    // Headers that open the story of the illness under other names: a summary of the history or of the outside records,
    // and a history of the diagnosis or of the treatment given.
    'clinical', 'clinical information', 'summary of history', 'summary of outside records', 'dx history', 'hematologic history', 'hem hx',
    'treatment history', 'cancer treatment summary', 'surveillance to date', 'narrative supporting prognosis', 'hx of terminal illness', 'hx of present illness',
    // The short form of "Clinical information" a pathology requisition writes ("Clinical info: L cheek patch, r/o LM").
    'clinical info',
    // A short history before a procedure or a discharge ("Brief HPI:").
    'brief hpi',
    // A tumor board's presentation of the case ("Case summary: 2 mo of L otalgia …").
    'case summary',
    // A tumor board's clinical presentation ("Clinical Summary:"), a summary of the history as "Summary of History" is.
    'clinical summary',
    // A therapy evaluation's history ("Hx of present condition:"), the present illness under its rehabilitation name.
    'history of present condition', 'hx of present condition',
    // The requester's clinical data on a study or specimen, a treatment summary told as the history of the disease, the
    // reason for an operation, and an identifying one-line summary ("ID: 45F …"; read only when an age follows, `sections.ts`)
    // (ANNOTATION.md's header table, round 17).
    'clinical data', 'treatment summary', 'tx summary', 'indication(s)', 'indication for surgery', 'indications for surgery', 'indication for operation', 'indications for operation', 'id',
    // A transfer or discharge note's summary of the stay, told as a hospital course is (ANNOTATION.md, round 18 decisions).
    'summary of stay',
    // Round 20 (surgical clinics): a post-operative visit's summary of the work-up before the operation ("Pre-op summary:").
    'pre op summary', 'preop summary', 'preoperative summary',
    // Round 22 (hospital documents): an I-PASS hand-off's summary of the patient and the stay ("Patient summary:"), and an SBAR
    // hand-off's background ("B:", read only after its "S:", `handoffLetters.ts`), the story of the illness as "ID/Summary" and
    // "Background" are.
    'patient summary', 'b',
    // Round 23 (lab reports): a molecular or genetic test's reason, as a procedure's "Indication" is ("Indication for testing:").
    'indication for testing', 'indications for testing', 'testing indication',
    // Round 23 (second pass): the header table's "Identifying data / CC", a psychiatric evaluation's opening summary of the case.
    'identifying data/cc',
    // Round 26 (death documents): a registry's death-clearance abstract's review of the electronic record since the last contact,
    // the story of the disease up to the death ("EHR review (last 2 yrs):"), as a summary of the outside records is.
    'ehr review', 'emr review'] },
  { kind: 'past-medical-history', name: 'Past Medical History', spellings: ['past medical history', 'pmh', 'pmhx', 'medical history', 'past history', 'past medical hx', 'past medical', 'pmh/psh', 'past medical and surgical history', 'past medical/surgical history', 'medical/surgical history', 'pmhx/pshx', 'medical hx',
    // A lead line that opens a list of past conditions ("History of:\n- breast cancer, 2010\n- colon cancer").
    'history of', 'past oncologic history', 'past oncology history', 'prior malignancies', 'prior cancers', 'other medical history',
    // The resolved part of an EHR problem list ("RESOLVED / INACTIVE", "Resolved Problems"): conditions that no longer exist.
    'resolved problems', 'inactive problems', 'historical problems', 'resolved / inactive', 'resolved / historical', 'resolved/inactive', 'resolved/historical', 'other cancer history', 'other history',
    // A general health history taken from the patient ("Health History (per pt and daughter)") and an eye clinic's past history.
    'health history', 'other health', 'pohx', 'past ocular history', 'other hx', 'personal history',
    // A genetic counselling note's "Personal hx:" beside its "Family hx:".
    'personal hx',
    // An EHR problem list's resolved part under its one-word name ("Resolved:"), as "Resolved problems" is.
    'resolved',
    // Round 23 (second pass): the header table's "Other PMH" and "PMH otherwise" (also as a hospital course's "# PMH otherwise:").
    'other pmh', 'pmh otherwise'] },
  { kind: 'past-surgical-history', name: 'Past Surgical History', spellings: ['past surgical history', 'psh', 'pshx', 'surgical history', 'past surgical hx', 'past surgical', 'prior surgeries', 'surgical hx'] },
  { kind: 'family-history', name: 'Family History', spellings: ['family history', 'family', 'fh', 'fhx', 'family hx', 'fam hx', 'family medical history', 'family cancer history', 'family history of cancer', 'family and social history', 'family/social history', 'fh/sh', 'fhx/shx',
    // A psychiatric consult's family history, of mental and medical illness ("Family Psych/Medical Hx: father - pancreatic ca").
    'family psych hx', 'family psychiatric history', 'family psych/medical hx', 'family psychiatric/medical history',
    // ANNOTATION.md's table: the short "Fam:" of a navigator's or consultant's history lines ("Fam: mom had breast ca").
    'fam'] },
  { kind: 'social-history', name: 'Social History', spellings: ['social history', 'sh', 'shx', 'social hx'] },
  { kind: 'review-of-systems', name: 'Review of Systems', spellings: ['review of systems', 'ros', 'systems review'] },
  { kind: 'medications', name: 'Medications', spellings: ['medications', 'meds', 'current medications', 'home medications', 'outpatient medications', 'discharge medications', 'current meds', 'discharge meds'] },
  { kind: 'allergies', name: 'Allergies', spellings: ['allergies', 'allergy', 'nkda'] },
  { kind: 'exam', name: 'Physical Exam', spellings: ['physical exam', 'physical examination', 'exam', 'examination', 'objective', 'o', 'vitals', 'vital signs', 'discharge exam', 'exam today', 'extraoral', 'intraoral',
    // The short "PE:" (physical exam) of a clinic or ED note.
    'pe',
    // A dermatology note's skin examination ("Skin exam today, other sites:"; the table's "Skin" and "Exam Today").
    'skin exam', 'skin exam today', 'skin examination'] },
  { kind: 'results', name: 'Results', spellings: ['results', 'imaging', 'radiology', 'labs', 'laboratory', 'lab results', 'data', 'studies', 'findings', 'imaging results', 'labs/imaging', 'ed results', 'ed labs', 'ed imaging', 'ed workup', 'ed work up', 'diagnostics', 'technique', 'comparison',
    // A review of the studies or a restaging ("Restaging 11/2026:", "Work-up:", "Imaging review:").
    'imaging reviewed', 'imaging review', 'restaging', 'work up', 'workup', 'mammogram findings', 'return visit imaging review',
    // Outside studies brought to a consultation ("Outside imaging/path reviewed:", round 19), reviewed as "Imaging reviewed" is.
    'outside imaging reviewed', 'outside imaging/path reviewed', 'outside imaging / path reviewed',
    // The table's "Radiology Review" and a day's labs ("Labs today:").
    'radiology review', 'labs today',
    // The parts of a trial's tumor measurement report (RECIST: "TARGET LESIONS", "NON-TARGET LESIONS", "NEW LESIONS:") and the
    // findings a report lists apart from them ("OTHER FINDINGS:", "Incidental findings:"), findings as "Findings" is.
    'target lesions', 'non target lesions', 'new lesions', 'other findings', 'additional findings', 'incidental findings',
    // A discharge or transfer summary's results ("PERTINENT RESULTS:"), results as "Results" is.
    'pertinent results', 'pertinent findings'] },
  { kind: 'pathology', name: 'Pathology', spellings: ['pathology', 'path', 'final diagnosis', 'final pathologic diagnosis', 'pathologic diagnosis', 'surgical pathology', 'microscopic description', 'gross description', 'specimen', 'path report', 'specimens', 'specimens removed', 'final pathology', 'intraoperative consultation', 'synoptic summary', 'flow cytometry', 'biopsy results', 'pathology addendum',
    // A tumor board's or a consultant's review of the slides, as "Radiology review" is of the images ("Pathology review: agree with SCC").
    'pathology review', 'path review',
    // A clinic note's pathology block by its short name ("Path results (Derm path, Dr. L. Ferreira):"), as "Biopsy results" is (round 19).
    'path results', 'pathology results',
    // Round 20 (surgical clinics): the final pathology of the operation a post-operative visit reviews by its longer short name
    // ("Final surgical path:"), as "Final pathology" is. A bare "Final path:" stays a tissue label of its line, whose words let a
    // site-less carcinoma after it restate the encounter's one cancer (`restatedCarcinoma.ts`), which a header's colon does not.
    'final surgical path', 'final surgical pathology',
    // A cytology report and its addendum: the pathology of a fluid or a needle aspirate ("Cytology addendum 11/26/2026:"). A
    // bare "Cytology:" stays text: the fluid's cytology reading takes its site from that word ("Pleural fluid … Cytology: positive").
    'cytopathology', 'cytology report', 'cytology addendum', 'final cytology',
    // A pathology or laboratory report's parts and the pathologist's reading of the specimen (ANNOTATION.md's header table,
    // round 17: GROSS, MICROSCOPIC, IHC, CYTOGENETICS, FISH, MOLECULAR, INTERPRETATION), and a biopsy's results by their short name.
    'gross', 'microscopic', 'ihc', 'immunohistochemistry', 'immunohistochemical stains', 'cytogenetics', 'fish', 'molecular', 'interpretation', 'bx results',
    // The intraoperative consultation an operative note reports ("Frozen Section:", "Frozen sections:"), ANNOTATION.md's `Pathology`.
    'frozen section', 'frozen sections', 'intraoperative frozen section', 'frozen section results',
    // Round 19: a frozen-section result label with its pathologist opening its own line or list item ("- Frozen (Dr. Vukovic):
    // …", ANNOTATION.md's header table: "Frozen:"), the same intraoperative consultation.
    'frozen',
    // A pathology consultation's own diagnosis on the slides it reviews is its final diagnosis (ANNOTATION.md, round 18
    // decisions); the referring pathology's diagnosis is a diagnosis provided (Diagnoses, below).
    'consultation diagnosis', 'our diagnosis', 'review diagnosis',
    // Round 22 (hospital documents): an autopsy report's final diagnoses, the prosector's reading of the organs examined.
    'final anatomic diagnoses', 'final anatomic diagnosis', 'anatomic diagnoses', 'anatomic diagnosis', 'final autopsy diagnoses',
    // Round 23 (lab reports): a cytology report's final diagnosis ("FINAL CYTOLOGIC DIAGNOSIS:"), as "Final diagnosis" is.
    'final cytologic diagnosis', 'final cytological diagnosis', 'cytologic diagnosis', 'final cytology diagnosis',
    // Round 26 (death documents): a medical examiner's or prosector's findings at autopsy, the organs' own reading as the final
    // anatomic diagnoses are ("AUTOPSY FINDINGS:", "Postmortem findings:").
    'autopsy findings', 'postmortem findings', 'post mortem findings', 'necropsy findings'] },
  { kind: 'assessment', name: 'Assessment', spellings: ['assessment', 'assessment/impression', 'clinical impression', 'summary', 'a', 'mdm', 'medical decision making', 'risk assessment', 'medical update given',
    // The header table's "Summary for MD review": a nurse's or navigator's summary handed to the physician is the writer's
    // assessment of the trend, whereas a story's summary read by its words ("Brief summary") is the history (`headerMeaning.ts`).
    'summary for md review'] },
  { kind: 'assessment-and-plan', name: 'Assessment and Plan', spellings: ['assessment and plan', 'assessment & plan', 'assessment/plan', 'a/p', 'a&p', 'ap', 'a+p', 'impression and plan', 'impression & plan', 'impression/plan', 'assessment & recommendations', 'recs', 'impression & recommendations', 'recommendations', 'assessment and recommendations', 'assessment/recommendations', 'impression and recommendations', 'impression/recommendations', 'discussion/recommendation',
    // A tumor board's discussion and conclusion ("DISCUSSION / CONSENSUS"), as "Discussion / Recommendation" is.
    'discussion/consensus',
    // A consult's short "Assessment/Recs", as "Assessment/Recommendations"; a tumor board's conclusion ("CONSENSUS:"), as
    // "DISCUSSION / CONSENSUS" is.
    'assessment/recs', 'assessment & recs', 'assessment and recs', 'consensus', 'consensus recommendation', 'consensus recommendations',
    // A tumor board's or consultant's discussion and recommendation, and a pathologist's suggestions (ANNOTATION.md's header
    // table: Discussion, Recommendation, Board Recommendation, Suggest).
    'discussion', 'recommendation', 'board recommendation', 'board recommendations', 'suggest',
    // A tumor board's conclusion under its full name (ANNOTATION.md, round 18 decisions).
    'tumor board recommendation', 'tumor board recommendations',
    // Round 22 (hospital documents): an SBAR hand-off's recommendation ("R:"), read only after its "A:" (`handoffLetters.ts`).
    'r'] },
  { kind: 'impression', name: 'Impression', spellings: ['impression', 'impressions', 'imp', 'conclusion', 'eus impression', 'ed impression',
    // A breast imaging report's final category line ("OVERALL: BI-RADS 5", "OVERALL ASSESSMENT:", "OVERALL BI-RADS:").
    'overall', 'overall assessment', 'overall bi rads', 'overall impression',
    // A radiology report's impression quoted under its source's name (ANNOTATION.md, round 18 decisions).
    'radiology impression',
    // Round 20: a consultant's letter names its impression in the first person ("My impression:").
    'my impression'] },
  { kind: 'diagnoses', name: 'Diagnoses', spellings: ['diagnoses', 'diagnosis', 'dx', 'dxs', 'diagnosis list', 'encounter diagnoses', 'admission diagnoses', 'admitting diagnosis', 'principal diagnosis', 'secondary diagnoses', 'primary diagnosis', 'hospice diagnosis', 'terminal diagnosis', 'hospice dx', 'terminal dx', 'primary hospice dx', 'primary hospice diagnosis', 'admitting dx', 'admission dx',
    // An operative note's diagnosis lines ("Preoperative Diagnosis:", "Pre-op Dx:", "Postoperative diagnosis:").
    'preoperative diagnosis', 'postoperative diagnosis', 'preoperative diagnoses', 'postoperative diagnoses', 'preoperative dx', 'postoperative dx',
    'pre op diagnosis', 'post op diagnosis', 'pre op dx', 'post op dx', 'preop diagnosis', 'postop diagnosis', 'preop dx', 'postop dx',
    'pre operative diagnosis', 'post operative diagnosis', 'pre operative diagnoses', 'post operative diagnoses', 'pre operative dx', 'post operative dx',
    // The stage of the cancer diagnosed and the diagnoses another setting gave ("Cancer Staging", "ED Dx:", "Referring Dx:").
    'cancer staging', 'staging', 'referring dx', 'referring diagnosis', 'primary dx', 'ed dx', 'ed diagnosis',
    // The short form of "Diagnosis list" a clinic note heads its diagnoses with ("Dx list:\n1. Essential thrombocythemia …").
    'dx list',
    // A pharmacy verification's diagnoses: the order's diagnosis and the secondary ones ("Dx on order:", "Secondary dx:").
    'dx on order', 'diagnosis on order', 'secondary dx', 'secondary diagnosis',
    // A discharge summary's short "Principal dx:", as "Principal diagnosis:".
    'principal dx',
    // A diagnosis given with a specimen or a referral ("Diagnosis provided:"), a hospice's primary terminal diagnosis, and the
    // procedure spellings of an operative note's diagnosis lines ("Pre-procedure dx:"; the hyphenated "Pre-operative" ones are above).
    'diagnosis provided', 'cancer diagnosis', 'primary terminal dx', 'primary terminal diagnosis',
    'pre procedure diagnosis', 'post procedure diagnosis', 'pre procedure dx', 'post procedure dx',
    // The referring institution's diagnosis a second-opinion report restates (ANNOTATION.md, round 18 decisions).
    'outside diagnosis', 'outside dx', 'referring pathology diagnosis',
    // Round 23 (lab reports): an addendum's restatement of the report it adds to ("Original diagnosis:", "Diagnosis on original
    // report:"), the diagnosis given before, as "Outside diagnosis" is.
    'original diagnosis', 'original dx', 'diagnosis on original report', 'original report diagnosis',
    // Round 26 (death documents): the causes a death certificate certifies, wherever the block stands ("Death certificate: Ia renal
    // failure, Ib multiple myeloma", "CAUSE OF DEATH:", "Death certificate (as filed):"; ANNOTATION.md's header table: "Cause of death
    // / Immediate cause / Other significant conditions (contributing)").
    'death certificate', 'cause of death', 'causes of death', 'immediate cause of death', 'underlying cause of death'] },
  { kind: 'problem-list', name: 'Problem List', spellings: ['problem list', 'problems', 'active problems', 'active problem list', 'other problems', 'other active problems', 'hospital problem list',
    // A primary care note's list of the conditions it follows ("Chronic issues (copied from last visit):") and of those
    // taken up at this visit.
    'chronic issues', 'chronic problems', 'chronic conditions', 'problem list for this visit', 'problems addressed', 'problems addressed today',
    // The patient's other current conditions beside the one the document is about (ANNOTATION.md's header table, round 21).
    'comorbidities', 'co morbidities', 'other conditions', 'other medical problems', 'additional issues addressed today',
    // Round 24 (second pass): an EHR problem list named as today's ("Current Problem List:"), as "Active problems" is.
    'current problem list', 'current problems'] },
  { kind: 'plan', name: 'Plan', spellings: ['plan', 'p', 'treatment plan', 'plan of care', 'disposition', 'follow up', 'follow-up', 'dispo', 'discharge plan', 'goals of care', 'teaching', 'discharge instructions/follow up', 'counseling/plan',
    // An operative note's plan after the operation ("POST-OP PLAN:").
    'post op plan', 'postop plan', 'postoperative plan',
    // A survivorship care plan's follow-up ("Follow-up plan", "FOLLOW-UP CARE PLAN").
    'follow up plan', 'follow up care plan',
    // A nurse's teaching under its other names ("Education:", "Education needs:"), as "Teaching" is.
    'education', 'education needs', 'patient education',
    // A follow-up written with the plan, and a consent or counselling block: what is to be done and what was agreed
    // (ANNOTATION.md, round 18 decisions). A bare "Counseling:" stays text: in a list it is an item of the assessment
    // ("- Counseling: avoid CT/radiation when possible").
    'follow up/plan', 'followup/plan', 'consent', 'informed consent', 'counselling/plan', 'counseling and plan', 'counselling and plan'] },
  // Parts of operative, procedure and query documents that are neither history nor plan: each ends the family or past-history
  // block or the medication list above it, and gives its own text no default.
  { kind: 'other', name: 'Procedure', spellings: ['procedure', 'procedures', 'procedure performed', 'procedures performed', 'description of procedure', 'procedure description', 'procedure details', 'procedure in detail', 'operative procedure', 'operation', 'operative findings', 'intraoperative findings', 'interventions today', 'simulation',
    // An examination under anaesthesia the note performs ("EUA today (sevoflurane):").
    'eua', 'eua today', 'examination under anesthesia', 'examination under anaesthesia'] },
  { kind: 'other', name: 'Addendum', spellings: ['addendum'] },
  { kind: 'other', name: 'Comment', spellings: ['comment', 'comments', 'clinical correlation',
    // A pharmacy verification's comment ("Pharmacist comment:").
    'pharmacist comment', 'pharmacist comments', 'pharmacy comment', 'pharmacy comments',
    // A coding summary's or abstract's own remarks on what was coded and why ("CODER NOTES", "ABSTRACT NOTES").
    'coder notes', 'coder note', 'coder comments', 'coding notes', 'abstract notes', 'abstractor notes',
    // A VA examination's (DBQ's) closing remarks, the examiner's comment on the findings above ("REMARKS", round 24).
    'remarks', 'examiner remarks', 'examiner\'s remarks',
    // Round 26 (death documents): an autopsy's clinicopathologic correlation, the prosector's comment relating the findings to the
    // clinical story (as "Clinical correlation" is), and a death certificate worksheet's notes by its certifier on what was or was not
    // listed ("Certifier notes (for the record, not on certificate):").
    'clinicopathologic correlation', 'clinicopathological correlation', 'clinical pathologic correlation', 'clinicopathologic comment',
    'certifier notes', 'certifier\'s notes', 'certifier comments', 'certifier\'s comments'] },
  // A correction of an earlier report, a copied-forward earlier visit and the screening record are neither history nor plan.
  { kind: 'other', name: 'Correction', spellings: ['correction', 'corrected report', 'amended report', 'amendment'] },
  { kind: 'other', name: 'Prior Visit', spellings: ['prior visit', 'previous visit', 'last visit'] },
  { kind: 'other', name: 'Health Maintenance', spellings: ['health maintenance', 'preventive care', 'screening', 'late effects screening',
    // A survivor's late-effects block under its other spellings ("Late effects review:", "LATE EFFECTS & SURVEILLANCE").
    'late effects review', 'late effects & surveillance', 'late effects and surveillance'] },
  { kind: 'other', name: 'Query', spellings: ['query', 'cdi query', 'clinical indicators', 'provider response', 'physician response',
    // A query's evidence block under its longer spellings ("Clinical indicators from the medical record:").
    'clinical indicators from the medical record', 'clinical indicators from the record', 'documentation in the record', 'documentation in the medical record',
    // A coding abstract's log of the queries it sent and their answers ("QUERY LOG\nQ1 (11/30, to Dr. L): …").
    'query log', 'queries',
    // Round 26 (death documents): a vital records registrar's query on a filed death certificate and the certifier's answer to it,
    // a query and its provider response as a coding query's are ("Query from registrar:", "Certifier's response:").
    'query from registrar', 'registrar query', 'registrar\'s query', 'query from vital records', 'certifier response', 'certifier\'s response'] },
  { kind: 'discharge-diagnoses', name: 'Discharge Diagnoses', spellings: ['discharge diagnoses', 'discharge diagnosis', 'discharge dx', 'final diagnoses',
    // A discharge summary's diagnoses by other names ("Dx on discharge:", "Diagnoses this admission:").
    'dx on discharge', 'diagnoses on discharge', 'diagnosis on discharge', 'diagnoses at discharge', 'diagnoses this admission'] },
];

/** Normalises a header candidate the way spellings are written in {@link SECTION_HEADERS}. */
export function normaliseHeader(text: string): string {
  // A slash set off by spaces ("Impression / Plan", "MDM / ED course") is the slash of the written spelling.
  return text.toLowerCase().replace(/[\s_-]+/g, ' ').replace(/ ?\/ ?/g, '/').replace(/\s*:\s*$/, '').trim();
}

/**
 * The table by normalised spelling, with every beginning of the spellings' first words ("p", "pa", "pas",
 * "past", "pmh", …), so that a line whose first word no spelling's first word begins with is turned away
 * before its header text is cut out and normalised (most lines of a note: "Liver: …", "R knee: …").
 */
export class SectionHeaderLookup {
  private static readonly TITLES_KEPT = 4096;
  private readonly bySpelling = new Map<string, SectionHeaderEntry>();
  /** The entries of titles as written (`forTitle`); undefined for a title that is no header. */
  private readonly byTitle = new Map<string, SectionHeaderEntry | undefined>();
  private readonly firstWordStarts = new Set<string>();
  /** The first one or two character codes of each first word's beginnings (`startCodes`), so most lines are turned away without a string cut from them. */
  private readonly firstWordStartCodes = new Set<number>();

  constructor(entries: readonly SectionHeaderEntry[]) {
    for (const entry of entries) {
      for (const spelling of entry.spellings) {
        const normalised = normaliseHeader(spelling);
        this.bySpelling.set(normalised, entry);
        const firstWord = normalised.split(' ')[0] ?? '';
        for (let length = 1; length <= firstWord.length; length++) this.firstWordStarts.add(firstWord.slice(0, length));
        this.firstWordStartCodes.add(startCodes(firstWord.charCodeAt(0), -1));
        if (firstWord.length > 1) this.firstWordStartCodes.add(startCodes(firstWord.charCodeAt(0), firstWord.charCodeAt(1)));
      }
    }
  }

  /** The entry of a normalised spelling (`normaliseHeader`). */
  get(normalised: string): SectionHeaderEntry | undefined {
    return this.bySpelling.get(normalised);
  }

  /**
   * The entry of a header title as written, normalised here (`normaliseHeader`): a note repeats its headers, and the
   * normalising takes three regular expressions, so each title's entry is remembered (at most `TITLES_KEPT`).
   */
  forTitle(title: string): SectionHeaderEntry | undefined {
    const known = this.byTitle.get(title);
    if (known !== undefined || this.byTitle.has(title)) return known;
    if (this.byTitle.size >= SectionHeaderLookup.TITLES_KEPT) this.byTitle.clear();
    const entry = this.bySpelling.get(normaliseHeader(title));
    // A copy of the title is kept, not the title, which may be a view into the whole note.
    this.byTitle.set(internalized(title), entry);
    return entry;
  }

  /** Whether some spelling's first word begins with `start` (lower case, no space). */
  mayBeginWith(start: string): boolean {
    return this.firstWordStarts.has(start);
  }

  /** Whether some spelling's first word begins with the character `first` and, unless `second` is -1, `second` after it (codes in lower case). */
  mayBeginWithCodes(first: number, second: number): boolean {
    return this.firstWordStartCodes.has(startCodes(first, second));
  }
}

/** One number for a word's first one or two UTF-16 code units (`second` -1 for one). */
function startCodes(first: number, second: number): number {
  return first * 0x10001 + second + 1;
}

/** The table's look-up; built by the caller that owns it. */
export function headerLookup(): SectionHeaderLookup {
  return new SectionHeaderLookup(withRehabSpellings(SECTION_HEADERS));
}
