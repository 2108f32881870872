import assert from 'node:assert/strict';
import { createLanguageService, SEMANTIC_TOKENS_LEGEND } from '../../../server/src/service';
import type { LanguageId } from '../../../server/src/service';
import { testCodeSets } from '../../helpers/codeSets';
import { documentOf } from '../../helpers/cursor';
import { x12Envelope } from '../../helpers/fixture';
import { snapshotOf } from '../../helpers/snapshot';

const service = createLanguageService({ codeSets: testCodeSets() });

/** The tokens decoded to `line:character text type[+principal]`. */
function tokensOf(text: string, languageId: LanguageId, startLine = 0, endLine = 10_000): string[] {
  const document = documentOf(text, languageId);
  const range = { start: { line: startLine, character: 0 }, end: document.positionAt(Math.min(text.length, document.offsetAt({ line: endLine, character: 0 }))) };
  const { data } = service.provideSemanticTokens(snapshotOf(service, document, languageId), range);
  const decoded: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine = 0, deltaStart = 0, length = 0, type = 0, modifiers = 0] = data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const offset = document.offsetAt({ line, character });
    decoded.push(`${line}:${character} ${text.slice(offset, offset + length)} ${SEMANTIC_TOKENS_LEGEND.tokenTypes[type] ?? '?'}${modifiers & 1 ? '+principal' : ''}`);
  }
  return decoded;
}

describe('semantic tokens', () => {
  // Roles per the ICD-10-CM chapters: C34.90 primary lung, C78.01 secondary lung, Z85.3 history (breast),
  // Z51.5 palliative, Z51.11 chemotherapy, I10 other, C78.09 not a code.
  const claim = x12Envelope(`
    CLM*ACCT1*1250***11:B:1*Y*A*Y*Y~
    HI*ABK:Z5111*ABF:C3490*ABF:C7801*ABF:Z853*ABF:Z515*ABF:I10*ABF:C7809~
  `);

  it('types each diagnosis code of a claim by its role and marks the principal', () => {
    assert.deepEqual(tokensOf(claim, 'x12-837'), [
      '11:7 Z5111 icdTreatment+principal', '11:17 C3490 icdPrimary', '11:27 C7801 icdSecondary', '11:37 Z853 icdHistory',
      '11:46 Z515 icdPalliative', '11:55 I10 icdCode', '11:63 C7809 icdUnknown',
    ]);
  });

  it('answers only the requested lines', () => {
    assert.deepEqual(tokensOf(claim, 'x12-837', 0, 11), []);
  });

  it('types the codes of a note', () => {
    assert.deepEqual(tokensOf('Dx: C78.01, C34.90\n', 'clinical-note'), ['0:4 C78.01 icdSecondary+principal', '0:12 C34.90 icdPrimary']);
  });

  it('declares in package.json every token type of the legend, and the modifier', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the manifest is JSON read once.
    const manifest = require('../../../package.json') as { contributes: { semanticTokenTypes: Array<{ id: string }>; semanticTokenModifiers: Array<{ id: string }> } };
    assert.deepEqual(manifest.contributes.semanticTokenTypes.map((type) => type.id), SEMANTIC_TOKENS_LEGEND.tokenTypes);
    assert.deepEqual(manifest.contributes.semanticTokenModifiers.map((modifier) => modifier.id), SEMANTIC_TOKENS_LEGEND.tokenModifiers);
  });
});
