import type { HistologyTerm } from './histologyLexicon';
import { DENIED_NEW_PRIMARY } from './histologyLexicon';
import type { MorphologyTerm } from './morphologyLexicon';
import type { PhraseMatcher } from './phraseMatcher';
import { wordInSentenceWindow } from './sentenceWindow';
import type { Token } from './tokens';
import { listLeadStart } from './listLead';
import { inSituNeoplasmOr } from './inSituNeoplasm';
import { isNumber } from './numberWords';
import { LEXICON_CLASS, WORD_CLASS } from './wordClasses';
import { inUrinaryPhrase } from './urinaryContext';
import { inPolypPhrase } from './polypContext';
import { inMarginStatement } from './marginStatement';
import { afterDenyingVerdict, inNodeVerdict } from './nodeVerdict';
import { deniedTumourSearch } from './tumourSearchVerdict';
import { statesDiseaseInGeneral } from './generalStatements';
import { namesDiseasePopulation } from './diseasePopulation';
import { namesClassCondition } from './classStatements';
import { namesLayMole } from './layMole';
import { statesEpidemiology } from './epidemiologyStatements';
import { namesUnassessedFinding } from './unassessedFinding';
import { namesClinicianService, namesStaffMember } from './staffRoles';
import { namesLymphomaInvolvement } from './lymphomaInvolvement';
import { involvedByCancer } from './ownCancer';
import { inReferralTitle } from './referralTitle';
import { designatesTumour } from './tumourDesignation';
import { deniedQualifiedPrimary } from './deniedNewPrimary';
import { namesPresumptiveCondition } from './presumptiveConditions';
import { namesRelativesRisk } from './relativeRisk';
import { namesDrugIndication } from './drugIndications';

/**
 * Whether a histology word written in a note is a diagnosis here: not the name of a place or service
 * ("Breast Cancer Clinic", "LYMPHOMA CLINIC"), not an abbreviation that is another word in lower case
 * or before a device noun ("net weight", "ET tube", "PTC drain"), and, for "involvement", only in a
 * sentence that calls the disease metastatic.
 */

export interface AnchorVocabulary {
  readonly histology: PhraseMatcher<HistologyTerm>;
  readonly morphology: PhraseMatcher<MorphologyTerm>;
}

const SYNDROME_WORDS = new Set(['syndrome', 'syndromes']);

/** Nouns that make "Breast Cancer Clinic", "Lung Cancer Screening Program" a place or service, not a diagnosis. */
const INSTITUTION_NOUNS = new Set([
  'clinic', 'center', 'centre', 'program', 'programme', 'institute', 'society', 'foundation', 'service', 'services', 'team', 'navigator',
  'navigation', 'coordinator', 'alliance', 'association', 'network', 'conference', 'registry', 'unit', 'department', 'hospital',
  // "per NET Tumor Board", "Lymphoma Board": a meeting named after its field (ANNOTATION.md: boards are no mentions); the British
  // "Lung Cancer MDT" (multidisciplinary team, "MDM" its meeting) and a service's "Myeloma Site Group" likewise.
  'board', 'boards', 'mdt', 'mdm', 'group', 'groups',
  // "per NCCN Breast Cancer guidelines": a guideline's title, not the patient's diagnosis.
  'guideline', 'guidelines',
  // "CERVICAL CANCER STAGING PROTOCOL", "BREAST INVASIVE CARCINOMA SYNOPTIC (CAP)": the title of a study protocol or of a synoptic
  // form names the form, not the patient's diagnosis (ANNOTATION.md: the template's title is no mention).
  'protocol', 'protocols', 'synoptic',
  // "FISH (AML panel)", "FISH CLL panel": a test named after the disease it is run for (ANNOTATION.md: a test name is no mention).
  'panel', 'panels',
  // "Heme/onc consult requested (myeloma pathway)": a care pathway named after its field, as a programme is (round 19, d726).
  'pathway', 'pathways',
]);

/** "discuss at lymphoma TB Thu": "TB" right after a histology is its tumour board (a meeting, no mention; round 19, d198). */
const BOARD_ABBREVIATION = 'tb';

