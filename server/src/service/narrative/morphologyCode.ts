import type { NarrativeContext } from './context';
import { chooseCode } from './mapping';
import { leiomyomaCode } from './leiomyomaSite';
import type { RawMention } from './rawMention';
import { LYMPHOMA_EXTRANODAL_DIGIT, MELANOMA_BY_SKIN_SITE, lymphomaSiteDigit, skinSiteKey } from './morphologySites';

/**
 * The code of a morphology-classified histology written with its site: a melanoma of a skin site takes
 * the C43 (or, in situ, D03) code — a Merkel cell carcinoma the C4A code — of the C44 subdivision the Table of Neoplasms gives that skin site;
 * a lymphoma takes the fifth character of its node region, the spleen or an extranodal organ. Undefined
 * when the site says nothing the category can code, so the caller keeps the Index's unspecified code.
 */
export interface SitedCode {
  readonly code: string | null;
  readonly candidates: readonly string[];
  readonly source: string;
}

export function sitedMorphologyCode(context: NarrativeContext, mention: RawMention, inSitu: boolean): SitedCode | undefined {
  const site = mention.site;
  const axis = mention.morphology?.siteAxis;
  // "DLBCL (cervical, mediastinal and retroperitoneal nodes)": the first region of a bracketed list is one of several (withNodeRegionsAfter).
  if ((site === undefined || site.lymphNode) && axis === 'lymphoma' && mention.multipleNodeSites === true) return multipleSitesCode(context, mention);
  if (site === undefined && mention.morphology?.code === MEDIASTINAL_LYMPHOMA) return mediastinalLymphomaCode(context);
  if (site === undefined || axis === undefined || axis === 'carcinoid') return undefined;
  if (axis === 'hemangioma') return hemangiomaCode(context, mention);
  if (axis === 'lipoma') return lipomaCode(context, mention);
  if (axis === 'leiomyoma') return leiomyomaCode(context, mention);
  if (axis === 'gist') return gistCode(context, mention);
  if (axis === 'kaposi' || axis === 'mesothelioma') return byPrimaryCode(context, mention, axis === 'kaposi' ? KAPOSI_BY_PRIMARY : MESOTHELIOMA_BY_PRIMARY);
  return axis === 'lymphoma' ? lymphomaCode(context, mention) : skinCode(context, mention, axis, inSitu);
}

/** Fifth character 8 of C81–C85: lymph nodes of multiple sites (Ann Arbor stage II to IV written with the lymphoma). */
function multipleSitesCode(context: NarrativeContext, mention: RawMention): SitedCode | undefined {
  const base = mention.morphology?.code.replace('.', '');
  if (base === undefined) return undefined;
  const code = `${base.slice(0, base.length - 1)}8`;
  return context.codes.isBillable(code) ? { code, candidates: [], source: `Ann Arbor stage II–IV: fifth character 8 (lymph nodes of multiple sites) → ${code}` } : undefined;
}

/**
 * Tabular D17.- Benign lipomatous neoplasm by site: of skin and subcutaneous tissue of the head, face and
 * neck D17.0, trunk D17.1, limbs D17.2- (right / left arm, leg), read off the C44 subdivision the table
 * gives the site's skin; an organ: intrathoracic D17.4, intra-abdominal D17.5, kidney D17.71, other D17.79.
 */
function lipomaCode(context: NarrativeContext, mention: RawMention): SitedCode | undefined {
  const site = mention.site;
  if (site === undefined || site.lymphNode) return undefined;
  const skinPath = site.path[0] === 'skin' ? site.path : ['skin', ...site.path];
  const request = { path: skinPath, column: 'primary' as const, ...(site.laterality === undefined ? {} : { laterality: site.laterality }) };
  const skinChoice = context.memo.remember('code', `${skinPath.join('/')}|primary|${site.laterality ?? ''}|||`, () => chooseCode(context.table, context.codes, request));
  const skin = skinChoice?.code ?? skinChoice?.candidates[0] ?? '';
  // A body surface (the table's skin or ill-defined-region rows) is skin and subcutaneous tissue; an organ is not.
  const own = primaryOfSite(context, mention).primary ?? '';
  const organ = /^C44/.test(skin) && /^C(44|76|49)/.test(own) ? undefined : own;
  const dotted = organ === undefined ? lipomaOfSkin(skin, site.laterality) : /^C3[0-9]/.test(organ) ? 'D17.4' : /^C(1[5-9]|2[0-6]|48)/.test(organ) ? 'D17.5' : /^C64/.test(organ) ? 'D17.71' : 'D17.79';
  const code = dotted.replace('.', '');
  return context.codes.isBillable(code) ? { code, candidates: [], source: `site ${site.path.join(', ')} (${organ ?? skin}) → Tabular D17.- ${dotted}` } : undefined;
}

