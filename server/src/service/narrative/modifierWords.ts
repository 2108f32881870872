/**
 * Words that may stand between a site list and its histology without changing the diagnosis ("invasive",
 * "signet ring", "poorly differentiated"), in a module of their own so that the site-list walks and the
 * finding-organ readers share them without importing each other.
 */

/** Subtypes of skin carcinomas, written before them or set off after them ("Basal cell carcinoma, nodular, L nasal tip"). */
export const SKIN_SUBTYPE_WORDS: readonly string[] = ['nodular', 'infiltrative', 'superficial', 'morpheaform', 'micronodular', 'pigmented', 'basosquamous', 'keratinizing'];

/** Words between a site list and its anchor that do not change the diagnosis. */
const MODIFIERS: ReadonlySet<string> = new Set([
  'invasive', 'infiltrating', 'ductal', 'lobular', 'papillary', 'serous', 'high-grade', 'low-grade', 'high', 'low', 'grade', 'squamous', 'cell',
  'small', 'non-small', 'large', 'clear', 'mucinous', 'poorly', 'well', 'moderately', 'differentiated', 'diff', 'poorly-differentiated', 'well-differentiated', 'well-diff', 'recurrent',
  'advanced', 'primary', 'stage', 'i', 'ii', 'iii', 'iv', 'iia', 'iib', 'iiia', 'iiib', 'iiic', 'iva', 'ivb', 'locally', 'extensive-stage',
  'limited-stage', 'triple-negative', 'hr+', 'early', 'known', 'newly', 'diagnosed', 'biopsy-proven', 'widespread', 'multiple', 'diffuse',
  'innumerable', 'numerous', 'scattered', 'extensive', 'new', 'bulky', 'several', 'few', 'solitary', 'the', 'urothelial', 'non-muscle',
  'sided', 'transitional', 'neuroendocrine', 'endometrioid', 'medullary', 'follicular', 'anaplastic', 'a', 'an', 'malignant', 'occult',
  'signet', 'ring', 'distant', 'regional', 'isolated', 'residual', 'suspected', 'known', 'biopsy', 'proven', 'muscle-invasive', 'invasive', 'in-situ',
  // "bone only metastatic disease": the one organ of the spread.
  'only',
  // Histologic types and patterns written between the organ and the histology ("prostatic acinar adenocarcinoma", "lung lepidic
  // adenocarcinoma", "breast metaplastic carcinoma"): the Index codes them by the site, so they change no code.
  'acinar', 'lepidic', 'micropapillary', 'cribriform', 'solid', 'colloid', 'tubular', 'metaplastic', 'sarcomatoid', 'basaloid', 'verrucous',
  'spindle', 'pleomorphic', 'undifferentiated', 'dedifferentiated', 'nonkeratinizing', 'non-keratinizing', 'goblet', 'oncocytic',
  'inflammatory', 'intestinal-type', 'diffuse-type', 'mixed',
  // "pulmonary parenchymal metastases", "brain parenchymal metastases": the organ's tissue, not another site.
  'parenchymal',
  // "L proximal humerus sessile osteochondroma", "sigmoid pedunculated adenoma": the lesion's shape, not another site.
  'sessile', 'pedunculated',
  // "Seg 2 benign hemangioma": the behaviour a benign neoplasm's name already states.
  'benign',
  // "L renal pelvis HG urothelial carcinoma", "bladder LG Ta urothelial carcinoma": the grade's abbreviations, as "high-grade".
  'hg', 'lg',
  ...SKIN_SUBTYPE_WORDS,
]);

/** Whether a word may stand between a site and its anchor without changing the diagnosis ("high-grade", "invasive"). */
export function isModifier(word: string): boolean {
  // A tracer's avidity ("osseous MIBG-avid disease", "hepatic FDG-avid metastases", "avid nodal mets") says how the lesion shows, not where.
  return MODIFIERS.has(word) || word === 'avid' || word.endsWith('-avid');
}

/**
 * Nouns of the disease's course that a site set off after a tumour may name instead of the tumour's place ("metastatic NSCLC, CNS
 * progression", "breast cancer, bone progression"): such a site is where the disease progresses, not the primary's organ.
 */
export const COURSE_NOUNS: ReadonlySet<string> = new Set(['progression', 'progressions', 'relapse', 'recurrence', 'involvement', 'response']);