/**
 * Whether the histology word is part of a name rather than a diagnosis: an institution noun follows,
 * at most one word after it ("Cancer Screening Program"), or "syndrome" follows it ("hereditary
 * breast/ovarian cancer syndrome", "carcinoid syndrome": a syndrome of the family or of the tumour's
 * hormones, not a diagnosis of the cancer named), or a unit noun and "of" precede it ("Division of Hematologic Malignancies").
 */
export function namesNoDiagnosis(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = tokens[end - 1]?.sentence;
  if (namesUnit(tokens, start) || statesDiseaseInGeneral(tokens, start, end) || namesDiseasePopulation(tokens, start, end) || namesClassCondition(tokens, start) || namesUnassessedFinding(tokens, start, end) || namesClinicianService(tokens, start, end) || namesLymphomaInvolvement(tokens, start, end) || inReferralTitle(tokens, start, end)
    || namesPresumptiveCondition(tokens, start, end) || namesLayMole(tokens, start, end)
    || statesEpidemiology(tokens, start, end) || namesRelativesRisk(tokens, start) || namesDrugIndication(tokens, start)) return true;
  const next = tokens[end];
  if (next !== undefined && next.sentence === sentence && (SYNDROME_WORDS.has(next.norm) || next.norm === BOARD_ABBREVIATION)) return true;
  // "Leukemia/BMT Program", "Lymphoma & Myeloma Center": a field joined by a slash or "&" stands between the histology and the noun.
  const reach = FIELD_JOINERS.has(tokens[end]?.norm ?? '') ? 4 : 2;
  return wordInSentenceWindow(tokens, start, end, { words: INSTITUTION_NOUNS, sentence, after: reach });
}

/** Words that join two fields in a unit's name ("Leukemia/BMT Program", "Lymphoma & Myeloma Center"). */
const FIELD_JOINERS = new Set(['/', '&']);

/** Nouns of a hospital's units that name their field after "of": "Division of Hematologic Malignancies", "Section of Lymphoma". */
const UNIT_NOUNS = new Set(['division', 'department', 'dept', 'section', 'institute', 'center', 'centre', 'program', 'programme', 'service']);

/** How many words of the title ("Merkel Cell") may stand between a synoptic form's parenthesis and the histology word. */
const TITLE_REACH = 4;

/**
 * Whether the histology words stand in the parenthesis of a synoptic form's title ("SYNOPTIC (Hepatocellular Carcinoma, Explant):",
 * "SYNOPTIC (Merkel Cell Carcinoma - Resection, CAP v4.3):"): round 26, the form's title, no mention, as "BREAST INVASIVE CARCINOMA
 * SYNOPTIC (CAP)" is (the template's title; round 24 H: a pre-printed form's title naming a cancer).
 */
function inSynopticTitle(tokens: readonly Token[], start: number): boolean {
  const sentence = tokens[start]?.sentence;
  for (let index = start - 1; index >= 0 && index >= start - 1 - TITLE_REACH; index--) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence) return false;
    if (token.norm === '(') return tokens[index - 1]?.norm === 'synoptic';
    if (token.punct) return false;
  }
  return false;
}

/**
 * Whether the histology words follow a unit noun and "of", naming the unit's field ("Division of Hematologic Malignancies"), or
 * open a parenthesis after "guidelines", naming the guideline's title ("NCCN Guidelines (MPN) list momelotinib"), or stand in a
 * synoptic form's title.
 */
function namesUnit(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1]?.norm;
  const noun = tokens[start - 2]?.norm ?? '';
  if (tokens[start - 2]?.sentence !== tokens[start]?.sentence) return false;
  return (before === 'of' && UNIT_NOUNS.has(noun)) || (before === '(' && (noun === 'guidelines' || noun === 'guideline')) || inSynopticTitle(tokens, start);
}

const METASTATIC_WORDS = new Set(['metastatic', 'metastases', 'metastasis', 'mets', 'metastasized', 'spread']);

/** Whether the sentence calls the disease metastatic before `index`. */
export function metastaticBefore(tokens: readonly Token[], index: number): boolean {
  if (wordInSentenceWindow(tokens, index, index, { words: METASTATIC_WORDS, sentence: tokens[index]?.sentence, before: 24 })) return true;
  // A list item under a lead line that calls the disease metastatic ("… metastatic gastric cancer, now progressing:\n - L adrenal … involvement").
  const lead = listLeadStart(tokens, index);
  for (let position = lead; lead >= 0 && position < lead + 40 && tokens[position]?.norm !== ':'; position++) {
    if (METASTATIC_WORDS.has(tokens[position]?.norm ?? '')) return true;
  }
  return false;
}