function lipomaOfSkin(skin: string, laterality: string | undefined): string {
  const group = skin.charAt(3);
  if ('01234'.includes(group)) return 'D17.0';
  if (group === '5') return 'D17.1';
  const side = laterality === 'right' ? 0 : laterality === 'left' ? 1 : undefined;
  if (group === '6') return side === undefined ? 'D17.20' : `D17.2${1 + side}`;
  if (group === '7') return side === undefined ? 'D17.20' : `D17.2${3 + side}`;
  return 'D17.39';
}

/** A category whose fourth character is read off the site's primary code in the Table of Neoplasms. */
interface ByPrimary {
  readonly category: string;
  /** Primary-code pattern → the code (dotted) it gives; the first that matches wins. */
  readonly rows: readonly (readonly [RegExp, string])[];
  readonly other: string;
  /** Sites written as a whole class of organs, which name no one organ's row: they take `other`. */
  readonly otherPaths?: readonly string[];
}

/**
 * Tabular C46.- Kaposi's sarcoma: 0 skin (also a body surface the table prints as an ill-defined C76
 * region: Kaposi lesions of the leg are cutaneous), 1 soft tissue, 2 palate, 3 lymph nodes, 4
 * gastrointestinal sites, 5- lung by side, 7 other sites.
 */
const KAPOSI_BY_PRIMARY: ByPrimary = {
  category: 'C46.-',
  // C26 is the digestive tract written as a whole ("GI KS": Table intestine, intestinal tract / gastrointestinal tract C26.-).
  rows: [[/^C4[34]|^C76/, 'C46.0'], [/^C49/, 'C46.1'], [/^C05/, 'C46.2'], [/^C77/, 'C46.3'], [/^C1[5-9]|^C2[016]/, 'C46.4'], [/^C34\d1$|^C342$/, 'C46.51'], [/^C34\d2$/, 'C46.52'], [/^C34/, 'C46.50']],
  other: 'C46.7',
  // Round 24: "no visceral KS" names the viscera, no one organ with a C46 code of its own (as viscera NEC C79.89 for spread): other sites
  // C46.7, not the skin the table's ill-defined viscera NEC (C76.8) row would give as a body surface.
  otherPaths: ['viscera'],
};

/** Tabular C45.- Mesothelioma: 0 pleura, 1 peritoneum (and retroperitoneum, omentum, mesentery: C48), 2 pericardium, 7 other sites. */
const MESOTHELIOMA_BY_PRIMARY: ByPrimary = {
  category: 'C45.-',
  rows: [[/^C38\.?4/, 'C45.0'], [/^C48/, 'C45.1'], [/^C38\.?0/, 'C45.2']],
  other: 'C45.7',
};

function byPrimaryCode(context: NarrativeContext, mention: RawMention, table: ByPrimary): SitedCode | undefined {
  const site = mention.site;
  const primary = site?.lymphNode === true ? 'C77' : primaryOfSite(context, mention, true).primary;
  if (primary === undefined) return undefined;
  const wholeClass = site !== undefined && table.otherPaths?.includes(site.path[0] ?? '') === true;
  const dotted = wholeClass ? table.other : table.rows.find(([pattern]) => pattern.test(primary))?.[1] ?? table.other;
  // "no pulmonary KS": a lung with no side written is coded as the table codes a side-less lung, by its candidates (I.B.13).
  if (dotted === 'C46.50' && site?.laterality !== 'right' && site?.laterality !== 'left') return sidelessKaposiOfLung(context, site?.laterality === 'bilateral');
  const code = dotted.replace('.', '');
  return context.codes.isBillable(code) ? { code, candidates: [], source: `site ${site?.path.join(', ') ?? ''} (${primary}) → Tabular ${table.category} ${dotted}` } : undefined;
}

