/**
 * How site words are compared with the table's row titles. The table prints a site with its
 * adjective or alternative after a comma (`abdomen, abdominal`, `larynx, laryngeal NEC`), with the
 * noun first when a qualifier follows (`column, spinal`, `disc, intervertebral`), and a few titles
 * offer single-word alternatives joined by "or" (`bile or biliary`). The variants of a title are the
 * words a clinician may write for the same row.
 */

/** Lower case, single spaces, no surrounding space or trailing full stop. */
export function normaliseSiteWords(words: string): string {
  // The reader asks with words that are normal already ("liver", "bile duct"): those are checked in one pass, not rewritten.
  return isNormalised(words) ? words : words.toLowerCase().replace(/\s+/g, ' ').trim().replace(/\.$/, '');
}

/**
 * Whether the words are already what {@link normaliseSiteWords} makes of them: printable ASCII without
 * capitals, single spaces between words, none around them, no full stop at the end. Anything else
 * (other white space, non-ASCII letters, whose lower case the slow path decides) is normalised.
 */
function isNormalised(words: string): boolean {
  const last = words.length - 1;
  if (last < 0) return true;
  if (words.charCodeAt(0) === 0x20 || words.charCodeAt(last) === 0x20 || words.charCodeAt(last) === 0x2e) return false;
  for (let at = 0; at <= last; at++) {
    const code = words.charCodeAt(at);
    if (code === 0x20 ? words.charCodeAt(at + 1) === 0x20 : code < 0x21 || code > 0x7e || (code >= 0x41 && code <= 0x5a)) return false;
  }
  return true;
}

/** "Not elsewhere classified" and "not otherwise specified" qualify the row, not its site words. */
function withoutNec(words: string): string {
  return words.replace(/ (nec|nos)$/, '').trim();
}

/** The printed title as site words: normalised, without a trailing `NEC` or `NOS`. */
export function plainTitle(title: string): string {
  return withoutNec(normaliseSiteWords(title));
}

/**
 * The normalised forms of a printed title under which {@link NeoplasmTable.findSite} finds it: the
 * title itself; without a trailing `NEC` or `NOS`; each comma-separated part (`abdomen`, `abdominal`); for a
 * two-part title the parts in spoken order (`spinal column`, `intervertebral disc`); and each side
 * of a two-word "x or y" (`bile`, `biliary`).
 */
export function titleVariants(title: string): readonly string[] {
  const full = normaliseSiteWords(title);
  if (full === '') return [];
  // Most titles are plain words (`liver`, `upper lobe`): nothing to vary.
  if (!/,| or | nec$| nos$/.test(full)) return [full];
  const variants = new Set<string>([full, withoutNec(full)]);
  const parts = withoutNec(full)
    .split(',')
    .map((part) => withoutNec(part.trim().replace(/^or /, '')))
    .filter((part) => part !== '');
  if (parts.length > 1) {
    for (const part of parts) variants.add(part);
    if (parts.length === 2) variants.add(`${parts[1] as string} ${parts[0] as string}`);
  }
  for (const variant of [...variants]) {
    const alternatives = /^(\S+) or (\S+)$/.exec(variant);
    if (alternatives) {
      variants.add(alternatives[1] as string);
      variants.add(alternatives[2] as string);
    }
  }
  return [...variants];
}

/** Rows that hold notes to the coder (`Note: Morphological types …`) rather than a site. */
export function isNoteTitle(title: string): boolean {
  return /^note:/i.test(title);
}
