import type { NeoplasmColumn } from '../codes/neoplasm/model';
import { NEOPLASM_COLUMNS } from '../codes/neoplasm/model';
import { melanomaHistoryCode } from './eyeMelanomaHistory';
import { toDotted } from '../codes/codeText';
import type { NarrativeContext } from './context';
import { IN_SITU_HISTORY, MALIGNANT_HISTORY, longestPrefix } from './historyCodes';
import type { CodeChoice, SiteRequest } from './mapping';
import { chooseCode } from './mapping';
import { END_OF_PARTS } from './memoKey';
import type { MemoKey } from './memoKey';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteMatch';
import { samePath } from './siteMatch';
import { HEAD_AND_NECK } from './siteLexicon';
import type { Assertion, DocumentedMention } from './model';
import { sitedMorphologyCode } from './morphologyCode';
import { carcinoidCodeAt, secondaryCarcinoidCode } from './carcinoidCode';
import { unspecifiedCancerFields } from './unspecifiedCancer';
import { codedAsTissueOnly } from './tissueOnlyHistology';
import { codedAsItemMalignancy } from './itemMalignancy';
import { desmoidChoice } from './desmoidSites';
import { carcinomaRowPath, readsCarcinomaRow } from './carcinomaRow';
import { sidelessIndexChoice } from './sidelessIndexCode';
import { liverSarcomaChoice } from './liverSarcoma';

/**
 * Gives a found mention its code: morphology-classified histologies from the Index, sites through the
 * Table of Neoplasms; a mention asserted as history of a malignancy becomes its Z85 code (Guideline
 * I.C.2.d), of an in-situ neoplasm its Z86.00- code, and a relative's malignancy its Z80 code.
 * Negated, uncertain and hypothetical mentions keep the code the text would have if it were present,
 * so rules can hold listed codes against them.
 */
type CodedFields = Pick<DocumentedMention, 'code' | 'candidates' | 'column' | 'source' | 'missing'>;

export function codeMention(
  context: NarrativeContext, mention: RawMention, assertion: Assertion, sex: 'female' | 'male' | undefined,
): CodedFields | undefined {
  if (mention.unspecifiedSite === true) return unspecifiedCancerFields(context.codes, assertion, mention.column);
  // "no evidence of metastatic melanoma" with no site in its sentence: the denied site-less spread (deniedMetastaticMelanoma.ts).
  if (mention.spreadIfDenied === true && assertion === 'negated') return unspecifiedCancerFields(context.codes, assertion, 'secondary');
  if (!codedAsTissueOnly(mention, assertion) || !codedAsItemMalignancy(mention, assertion)) return undefined;
  const morphology = mention.morphology;
  if (morphology?.siteAxis === 'carcinoid' || mention.neuroendocrine === true) return carcinoidFields(context, mention, assertion);
  if (morphology !== undefined) {
    const inSitu = mention.inSitu === true && morphology.inSitu !== undefined;
    const current = inSitu ? morphology.inSitu as string
      : mention.remission === true && morphology.remission !== undefined ? morphology.remission
        : mention.relapse === true && morphology.relapse !== undefined ? morphology.relapse : morphology.code;
    const history = inSitu ? morphology.inSituHistory ?? morphology.history : melanomaHistoryCode(mention, morphology.history);
    const code = assertion === 'history' ? history : assertion === 'family' ? morphology.family : current;
    const form = assertion === 'history' ? '; personal history' : assertion === 'family' ? '; family history'
      : inSitu ? '; in situ' : current === morphology.remission ? '; in remission' : current === morphology.relapse ? '; in relapse' : '';
    // A denied lymphoma names no place where it is (ANNOTATION.md: "no CNS involvement" stays "unspecified site").
    const placed = assertion !== 'negated' || morphology.siteAxis !== 'lymphoma';
    const sited = placed && (code === morphology.code || (inSitu && code === morphology.inSitu)) ? sitedMorphologyCode(context, mention, inSitu) : undefined;
    if (sited !== undefined) return { ...sited, column: null, source: `${morphology.source}${form}; ${sited.source}` };
    return { code: code.replace('.', ''), candidates: [], column: null, source: `${morphology.source}${form} → ${code}` };
  }
  const site = mention.site;
  if (site === undefined || mention.column === null) return undefined;
  const histology = mention.histology;
  if (histology?.indexCode !== undefined && mention.column === 'primary' && !site.lymphNode && !sitedOutsideIndexCode(context, mention, sex)) {
    const dotted = histology.indexCode;
    return withHistory(context, { code: dotted.replace('.', ''), candidates: [], source: histology.indexSource ?? dotted, primaryCell: dotted }, mention.column, assertion);
  }
  const choice = site.alternatives === undefined ? siteChoice(context, mention, sex) : openChoice(context, mention, site.alternatives, sex);
  const column = mention.column;
  if (choice === undefined) return undefined;
  const indexed = liverSarcomaChoice(mention, sidelessIndexChoice(mention, choice));
  if (indexed !== choice) return withHistory(context, indexed, column, assertion);
  // A site's choice is one remembered object for every mention of the site, so its coding per assertion is too.
  return context.memo.rememberOf(choice, codingKey(column, assertion), () => withHistory(context, choice, column, assertion));
}