/** Tabular C46.5- Kaposi's sarcoma of lung, 0 unspecified, 1 right, 2 left: both sides are the right and the left, no side any of the three. */
function sidelessKaposiOfLung(context: NarrativeContext, bilateral: boolean): SitedCode {
  const candidates = (bilateral ? ['C4651', 'C4652'] : ['C4650', 'C4651', 'C4652']).filter((code) => context.codes.isBillable(code));
  return { code: null, candidates, source: 'site lung, no side written → Tabular C46.5- (C46.50 unspecified lung, C46.51 right, C46.52 left)' };
}

/**
 * Tabular D18.0- Hemangioma by site: 1 skin and subcutaneous tissue, 2 intracranial, 3 intra-abdominal
 * structures, 9 other sites ("hepatic hemangioma" → D18.03, "T12 vertebral hemangioma" → D18.09). The
 * group is read off the site's primary code in the Table of Neoplasms: C44 skin, C70–C72 the brain and
 * meninges, C16–C26 and C48 the digestive organs, peritoneum and retroperitoneum.
 */
function hemangiomaCode(context: NarrativeContext, mention: RawMention): SitedCode | undefined {
  const { primary, choice } = primaryOfSite(context, mention);
  if (primary === undefined) return undefined;
  const digit = /^C44/.test(primary) ? '1' : /^C7[0-2]/.test(primary) ? '2' : /^C(1[6-9]|2[0-6]|48)/.test(primary) ? '3' : '9';
  const code = `D180${digit}`;
  return context.codes.isBillable(code) ? { code, candidates: [], source: `site ${choice?.source ?? ''} (${primary}) → Tabular D18.0${digit}` } : undefined;
}

/** Rows of the eye and its coats: a melanoma there is no melanoma of skin (Tabular C43) but a malignant neoplasm of the eye by site (C69.-). */
export const EYE_ROWS: ReadonlySet<string> = new Set(['eye', 'choroid', 'ciliary body', 'iris', 'uveal tract', 'conjunctiva', 'retina', 'eyeball']);

/**
 * Primary cells of the mucosal sites where melanoma arises (mouth C03–C06, esophagus C15, rectum and anus C20–C21, nasal cavity and
 * sinuses C30–C31, vulva and vagina C51–C52, penis C60, scrotum C63.2, urethra C68.0): Tabular C43 Excludes2 "malignant melanoma of
 * skin of genital organs (C51-C52, C60.-, C63.-)" and "sites other than skin - code to malignant neoplasm of the site". Organs where a
 * melanoma is nearly always a metastasis (liver, lung, brain, bowel) keep C43.9 for the coder to decide.
 */
const MUCOSAL_MELANOMA_PRIMARY = /^C(0[3-6]|15|2[01]|3[01]|5[12]|60|63\.?2|68\.?0)/;

function skinCode(context: NarrativeContext, mention: RawMention, axis: 'melanoma' | 'merkel' | 'nevus', inSitu: boolean): SitedCode | undefined {
  const site = mention.site;
  if (site === undefined || site.lymphNode) return undefined;
  if (axis === 'melanoma' && !inSitu && EYE_ROWS.has(site.path[0] ?? '')) return eyeCode(context, mention);
  if (axis === 'nevus' && EYE_ROWS.has(site.path[0] ?? '')) return eyeNevusCode(context, mention);
  if (axis === 'melanoma' && !inSitu && site.path[0] !== 'skin' && MUCOSAL_MELANOMA_PRIMARY.test(primaryOfSite(context, mention).primary ?? '')) return mucosalCode(context, mention);
  const path = site.path[0] === 'skin' ? site.path : ['skin', ...site.path];
  const request = { path, column: 'primary' as const, ...(site.laterality === undefined ? {} : { laterality: site.laterality }) };
  const key = `${path.join('/')}|primary|${site.laterality ?? ''}|||`;
  const choice = context.memo.remember('code', key, () => chooseCode(context.table, context.codes, request));
  // Only a skin row (C44) has a melanoma subdivision: "melanoma of the liver" keeps C43.9 and the coder decides.
  const skinCodes = choice === undefined ? [] : choice.code !== null ? [choice.code] : choice.candidates;
  const mapped = [...new Set(skinCodes.map((code) => {
    const entry = MELANOMA_BY_SKIN_SITE.find((candidate) => candidate.skin === skinSiteKey(code));
    return entry === undefined ? undefined : (inSitu && axis !== 'nevus' ? entry.inSitu : entry[axis]).replace('.', '');
  }))];
  const codes = mapped.filter((code): code is string => code !== undefined && context.codes.isBillable(code));
  if (codes.length === 0 || codes.length !== mapped.length || choice === undefined) return undefined;
  const category = axis === 'nevus' ? 'D22.-' : inSitu ? 'D03.-' : axis === 'merkel' ? 'C4A.-' : 'C43.-';
  const via = `skin site ${choice.source} → ${category}`;
  return codes.length === 1 ? { code: codes[0] as string, candidates: [], source: `${via} ${codes[0] as string}` } : { code: null, candidates: codes, source: via };
}

