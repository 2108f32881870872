import type { CodeRangeRef, TabularNote } from '../codes/codeSet';
import { formatCode, SUGGESTION_PROBE_LENGTH, toDotted, toDottedClipped } from '../codes/codeText';
import { refCovers } from '../codes/import/noteRefs';
import type { DiagnosisMention, InsertionPoint } from '../model';
import type { QuickFix, RuleMemo } from './rule';

/**
 * Small helpers the rules share: how codes are named in messages, how quick fixes are written, and
 * how tabular note references are matched. Keeping them here makes every rule read the same way.
 */

/** The dotted display form of a mention's code, as messages name it (`C78.01`). */
export function shown(mention: DiagnosisMention | string): string {
  return toDottedClipped(typeof mention === 'string' ? mention : mention.code);
}

/** Joins display codes as an English list: `C78.7`, `C78.7 and C79.51`, `C78.7, C79.51 and C77.2`. */
export function listCodes(codes: readonly string[]): string {
  return joinCodes(codes, ' and ');
}

/** Joins display codes as alternatives: `C78.00, C78.01 or C78.02`. */
export function listAlternatives(codes: readonly string[]): string {
  return joinCodes(codes, ' or ');
}

/** Dotted codes joined by commas, the last one by `lastJoint`; written directly, as messages name codes on every finding. */
function joinCodes(codes: readonly string[], lastJoint: string): string {
  let text = '';
  for (let index = 0; index < codes.length; index++) {
    const joint = index === 0 ? '' : index === codes.length - 1 ? lastJoint : ', ';
    text += joint + toDotted(codes[index] as string);
  }
  return text;
}

/**
 * Up to `limit` codes billable in `year` that are nearest to `code`; headers are left out because
 * offering one would only trade this finding for `code-not-billable`.
 */
export function nearestBillable(memo: RuleMemo, code: string, year: number, limit: number): readonly string[] {
  // The code set ranks only a code's length of the token, so the memo keys on that much of it too.
  const probe = code.slice(0, SUGGESTION_PROBE_LENGTH);
  const { codeSets } = memo;
  return memo.rememberByCode('nearest', limit * 10_000 + year, probe, () => codeSets.nearest(probe, year, limit * 3)
    .filter((candidate) => codeSets.status(candidate, year) === 'billable')
    .slice(0, limit));
}

/**
 * {@link nearestBillable} written as alternatives for a message (`C78.00, C78.01 or C78.02`), remembered
 * with the codes: a batch names the same few unknown codes on claim after claim.
 */
export function listNearestBillable(memo: RuleMemo, code: string, year: number, limit: number): string {
  const probe = code.slice(0, SUGGESTION_PROBE_LENGTH);
  return memo.rememberByCode('nearest listed', limit * 10_000 + year, probe, () => listAlternatives(nearestBillable(memo, code, year, limit)));
}

/**
 * "Replace with C50.911 Malignant neoplasm of …": the title of a fix offering `code`, one string per
 * code set and code (remembered in `memo`). A batch offers the same replacements on hundreds of
 * claims, and every finding kept between edits holds its fixes, so sharing the titles keeps that
 * memory small.
 */
export function replacementTitle(memo: RuleMemo, code: string): string {
  return memo.rememberByCode('replacement title', 0, code, () => {
    const title = memo.codeSets.title(code);
    return `Replace with ${shown(code)}${title ? ` ${title}` : ''}`;
  });
}

/** A fix that replaces the mention's code text, written the way the mention was written (dotted or not). */
export function replaceFix(mention: DiagnosisMention, code: string, title: string, isPreferred = false): QuickFix {
  const edits = [{ span: mention.span, newText: formatCode(code, mention.writtenDotted) }];
  // Two literals rather than a spread: code-not-billable offers up to twenty of these per finding.
  return isPreferred ? { title, edits, isPreferred } : { title, edits };
}

/**
 * A fix that exchanges the code texts of two mentions. Qualifiers (`ABK`, `ABF`) stay where they are,
 * so in X12 the principal slot receives the other code; each text keeps its own slot's dot style.
 */
export function swapFix(first: DiagnosisMention, second: DiagnosisMention, title: string): QuickFix {
  return {
    title,
    edits: [
      { span: first.span, newText: formatCode(second.code, first.writtenDotted) },
      { span: second.span, newText: formatCode(first.code, second.writtenDotted) },
    ],
  };
}

/** A fix that appends a code at the encounter's insertion point, with the prefix and suffix it prescribes. */
export function insertFix(point: InsertionPoint, code: string, title: string): QuickFix {
  return {
    title,
    edits: [{ span: { offset: point.offset, length: 0 }, newText: `${point.prefix}${formatCode(code, point.dotted)}${point.suffix}` }],
  };
}

/** Whether any of the references covers the dotless code. */
export function refsCover(refs: readonly CodeRangeRef[], code: string): boolean {
  return refs.some((ref) => refCovers(ref, code));
}

/** The first note among `notes` whose references cover `code`, if any. */
export function noteNaming(notes: readonly TabularNote[], code: string): TabularNote | undefined {
  return notes.find((note) => refsCover(note.refs, code));
}