/** Whether an involvement word at `index` names a spread: in a sentence that calls the disease metastatic, or by a named cancer (`ownCancer.ts`). */
export function involvementAsSpread(tokens: readonly Token[], index: number): boolean {
  return metastaticBefore(tokens, index) || involvedByCancer(tokens, index);
}

/** Nouns after a capitalised abbreviation that make it another word: "ET tube" is endotracheal, "PTC drain" a cholangiography. */
const ABBREVIATION_DEVICE_NOUNS = new Set(['tube', 'tt', 'intubation', 'suctioning', 'suction', 'cuff', 'drain', 'catheter',
  // "MIS approach", "MIS TLIF", "MIS hysterectomy": minimally invasive surgery, not melanoma in situ.
  'approach', 'technique', 'surgery', 'surgical', 'procedure', 'tlif', 'repair', 'fusion', 'decompression', 'laminectomy', 'discectomy',
  'hysterectomy', 'esophagectomy', 'colectomy', 'lobectomy', 'prostatectomy', 'nephrectomy', 'resection']);

/** An abbreviation read only in capitals and not before a device noun ("CUP", not a urine "cup"; "PTC", not a "PTC drain"). */
function abbreviationFits(tokens: readonly Token[], index: number, end: number, words: string): boolean {
  return tokens[index]?.raw === words.toUpperCase() && !ABBREVIATION_DEVICE_NOUNS.has(tokens[end]?.norm ?? '');
}

/**
 * A lab result or tumour-marker number ("9.4", "13.1", "19-9", "125") or a muscle strength grade ("DF 2/5": dorsiflexion);
 * a four-digit year ("ca 2019") is none.
 */
const LAB_VALUE = /^(\d{1,3}(\.\d+)?|\d{1,2}-\d{1,2}|\d[+-]?\/5|\d[+-])$/;

/**
 * Nouns after which a histology word names a gene, not a disease: "the lung cancer gene", "MET exon 14
 * skipping", "MET amp", "MET amplification" (the MET proto-oncogene, not a metastasis).
 */
const GENE_NOUNS = new Set(['gene', 'genes', 'exon', 'amp', 'amplification', 'amplified', 'overexpression', 'alteration', 'alterations', 'fusion']);

/** Prepositions after "METS" that make them metastases again ("2 METS to the liver"). */
const SITE_PREPOSITIONS = new Set(['to', 'in', 'of', 'within', 'involving']);

/** A number right before "METs" makes them metabolic equivalents ("exercise tolerance 5 METs"), not metastases. */
function afterNumber(tokens: readonly Token[], index: number, value: HistologyTerm): boolean {
  return value.role === 'secondary' && isNumber(tokens[index - 1]) && tokens[index]?.raw.startsWith('MET') === true
    && !SITE_PREPOSITIONS.has(tokens[index + 1]?.norm ?? '');
}

/** Whether the words from `index` to `end` stand alone between brackets: "(HCC)". */
function aloneInBrackets(tokens: readonly Token[], index: number, end: number): boolean {
  return tokens[index - 1]?.raw === '(' && tokens[end]?.raw === ')';
}

/**
 * A histology term at `index`, except an abbreviation that is another word here: a mixed-case or capitals
 * spelling written otherwise ("PCA" pump), an EHR flag in brackets ("(HCC)"), an analyte before its value
 * ("Ca 9.4"), or a gene's name ("the lung cancer gene").
 */
