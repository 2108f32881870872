import { BREAST_SITE_TERMS } from './breastSiteTerms';
import { RESECTION_BED_TERMS } from './resectionBed';
import { TABLE_ROW_SPELLINGS } from './tableRowSpellings';
import type { SiteTerm } from './siteTerm';
import { boneAdjectives, COLON, liverSegments, LUNG, overlappingSites, vertebralLevels } from './siteTermFamilies';

/**
 * The reviewed site vocabulary: words clinicians write for a site that the Table of Neoplasms prints
 * differently (adjectives, abbreviations, everyday names), each with the table path it stands for.
 * A path is the row titles from the site down, as `NeoplasmTable.findSite` and `findChild` read them
 * (`['lung', 'upper lobe']`). Site nouns the table prints itself ("pancreas", "prostate") need no entry:
 * the reader asks the table. `test/service/narrative/siteLexicon.test.ts` checks every entry against
 * the official table file.
 */
export type { Laterality, SiteTerm } from './siteTerm';

/**
 * What a sarcoma clinic writes after "RP" for the retroperitoneum: a lesion, its tumour or its recurrence ("RP mass",
 * "Recurrent RP DDLPS", "RP sarcoma"). Elsewhere "RP" is a radical prostatectomy ("s/p RP 2015") or retinitis pigmentosa.
 */
const RETROPERITONEAL_NOUNS = [
  'mass', 'masses', 'tumor', 'tumour', 'tumors', 'lesion', 'lesions', 'recurrence', 'sarcoma', 'liposarcoma', 'leiomyosarcoma',
  'ddlps', 'wdlps', 'lms', 'resection', 'disease', 'implant', 'implants', 'deposit', 'deposits', 'mets', 'metastasis', 'metastases',
];

/** The deposits a serosal surface carries: "perihepatic implants", "perisplenic nodules" (not "perihepatic fluid"). */
const SEROSAL_DEPOSIT_NOUNS = ['implant', 'implants', 'deposit', 'deposits', 'nodule', 'nodules', 'nodularity', 'metastasis', 'metastases', 'mets', 'disease', 'lesion', 'lesions'];

/** The hilum of the liver and its bile ducts: "hilar stricture", "hilar cholangiocarcinoma". */
const BILIARY_HILUM = ['stricture', 'strictures', 'cholangiocarcinoma', 'biliary', 'bile', 'duct', 'ducts', 'plate', 'obstruction'];

/**
 * The table's head NEC row (C76.0), reached by "head and neck" written as one region. Its own path, distinct from the
 * skin's "head", because a head and neck squamous cell carcinoma is mucosal: coding never moves it to the skin (C44.4-).
 */
export const HEAD_AND_NECK: readonly string[] = ['head NEC'];

