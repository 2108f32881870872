import type { HistologyTerm } from './histologyTerm';
import { deniedWhereWritten } from './deniedSpread';
import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * "Hx SCC of skin R dorsal hand (Z85.828) … annual skin exam (… non-melanoma skin cancer; prior SCC)", ">15 cutaneous SCCs since
 * 2018 … 2 well-diff SCCs treated w/ ED&C": a squamous cell carcinoma written with no site restates the patient's squamous cell
 * carcinoma of the skin when every squamous cell carcinoma (or skin cancer) the note places is on the skin, as a coder reads the
 * dermatology history it belongs to (Index: Carcinoma, squamous cell — see Neoplasm, skin, malignant; Tabular C44.92 Squamous cell
 * carcinoma of skin, unspecified; Z85.828 Personal history of other malignant neoplasm of skin). A squamous cell carcinoma placed
 * at any other organ (a tonsil's, a lung's, an anal canal's), or none placed at all, leaves it unread as before: the type is
 * common to many organs, and only the note's own placed ones tell which one it is.
 */

/**
 * Whether a site-less histology with no other reading waits for this pass: a squamous cell carcinoma word of the primary
 * column that implies no organ of its own ("SCC", "SCCs", "squamous cell carcinoma"; not "cSCC", which implies the skin,
 * nor "oropharyngeal SCC").
 */
export function waitsForSkinSquamous(term: HistologyTerm): boolean {
  return term.skinType === '2' && term.impliedSite === undefined && term.tissue === undefined && term.role === 'primary';
}

/** The waiting mention of such a carcinoma's words, placed or dropped by `withSkinSquamousRestatements`. */
export function pendingSkinSquamous(start: number, end: number, term: HistologyTerm): RawMention {
  return { start, end, anchorStart: start, anchorEnd: end, column: 'primary', histology: term, restatedOnly: true, skinSquamous: true };
}

/**
 * The body surfaces (the Table of Neoplasms' rows of regions, not organs: "scalp", "hand", "forearm") where a squamous cell carcinoma
 * is coded on the skin that covers them (`codeMention.ts` reads a skin histology of an ill-defined region as the skin there, C44.-).
 */
const BODY_SURFACES = new Set([
  'skin', 'scalp', 'face', 'cheek', 'forehead', 'temple', 'ear', 'hand', 'finger', 'arm', 'forearm', 'wrist', 'elbow', 'shoulder', 'back',
  'trunk', 'leg', 'thigh', 'calf', 'knee', 'foot', 'ankle', 'toe', 'limb',
]);

/** Whether a mention places a squamous cell carcinoma, or a skin cancer, at a site of its own (a node's metastasis aside). */
function placedSquamous(mention: RawMention): boolean {
  const type = mention.histology?.skinType;
  return (type === '2' || type === '0') && mention.site !== undefined && !mention.site.lymphNode
    && (mention.column === 'primary' || mention.column === 'in-situ') && mention.skinSquamous !== true;
}

/**
 * The mentions with each waiting site-less squamous cell carcinoma placed on the skin (skin NOS: the row the histology's skin
 * type codes, C44.92 / Z85.828) when the note places one or more and all of them on the skin, and dropped otherwise. A relative's
 * cancer is never one that waits (`mentions.ts`), and the placed ones of a relative count no less as the kind the note is about.
 */
export function withSkinSquamousRestatements(tokens: readonly Token[], mentions: readonly RawMention[]): readonly RawMention[] {
  if (!mentions.some((mention) => mention.skinSquamous === true)) return mentions;
  // A denied skin cancer ("no skin cancer") places nothing, and a squamous cell carcinoma found in a node ("L cervical nodal metastatic
  // SCC") may be any organ's spread: it leaves the note's type open.
  const placed = mentions.filter((mention) => placedSquamous(mention) && !deniedWhereWritten(tokens, mention));
  const nodal = mentions.some((mention) => mention.histology?.skinType === '2' && mention.site?.lymphNode === true);
  const allSkin = !nodal && placed.length > 0 && placed.every((mention) => BODY_SURFACES.has(mention.site?.path[0] ?? ''));
  const kept: RawMention[] = [];
  for (const mention of mentions) {
    if (mention.skinSquamous !== true || mention.site !== undefined) kept.push(mention);
    // "NO … SQUAMOUS CELL CARCINOMA" of a node excision denies a metastasis it has not placed: a denied one restates nothing.
    // "skin cancer (SCC) of the scalp": a type glossed inside another mention's words is that mention, not a second one.
    else if (allSkin && !deniedWhereWritten(tokens, mention) && !withinOther(mentions, mention)) kept.push({ ...mention, site: { start: mention.anchorStart, end: mention.anchorStart, path: ['skin'], lymphNode: false }, restatedOnly: false });
  }
  return kept;
}

/** Whether another mention's words hold the mention's ("skin cancer (SCC) of the scalp"); asked only of the few waiting ones. */
function withinOther(mentions: readonly RawMention[], mention: RawMention): boolean {
  return mentions.some((other) => other !== mention && other.site !== undefined && other.start <= mention.start && mention.end <= other.end);
}