export function histologyAt(tokens: readonly Token[], index: number, vocabulary: AnchorVocabulary): ReturnType<AnchorVocabulary['histology']['matchAt']> {
  const found = vocabulary.histology.matchAt(tokens, index);
  if (found === undefined) return found;
  if (found.value.spelledAs !== undefined && tokens[index]?.raw !== found.value.spelledAs && !inCapitalsBesideLongForm(tokens[index]?.raw, found.value)) return undefined;
  if (found.value.notBracketed === true && aloneInBrackets(tokens, index, found.end)) return undefined;
  // "Ca 9.4" is calcium; "suspected pancreatic ca\n3. Hepatic lesions": the next list item's number is no value of it.
  // "Maternal aunt - breast ca 49": after a site word the number is the relative's age at diagnosis, not a calcium value.
  if (found.value.notBeforeLabValue === true && LAB_VALUE.test(tokens[found.end]?.raw ?? '') && tokens[found.end]?.sentence === tokens[index]?.sentence && !ageAfterSiteWord(tokens, index, found.end)) return undefined;
  if (GENE_NOUNS.has(tokens[found.end]?.norm ?? '') || afterNumber(tokens, index, found.value)) return undefined;
  if (found.value.notAfter?.includes(tokens[index - 1]?.norm ?? '') === true && !deniedObject(tokens, index, found.value)) return undefined;
  if (found.value.staffTitle === true && namesStaffMember(tokens, found.end)) return undefined;
  if (found.value.onlyAfter !== undefined && !found.value.onlyAfter.includes(wordBeforeAvidity(tokens, index))) return undefined;
  if (found.value.urinaryOnly === true && !inUrinaryPhrase(tokens, index, found.end)) return undefined;
  if (found.value.polypOnly === true && !inPolypPhrase(tokens, index, found.end)) return undefined;
  if (found.value.endsStatement === true && !endsItsSentence(tokens, found.end)) return undefined;
  if (found.value.notBefore !== undefined && (found.value.notBefore.includes(tokens[found.end]?.norm ?? '') || found.value.notBefore.includes(wordAfterParenthesis(tokens, found.end)))) return undefined;
  // "Tumor A:", "Tumor 2 (new, …):": which of several tumours the text speaks of, not a diagnosis (`tumourDesignation.ts`).
  if (found.value.namesLesion === true && designatesTumour(tokens, found.end)) return undefined;
  // "no new primary", "Not a new primary": a denied generic new primary is C80.1 (`deniedNewPrimary.ts`).
  if (found.value.words === 'primary' && deniedQualifiedPrimary(tokens, index)) return { ...found, value: DENIED_NEW_PRIMARY };
  // "in-situ neoplasm of cervix uteri": the in-situ words before a bare "neoplasm" make it the in-situ one (inSituNeoplasm.ts).
  if (found.value.words === 'neoplasm') return { ...found, value: inSituNeoplasmOr(tokens, index, found.value) };
  return found.value.capitalsOnly !== true || abbreviationFits(tokens, index, found.end, found.value.words) ? found : undefined;
}

/**
 * "margins free of tumor", "margin …, frozen: negative for tumor": a pathologist's verdict on a margin denies the specimen's tumour
 * (marginStatement.ts), and one on lymph nodes a node metastasis (nodeVerdict.ts), which is no measure or part of a tumour ("10% of
 * tumor", "involved by tumor"); so does a search of a part or sample that found none ("no evidence of tumor", tumourSearchVerdict.ts).
 */
function deniedObject(tokens: readonly Token[], index: number, term: HistologyTerm): boolean {
  return afterDenyingVerdict(tokens, index) && (inMarginStatement(tokens, index) || inNodeVerdict(tokens, index - 2))
    || (term.namesLesion === true && deniedTumourSearch(tokens, index));
}

/** Whether the words ending before `end` end their sentence: the next token opens another or is a full stop or semicolon. */
function endsItsSentence(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  return next === undefined || next.sentence !== tokens[end - 1]?.sentence || next.norm === '.' || next.norm === ';';
}

/**
 * The word before the one at `index`, passing over a tracer's avidity a nuclear medicine report writes between a site and its disease
 * ("multifocal osseous MIBG-avid disease", "hepatic FDG-avid disease", "nodal avid disease").
 */
function wordBeforeAvidity(tokens: readonly Token[], index: number): string {
  const before = tokens[index - 1]?.norm ?? '';
  return before === 'avid' || before.endsWith('-avid') ? tokens[index - 2]?.norm ?? '' : before;
}

