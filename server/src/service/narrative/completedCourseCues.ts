/**
 * Round 23 (specialty notes): how a non-oncology writer says that a cancer's treatment is over and only follow-up is left. A
 * wound nurse, a dietitian or a psychologist relays the oncologist's decision ("Rectal cancer s/p LAR, ypT2N0, no adjuvant tx
 * planned"; "oncologist said 'no more chemo needed, just scans'") or the patient's course since ("Cervical cancer in her 30s -
 * 'had a cone, then hysterectomy' - no issues since"). Treatment completed and no further treatment directed to the site is
 * a personal history (Guideline I.C.2.d; ANNOTATION.md, history: "completed …" with nothing still given). Each phrase names the
 * end of treatment itself, so a treatment merely not given ("no chemotherapy is needed for the ovarian primary", a pseudo cue
 * of `assertionTriggers.ts`) keeps its reading. Post cues of `courseStatusTriggers.ts` and outcome cues of `statedOutcome.ts`.
 */
export const COMPLETED_COURSE_PHRASES: readonly string[] = [
  ...['no adjuvant tx', 'no adjuvant therapy', 'no adjuvant treatment', 'no adjuvant chemo', 'no more chemo', 'no more treatment', 'no further chemo']
    .flatMap((course) => [`${course} planned`, `${course} needed`]),
  'no issues since', 'no problems since', 'no issues ever since',
];
