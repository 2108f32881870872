import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Tuner C2, round 18 (issue 12): a synoptic form's dot leader joins a field's label to its value as a colon does
 * (dotLeaders.ts), so the value is read with its label. ANNOTATION.md, "A margin statement that names the neoplasm is a
 * negated mention of the specimen's tumour at the specimen's site" (round 17), from d746 ("Margins ..........................
 * Negative for invasive carcinoma" of a radical prostatectomy) and d747 ("Margins ....... Negative for invasive carcinoma" of
 * a hysterectomy for endometrioid carcinoma). Table of Neoplasms: prostate (gland) → Malignant Primary C61; endometrium →
 * Malignant Primary C54.1 (Tabular C54.1 Malignant neoplasm of endometrium).
 */
const dotLeaders: readonly ReadingCase[] = [
  ['a dotted margin field of a prostatectomy denies the prostate cancer at the margin',
    'Prostate, radical prostatectomy: acinar adenocarcinoma.\nMargins .......................... Negative for invasive carcinoma',
    [['adenocarcinoma', 'C61', 'present'], ['carcinoma', 'C61', 'negated']]],
  ['a dotted margin field under an endometrium synoptic denies the endometrial cancer at the margin',
    'FINAL DIAGNOSIS:\nA. Uterus, cervix, bilateral tubes and ovaries, hysterectomy:\n   - Endometrioid carcinoma of the endometrium, FIGO grade 1.\n\n'
    + 'Synoptic (CAP Endometrium, Hysterectomy v4.4):\nMargins ................. Negative for invasive carcinoma',
    [['carcinoma of the endometrium', 'C541', 'present'], ['carcinoma', 'C541', 'negated']]],
];

describe('narrative round 18: dot leaders of synoptic fields', () => {
  checkReadings(dotLeaders);
});
