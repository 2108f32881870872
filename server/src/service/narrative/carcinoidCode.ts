import { toDotted } from '../codes/codeText';
import type { NarrativeContext } from './context';
import { MALIGNANT_HISTORY, longestPrefix } from './historyCodes';
import { chooseCode } from './mapping';
import type { SiteMatch } from './siteFinder';

/**
 * Carcinoid and well-differentiated neuroendocrine tumours, which the Tabular List classifies by
 * morphology and site (chapter 2 note; C7A Malignant neuroendocrine tumors, C7B Secondary
 * neuroendocrine tumors). The site's primary code from the Table of Neoplasms picks the C7A.0- code of
 * the same organ; a metastasis's secondary code picks the C7B.0- code. Every code here is checked
 * against the FY2027 code titles in `test/service/narrative/carcinoid.test.ts`.
 */
export interface CarcinoidSiteEntry {
  /** Dotted prefix of the site's Malignant Primary code in the table. */
  readonly prefix: string;
  readonly carcinoid: string;
  /** Personal history of a malignant carcinoid tumour of that organ (Z85.-). */
  readonly history?: string;
}

/** C7A.0- by the organ's primary code; longer prefixes win. */
export const CARCINOID_BY_PRIMARY: readonly CarcinoidSiteEntry[] = [
  { prefix: 'C17.0', carcinoid: 'C7A.010', history: 'Z85.060' },
  { prefix: 'C17.1', carcinoid: 'C7A.011', history: 'Z85.060' },
  { prefix: 'C17.2', carcinoid: 'C7A.012', history: 'Z85.060' },
  { prefix: 'C17', carcinoid: 'C7A.019', history: 'Z85.060' },
  { prefix: 'C18.1', carcinoid: 'C7A.020', history: 'Z85.030' },
  { prefix: 'C18.0', carcinoid: 'C7A.021', history: 'Z85.030' },
  { prefix: 'C18.2', carcinoid: 'C7A.022', history: 'Z85.030' },
  { prefix: 'C18.4', carcinoid: 'C7A.023', history: 'Z85.030' },
  { prefix: 'C18.6', carcinoid: 'C7A.024', history: 'Z85.030' },
  { prefix: 'C18.7', carcinoid: 'C7A.025', history: 'Z85.030' },
  { prefix: 'C18', carcinoid: 'C7A.029', history: 'Z85.030' },
  { prefix: 'C20', carcinoid: 'C7A.026', history: 'Z85.040' },
  { prefix: 'C34', carcinoid: 'C7A.090', history: 'Z85.110' },
  { prefix: 'C37', carcinoid: 'C7A.091', history: 'Z85.230' },
  { prefix: 'C16', carcinoid: 'C7A.092', history: 'Z85.020' },
  { prefix: 'C64', carcinoid: 'C7A.093', history: 'Z85.520' },
  // Tabular C7A Excludes2: malignant pancreatic islet cell tumors (C25.4), the endocrine pancreas.
  { prefix: 'C25', carcinoid: 'C25.4' },
];

/** Any other organ the table names: C7A.098 Malignant carcinoid tumors of other sites. */
export const CARCINOID_OTHER_SITES = 'C7A.098';

/** C7B.0- by the secondary site's code (Tabular C7B.0-; C78.7 and C77 Excludes1 send carcinoid metastases here). */
export const SECONDARY_CARCINOID_BY_SITE: readonly { readonly secondary: string; readonly code: string }[] = [
  { secondary: 'C77', code: 'C7B.01' },
  { secondary: 'C78.7', code: 'C7B.02' },
  { secondary: 'C79.5', code: 'C7B.03' },
  { secondary: 'C78.6', code: 'C7B.04' },
];
export const SECONDARY_CARCINOID_OTHER = 'C7B.09';
export const SECONDARY_CARCINOID_UNSPECIFIED = 'C7B.00';

export interface CarcinoidCode {
  readonly code: string;
  readonly history: string | undefined;
  /** A relative's malignant carcinoid of the organ: the organ's Z80.- code (Z80.0 for the digestive organs). */
  readonly family?: string | undefined;
  readonly source: string;
}

/**
 * A benign carcinoid of the same organ: Tabular D3A.0- mirrors C7A.0- character for character
 * (C7A.026 rectum, D3A.026 rectum); the endocrine pancreas is D13.7 (the benign counterpart of C25.4).
 */
export function benignCarcinoidCode(malignant: string): string {
  return malignant === 'C25.4' ? 'D13.7' : malignant.replace(/^C7A/, 'D3A');
}

/** Tabular Z86.012 Personal history of benign carcinoid tumor, whatever the organ. */
const BENIGN_HISTORY = 'Z86.012';

/**
 * The code of a carcinoid of `site` (dotless), its personal-history code, and how it was read
 * (`benign`: the D3A.0- code); undefined when the table has no primary cell for the site.
 */
export function carcinoidCodeAt(context: NarrativeContext, site: SiteMatch, benign = false): CarcinoidCode | undefined {
  const primary = primaryCodeOf(context, site);
  if (primary === undefined || site.lymphNode) return undefined;
  const entry = longestPrefix(CARCINOID_BY_PRIMARY, primary);
  const malignant = entry?.carcinoid ?? CARCINOID_OTHER_SITES;
  if (benign) {
    const code = benignCarcinoidCode(malignant);
    return { code: code.replace('.', ''), history: BENIGN_HISTORY.replace('.', ''), source: `site ${site.path.join(', ')} (${primary}); Tabular D3A.0- → ${code}` };
  }
  const code = malignant;
  const organ = longestPrefix(MALIGNANT_HISTORY, primary);
  const history = entry?.history ?? organ?.history;
  const family = organ?.family.replace('.', '');
  const via = code === 'C25.4' ? 'Tabular C7A Excludes2: malignant pancreatic islet cell tumors' : 'Tabular C7A.0-';
  return { code: code.replace('.', ''), history: history?.replace('.', ''), family, source: `site ${site.path.join(', ')} (${primary}); ${via} → ${code}` };
}

/** The C7B code of a carcinoid metastasis whose secondary site code is `secondary` (dotless, or null when the site lacked detail). */
export function secondaryCarcinoidCode(secondary: string | null, candidates: readonly string[]): { code: string; source: string } {
  const site = secondary ?? candidates[0];
  if (site === undefined) return { code: SECONDARY_CARCINOID_UNSPECIFIED.replace('.', ''), source: `C7B.0- → ${SECONDARY_CARCINOID_UNSPECIFIED}` };
  const entry = SECONDARY_CARCINOID_BY_SITE.find((candidate) => toDotted(site).startsWith(candidate.secondary));
  const code = entry?.code ?? SECONDARY_CARCINOID_OTHER;
  return { code: code.replace('.', ''), source: `secondary site ${toDotted(site)} → ${code}` };
}

function primaryCodeOf(context: NarrativeContext, site: SiteMatch): string | undefined {
  const request = { path: site.path, column: 'primary' as const, ...(site.laterality === undefined ? {} : { laterality: site.laterality }) };
  const key = `${site.path.join('/')}|primary|${site.laterality ?? ''}|||`;
  const choice = context.memo.remember('code', key, () => chooseCode(context.table, context.codes, request));
  const code = choice?.code ?? choice?.candidates[0];
  return code === undefined ? undefined : toDotted(code);
}