/** "Choroidal melanoma of the left eye": the table's primary code of the eye site, with its side (C69.3-, C69.4-, C69.0-). */
function eyeCode(context: NarrativeContext, mention: RawMention): SitedCode | undefined {
  const { choice } = primaryOfSite(context, mention, true);
  if (choice === undefined || (choice.code === null && choice.candidates.length === 0)) return undefined;
  const via = `${choice.source}; Tabular C43 is melanoma of skin, the eye is coded by site (C69.-)`;
  return choice.code !== null ? { code: choice.code, candidates: [], source: via } : { code: null, candidates: choice.candidates, source: via };
}

/**
 * "Choroidal nevus OD", "conjunctival nevus": a nevus of the eye is no melanocytic nevus of skin (Tabular D22) but a benign
 * neoplasm of the eye by site (table: choroid / Benign D31.3-, conjunctiva D31.0-; Index: Nevus, choroid D31.3-).
 */
function eyeNevusCode(context: NarrativeContext, mention: RawMention): SitedCode | undefined {
  const site = mention.site;
  if (site === undefined) return undefined;
  const request = { path: site.path, column: 'benign' as const, ...(site.laterality === undefined ? {} : { laterality: site.laterality }) };
  const choice = context.memo.remember('code', `${site.path.join('/')}|benign|${site.laterality ?? ''}|||`, () => chooseCode(context.table, context.codes, request));
  if (choice === undefined || (choice.code === null && choice.candidates.length === 0)) return undefined;
  const via = `${choice.source}; Tabular D22 is the nevus of skin, the eye's is coded by site (D31.-)`;
  return choice.code !== null ? { code: choice.code, candidates: [], source: via } : { code: null, candidates: choice.candidates, source: via };
}

/** "Mucosal melanoma of the nasal cavity", "anorectal melanoma", "vulvar melanoma": the table's primary code of the site, with its side. */
function mucosalCode(context: NarrativeContext, mention: RawMention): SitedCode | undefined {
  const { choice } = primaryOfSite(context, mention, true);
  if (choice === undefined || (choice.code === null && choice.candidates.length === 0)) return undefined;
  const via = `${choice.source}; Tabular C43 Excludes2: a melanoma of a site other than skin (and of the skin of the genital organs) is coded to the site`;
  return choice.code !== null ? { code: choice.code, candidates: [], source: via } : { code: null, candidates: choice.candidates, source: via };
}

/** The Table of Neoplasms primary code of a morphology mention's site (not a node), with the table's choice. */
function primaryOfSite(context: NarrativeContext, mention: RawMention, sided = false): { primary: string | undefined; choice: ReturnType<typeof chooseCode> } {
  const site = mention.site;
  if (site === undefined || site.lymphNode) return { primary: undefined, choice: undefined };
  const laterality = sided ? site.laterality : undefined;
  const request = { path: site.path, column: 'primary' as const, ...(laterality === undefined ? {} : { laterality }) };
  const choice = context.memo.remember('code', `${site.path.join('/')}|primary|${laterality ?? ''}|||`, () => chooseCode(context.table, context.codes, request));
  return { primary: choice?.code ?? choice?.candidates[0], choice };
}