/**
 * Whether a histology whose Index code holds only where no other site is written ("cholangiocarcinoma") is written with a site the
 * table codes outside that code's category ("of the common hepatic duct" C24.0, "of the gallbladder" C23): then the table's cell
 * is its code. A site inside the liver keeps C22.1.
 */
function sitedOutsideIndexCode(context: NarrativeContext, mention: RawMention, sex: 'female' | 'male' | undefined): boolean {
  const histology = mention.histology;
  const site = mention.site;
  if (histology?.indexCodeUnlessSited !== true || histology.indexCode === undefined || site === undefined || site.end <= site.start) return false;
  if (samePath(site.path, histology.impliedSite ?? [])) return false;
  const choice = siteChoice(context, mention, sex);
  const code = choice?.code ?? choice?.candidates[0];
  return code !== undefined && !code.startsWith(histology.indexCode.slice(0, 3));
}

const ASSERTIONS: readonly Assertion[] = ['present', 'negated', 'history', 'uncertain', 'hypothetical', 'family'];
/** The memo keys of a choice's coding, one string per column and assertion made once: a look-up then hashes no new string. */
const CODING_KEYS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(NEOPLASM_COLUMNS.map((column) => [column, new Map(ASSERTIONS.map((assertion) => [assertion, `${column}|${assertion}`]))]));

function codingKey(column: NeoplasmColumn, assertion: Assertion): string {
  return CODING_KEYS.get(column)?.get(assertion) ?? `${column}|${assertion}`;
}

/** A mention whose organ the text leaves open among several: null, with the codes of each as candidates. */
function openChoice(context: NarrativeContext, mention: RawMention, alternatives: readonly SiteMatch[], sex: 'female' | 'male' | undefined): CodeChoice | undefined {
  const choices = [mention.site, ...alternatives].map((site) => siteChoice(context, { ...mention, ...(site === undefined ? {} : { site }) }, sex));
  const candidates = [...new Set(choices.flatMap((choice) => choice === undefined ? [] : choice.code !== null ? [choice.code] : choice.candidates))];
  if (candidates.length === 0) return undefined;
  const source = choices.map((choice) => choice?.source).filter((text): text is string => text !== undefined).join(' or ');
  return { code: null, candidates, source, missing: 'sub-site' };
}

/** The memo space of the site choices, keyed by a site request's parts (`MemoKey`). */
const SITE_CHOICES = 'site-choice';

