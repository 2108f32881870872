import type { Laterality, SiteTerm } from './siteTerm';

/**
 * Families of site terms that follow a pattern (the Tabular's "overlapping sites of …" titles, bone adjectives,
 * vertebral levels, liver segments), generated here and spread into the reviewed site vocabulary (`siteLexicon.ts`).
 */

/** The table paths of the lung and the colon, which the reviewed vocabulary uses too. */
export const LUNG = 'lung';
export const COLON: readonly string[] = ['intestine', 'large', 'colon'];

/**
 * The Tabular titles' "overlapping sites of …" (C50.81-, C34.8-, C18.8 …), which problem lists copy
 * ("Malignant neoplasm of overlapping sites of left breast in female"): the table's "overlapping lesion"
 * row under the organ, with the side the title writes.
 */
export function overlappingSites(): SiteTerm[] {
  const organs: readonly [string, readonly string[]][] = [
    ['breast', ['breast']], ['female breast', ['breast']], ['male breast', ['breast']], ['bronchus and lung', [LUNG]], ['colon', COLON],
    ['stomach', ['stomach']], ['pancreas', ['pancreas']], ['bladder', ['bladder']], ['brain', ['brain']], ['esophagus', ['esophagus']],
    ['larynx', ['larynx']], ['tongue', ['tongue']], ['cervix uteri', ['cervix']],
  ];
  // Only the breast and the lung have sided titles (C50.81-, C34.8-).
  const sidesOf = (organ: string): readonly (Laterality | undefined)[] => (/breast|lung/.test(organ) ? [undefined, 'right', 'left'] : [undefined]);
  return organs.flatMap(([organ, path]) => sidesOf(organ).map((side): SiteTerm => ({
    words: `overlapping sites of ${side === undefined ? '' : `${side} `}${organ}`,
    path: [...path, 'overlapping lesion'],
    ...(side === undefined ? {} : { laterality: side }),
  })));
}

/** Bone adjectives → the bone's row under "bone" in the table. */
export function boneAdjectives(): SiteTerm[] {
  const bones: readonly [string, string][] = [
    ['iliac', 'ilium'], ['iliac wing', 'ilium'], ['iliac bone', 'ilium'], ['iliac crest', 'ilium'], ['femoral', 'femur'], ['humeral', 'humerus'],
    ['acetabular', 'acetabulum'], ['sternal', 'sternum'], ['scapular', 'scapula'], ['clavicular', 'clavicle'], ['ischial', 'ischium'],
    ['tibial', 'tibia'], ['fibular', 'fibula'], ['mandibular', 'mandible'], ['clival', 'clivus'],
    // The nouns too, so that a bone tumour named without a site ("MRI L femur: … Core bx: osteosarcoma") takes the bone of the finding.
    ['femur', 'femur'], ['femora', 'femur'], ['humerus', 'humerus'], ['tibia', 'tibia'], ['fibula', 'fibula'], ['ilium', 'ilium'],
    ['scapula', 'scapula'], ['clavicle', 'clavicle'], ['sternum', 'sternum'], ['acetabulum', 'acetabulum'], ['ischium', 'ischium'],
  ];
  return bones.map(([words, bone]) => ({ words, path: ['bone', bone] }));
}

/**
 * "T12 mets", "L3 lesion": a thoracic or lumbar vertebra named by its level (table: bone, vertebra C41.2 / C79.51). T1–T4 are
 * left out, being tumour stages as well ("T2 adenocarcinoma"), and so are the cervical and sacral levels (codes, nerve roots, serum stages).
 */
export function vertebralLevels(): SiteTerm[] {
  const levels = [...Array.from({ length: 8 }, (_, index) => `t${index + 5}`), ...Array.from({ length: 5 }, (_, index) => `l${index + 1}`)];
  return levels.flatMap((level) => ['', ' spine', ' vertebra', ' vertebral', ' vertebral body'].map((noun) => ({ words: level + noun, path: ['bone', 'vertebra'] })));
}

/** "segment 1" … "segment 8", "segment IVa", "segment 4b", "seg 2", "liver segment 6": the numbered segments are the liver's. */
export function liverSegments(): SiteTerm[] {
  const numbers = ['1', '2', '3', '4', '4a', '4b', '5', '6', '7', '8', 'i', 'ii', 'iii', 'iv', 'iva', 'ivb', 'v', 'vi', 'vii', 'viii'];
  const segments = numbers.flatMap((number) => [`segment ${number}`, `seg ${number}`]);
  return [...segments, ...segments.map((segment) => `liver ${segment}`)].map((words) => ({ words, path: ['liver'] }));
}
