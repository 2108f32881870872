import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';
import { EYE_ROWS } from './morphologyCode';
import { MYELOMA, MYCOSIS_FUNGOIDES } from './morphologyLexicon';
import { RENAL_ANGIOMYOLIPOMA } from './vascularLipomatous';
import { withNeuroendocrineNote } from './neuroendocrineNote';
import { withCoordinatedFibroidLayers, withRestatedFibroidLayer } from './fibroidLayer';
import { withNoteTypes } from './noteTypes';
import { statesReturn } from './relapseWords';
import { isUntypedPtld, withoutTypedPtlds } from './ptldType';
import { withGistDifferentialLeiomyoma } from './leiomyomaDifferential';
import { deniedByAnswer } from './answeredQuestion';
import { spreadDeniedRightBefore } from './nodeMelanomaPrimary';
import type { NarrativeContext } from './context';
import { sitedMorphologyCode } from './morphologyCode';

/** Mentions that restate a diagnosis the encounter names more fully elsewhere, read as that diagnosis. */
export function withNoteRestatements(tokens: readonly Token[], raw: readonly RawMention[], context: NarrativeContext): RawMention[] {
  // A PTLD named by its lymphoma type is that lymphoma; one named by none is a type an untyped "lymphoma" restates (ptldType.ts).
  const refuted = (mention: RawMention): boolean => deniedByAnswer(tokens, mention.end) || spreadDeniedRightBefore(tokens, mention.start);
  const typed = withNoteTypes(withoutTypedPtlds(tokens, withAngiomyolipomaAml(withAmbiguousTyped(tokens, raw))), refuted,
    (mention) => isUntypedPtld(tokens, mention), (mention) => statesReturn(tokens, mention.end));
  return withNeuroendocrineNote(withRestatedMelanomaSite(context, withGistDifferentialLeiomyoma(tokens, withRestatedMorphologySite(withRestatedFibroidLayer(withCoordinatedFibroidLayers(tokens, typed))))));
}

/** Whether a mention names an angiomyolipoma in words ("angiomyolipoma", "renal AML"). */
const namesAngiomyolipoma = (mention: RawMention): boolean => mention.morphology?.source === RENAL_ANGIOMYOLIPOMA.source || /angiomyolipoma/.test(mention.morphology?.words ?? '');

/** Whether a mention names a myeloid leukaemia in words other than "AML" ("acute myeloid leukemia", "MDS"). */
const namesMyeloidDisease = (mention: RawMention): boolean => mention.morphology?.words !== 'aml' && /^(C9[2-5]\.|D46\.)/.test(mention.morphology?.code ?? '');

/**
 * "c/w angiomyolipoma … classic AML, no need for bx": in a note that names an angiomyolipoma and no myeloid leukaemia or
 * myelodysplasia in words (nor an "AML" in remission or relapse), "AML" is the angiomyolipoma, which is the kidney's (Index: Angiomyolipoma — see Lipoma; Tabular
 * D17.71 Benign lipomatous neoplasm of kidney), not acute myeloid leukaemia (C92.0-).
 */
function withAngiomyolipomaAml(raw: readonly RawMention[]): RawMention[] {
  const amls = raw.filter((mention) => mention.morphology?.words === 'aml');
  // An "AML" in remission or relapse ("AML in CR1") is the leukaemia, whatever else the note names.
  const leukaemic = amls.some((mention) => mention.remission === true || mention.relapse === true);
  if (amls.length === 0 || leukaemic || !raw.some(namesAngiomyolipoma) || raw.some(namesMyeloidDisease)) return [...raw];
  return raw.map((mention) => {
    if (mention.morphology?.words !== 'aml') return mention;
    return { ...mention, morphology: { ...mention.morphology, ...RENAL_ANGIOMYOLIPOMA, remission: undefined, relapse: undefined } };
  });
}

/**
 * "stage IV melanoma (primary: R posterior shoulder …) … 1. Metastatic melanoma w/ progressive intracranial metastases": a
 * melanoma written without its site is the one the encounter documents at one skin site (table: skin, shoulder → Tabular
 * C43.61), as ANNOTATION.md's side and sub-site rule codes it (melanoma of the back, d126). An in-situ melanoma is another
 * lesion and documents nothing; a denied or hypothetical melanoma keeps the skin NOS it was written with (C43.9). The
 * sites are one when they are written alike or when they name one code: "Melanoma of left calf" and "Malignant melanoma
 * of left lower leg" are both Tabular C43.72, so the shave biopsy's "invasive melanoma" between them is that melanoma.
 */