/** The Table of Neoplasms code of a mention's site in its column (skin types and tissue rows applied). */
function siteChoice(context: NarrativeContext, mention: RawMention, sex: 'female' | 'male' | undefined): CodeChoice | undefined {
  const site = mention.site;
  const histology = mention.histology;
  if (site === undefined || mention.column === null) return undefined;
  const skinPath = histology?.impliedSite?.[0] === 'skin' && site.path[0] !== 'skin' ? ['skin', ...site.path] : site.path;
  const tissueOrSite = histology?.tissue === undefined ? urothelialPath(histology?.impliedSite, skinPath) : tissuePath(context, histology.tissue, site.path);
  const column = mention.column;
  const path = column === 'primary' && readsCarcinomaRow(histology) ? carcinomaRowPath(context.table, tissueOrSite) : tissueOrSite;
  // The key's parts in the order of the request's fields; the qualifier words come last, as many as there are.
  const key = context.memo.keyRoot(SITE_CHOICES).nextAll(path).next(END_OF_PARTS).next(column).next(site.laterality ?? '').next(sex ?? '')
    .next(histology?.narrowTo ?? '').nextAll(site.qualifiers ?? []);
  // The request is built only when the memo does not know the answer: most mentions repeat a site. The closures that choose
  // live in the functions below, not here, where every call would allocate a context for what they capture.
  const choice = key.known ? key.value as CodeChoice | undefined : chosenAt(context, key, siteRequest(path, column, site, sex, histology));
  if (choice === undefined) return undefined;
  if (histology?.desmoid === true && column === 'uncertain') return desmoidOrChoice(context, path, choice);
  if (histology?.skinType === undefined) return choice;
  const request = siteRequest(path, column, site, sex, histology);
  // "Squamous cell carcinoma of the right hand": the table's C76 cell is an ill-defined region; a skin
  // histology of a body surface is a carcinoma of the skin there (C44), as the table's skin rows say.
  // "SCCis of the R cheek" likewise: the region's in-situ cell (D09.8) gives way to the skin's (D04.39).
  const primary = column === 'in-situ' && path[0] !== 'skin' ? chosenAt(context, key.next(END_OF_PARTS).next('primary'), { ...request, column: 'primary' }) : choice;
  const onSurface = primary !== undefined && illDefinedRegion(primary) && path[0] !== 'skin' && !samePath(path, HEAD_AND_NECK) && (column === 'primary' || column === 'in-situ')
    ? chosenAt(context, key.next(END_OF_PARTS).next('skin'), { ...request, path: ['skin', ...path] })
    : undefined;
  // A carcinoma placed on its line's surface only (skinSites.ts) is no carcinoma of an organ named there.
  if (site.surfaceOnly === true && path[0] !== 'skin' && onSurface === undefined) return undefined;
  return skinTypeCode(context, onSurface ?? choice, histology.skinType);
}

/** The table's choice for a site's request, remembered at `key` (chosen once per key). */
function chosenAt(context: NarrativeContext, key: MemoKey, request: SiteRequest): CodeChoice | undefined {
  return context.memo.rememberAt(SITE_CHOICES, key, () => chooseCode(context.table, context.codes, request));
}

/** A site's request to the table, its optional fields set only when the mention has them. */
function siteRequest(path: readonly string[], column: NeoplasmColumn, site: SiteMatch, sex: 'female' | 'male' | undefined, histology: RawMention['histology']): SiteRequest {
  return {
    path,
    column,
    ...(site.laterality === undefined ? {} : { laterality: site.laterality }),
    ...(sex === undefined ? {} : { sex }),
    ...(histology?.narrowTo === undefined ? {} : { narrowTo: histology.narrowTo }),
    ...(site.qualifiers === undefined ? {} : { qualifiers: site.qualifiers }),
  };
}

/** A desmoid's choice among its sites' billable codes (desmoidSites.ts), or the table's. */
function desmoidOrChoice(context: NarrativeContext, path: readonly string[], choice: CodeChoice): CodeChoice {
  return desmoidChoice(path, (code) => context.codes.isBillable(code), choice.source) ?? choice;
}

/**
 * "upper tract urothelial carcinoma of L kidney", "urothelial carcinoma of the right kidney": the urothelium of the kidney lines its
 * pelvis, so a urothelial tumour (one the lexicon places in the bladder or the renal pelvis) of the kidney is of the renal pelvis
 * (table: pelvis, renal C65.-), not the parenchyma's C64.-.
 */
function urothelialPath(implied: readonly string[] | undefined, path: readonly string[]): readonly string[] {
  return path.length === 1 && path[0] === 'kidney' && (implied?.[0] === 'bladder' || implied?.[0] === 'renal') ? RENAL_PELVIS : path;
}

const RENAL_PELVIS: readonly string[] = ['renal', 'pelvis'];

/** Whether the code the table gave is one of C76 (malignant neoplasm of other and ill-defined sites: hand, arm, face …). */
function illDefinedRegion(choice: CodeChoice): boolean {
  return (choice.code ?? choice.candidates[0] ?? '').startsWith('C76');
}

/**
 * A carcinoid or neuroendocrine tumour: C7A by its site, C7B by the site it spread to (Tabular C7A,
 * C7B); history by the organ's carcinoid history code; a relative's carcinoid by its organ's Z80 code when the text
 * names the organ ("sister - carcinoid of appendix" Z80.0), else Z80.9.
 */