export const SITE_TERMS: readonly SiteTerm[] = [
  // Lung, lobes and their abbreviations.
  { words: 'pulmonary', path: [LUNG] },
  { words: 'lungs', path: [LUNG] },
  { words: 'pulm', path: [LUNG] },
  { words: 'bronchogenic', path: [LUNG] },
  // A bronchoscopy's airway survey: "no endobronchial tumor" is the bronchus's (table: bronchus / Unspecified D49.1; d688, d892).
  { words: 'endobronchial', path: ['bronchus'] },
  // "R mainstem" is the main bronchus, as radiology and bronchoscopy write it (table: bronchus, main C34.0-; d736).
  { words: 'mainstem', path: ['bronchus', 'main'] },
  { words: 'mainstem bronchus', path: ['bronchus', 'main'] },
  { words: 'rul', path: [LUNG, 'upper lobe'], laterality: 'right' },
  { words: 'lul', path: [LUNG, 'upper lobe'], laterality: 'left' },
  { words: 'rll', path: [LUNG, 'lower lobe'], laterality: 'right' },
  { words: 'lll', path: [LUNG, 'lower lobe'], laterality: 'left' },
  { words: 'rml', path: [LUNG, 'middle lobe'], laterality: 'right' },
  { words: 'upper lobe', path: [LUNG, 'upper lobe'] },
  { words: 'lower lobe', path: [LUNG, 'lower lobe'] },
  { words: 'middle lobe', path: [LUNG, 'middle lobe'] },
  // The Tabular's own titles, copied into problem lists ("Malignant neoplasm of lower lobe, right bronchus or lung").
  { words: 'bronchus or lung', path: [LUNG] },
  { words: 'upper lobe , right bronchus or lung', path: [LUNG, 'upper lobe'], laterality: 'right' },
  { words: 'upper lobe , left bronchus or lung', path: [LUNG, 'upper lobe'], laterality: 'left' },
  { words: 'lower lobe , right bronchus or lung', path: [LUNG, 'lower lobe'], laterality: 'right' },
  { words: 'lower lobe , left bronchus or lung', path: [LUNG, 'lower lobe'], laterality: 'left' },
  { words: 'middle lobe , bronchus or lung', path: [LUNG, 'middle lobe'], laterality: 'right' },
  // "Melanoma in situ of other parts of face" (D03.39), "Malignant melanoma of other part of trunk" (C43.59): the skin titles' residual
  // categories, read at a table row of each (cheek, external: skin C44.309; trunk: skin C44.509), whose codes are those categories.
  ...['other parts of face', 'other part of face'].map((words) => ({ words, path: ['cheek'] })),
  ...['other parts of trunk', 'other part of trunk'].map((words) => ({ words, path: ['trunk'] })),
  // "R hilar mass", "right hilar primary": without a node word the hilum is the lung's (table: lung, hilus C34.0-); "hilar adenopathy" is read as nodes first.
  { words: 'hilar', path: [LUNG, 'hilus'], notBefore: BILIARY_HILUM },
  { words: 'perihilar', path: [LUNG, 'hilus'], notBefore: BILIARY_HILUM },
  { words: 'lingula', path: ['lingula, lung'], laterality: 'left' },
  { words: 'lingular', path: ['lingula, lung'], laterality: 'left' },
  // Liver, biliary tract, pancreas, gut.
  { words: 'hepatic', path: ['liver'] },
  { words: 'liver', path: ['liver'] },
  // Couinaud segments of the liver, as imaging and hepatology notes number them ("segment 4 hemangioma", "segment VII lesion").
  ...liverSegments(),
  { words: 'pancreatic', path: ['pancreas'] },
  { words: 'pancreatic head', path: ['pancreas', 'head'] },
  { words: 'head of the pancreas', path: ['pancreas', 'head'] },
  { words: 'head of pancreas', path: ['pancreas', 'head'] },
  { words: 'pancreatic tail', path: ['pancreas', 'tail'] },
  { words: 'tail of the pancreas', path: ['pancreas', 'tail'] },
  { words: 'pancreatic body', path: ['pancreas', 'body'] },
  { words: 'gastric', path: ['stomach'] },
  { words: 'gastric antrum', path: ['stomach', 'antrum'] },
  { words: 'antral', path: ['stomach', 'antrum'] },
  { words: 'gastric cardia', path: ['stomach', 'cardia'] },
  { words: 'antrum', path: ['stomach', 'antrum'] },
  { words: 'pylorus', path: ['stomach', 'pylorus'] },
  { words: 'pyloric', path: ['stomach', 'pylorus'] },
  { words: 'gastric body', path: ['stomach', 'body'] },
  { words: 'body of the stomach', path: ['stomach', 'body'] },
  { words: 'lesser curvature', path: ['stomach', 'lesser curvature'] },
  { words: 'greater curvature', path: ['stomach', 'greater curvature'] },
  { words: 'esophageal', path: ['esophagus'] },
  // The thirds of the esophagus as endoscopists write them (table: esophagus, upper / middle / lower (third) C15.3–C15.5).
  { words: 'mid esophagus', path: ['esophagus', 'middle'] },
  { words: 'mid-esophagus', path: ['esophagus', 'middle'] },
  { words: 'midesophagus', path: ['esophagus', 'middle'] },
  { words: 'mid esophageal', path: ['esophagus', 'middle'] },
  { words: 'upper esophagus', path: ['esophagus', 'upper'] },
  { words: 'proximal esophagus', path: ['esophagus', 'upper'] },
  { words: 'lower esophagus', path: ['esophagus', 'lower'] },
  { words: 'distal esophageal', path: ['esophagus', 'lower'] },
  { words: 'renal pelvis', path: ['renal', 'pelvis'] },
  // The floor of the mouth and the buccal mucosa (table: mouth, floor C04.9; mucosa, buccal C06.0).
  { words: 'floor of mouth', path: ['mouth', 'floor'] },
  { words: 'floor of the mouth', path: ['mouth', 'floor'] },
  { words: 'fom', path: ['mouth', 'floor'] },
  { words: 'buccal mucosa', path: ['mucosa', 'buccal'] },
  { words: 'buccal mucosal', path: ['mucosa', 'buccal'] },
  // Eyelids as written ("right lower lid"), and the eye's coats (table: eyelid C44.10-; choroid C69.3-; ciliary body, iris, uveal tract C69.4-; conjunctiva C69.0-).
  // The lid is a word of the path the table row ignores and the code's title keeps: C44.1- and D23.1- subdivide right and left by upper
  // and lower eyelid ("right upper eyelid, including canthus"), which `mapping.ts` reads off the title.
  ...['lower lid', 'lower eyelid', 'lower lids', 'lower eyelids'].map((words) => ({ words, path: ['eyelid', 'lower'] })),
  ...['upper lid', 'upper eyelid', 'upper lids', 'upper eyelids'].map((words) => ({ words, path: ['eyelid', 'upper'] })),
  { words: 'choroidal', path: ['choroid'] },
  // "Retinal tumor OD": the retina's adjective (table: retina C69.2-, D31.2-, D49.81).
  { words: 'retinal', path: ['retina'] },
  { words: 'uveal', path: ['uveal tract'] },
  { words: 'uvea', path: ['uveal tract'] },
  { words: 'conjunctival', path: ['conjunctiva'] },
  // "Conj nevus", "bulbar conj": the ophthalmologist's abbreviation of the conjunctiva.
  { words: 'conj', path: ['conjunctiva'] },
  { words: 'ocular', path: ['eye'] },
  { words: 'eye', path: ['eye'] },
  { words: 'intraocular', path: ['eye'] },
  { words: 'gej', path: ['gastroesophageal junction'] },
  // The British spellings of the table's own rows (the lexicon's phrases gain theirs in `britishSpellings.ts`); "OGJ" the oesophagogastric junction.
  { words: 'oesophagus', path: ['esophagus'] },
  ...['gastro-oesophageal junction', 'oesophagogastric junction', 'oesophago-gastric junction', 'ogj'].map((words) => ({ words, path: ['gastroesophageal junction'] })),
  // "GI ca", "GI malignancy": the digestive tract (table: gastrointestinal (tract) NEC C26.9; family history Z80.0).
  { words: 'gi', path: ['gastrointestinal'] },
  { words: 'ge junction', path: ['gastroesophageal junction'] },
  { words: 'colon', path: COLON },
  { words: 'colonic', path: COLON },
  { words: 'colorectal', path: ['rectum', 'and colon'] },
  { words: 'sigmoid', path: [...COLON, 'sigmoid'] },
  { words: 'sigmoid colon', path: [...COLON, 'sigmoid'] },
  { words: 'ascending colon', path: [...COLON, 'ascending'] },
  { words: 'descending colon', path: [...COLON, 'descending'] },
  { words: 'transverse colon', path: [...COLON, 'transverse'] },
  // A pathology label names the colon's part after the organ ("A. Colon, ascending, polypectomy:"); "ascending" alone may be the aorta.
  ...(['ascending', 'descending'] as const).map((part) => ({ words: `colon , ${part}`, path: [...COLON, part] })),
  { words: 'right colon', path: [...COLON, 'right'] },
  { words: 'left colon', path: [...COLON, 'left'] },
  { words: 'transverse', path: [...COLON, 'transverse'] },
  { words: 'cecum', path: ['intestine', 'large', 'cecum'] },
  { words: 'cecal', path: ['intestine', 'large', 'cecum'] },
  { words: 'hepatic flexure', path: ['intestine', 'large', 'hepatic flexure'] },
  { words: 'splenic flexure', path: ['intestine', 'large', 'splenic flexure'] },
  { words: 'rectal', path: ['rectum'] },
  { words: 'rectosigmoid', path: ['rectosigmoid'] },
  { words: 'anal', path: ['anus, anal'] },
  { words: 'anal canal', path: ['anus, anal', 'canal'] },
  { words: 'small bowel', path: ['intestine', 'small'] },
  // The hyphenated adjective ("small-bowel NET", "small-bowel obstruction"): one token.
  { words: 'small-bowel', path: ['intestine', 'small'] },
  { words: 'small intestine', path: ['intestine', 'small'] },
  { words: 'small intestinal', path: ['intestine', 'small'] },
  { words: 'duodenal', path: ['duodenum'] },
  { words: 'jejunal', path: ['jejunum'] },
  { words: 'ileal', path: ['ileum'] },
  { words: 'terminal ileum', path: ['ileum'] },
  { words: 'appendiceal', path: ['appendix'] },
  { words: 'gallbladder', path: ['gallbladder'] },
  { words: 'biliary', path: ['bile or biliary'] },
  // A bile duct is the table's "bile or biliary › duct or passage" C24.0 (Tabular C24.0 includes the biliary duct or passage NOS,
  // the common bile duct, the cystic and the hepatic duct), not the biliary tract NOS C24.9; inside the liver it is C22.1
  // ("duct or passage › intrahepatic", secondary C78.7; "liver and intrahepatic bile duct" stays one Tabular title).
  { words: 'bile duct', path: ['bile or biliary', 'duct or passage'] },
  { words: 'bile ducts', path: ['bile or biliary', 'duct or passage'] },
  { words: 'common bile duct', path: ['common duct'] },
  { words: 'extrahepatic bile duct', path: ['extrahepatic duct'] },
  { words: 'intrahepatic bile duct', path: ['bile or biliary', 'duct or passage', 'intrahepatic'] },
  { words: 'ampullary', path: ['ampulla of Vater'] },
  { words: 'ampulla', path: ['ampulla of Vater'] },
  { words: 'peritoneal', path: ['peritoneum, peritoneal'] },
  { words: 'omental', path: ['omentum'] },
  // The pouch of Douglas, as imaging writes it ("cul-de-sac implant"; table: cul-de-sac (Douglas') / Malignant Secondary C78.6).
  { words: 'cul-de-sac', path: ['cul-de-sac'] },
  { words: 'pouch of douglas', path: ['cul-de-sac'] },
  { words: 'pelvic cul-de-sac', path: ['cul-de-sac'] },
  // The pelvic peritoneum is one site, not the pelvis and the peritoneum (table: peritoneum, pelvic / Malignant Secondary C78.6).
  { words: 'pelvic peritoneal', path: ['peritoneum, peritoneal', 'pelvic'] },
  { words: 'pelvic peritoneum', path: ['peritoneum, peritoneal', 'pelvic'] },
  // Deposits on the liver's or spleen's capsule lie on the peritoneum that covers it ("perihepatic implants" of an ovarian
  // cancer: table: peritoneum / Malignant Secondary C78.6), not in the organ; a node there is a node region (nodes are read first).
  ...['perihepatic', 'perisplenic', 'perihepatic surface', 'perisplenic surface'].map((words): SiteTerm => ({ words, path: ['peritoneum, peritoneal'], onlyBefore: SEROSAL_DEPOSIT_NOUNS })),
  { words: 'retroperitoneal', path: ['retroperitoneum'] },
  { words: 'rp', path: ['retroperitoneum'], onlyBefore: RETROPERITONEAL_NOUNS },
  // Bone and nervous system.
  { words: 'osseous', path: ['bone'] },
  { words: 'bony', path: ['bone'] },
  { words: 'skeletal', path: ['bone'] },
  { words: 'bone', path: ['bone'] },
  { words: 'bones', path: ['bone'] },
  { words: 'calvarial', path: ['bone', 'calvarium'] },
  { words: 'calvarium', path: ['bone', 'calvarium'] },
  { words: 'skull', path: ['bone', 'skull'] },
  { words: 'pelvic bone', path: ['bone', 'pelvic'] },
  { words: 'pelvic bones', path: ['bone', 'pelvic'] },
  { words: 'spine', path: ['bone', 'spine'] },
  { words: 'spinal', path: ['bone', 'spine'] },
  // "No visceral metastases": the table's viscera NEC / Malignant Secondary C79.89 (ANNOTATION.md, h40), not the visceral pleura or peritoneum.
  { words: 'visceral', path: ['viscera'], notBefore: ['pleura', 'pleural', 'peritoneum', 'peritoneal', 'fat', 'crisis', 'pain'] },
  // The spinal cord is the nervous system's (table: spine, spinal (column), cord / Malignant Secondary C79.49), not the column's bone.
  { words: 'spinal cord', path: ['spine', 'cord'] },
  // The cord by its segment, as spine reports write it ("cervical cord lesion"): the spinal cord, not the cervix.
  ...['cervical cord', 'thoracic cord', 'cervicothoracic cord', 'cervical spinal cord', 'thoracic spinal cord'].map((words): SiteTerm => ({ words, path: ['spine', 'cord'] })),
  { words: 'vertebral', path: ['bone', 'vertebra'] },
  { words: 't-spine', path: ['bone', 'vertebra'] },
  { words: 'l-spine', path: ['bone', 'vertebra'] },
  { words: 'c-spine', path: ['bone', 'vertebra'] },
  // Bones named by their adjective, as imaging and radiation notes write a metastasis ("L iliac met", "humeral lesion"; table: bone, ilium
  // C41.4, femur C40.2-, humerus C40.0-): a node word after "iliac" or "femoral" still makes a node region (`siteFinder.ts` reads nodes first).
  ...boneAdjectives(),
  ...vertebralLevels(),
  // "L common iliac met" with no node word: the iliac vessels' chain is a node region (table: lymph gland, iliac C77.5), not the ilium.
  { words: 'common iliac', path: ['lymph', 'gland', 'iliac'] },
  { words: 'external iliac', path: ['lymph', 'gland', 'iliac'] },
  { words: 'internal iliac', path: ['lymph', 'gland', 'iliac'] },
  { words: 'thoracic spine', path: ['bone', 'vertebra'] },
  { words: 'lumbar spine', path: ['bone', 'vertebra'] },
  { words: 'cervical spine', path: ['bone', 'vertebra'] },
  { words: 'thoracic vertebra', path: ['bone', 'vertebra'] },
  { words: 'lumbar vertebra', path: ['bone', 'vertebra'] },
  { words: 'vertebral body', path: ['bone', 'vertebra'] },
  { words: 'vertebral bodies', path: ['bone', 'vertebra'] },
  { words: 'skull base', path: ['bone', 'skull'] },
  { words: 'base of skull', path: ['bone', 'skull'] },
  { words: 'base of the skull', path: ['bone', 'skull'] },
  { words: 'bone marrow', path: ['marrow'] },
  // The one organ of a metastatic disease ("bone-only metastatic disease", "liver-only mets").
  { words: 'bone-only', path: ['bone'] },
  { words: 'liver-only', path: ['liver'] },
  { words: 'brain-only', path: ['brain'] },
  { words: 'lung-only', path: [LUNG] },
  { words: 'marrow', path: ['marrow'] },
  // A bone marrow biopsy names the tissue it samples ("BMBx 11/18: involved by MCL": the marrow, C83.19).
  { words: 'bmbx', path: ['marrow'] },
  // The central nervous system (table: nervous system (central) NEC C72.9, secondary C79.40).
  { words: 'cns', path: ['nervous system'] },
  { words: 'brain', path: ['brain'] },
  { words: 'cerebral', path: ['brain'] },
  { words: 'intracranial', path: ['intracranial'] },
  { words: 'cerebellar', path: ['brain', 'cerebellum'] },
  { words: 'vermian', path: ['brain', 'cerebellum'] },
  { words: 'frontal lobe', path: ['brain', 'frontal lobe'] },
  { words: 'temporal lobe', path: ['brain', 'temporal lobe'] },
  { words: 'parietal lobe', path: ['brain', 'parietal lobe'] },
  { words: 'occipital lobe', path: ['brain', 'occipital lobe'] },
  { words: 'leptomeningeal', path: ['meninges', 'brain'] },
  { words: 'meningeal', path: ['meninges'] },
  { words: 'dural', path: ['dura'] },
  { words: 'dural-based', path: ['dura'] },
  { words: 'dural based', path: ['dura'] },
  { words: 'pontine', path: ['brain', 'pons'] },
  { words: 'thalamic', path: ['brain', 'thalamus'] },
  { words: 'brainstem', path: ['brain', 'stem'] },
  { words: 'brain stem', path: ['brain', 'stem'] },
  { words: 'orbital', path: ['orbit'] },
  // Soft tissue (table: soft parts or tissues — see connective tissue C49.9, secondary C79.89).
  { words: 'abdominal wall', path: ['connective tissue', 'abdominal wall'] },
  // The abdominal wall's muscle and its sheath ("desmoid tumor of L rectus abdominis"); "rectus" alone is also an eye muscle.
  { words: 'rectus abdominis', path: ['connective tissue', 'abdominal wall'] },
  { words: 'rectus sheath', path: ['connective tissue', 'abdominal wall'] },
  { words: 'soft tissue', path: ['connective tissue'] },
  { words: 'soft tissues', path: ['connective tissue'] },
  // An ultrasound's "posterior acoustic enhancement" or "acoustic shadowing" is how sound passes the lesion, not the nerve.
  { words: 'acoustic', path: ['acoustic nerve'], notBefore: ['enhancement', 'shadowing', 'shadow', 'shadows', 'impedance'] },
  { words: 'vestibular', path: ['acoustic nerve'] },
  // Chest, endocrine, skin.
  { words: 'pleural', path: ['pleura, pleural'] },
  { words: 'mediastinal', path: ['mediastinum'] },
  { words: 'pericardial', path: ['pericardium'] },
  { words: 'adrenal', path: ['adrenal'] },
  { words: 'adrenals', path: ['adrenal'] },
  { words: 'adrenal gland', path: ['adrenal'] },
  { words: 'adrenal glands', path: ['adrenal'] },
  { words: 'thyroid', path: ['thyroid'] },
  { words: 'pituitary', path: ['pituitary'] },
  { words: 'thymic', path: ['thymus'] },
  { words: 'skin', path: ['skin'] },
  // Short skin-site nouns the table prints but the three-letter guard of the table look-up skips.
  { words: 'arm', path: ['arm'] },
  { words: 'upper arm', path: ['arm'] },
  { words: 'ear', path: ['ear'] },
  { words: 'leg', path: ['leg'] },
  { words: 'lower leg', path: ['leg'] },
  { words: 'shin', path: ['leg'] },
  // The plurals a skin finding on both limbs is written with ("KS, skin of both legs", "lesions of the lower legs").
  { words: 'legs', path: ['leg'] },
  { words: 'lower legs', path: ['leg'] },
  { words: 'shins', path: ['leg'] },
  { words: 'upper limb', path: ['limb', 'upper'] },
  { words: 'lower limb', path: ['limb', 'lower'] },
  { words: 'upper limb , including shoulder', path: ['limb', 'upper'] },
  { words: 'lower limb , including hip', path: ['limb', 'lower'] },
  { words: 'nasal ala', path: ['ala nasi'] },
  // "R preauricular cheek: AK vs SCCis": the skin in front of the ear is the cheek's (table: cheek C76.0, external C44.3-);
  // "preauricular node" is the lymph node row (table: lymph, lymphatic, node, preauricular C77.0).
  { words: 'preauricular', path: ['cheek'], notBefore: ['node', 'nodes', 'ln', 'lns', 'lymph', 'lymphadenopathy', 'adenopathy', 'nodal'] },
  // Other rows of three letters (table: lip C00.9, gum C03.9, jaw C76.0 (its bone C41.1), rib C41.3, toe NEC C76.5-) and the two-word rows that open with one.
  { words: 'lip', path: ['lip'] },
  { words: 'lips', path: ['lip'] },
  { words: 'gum', path: ['gum'] },
  { words: 'gums', path: ['gum'] },
  { words: 'jaw', path: ['jaw'] },
  { words: 'rib', path: ['rib'] },
  { words: 'ribs', path: ['rib'] },
  { words: 'toe', path: ['toe'] },
  { words: 'vas deferens', path: ['vas deferens'] },
  { words: 'pia mater', path: ['pia mater'] },
  { words: 'cutaneous', path: ['skin'] },
  { words: 'subcutaneous', path: ['skin'] },
  // Breast (breastSiteTerms.ts).
  ...BREAST_SITE_TERMS,
  // The bed an organ's resection leaves (resectionBed.ts).
  ...RESECTION_BED_TERMS,
  // Urinary and genital organs.
  { words: 'renal', path: ['kidney'] },
  { words: 'kidney', path: ['kidney'] },
  { words: 'kidneys', path: ['kidney'] }, // A report's organ label ("Kidneys: 1 cm R upper pole angiomyolipoma"); the finding gives the side.
  { words: 'kidney , except renal pelvis', path: ['kidney'] },
  { words: 'bladder', path: ['bladder'] },
  { words: 'bladder dome', path: ['bladder', 'dome'] },
  { words: 'dome of the bladder', path: ['bladder', 'dome'] },
  { words: 'bladder neck', path: ['bladder', 'neck'] },
  { words: 'trigone', path: ['bladder', 'trigone'] },
  { words: 'bladder trigone', path: ['bladder', 'trigone'] },
  { words: 'penile', path: ['penis'] },
  { words: 'prostate', path: ['prostate'] },
  { words: 'prostatic', path: ['prostate'] },
  // The ISUP Grade Group grades only prostatic carcinoma: "GG1 adenocarcinoma in 2/12 cores" is the prostate's.
  ...['gg1', 'gg2', 'gg3', 'gg4', 'gg5'].map((words): SiteTerm => ({ words, path: ['prostate'] })),
  // "prostrate cancer": the common misspelling, read as the prostate only before a word of its cancer or gland ("found prostrate on the floor" is no site).
  { words: 'prostrate', path: ['prostate'], onlyBefore: ['cancer', 'ca', 'carcinoma', 'adenocarcinoma', 'gland', 'malignancy'] },
  // The urethra through the prostate is the urethra (table: urethra, urethral C68.0; in situ D09.19), not the prostate.
  { words: 'prostatic urethra', path: ['urethra, urethral'] },
  // "intratesticular solid mass" on a scrotal ultrasound is the testis's.
  ...['testicular', 'testis', 'intratesticular'].map((words) => ({ words, path: ['testis'] })),
  { words: 'ovarian', path: ['ovary'] },
  // The uterine adnexa (table: adnexa (uterine) C57.4; a mass there is no neoplasm until it is called one, but it gives its side).
  { words: 'adnexal', path: ['adnexa'] },
  { words: 'adnexa', path: ['adnexa'] },
  { words: 'ovary', path: ['ovary'] },
  // The plural names both ovaries (Tabular C56.3, C79.63 of bilateral ovaries).
  { words: 'ovaries', path: ['ovary'], laterality: 'bilateral' },
  { words: 'both ovaries', path: ['ovary'], laterality: 'bilateral' },
  { words: 'both breasts', path: ['breast'], laterality: 'bilateral' },
  { words: 'either breast', path: ['breast'], laterality: 'bilateral' },
  { words: 'both lungs', path: [LUNG], laterality: 'bilateral' },
  { words: 'both kidneys', path: ['kidney'], laterality: 'bilateral' },
  { words: 'both adrenals', path: ['adrenal'], laterality: 'bilateral' },
  { words: 'endometrial', path: ['endometrium'] },
  { words: 'uterine', path: ['uterus'] },
  { words: 'cervical', path: ['cervix'] },
  { words: 'cervix', path: ['cervix'] },
  { words: 'vulvar', path: ['vulva'] },
  // Head and neck. "Head and neck cancer" with no site named is the table's head NEC row (C76.0 Malignant neoplasm of head,
  // face and neck; family history Z80.8), as a site-less "skin cancer" is skin NOS.
  ...['head and neck', 'head & neck', 'h&n'].map((words) => ({ words, path: HEAD_AND_NECK })),
  { words: 'laryngeal', path: ['larynx'] },
  { words: 'glottic', path: ['glottis'] },
  { words: 'glottic larynx', path: ['glottis'] },
  { words: 'supraglottic', path: ['supraglottis'] },
  { words: 'subglottic', path: ['subglottis'] },
  { words: 'vocal cord', path: ['vocal cords'] },
  { words: 'true vocal cord', path: ['vocal cords'] },
  { words: 'bot', path: ['tongue', 'base'] },
  { words: 'base of tongue', path: ['tongue', 'base'] },
  { words: 'base of the tongue', path: ['tongue', 'base'] },
  // The mobile, "oral" tongue is its anterior two-thirds (the table's "tongue, anterior NEC").
  { words: 'oral tongue', path: ['tongue', 'anterior'] },
  { words: 'mobile tongue', path: ['tongue', 'anterior'] },
  // Table "tongue › surface › ventral" C02.2 (Tabular C02.2 Malignant neoplasm of ventral surface of tongue); "retromolar (area)
  // (triangle) (trigone)" C06.2 (Tabular C06.2 Malignant neoplasm of retromolar area), one site, not the bladder's trigone.
  { words: 'ventral tongue', path: ['tongue', 'surface', 'ventral'] },
  { words: 'retromolar trigone', path: ['retromolar'] },
  { words: 'retromolar triangle', path: ['retromolar'] },
  { words: 'retromolar area', path: ['retromolar'] },
  { words: 'oropharyngeal', path: ['oropharynx'] },
  { words: 'nasopharyngeal', path: ['nasopharynx'] },
  // "avid NP primary", "lateral NP wall": the nasopharynx's abbreviation, read only before a tumour or wall noun (a nurse practitioner elsewhere).
  { words: 'np', path: ['nasopharynx'], onlyBefore: ['primary', 'wall', 'mass', 'tumor', 'tumour', 'carcinoma', 'ca', 'cancer', 'lesion', 'npc'] },
  { words: 'tonsillar', path: ['tonsil'] },
  { words: 'oral', path: ['mouth'] },
  { words: 'oral cavity', path: ['mouth'] },
  { words: 'nasal cavity', path: ['nose, nasal', 'cavity'] },
  { words: 'hard palate', path: ['palate', 'hard'] },
  { words: 'soft palate', path: ['palate', 'soft'] },
  { words: 'anorectal', path: ['anorectum, anorectal'] },
  ...overlappingSites(), ...TABLE_ROW_SPELLINGS,
];