function withRestatedMelanomaSite(context: NarrativeContext, raw: readonly RawMention[]): RawMention[] {
  const sited: RawMention[] = [];
  for (const mention of raw) if (isInvasiveMelanoma(mention) && mention.site !== undefined && !mention.site.lymphNode && !isWholeEye(mention.site)) sited.push(mention);
  const only = sited.length === 0 ? undefined : oneSite(sited.map((mention) => mention.site as SiteMatch)) ?? oneCodedSite(context, sited);
  if (only === undefined) return [...raw];
  // "… invasive melanoma … re-excision: melanoma in situ at scar center": a site-less in-situ melanoma is at the melanoma's one site
  // unless the encounter places an in-situ melanoma of its own somewhere.
  const inSituSited = raw.some((mention) => isInSituMelanoma(mention) && mention.site !== undefined);
  return raw.map((mention) => {
    // "Choroidal melanoma OS … uveal melanoma metastatic risk": the eye's coat the encounter names is the uveal melanoma's, whatever is asked of it.
    if (isInvasiveMelanoma(mention) && mention.site !== undefined && isWholeEye(mention.site) && EYE_ROWS.has(only.path[0] ?? '')) return { ...mention, site: { ...only, start: mention.site.start, end: mention.site.end } };
    if (!(isInvasiveMelanoma(mention) || (isInSituMelanoma(mention) && !inSituSited)) || mention.site !== undefined) return mention;
    const at = { start: mention.anchorStart, end: mention.anchorStart };
    return { ...mention, site: { ...only, ...at }, writtenSite: { ...at, path: ['skin'], lymphNode: false } };
  });
}

/** The site of melanomas written at differently worded sites that all name one billable code ("left calf", "left lower leg": C43.72). */
function oneCodedSite(context: NarrativeContext, sited: readonly RawMention[]): SiteMatch | undefined {
  const codes = new Set(sited.map((mention) => sitedMorphologyCode(context, mention, false)?.code ?? null));
  if (codes.size !== 1 || codes.has(null)) return undefined;
  return (sited.find((mention) => mention.site?.laterality !== undefined) ?? sited[0])?.site;
}

/** The eye or its uveal tract written as a whole, which holds the choroid, ciliary body and iris the encounter may name (Table C69.4- / C69.9-). */
const isWholeEye = (site: SiteMatch): boolean => site.path[0] === 'uveal tract' || site.path[0] === 'eye' || site.path[0] === 'eyeball';

function isInSituMelanoma(mention: RawMention): boolean {
  return mention.morphology?.siteAxis === 'melanoma' && mention.morphology.ambiguous === undefined && mention.inSitu === true;
}

function isInvasiveMelanoma(mention: RawMention): boolean {
  return mention.morphology?.siteAxis === 'melanoma' && mention.morphology.ambiguous === undefined && mention.inSitu !== true && mention.column !== 'secondary';
}

/**
 * Tumours written once with their site and again without it ("Epithelioid pleural mesothelioma, R … PATH REVIEW: epithelioid
 * mesothelioma"; "gastric GIST … GIST on imatinib"; "Choroidal nevus OD … OD nevus: photos") are one tumour: a site-less mention
 * takes the site when the encounter gives its kind exactly one (table: pleura → Tabular C45.0, stomach → C49.A2, choroid → D31.3-).
 * A nevus of the eye is restated (Index: Nevus, choroid D31.3-), and so is a nevus of skin when the encounter's nevi name one skin
 * site ("Several benign appearing nevi trunk … 5. SKs / benign nevi" → Index: Nevus, skin, trunk D22.5); a skin check that finds
 * nevi at two sites leaves the bare ones unspecified. A lipoma is restated too ("- Lipoma of back … 3. Lipoma - benign" → Tabular
 * D17.1), unless the encounter writes lipomas at two sites.
 */
const RESTATED_AXES: ReadonlySet<string> = new Set(['mesothelioma', 'gist', 'nevus', 'lipoma', 'merkel']);

function restates(mention: RawMention): boolean {
  const axis = mention.morphology?.siteAxis;
  return axis !== undefined && RESTATED_AXES.has(axis);
}