/** Tabular C49.A-: the GIST's organ from its site's primary code (C15 esophagus A1, C16 stomach A2, C17 small intestine A3, C18–C19 large intestine A4, C20 rectum A5, another organ A9). */
function gistCode(context: NarrativeContext, mention: RawMention): SitedCode | undefined {
  const { primary, choice } = primaryOfSite(context, mention);
  if (primary === undefined) return undefined;
  const digit = /^C15/.test(primary) ? '1' : /^C16/.test(primary) ? '2' : /^C17/.test(primary) ? '3' : /^C1[89]/.test(primary) ? '4' : /^C20/.test(primary) ? '5' : '9';
  const code = `C49A${digit}`;
  return context.codes.isBillable(code) ? { code, candidates: [], source: `site ${choice?.source ?? ''} (${primary}) → Tabular C49.A${digit}` } : undefined;
}

/**
 * Whether a site is an organ for the "extranodal and solid organ sites" character: its primary cell is
 * not an ill-defined region (C76: "axilla", "neck") or a node (C77), where the text says too little to choose
 * between the region's nodes and its tissues. The skin (C44) is such a site (ANNOTATION.md, "A lymphoma's
 * extranodal site in its own sentence": "Mycosis fungoides ... L buttock bx" C84.09).
 */
function isSolidOrgan(context: NarrativeContext, path: readonly string[]): boolean {
  const request = { path, column: 'primary' as const };
  const choice = context.memo.remember('code', `${path.join('/')}|primary||||`, () => chooseCode(context.table, context.codes, request));
  const code = choice?.code ?? choice?.candidates[0];
  return code !== undefined && !/^C(76|77)/.test(code);
}

/** Tabular C85.20 Mediastinal (thymic) large B-cell lymphoma, unspecified site. */
const MEDIASTINAL_LYMPHOMA = 'C85.20';

/**
 * A primary mediastinal large B-cell lymphoma with no other site written is where its name puts it, the mediastinum's
 * nodes: Tabular C85.22 "Mediastinal (thymic) large B-cell lymphoma, intrathoracic lymph nodes" (d645, d751).
 */
function mediastinalLymphomaCode(context: NarrativeContext): SitedCode | undefined {
  const code = 'C8522';
  return context.codes.isBillable(code) ? { code, candidates: [], source: 'the mediastinum its name gives: fifth character 2 (intrathoracic lymph nodes) → C85.22' } : undefined;
}

function lymphomaCode(context: NarrativeContext, mention: RawMention): SitedCode | undefined {
  const site = mention.site;
  const base = mention.morphology?.code.replace('.', '');
  if (site === undefined || base === undefined) return undefined;
  const digit = lymphomaSiteDigit(site);
  if (digit === undefined || (digit === LYMPHOMA_EXTRANODAL_DIGIT && !isSolidOrgan(context, site.path))) return undefined;
  const sited = `${base.slice(0, base.length - 1)}${digit}`;
  const where = site.lymphNode ? `${site.path[site.path.length - 1] ?? ''} lymph nodes` : site.path.join(', ');
  const via = `fifth character ${digit} (${where})`;
  if (context.codes.isBillable(sited)) return { code: sited, candidates: [], source: `${via} → ${sited}` };
  // C83.39 (extranodal DLBCL) is subdivided: primary CNS lymphoma C83.390 or other sites C83.398.
  const below = digit === LYMPHOMA_EXTRANODAL_DIGIT ? context.codes.billableWithPrefix(sited) : [];
  const chosen = below.length === 2 ? extranodalSubdivision(context, site.path, below) : undefined;
  if (chosen !== undefined) return { code: chosen, candidates: [], source: `${via} → ${chosen}` };
  return below.length > 0 ? { code: null, candidates: below, source: via } : undefined;
}

/**
 * Tabular C83.390 "Primary central nervous system lymphoma" and C83.398 "Diffuse large B-cell lymphoma of other
 * extranodal and solid organ sites": an organ of the central nervous system (primary cell C70–C72: meninges,
 * brain, spinal cord) takes the first, any other organ ("DLBCL involving the lung") the second.
 */
function extranodalSubdivision(context: NarrativeContext, path: readonly string[], below: readonly string[]): string | undefined {
  const choice = context.memo.remember('code', `${path.join('/')}|primary||||`, () => chooseCode(context.table, context.codes, { path, column: 'primary' }));
  const primary = choice?.code ?? choice?.candidates[0];
  if (primary === undefined) return undefined;
  const nervous = /^C7[0-2]/.test(primary);
  return below.find((code) => code.endsWith(nervous ? '0' : '8'));
}
