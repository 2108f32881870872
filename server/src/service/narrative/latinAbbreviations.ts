import { isAsciiAlnum } from './charCodes';

/**
 * "(e.g. breast cancer)", "i.e. liver mets": either full stop of "e.g." or "i.e." (any case) ends no sentence; the
 * tokenizer splits the letters apart, so the abbreviation is read from the characters around the stop.
 */
export function isLatinAbbreviationStop(text: string, at: number): boolean {
  const lower = (offset: number): number => text.charCodeAt(at + offset) | 0x20;
  const opens = (offset: number): boolean => at + offset === 0 || !isAsciiAlnum(text.charCodeAt(at + offset - 1));
  const first = (letter: number, second: number): boolean => lower(-1) === letter && opens(-1) && lower(1) === second && text.charCodeAt(at + 2) === 0x2e;
  const last = (letter: number, second: number): boolean => lower(-3) === letter && opens(-3) && text.charCodeAt(at - 2) === 0x2e && lower(-1) === second;
  return first(0x65, 0x67) || last(0x65, 0x67) || first(0x69, 0x65) || last(0x69, 0x65);
}
