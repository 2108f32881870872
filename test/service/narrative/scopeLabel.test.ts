import * as assert from 'node:assert/strict';
import { firstColon, labelBefore, LOOK_ON } from '../../../server/src/service/narrative/scopeLabel';
import type { NearestColonLook, SentenceLabelLook } from '../../../server/src/service/narrative/scopeLabel';
import type { Token } from '../../../server/src/service/narrative/token';
import { tokensOf } from './sentenceTokens';

/** A word-by-word look that reads a label as the word right before its colon, ending at the words `stops` holds. */
function wordLook(tokens: readonly Token[], overrides: Partial<NearestColonLook<string>> = {}, stops: readonly string[] = []): NearestColonLook<string> {
  return {
    tokenReach: Infinity,
    colon: 'nearest',
    endsAtWord: (position) => stops.includes(tokens[position]?.norm ?? ''),
    read: (colon) => tokens[colon - 1]?.norm,
    ...overrides,
  };
}

/** A sentence-at-a-time look that reads a label as the word right before its sentence's first colon. */
function sentenceLook(tokens: readonly Token[], overrides: Partial<SentenceLabelLook<string>> = {}): SentenceLabelLook<string> {
  return { tokenReach: Infinity, sentenceReach: Infinity, colon: 'first', endsScope: () => false, read: (colon) => tokens[colon - 1]?.norm, ...overrides };
}

/** The label read for the last word of the text. */
function labelOf(text: string, overrides: Partial<NearestColonLook<string>> = {}, stops: readonly string[] = []): string | undefined {
  const tokens = tokensOf(text);
  return labelBefore(tokens, tokens.length - 1, wordLook(tokens, overrides, stops));
}

/** The label a sentence-at-a-time look reads for the last word of the text. */
function sentenceLabelOf(text: string, overrides: Partial<SentenceLabelLook<string>> = {}): string | undefined {
  const tokens = tokensOf(text);
  return labelBefore(tokens, tokens.length - 1, sentenceLook(tokens, overrides));
}

describe('scopeLabel: the label heading a finding\'s scope', () => {
  it('reads the nearest colon back, over sentences', () => {
    assert.equal(labelOf('stomach : gastritis | no malignancy | finding'), 'stomach');
    assert.equal(labelOf('lung : x | liver : y | finding'), 'liver');
  });

  it('reads the first colon of a sentence when the look asks for it', () => {
    assert.equal(sentenceLabelOf('lung : wedge : granuloma | finding'), 'lung');
    assert.equal(labelOf('lung : wedge : granuloma | finding'), 'wedge');
  });

  it('reaches no further back than its tokens', () => {
    assert.equal(labelOf('axilla : a b c finding', { tokenReach: 4 }), 'axilla');
    assert.equal(labelOf('axilla : a b c finding', { tokenReach: 3 }), undefined);
  });

  it('reaches no further back than its sentences', () => {
    // The finding opens its sentence, so the sentences read are the three before it.
    assert.equal(sentenceLabelOf('rectum : a | b | c | finding', { sentenceReach: 3 }), 'rectum');
    assert.equal(sentenceLabelOf('rectum : a | b | c | finding', { sentenceReach: 2 }), undefined);
  });

  it('ends at a word that ends the scope between the label and the finding, not at one before the colon', () => {
    assert.equal(labelOf('colon : a | liver nodule | finding', {}, ['liver']), undefined);
    assert.equal(labelOf('liver colon : a | finding', {}, ['liver']), 'colon');
    assert.equal(sentenceLabelOf('colon : a | liver nodule | finding', { endsScope: (from, label) => label < 0 && from === 3 }), undefined);
    assert.equal(sentenceLabelOf('colon : a | liver nodule | finding'), 'colon');
  });

  it('looks on above a colon whose reading says so, and stops at one whose reading is nothing', () => {
    const tokens = tokensOf('lung : a | rose : b | finding');
    const read = (colon: number): string | typeof LOOK_ON | undefined => (tokens[colon - 1]?.norm === 'rose' ? LOOK_ON : tokens[colon - 1]?.norm);
    assert.equal(labelBefore(tokens, tokens.length - 1, { ...wordLook(tokens), read }), 'lung');
    assert.equal(labelBefore(tokens, tokens.length - 1, { ...wordLook(tokens), read: () => undefined }), undefined);
  });

  it('finds a label where the rule says it is, as a list item\'s marker', () => {
    const tokens = tokensOf('- stn7 : a | b | finding');
    const atMarker = (from: number): number => (tokens[from]?.norm === '-' ? from : -1);
    const look = { ...sentenceLook(tokens), colon: atMarker, read: (marker: number) => tokens[marker + 1]?.norm };
    assert.equal(labelBefore(tokens, tokens.length - 1, look), 'stn7');
    assert.equal(labelBefore(tokens, tokens.length - 1, { ...look, sentenceReach: 1 }), undefined);
  });

  it('finds no label at the start of the text', () => {
    assert.equal(labelOf('finding'), undefined);
    assert.equal(firstColon(tokensOf('a b'), 0, 2), -1);
  });
});