function withRestatedMorphologySite(raw: readonly RawMention[]): RawMention[] {
  const sitesByAxis = new Map<string, SiteMatch[]>();
  for (const mention of raw) {
    const axis = mention.morphology?.siteAxis;
    if (axis === undefined || mention.site === undefined || mention.site.lymphNode) continue;
    const known = sitesByAxis.get(axis);
    if (known === undefined) sitesByAxis.set(axis, [mention.site]);
    else known.push(mention.site);
  }
  const sited = new Map<string, SiteMatch>();
  for (const mention of raw) {
    // Only a restating kind of tumour looks for its one site: most mentions are none.
    if (!restates(mention)) continue;
    const axis = mention.morphology?.siteAxis ?? '';
    const only = oneSite(sitesByAxis.get(axis) ?? []);
    if (only !== undefined) sited.set(axis, only);
  }
  if (sited.size === 0) return [...raw];
  return raw.map((mention) => {
    const site = mention.site === undefined ? sited.get(mention.morphology?.siteAxis ?? '') : undefined;
    return site === undefined ? mention : { ...mention, site };
  });
}

/** The one site the list names: one path, and at most one side ("R pleural" and "pleural" are one site, the right one). */
function oneSite(sites: readonly SiteMatch[]): SiteMatch | undefined {
  const paths = new Set(sites.map((site) => site.path.join('/')));
  const sides = new Set(sites.map((site) => site.laterality).filter((side) => side !== undefined));
  if (paths.size !== 1 || sides.size > 1) return undefined;
  return sites.find((site) => site.laterality !== undefined) ?? sites[0];
}

/** Myeloma and its precursors (Tabular C90.-, D47.2 monoclonal gammopathy): a note about them writes "MM" for multiple myeloma. */
const MYELOMA_CODES = /^(C90\.|D47\.2)/;

/** Polycythemia vera and the other myeloproliferative neoplasms (D45, D47.1, D47.3, D47.4): a note about them writes "PV". */
const MPN_CODES = /^(D45|D47\.[134])/;
/** Leukaemias (Tabular C91–C95), whose relapse a site may name ("marrow relapse"). */
const LEUKAEMIA_CODES = /^C9[1-5]\./;

/** Regimens given for Hodgkin lymphoma: "ABVD for HL". */
const HODGKIN_REGIMENS = new Set(['abvd', 'avd', 'a+avd', 'beacopp', 'escbeacopp', 'bv-avd', 'brentuximab', 'stanford', 'mopp', 'hodgkin', "hodgkin's"]);

const isMelanocyticNeoplasm = (mention: RawMention): boolean =>
  (mention.morphology?.siteAxis === 'melanoma' || mention.morphology?.siteAxis === 'nevus') && mention.morphology.ambiguous === undefined;
const isSkinNeoplasm = (mention: RawMention): boolean => isMelanocyticNeoplasm(mention) || mention.histology?.skinType !== undefined;

const isLymphoma = (mention: RawMention): boolean => mention.morphology?.siteAxis === 'lymphoma' && mention.morphology.ambiguous === undefined;

