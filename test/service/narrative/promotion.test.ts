import assert from 'node:assert/strict';
import type { AssertionResult } from '../../../server/src/service/narrative/assertion';
import { promoteMatching, type Promotion } from '../../../server/src/service/narrative/promotion';

/**
 * The shared "collect, then promote" pass of the note-level rules (`residualDisease.ts`, `withOngoingTreatment`,
 * `withRestatedHistories`). A toy mention carries its key and whether it collects or may be promoted, so each case
 * says only the shape: which readings become present, and which mentions are asked for their key (a key can be costly).
 */
interface ToyMention {
  readonly key: string | undefined;
  readonly collects: boolean;
  readonly promotes: boolean;
}

const HISTORY: AssertionResult = { assertion: 'history', evidence: { trigger: 'h/o', span: { offset: 0, length: 3 } } };
const PRESENT: AssertionResult = { assertion: 'present' };

type Case = readonly [name: string, mentions: readonly ToyMention[], promoted: readonly boolean[], asked: readonly number[]];

const mention = (key: string | undefined, collects: boolean, promotes: boolean): ToyMention => ({ key, collects, promotes });

const CASES: readonly Case[] = [
  ['a promotable mention of a collected key is promoted', [mention('C50', true, false), mention('C50', false, true)], [false, true], [0, 1]],
  ['a promotable mention of another key keeps its reading', [mention('C50', true, false), mention('C61', false, true)], [false, false], [0, 1]],
  ['with no key collected nothing is promoted and no promotable mention is asked', [mention('C50', false, false), mention('C50', false, true)], [false, false], []],
  ['a mention with no key collects nothing', [mention(undefined, true, false), mention('C50', false, true)], [false, false], [0]],
  ['a mention with no key matches nothing', [mention('C50', true, false), mention(undefined, false, true)], [false, false], [0, 1]],
  ['a collecting mention before or after the promoted one counts', [mention('C50', false, true), mention('C50', true, false)], [true, false], [1, 0]],
  ['a mention that both collects and may be promoted is promoted by its own key', [mention('C50', true, true)], [true], [0, 0]],
  ['a mention that neither collects nor may be promoted is never asked', [mention('C50', true, false), mention('C50', false, false)], [false, false], [0]],
];

describe('narrative promotion: collect keys, then promote the matching mentions', () => {
  for (const [name, mentions, promoted, asked] of CASES) {
    it(name, () => {
      const askedFor: number[] = [];
      const promotion: Promotion<ToyMention, string> = {
        collects: (toy) => toy.collects,
        promotes: (toy) => toy.promotes,
        keyOf: (toy) => {
          askedFor.push(mentions.indexOf(toy));
          return toy.key;
        },
      };
      const assertions = mentions.map(() => HISTORY);
      const result = promoteMatching(mentions, assertions, promotion);
      assert.deepEqual(result, promoted.map((isPromoted) => (isPromoted ? PRESENT : HISTORY)));
      assert.deepEqual(askedFor, asked);
      assert.notEqual(result, assertions, 'the readings are a new array, never the ones given');
    });
  }
});
