import type { CodeSets, CodeSetYear } from '../codes/codeSet';
import { toDotted } from '../codes/codeText';

/**
 * Laterality spelt out for the billable codes below a header (`C78.0`: C78.00 unspecified side,
 * C78.01 right, C78.02 left), read from their official titles, so a coder picks the side without
 * opening each code.
 */

/** A header lists its children this way only when they are few enough to read at a glance. */
const MAX_CHILDREN_LISTED = 8;

const sidePattern = /\b(right|left|bilateral)\b/i;

/** `right`, `left`, `bilateral`, or undefined when the title names no side. */
export function sideOfTitle(title: string): string | undefined {
  return sidePattern.exec(title)?.[1]?.toLowerCase();
}

/**
 * One line per billable code below the header (`- C78.01 · right · Secondary malignant neoplasm of right
 * lung`), or undefined when there are too many or none of them names a side. A sibling that names no
 * side while others do is the "unspecified side" code.
 */
export function lateralityList(header: string, year: CodeSetYear, codeSets: CodeSets, escape: (text: string) => string): string | undefined {
  const billable = codeSets.billableWithPrefix(header, year.year, MAX_CHILDREN_LISTED + 1);
  if (billable.length === 0 || billable.length > MAX_CHILDREN_LISTED) return undefined;
  const titles = billable.map((code) => codeSets.title(code) ?? '');
  const sides = titles.map(sideOfTitle);
  if (sides.every((side) => side === undefined)) return undefined;
  return billable
    .map((code, index) => {
      const side = sides[index] ?? (/\bunspecified\b/i.test(titles[index] ?? '') ? 'unspecified side' : 'no side');
      return `- ${toDotted(code)} · ${side} · ${escape(titles[index] ?? '')}`.trimEnd();
    })
    .join('\n');
}
