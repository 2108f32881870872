import { type AssertionTrigger, bothTriggers as both, postTriggers as post, preTriggers as pre } from './assertionTrigger';
import { ONGOING_TREATMENTS } from './cancerDrugs';
import { COMPLETED_COURSE_PHRASES } from './completedCourseCues';

/**
 * Cues of issue 12's notes (procedure notes, survivorship and genetics visits, problem-list exports) about where a disease
 * stands in its course, as data: a disease never treated, a skin check for what is not there, lesions none of which
 * changed, a diagnosis kept on the differential. Each entry is tested in `test/service/narrative/assertionRound12.test.ts`.
 */


/** "done with" and its abbreviation, as the tokens spell it ("w/" may be read as "w /"). */
const DONE_WITH: readonly string[] = ['done w/', 'done w /', 'done with'];

export const COURSE_STATUS_TRIGGERS: readonly AssertionTrigger[] = [
  // A disease never treated is still there (Guideline I.C.2.d: history needs the disease eradicated; ANNOTATION.md: watch
  // and wait is current disease): "CLL dx 2018, Rai 0, never treated, followed by heme", "has never been treated for his
  // CLL". The cue speaks for its own list item only, so a later item's history stays its own.
  ...both('active', 'never treated', 'never been treated', 'not treated', 'not been treated', 'not yet treated', 'not yet been treated',
    'never required treatment', 'never needed treatment', 'never required therapy', 'never needed therapy', 'treatment naive', 'treatment-naive',
    'no treatment to date', 'no therapy to date').map((trigger) => ({ ...trigger, ownItem: true })),
  // "now w/" is "now with" as clinicians abbreviate it: a new finding of the disease keeps it current ("hx of HCC s/p MWA
  // 2023, now w/ new 3.6 cm segment 7 lesion").
  ...both('active', 'now w /', 'now w/'),
  // A course finished for the disease it names ("has completed treatment for his throat cancer", "finished chemo for breast
  // cancer"): the course was directed to that disease and is over (Guideline I.C.2.d; ANNOTATION.md, history: "completed
  // adjuvant …" with nothing still given). The post cues ("completed treatment") are `assertionTriggers.ts`'s; a treatment
  // still given or a recurrence in the sentence keeps the disease current as before.
  ...pre('history', ...['completed', 'finished'].flatMap((done) => ['treatment', 'therapy', 'chemotherapy', 'chemo', 'radiation', 'radiotherapy', 'chemoradiation']
    .flatMap((course) => [`${done} ${course} for`, `${done} ${course} of`, `has ${done} ${course} for`]))),
  // A treatment received in the past for the disease it names ("he was treated for a low-risk prostate cancer with radiation
  // in 2016"), as "treated for" opening its clause is: the post cue "was treated" ("Her breast cancer was treated 10 years
  // ago") would otherwise take these words and look back. "has been treated for" is left out: it may say the treatment goes on.
  ...pre('history', 'was treated for', 'were treated for', 'had been treated for'),
  // A skin check looks for a skin cancer that is not known to be there ("annual skin exam for skin cancer in cranial RT
  // field"), as a screening study does.
  ...pre('hypothetical', 'skin exam for', 'skin exams for', 'skin check for', 'skin checks for', 'skin examination for', 'skin examinations for',
    'skin screening for', 'skin surveillance for'),
  // "none" that says how the lesions just named have behaved denies a change, not the lesions ("scattered benign-appearing
  // nevi, none changed", "several lipomas, none enlarging"): the lesions are there.
  ...both('pseudo', ...['changed', 'changing', 'enlarging', 'enlarged', 'growing', 'new', 'symptomatic']
    .map((state) => `none ${state}`)),
  // Surveillance of a treated cancer named by its study before the word and found clear ("R clear cell RCC 2019, radical
  // nephrectomy, no adjuvant tx, CT surveillance negative through 2024"): no evidence of disease after treatment is history
  // (Guideline I.C.2.d), as `assertionTriggers.ts`' "surveillance CTs clear" is.
  ...['ct', 'mri', 'pet', 'imaging', 'radiographic', 'cystoscopic', 'colonoscopic', 'endoscopic'].flatMap((study) => ['clean', 'clear', 'normal', 'negative', 'unremarkable']
    .map((result): AssertionTrigger => ({ words: `${study} surveillance ${result}`, assertion: 'history', direction: 'post', opensNext: true }))),
  // The differential named after its diagnosis without an article ("dexamethasone held until tissue (lymphoma on ddx)"), as
  // "on the ddx" is: a diagnosis weighed, not made (Guidelines II.H).
  ...['on ddx', 'in ddx', 'on differential', 'in differential', 'on the ddx list', 'on differential dx', 'on ddx list']
    .map((words): AssertionTrigger => ({ words, assertion: 'uncertain', direction: 'post', postScope: 2 })),
  // Round 23: treatment over in a non-oncology writer's words ("no adjuvant tx planned", "no issues since"; `completedCourseCues.ts`).
  ...post('history', ...COMPLETED_COURSE_PHRASES),
  // Round 24: a course said to be over in the writer's own words ("Breast cancer 2009 R, lumpectomy/RT, done w/ anastrozole
  // 2014", "done with chemo"): the treatment directed to the cancer is finished, as "completed anastrozole" says (Guideline
  // I.C.2.d; ANNOTATION.md, history: "completed adjuvant …" with nothing still given). Only a cancer treatment may follow, so
  // a procedure "done with US guidance" stays no cue.
  ...post('history', ...DONE_WITH.flatMap((done) => ONGOING_TREATMENTS.map((treatment) => `${done} ${treatment}`))),
  // A course nearly or not yet over goes on ("almost done with chemo"): the longer words are no cue.
  ...both('pseudo', ...['almost', 'nearly', 'not', 'not yet'].flatMap((before) => DONE_WITH.flatMap((done) => ONGOING_TREATMENTS.map((treatment) => `${before} ${done} ${treatment}`)))),
];
