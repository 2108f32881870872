import type { AssertionTrigger } from './assertionTrigger';

/**
 * Hypothetical cues of what a disease could become and of what a drug is approved for, as data (ConText's hypothetical
 * and "not the patient's" senses): each entry is tested in `test/service/narrative/assertionRound11.test.ts` ("other than" in
 * `assertionRound21.test.ts`).
 */

const pre = (...words: string[]): AssertionTrigger[] => words.map((entry) => ({ words: entry, assertion: 'hypothetical', direction: 'pre' }));

export const OUTLOOK_TRIGGERS: readonly AssertionTrigger[] = [
  // What a disease can become, in the verb's base form ("MDS is a marrow cancer that can in some pts progress to AML",
  // "CLL may transform into DLBCL"): a possibility, not the disease now; "progressed to AML" states it and is no cue.
  ...pre('progress to', 'progress into', 'transform to', 'transform into', 'evolve to', 'evolve into', 'turn into'),
  // Signs to return for ("… could signal need for tx or rarely Richter's transformation"): what they may signal is not there.
  ...pre('could signal', 'may signal', 'can signal', 'might signal'),
  // The same as a letter words it ("return sooner for bone pain …, which could herald progression to myeloma").
  ...pre('could herald', 'may herald', 'can herald', 'might herald', 'would herald'),
  // A drug's labelled indication in an appeal ("FDA-approved for intermediate or high-risk myelofibrosis, including primary
  // myelofibrosis"): the disease in general, not the patient's (the patient's own is named elsewhere); the label's list of
  // indications reaches to the sentence's end ("… including primary myelofibrosis and post-PV / post-ET MF, in adults").
  ...pre('fda-approved', 'fda approved', 'fda approval', 'fda-approval', 'fda-labeled', 'fda labeled', 'fda label', 'labeled indication',
    'labelled indication', 'label indication', 'approved indication', 'approved indications').map((trigger) => ({ ...trigger, listScope: true })),
  // A trial criterion's exceptions ("Prior malignancy within 3 yrs, except adequately treated BCC/SCC of skin, carcinoma in situ of
  // cervix, or localized prostate cancer"): the cancers a criterion allows describe the trial's population, not this patient, and
  // the list reaches to the sentence's end.
  ...['except', 'except for', 'excepting', 'with the exception of', 'other than'].flatMap((lead) => ['adequately treated', 'curatively treated', 'definitively treated', 'completely resected']
    .map((treated) => `${lead} ${treated}`)).flatMap((words) => pre(words)).map((trigger) => ({ ...trigger, listScope: true })),
];