/** Whether the mention's site is written with it: a site restated from the patient's own tumour has an empty span and is no relative's. */
function writtenWith(mention: RawMention): boolean {
  return mention.site !== undefined && mention.site.end > mention.site.start;
}

function carcinoidFields(context: NarrativeContext, mention: RawMention, assertion: Assertion): CodedFields | undefined {
  if (mention.column === 'secondary') {
    const site = mention.site;
    const secondary = site === undefined ? undefined : siteChoice(context, mention, undefined);
    const mapped = secondaryCarcinoidCode(secondary?.code ?? null, secondary?.candidates ?? []);
    return { code: mapped.code, candidates: [], column: 'secondary', source: `Tabular C7B.0- Secondary carcinoid tumors: ${mapped.source}` };
  }
  const term = mention.morphology;
  if (term === undefined) return undefined;
  const sited = mention.site === undefined || term.siteAxis !== 'carcinoid' ? undefined : carcinoidCodeAt(context, mention.site, term.benign === true);
  const code = assertion === 'history' ? sited?.history ?? term.history.replace('.', '')
    : assertion === 'family' ? (writtenWith(mention) ? sited?.family : undefined) ?? term.family.replace('.', '') : sited?.code ?? term.code.replace('.', '');
  const form = assertion === 'history' ? '; personal history' : assertion === 'family' ? '; family history' : '';
  return { code, candidates: [], column: null, source: `${term.source}${form}${sited === undefined ? '' : `; ${sited.source}`} → ${code}` };
}

/** The site under the histology's tissue row when the table lists it there ("connective tissue, thigh"), else the site itself. */
function tissuePath(context: NarrativeContext, tissue: string, path: readonly string[]): readonly string[] {
  const [first] = path;
  const row = context.table.findSite(tissue).find((candidate) => candidate.level === 1);
  if (first === undefined || row === undefined || path[0] === tissue) return path;
  // "cutaneous neurofibromas (trunk)": the Index sends a nerve sheath tumour to the nerve, so the skin it lies in names only its
  // region's peripheral nerves (table: nerve, peripheral NEC, trunk D36.17; with no region, peripheral NEC D36.10).
  if (tissue === 'nerve' && first === 'skin') return path.length > 1 ? tissuePath(context, tissue, path.slice(1)) : [tissue, 'peripheral'];
  if (context.table.findChild(row.id, first) !== undefined) return [tissue, ...path];
  // "Plexiform neurofibroma, R thigh": the table prints a nerve's body regions under "nerve, peripheral NEC" (thigh D36.13).
  const region = TISSUE_REGION_ROWS.get(tissue);
  const regionRow = region === undefined ? undefined : context.table.findChild(row.id, region);
  if (region !== undefined && regionRow !== undefined && context.table.findChild(regionRow.id, first) !== undefined) return [tissue, region, ...path];
  // The table prints some rows under a tissue as the adjective ("bone, pelvic"): "Ewing sarcoma of the pelvis" is the pelvic bone.
  const adjective = TISSUE_ROW_ADJECTIVES.get(first);
  return adjective !== undefined && path.length === 1 && context.table.findChild(row.id, adjective) !== undefined ? [tissue, adjective] : path;
}

/** The row under a tissue row that holds its body regions (table: nerve, peripheral NEC, thigh / lower limb). */
const TISSUE_REGION_ROWS: ReadonlyMap<string, string> = new Map([['nerve', 'peripheral']]);

/** Site nouns whose row under a tissue row the table prints as an adjective. */
const TISSUE_ROW_ADJECTIVES: ReadonlyMap<string, string> = new Map([['pelvis', 'pelvic']]);

const SKIN_TYPE_NAMES = { '1': 'basal cell carcinoma', '2': 'squamous cell carcinoma', '3': 'sebaceous cell carcinoma', '9': 'other specified malignant neoplasm of skin' } as const;

/**
 * Within C44 the fifth character is the type: C44.301 (skin of nose) becomes C44.311 for a basal cell carcinoma. A sebaceous
 * carcinoma has a type of its own only on the eyelid (Tabular C44.13-); elsewhere it is other specified (9).
 */
