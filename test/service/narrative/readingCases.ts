import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * The data-driven form of the reader's tests: a title, a text, and the mentions expected from it as
 * `[words, code or 'null', assertion]`, in text order. Each case becomes one `it`.
 */
export type ReadingCase = readonly [title: string, text: string, expected: readonly (readonly [string, string, string])[]];

/** The mentions the reader finds in `text`, as `[words, code or 'null', assertion]`. */
export function readingSummary(text: string): string[][] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => [mention.text, mention.code ?? 'null', mention.assertion]);
}

/** One `it` per case, comparing the reader's mentions with the expected ones. */
export function checkReadings(cases: readonly ReadingCase[]): void {
  for (const [title, text, expected] of cases) it(title, () => assert.deepEqual(readingSummary(text), expected));
}

/** The mentions the reader finds in `text`, as `[words, code or 'null', candidates joined by commas]`. */
export function readingSummaryWithCandidates(text: string): (readonly [string, string, string])[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => [mention.text, mention.code ?? 'null', mention.candidates.join(',')] as const);
}