/** Whether the sentence of the mention names a Hodgkin regimen. */
function hodgkinRegimenNear(tokens: readonly Token[], mention: RawMention): boolean {
  const sentence = tokens[mention.start]?.sentence;
  for (let position = Math.max(0, mention.start - 12); position < Math.min(tokens.length, mention.end + 12); position++) {
    if (tokens[position]?.sentence === sentence && HODGKIN_REGIMENS.has(tokens[position]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * "FHx: MM (mother)" in a skin note is malignant melanoma (Index: Melanoma C43.-), "MM on lenalidomide" in a note about myeloma is
 * multiple myeloma (Index: Myeloma, multiple C90.0-); "ABVD for HL" is Hodgkin lymphoma (C81.9-), "MCL" in a lymphoma note mantle cell
 * lymphoma (C83.1-), "PV" in a note about a myeloproliferative neoplasm polycythemia vera (D45): an ambiguous abbreviation takes the
 * disease the encounter's other mentions are about; with none written it is no mention (hearing loss, a ligament, the portal vein).
 */
function withAmbiguousTyped(tokens: readonly Token[], raw: readonly RawMention[]): RawMention[] {
  if (!raw.some((mention) => mention.morphology?.ambiguous !== undefined)) return [...raw];
  const myeloma = raw.some((mention) => mention.morphology?.ambiguous === undefined && MYELOMA_CODES.test(mention.morphology?.code ?? ''));
  const skin = raw.some(isSkinNeoplasm);
  const melanocytic = raw.some(isMelanocyticNeoplasm);
  const lymphoma = raw.some(isLymphoma);
  const mpn = raw.some((mention) => mention.morphology?.ambiguous === undefined && MPN_CODES.test(mention.morphology?.code ?? ''));
  const mycosisFungoides = raw.some((mention) => mention.morphology?.ambiguous === undefined && mention.morphology?.code === MYCOSIS_FUNGOIDES.code);
  const leukaemia = raw.some((mention) => mention.morphology?.ambiguous === undefined && LEUKAEMIA_CODES.test(mention.morphology?.code ?? ''));
  // The note's tokens are asked about HIV only when an ambiguous "KS" was found: most notes never walk them here.
  const kaposi = raw.some((mention) => mention.morphology?.ambiguous === undefined && mention.morphology?.siteAxis === 'kaposi')
    || (raw.some((mention) => mention.morphology?.ambiguous === 'kaposi') && namesHiv(tokens));
  // One kept mention at a time, not a list per mention: most mentions are not ambiguous and stay as they are.
  const kept: RawMention[] = [];
  for (const mention of raw) {
    const typed = ambiguousTyped(tokens, mention, { myeloma, skin, melanocytic, lymphoma, mpn, mycosisFungoides, kaposi, leukaemia });
    if (typed !== undefined) kept.push(typed);
  }
  return kept;
}

/** The diseases an encounter's unambiguous mentions are about. */
interface NoteDiseases {
  readonly myeloma: boolean;
  readonly skin: boolean;
  /** A melanoma or a nevus is written: "MIS" is melanoma in situ, not minimally invasive surgery. */
  readonly melanocytic: boolean;
  readonly lymphoma: boolean;
  readonly mpn: boolean;
  /** A mycosis fungoides is written: "MF" is that lymphoma (Index: Mycosis fungoides C84.0-), not myelofibrosis. */
  readonly mycosisFungoides: boolean;
  /** A Kaposi sarcoma or HIV is written: "KS" is the sarcoma (Index: Sarcoma, Kaposi's C46.-). */
  readonly kaposi: boolean;
  /** A leukaemia is written (Tabular C91–C95): "marrow relapse" is its relapse. */
  readonly leukaemia: boolean;
}

/** The mention as the encounter's diseases read it, or undefined when an ambiguous abbreviation is no mention here. */
function ambiguousTyped(tokens: readonly Token[], mention: RawMention, diseases: NoteDiseases): RawMention | undefined {
  const kind = mention.morphology?.ambiguous;
  if (kind === undefined || mention.morphology === undefined) return mention;
  if (kind === 'lymphoma') return diseases.lymphoma ? mention : undefined;
  // "large cell transformation" is the DLBCL a CLL or low-grade B-cell lymphoma becomes, nothing new of a mycosis fungoides.
  if (kind === 'not-mycosis-fungoides') return diseases.mycosisFungoides ? undefined : { ...mention, morphology: { ...mention.morphology, ambiguous: undefined } };
  if (kind === 'hodgkin') return diseases.lymphoma || hodgkinRegimenNear(tokens, mention) ? mention : undefined;
  if (kind === 'mpn' && !diseases.mpn && diseases.mycosisFungoides && mention.morphology.words === 'mf') {
    return { ...mention, morphology: { ...mention.morphology, ...MYCOSIS_FUNGOIDES, ambiguous: undefined } };
  }
  if (kind === 'mpn') return diseases.mpn ? mention : undefined;
  if (kind === 'myeloma') return diseases.myeloma ? mention : undefined;
  if (kind === 'kaposi') return diseases.kaposi ? mention : undefined;
  // "first marrow relapse of AML": the leukaemia named after it is the mention, the relapse its status.
  if (kind === 'leukaemia') return diseases.leukaemia && tokens[mention.end]?.norm !== 'of' ? mention : undefined;
  if (kind === 'skin') return diseases.melanocytic || mention.site !== undefined ? { ...mention, morphology: { ...mention.morphology, ambiguous: undefined } } : undefined;
  if (diseases.myeloma) {
    // The site is set to undefined, not left out by a rest pattern: the mention keeps the one shape every mention has
    // (inOneShape), so the passes after this one are not deoptimised by a mention of a new map.
    return { ...mention, site: undefined, morphology: { ...mention.morphology, ...MYELOMA, siteAxis: undefined } };
  }
  return diseases.skin ? mention : undefined;
}

/** Words that name HIV infection or AIDS, also as the first part of a compound ("AIDS-associated", "HIV-related"). */
const HIV_WORDS = new Set(['hiv', 'aids', 'plwh', 'hiv+', 'hiv-1']);

/** Whether the encounter names HIV or AIDS, as a word or the first part of a compound (no string is cut for a word without a hyphen). */
function namesHiv(tokens: readonly Token[]): boolean {
  for (const token of tokens) {
    if (HIV_WORDS.has(token.norm)) return true;
    const hyphen = token.norm.indexOf('-');
    if (hyphen > 0 && HIV_WORDS.has(token.norm.slice(0, hyphen))) return true;
  }
  return false;
}
