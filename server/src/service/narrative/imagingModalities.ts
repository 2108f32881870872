/**
 * The names of imaging studies, as the tokens' `norm`: the one list of modalities that the passes telling an imaging study from a
 * tissue result, a finding's own words or a plan share ("adrenal mets on CT", "MRI liver 11/12:", "CT: no distant metastases").
 * A pass adds the words its own question needs (a staging laparoscopy, a biopsy that also has findings, a study's general words);
 * the screening lists (`assertionTriggers.ts`, `screeningItems.ts`) name tests, not images, and keep their own.
 */
export const IMAGING_MODALITIES: ReadonlySet<string> = new Set([
  'ct', 'mri', 'mr', 'pet', 'pet/ct', 'pet-ct', 'spect', 'us', 'ultrasound', 'x-ray', 'xray', 'xr', 'cxr', 'imaging', 'scan', 'scans',
]);