function skinTypeCode(context: NarrativeContext, choice: CodeChoice, requested: '0' | '1' | '2' | '3' | '9'): CodeChoice {
  const code = choice.code ?? choice.candidates[0];
  const digit = requested === '3' && code?.startsWith('C441') !== true ? '9' : requested;
  if (code === undefined || !code.startsWith('C44') || code.length < 5 || digit === '0') return choice;
  const typed = `${code.slice(0, 4)}${digit}${code.slice(5)}`;
  const kind = SKIN_TYPE_NAMES[digit];
  if (choice.code !== null && context.codes.isBillable(typed)) return { ...choice, code: typed, source: `${choice.source}; ${kind} → ${typed}` };
  // The candidates the table left (by side: "right lower lid" → right upper and lower eyelid) keep their sub-site with the type digit.
  const sided = choice.code === null ? choice.candidates.map((candidate) => `${candidate.slice(0, 4)}${digit}${candidate.slice(5)}`).filter((candidate) => context.codes.isBillable(candidate)) : [];
  if (sided.length === 1) return { ...choice, code: sided[0] as string, candidates: [], source: `${choice.source}; ${kind} → ${sided[0] as string}` };
  if (sided.length > 1) return { ...choice, candidates: sided, source: `${choice.source}; ${kind}` };
  const below = context.codes.billableWithPrefix(typed.slice(0, 5));
  return below.length > 0 ? { ...choice, code: null, candidates: below, source: `${choice.source}; ${kind}` } : choice;
}

function withHistory(context: NarrativeContext, choice: CodeChoice, column: NeoplasmColumn, assertion: Assertion): CodedFields {
  const base: CodedFields = {
    code: choice.code,
    candidates: choice.candidates,
    column,
    source: choice.source,
    ...(choice.missing === undefined ? {} : { missing: choice.missing }),
  };
  const dotted = dottedOf(choice);
  if (dotted === undefined) return base;
  // A relative's "brain tumor" of unstated behaviour is a family history of cancer there (Z80.8, ANNOTATION.md): lay family
  // histories call cancers tumours, and Z80.- has no code for a relative's benign or unspecified neoplasm.
  if ((column === 'primary' && (assertion === 'history' || assertion === 'family')) || (column === 'unspecified' && assertion === 'family')) {
    const entry = longestPrefix(MALIGNANT_HISTORY, choice.primaryCell ?? dotted);
    if (entry === undefined) return base;
    const code = assertion === 'history' ? entry.history : entry.family;
    if (!context.codes.isBillable(code.replace('.', ''))) return base;
    const guideline = assertion === 'history' ? 'Guideline I.C.2.d' : 'Family history Z80.-';
    return { code: code.replace('.', ''), candidates: [], column, source: `${guideline}: ${code} for ${choice.source}` };
  }
  if (column === 'in-situ' && assertion === 'history') {
    const entry = longestPrefix(IN_SITU_HISTORY, dotted);
    if (entry !== undefined) return { code: entry.history.replace('.', ''), candidates: [], column, source: `Z86.00-: ${entry.history} for ${choice.source}` };
  }
  // Tabular Z86.03 Personal history of neoplasm of uncertain behavior ("borderline serous tumor of the ovary, resected 2009").
  if (column === 'uncertain' && assertion === 'history' && context.codes.isBillable(UNCERTAIN_HISTORY.replace('.', ''))) {
    return { code: UNCERTAIN_HISTORY.replace('.', ''), candidates: [], column, source: `${UNCERTAIN_HISTORY} for ${choice.source}` };
  }
  if (column === 'benign' && assertion === 'history') {
    const code = benignHistoryCode(dotted);
    if (context.codes.isBillable(code.replace('.', ''))) return { code: code.replace('.', ''), candidates: [], column, source: `Z86.01-: ${code} for ${choice.source}` };
  }
  return base;
}

const UNCERTAIN_HISTORY = 'Z86.03';

/**
 * Tabular Z86.01- Personal history of benign neoplasm: of the brain and its meninges and nerves
 * (D32–D33) Z86.011, of the colon and rectum (D12) the colon polyps Z86.010- (adenomatous Z86.0101),
 * any other Z86.018.
 */
function benignHistoryCode(dotted: string): string {
  if (/^D3[23]/.test(dotted)) return 'Z86.011';
  if (/^D12/.test(dotted)) return 'Z86.0101';
  return 'Z86.018';
}

/** A dotted code for the prefix tables: the code, or the first candidate. */
function dottedOf(choice: CodeChoice): string | undefined {
  const code = choice.code ?? choice.candidates[0];
  if (code === undefined) return undefined;
  return toDotted(code);
}
