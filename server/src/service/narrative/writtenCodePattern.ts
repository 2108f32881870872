/**
 * A diagnosis or problem line writes a code with its dot and then the code's title ("Dx: D33.3 Benign neoplasm of cranial
 * nerves", "--- D49.0, Neoplasm of unspecified behavior of digestive system"). Two passes read such a code: one looks back from
 * a mention for the code written before it (`writtenCodeTitle.ts`), one finds neoplasm codes whose title no mention covers
 * (`unreadCodeTitles.ts`). Both build their expression here, so that what may stand before a code and between it and its
 * title is written once; each pass gives its own code alternatives and separators.
 */

/** What may stand right before a written code: the start of the text, a space, or an opening or list mark ("(D33.3", "; C50.911"). */
const CODE_LEAD = String.raw`(?:^|[\s(;,|])`;

/** How a pass's expression ends: its flags, and whether the code and separator must end the text looked at. */
export interface WrittenCodeOptions {
  readonly flags?: string;
  readonly atEnd?: boolean;
}

/**
 * The expression of a dotted code (`code`, an expression source with the pass's groups) written as a line writes it before its
 * title: after a lead, and followed by spaces or tabs with at most one of `separators` (characters of a class) among them.
 */
export function dottedCodeBeforeTitle(code: string, separators: string, options: WrittenCodeOptions = {}): RegExp {
  return new RegExp(`${CODE_LEAD}${code}[ \\t]*[${separators}]?[ \\t]*${options.atEnd === true ? '$' : ''}`, options.flags ?? '');
}
