import type { AssertionTrigger } from './assertionTriggers';

/**
 * "HX: benign parotid tumor (pleomorphic adenoma), superficial parotidectomy 1998", "remote R thyroid lobectomy for
 * follicular adenoma (1994)", "tubular adenoma, polypectomy 2019": a benign, uncertain-behaviour or in-situ neoplasm
 * taken out by a named operation on a date is a past one (Z86.0-, ANNOTATION.md "Codes by assertion"), as the generic
 * "excision"/"resection"/"hysterectomy" cues already say. Like them these cues need a date and never end a malignancy:
 * surgery alone does not show a cancer eradicated (Guideline I.C.2.d), so "nephrectomy 2019" of an RCC stays present.
 */

/**
 * Operations that remove the whole tumour with its organ or part of it. A lumpectomy is not one: a DCIS lumpectomy is
 * usually the first step of a course that goes on (radiation, tamoxifen), and "excision" already reads the benign ones.
 */
const REMOVALS: readonly string[] = [
  'parotidectomy', 'superficial parotidectomy', 'thyroidectomy', 'hemithyroidectomy', 'thyroid lobectomy', 'lobectomy',
  'polypectomy', 'nephrectomy', 'partial nephrectomy', 'adrenalectomy', 'oophorectomy', 'salpingo-oophorectomy',
  'colectomy', 'hemicolectomy', 'orchiectomy', 'excisional biopsy', 'enucleation', 'resected', 'removed',
  // The uterus removed with its fibroids ("TAH/BSO 1995 for fibroids", "myomectomy for leiomyoma 2010").
  'hysterectomy', 'tah', 'tah/bso', 'tah-bso', 'tlh', 'tlh/bso', 'tlh-bso', 'myomectomy',
  // The cyst shelled out of its ovary ("L ovarian dermoid cyst s/p laparoscopic cystectomy 2019"), or a bladder removed with its in-situ carcinoma.
  'cystectomy',
];

/** "X 1998" after the neoplasm, and "X for <neoplasm> (1994)" before it. */
export const REMOVAL_TRIGGERS: readonly AssertionTrigger[] = [
  ...REMOVALS.filter((words) => words !== 'resected' && words !== 'removed')
    .map((words): AssertionTrigger => ({ words, assertion: 'history', direction: 'post', dated: true, nonInvasiveOnly: true })),
  ...REMOVALS.map((words): AssertionTrigger => ({ words: `${words} for`, assertion: 'history', direction: 'pre', dated: true, nonInvasiveOnly: true })),
  // "Colonoscopy 2023: 2 tubular adenomas, repeat 2030", "tubular adenoma x2 on colonoscopy 2022": polyps a past colonoscopy
  // found were taken out at it, so the adenomas are history (Z86.010-) and the interval is their surveillance.
  ...['colonoscopy', 'on colonoscopy'].map((words): AssertionTrigger => ({ words, assertion: 'history', direction: words === 'colonoscopy' ? 'pre' : 'post', dated: true, nonInvasiveOnly: true })),
];