/** Whether an abbreviation is written in the capitals its term allows where the encounter writes its long form (adrenocorticalAbbreviation.ts). */
function inCapitalsBesideLongForm(raw: string | undefined, term: HistologyTerm): boolean {
  return term.capitalsBesideLongForm !== undefined && raw === term.words.toUpperCase();
}

/** The word after a short parenthesis at `end` ("Maximum Tumor (Breslow) Thickness": "thickness"), else an empty string. */
function wordAfterParenthesis(tokens: readonly Token[], end: number): string {
  if (tokens[end]?.norm !== '(') return '';
  for (let position = end + 1; position <= end + 3; position++) if (tokens[position]?.norm === ')') return tokens[position + 1]?.norm ?? '';
  return '';
}

/** A word of two or more capital letters only ("MARGINS"). */
const SHOUTED_WORD = /^[A-Z]{2,}$/;

/** Whether the words from `index` to `end` head a label ("ALL:") or stand among words written in capitals. */
function shouted(tokens: readonly Token[], index: number, end: number): boolean {
  return tokens[end]?.raw === ':' || SHOUTED_WORD.test(tokens[end]?.raw ?? '') || SHOUTED_WORD.test(tokens[index - 1]?.raw ?? '');
}

/**
 * A morphology term at `index`, except an abbreviation not in capitals ("net weight") or before a
 * device noun ("ET tube"), a place or service ("Leukemia team"), and "carcinoid syndrome", "carcinoid heart
 * disease", "carcinoid crisis" (the tumour's hormones, Tabular E34.0-).
 */
export function morphologyAt(tokens: readonly Token[], index: number, vocabulary: AnchorVocabulary): ReturnType<AnchorVocabulary['morphology']['matchAt']> {
  const found = vocabulary.morphology.matchAt(tokens, index);
  if (found === undefined) return found;
  if (found.value.capitalsOnly === true && !abbreviationFits(tokens, index, found.end, found.value.words)) return undefined;
  if (found.value.spelledAs !== undefined && tokens[index]?.raw !== found.value.spelledAs) return undefined;
  if (found.value.notAfter?.includes(tokens[index - 1]?.norm ?? '') === true) return undefined;
  if (found.value.notBefore?.includes(tokens[found.end]?.norm ?? '') === true) return undefined;
  if (found.value.notShouted === true && shouted(tokens, index, found.end)) return undefined;
  if (found.value.notBeforeDose === true && /^\d/.test(tokens[found.end]?.raw ?? '')) return undefined;
  if (found.value.notAfterNumber === true && /\d$/.test(tokens[index - 1]?.raw ?? '')) return undefined;
  // "Leukemia team", "NEUROENDOCRINE TUMOR CLINIC", "Lymphoma service": a place or service, not a diagnosis.
  if (namesNoDiagnosis(tokens, index, found.end)) return undefined;
  return found.value.siteAxis === 'carcinoid' && CARCINOID_CONDITIONS.has(tokens[found.end]?.norm ?? '') ? undefined : found;
}

/**
 * Nouns after "carcinoid" that make it the hormones' effect, not the tumour: carcinoid syndrome (E34.00
 * Carcinoid syndrome, unspecified), carcinoid heart disease (E34.01 Carcinoid heart syndrome), carcinoid crisis
 * and flushing (E34.09 Other carcinoid syndrome).
 */
const CARCINOID_CONDITIONS = new Set(['syndrome', 'heart', 'crisis', 'flush', 'flushing', 'valvulopathy', 'diarrhea']);

/** A relative's age at diagnosis written after the cancer ("breast ca 49"). */
const AGE_AT_DIAGNOSIS = /^\d\d$/;

/**
 * Whether a site word stands before `index` and an age of two digits after `end` ("breast ca 49"): an analyte's value follows a list's comma
 * or another value, not an organ, and a tumour marker's name has its own numbers ("CA 19-9", "CA 125", "CA 27.29").
 */
function ageAfterSiteWord(tokens: readonly Token[], index: number, end: number): boolean {
  const before = tokens[index - 1];
  if (!AGE_AT_DIAGNOSIS.test(tokens[end]?.raw ?? '')) return false;
  return before !== undefined && !before.punct && (before.classes & WORD_CLASS.digitFirst) === 0 && (before.classes & LEXICON_CLASS.sites) !== 0;
}
