import type { Token } from './tokens';
import { WORD_CLASS } from './wordClasses';

/**
 * "R hilar (10R) and R lower paratracheal (4R) nodes": a thoracic station written in parentheses after a node region names the
 * same nodes by their number, so a list of regions sharing one node word reads over it (`siteFinder.ts`); otherwise the region
 * before it stays the lung's hilus (C34.0-) and gives a lung primary of the same note a sub-site no lesion is at.
 */

/** The most tokens a station parenthesis holds ("(10R)", "(4R/7)"). */
const STATION_TOKENS = 3;

/** The position of the "(" of a station parenthesis ending right before `end`, or `end` when none ends there. */
export function beforeStationParenthesis(tokens: readonly Token[], end: number): number {
  if (tokens[end - 1]?.norm !== ')') return end;
  for (let open = end - 2; open >= Math.max(0, end - 2 - STATION_TOKENS); open--) {
    const token = tokens[open];
    if (token?.norm === '(') return open < end - 2 ? open : end;
    if (token === undefined || (token.classes & (WORD_CLASS.letteredStation | WORD_CLASS.station)) === 0 && !/^\d{1,2}$/.test(token.norm) && token.norm !== '/') return end;
  }
  return end;
}
