import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-types';
import type { CodeSets } from '../codes/codeSet';
import { roleOf } from '../codes/roles';
import type { CodeRole } from '../codes/roles';
import type { DiagnosisMention, Encounter, ParsedDocument } from '../model';
import type { TextSource } from '../spans';
import { spanEnd } from '../spans';
import { claimsTouching } from './inlayHints';

/**
 * Semantic tokens for diagnosis codes by their oncology role, so a theme can colour a secondary site
 * apart from a primary one. Only ranges are served (the editor asks for what it shows), built from the
 * claims or encounters that touch the range. The legend is documented in docs/semantic-tokens.md and
 * declared in package.json (`semanticTokenTypes`, with super types and TextMate scopes for themes that
 * do not know these types).
 */

/** Token types, in legend order. */
export const TOKEN_TYPES = ['icdPrimary', 'icdSecondary', 'icdHistory', 'icdPalliative', 'icdTreatment', 'icdCode', 'icdUnknown'] as const;
/** Token modifiers, in legend order: `principal` marks the principal or first-listed diagnosis. */
export const TOKEN_MODIFIERS = ['principal'] as const;

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

/** The most tokens one request returns. */
export const MAX_SEMANTIC_TOKENS = 5000;

const TYPE_OF_ROLE: Readonly<Record<CodeRole, (typeof TOKEN_TYPES)[number]>> = {
  primary: 'icdPrimary',
  'unknown-primary': 'icdPrimary',
  disseminated: 'icdPrimary',
  secondary: 'icdSecondary',
  history: 'icdHistory',
  palliative: 'icdPalliative',
  'antineoplastic-treatment': 'icdTreatment',
  other: 'icdCode',
};

interface Token {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: number;
  readonly modifiers: number;
}

export function semanticTokens(document: TextSource, parsed: ParsedDocument, range: Range, codeSets: CodeSets): SemanticTokens {
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  const encounters = parsed.languageId === 'x12-837' ? claimsTouching(parsed, start, end) : parsed.encounters;
  const tokens: Token[] = [];
  for (const encounter of encounters) {
    if (parsed.languageId !== 'x12-837' && (encounter.span.offset > end || spanEnd(encounter.span) < start)) continue;
    addEncounterTokens(document, encounter, start, end, codeSets, tokens);
    if (tokens.length >= MAX_SEMANTIC_TOKENS) break;
  }
  return { data: encode(tokens.slice(0, MAX_SEMANTIC_TOKENS)) };
}

function addEncounterTokens(document: TextSource, encounter: Encounter, start: number, end: number, codeSets: CodeSets, tokens: Token[]): void {
  encounter.diagnoses.forEach((mention, index) => {
    if (mention.system !== 'icd10cm' || mention.span.offset < start || spanEnd(mention.span) > end) return;
    const position = document.positionAt(mention.span.offset);
    tokens.push({ line: position.line, character: position.character, length: mention.span.length, type: typeOf(mention, codeSets), modifiers: index === 0 ? 1 : 0 });
  });
}

function typeOf(mention: DiagnosisMention, codeSets: CodeSets): number {
  const type = codeSets.yearsWith(mention.code).length === 0 ? 'icdUnknown' : TYPE_OF_ROLE[roleOf(mention.code)];
  return TOKEN_TYPES.indexOf(type);
}

/** LSP's relative encoding: each token's line and start relative to the previous token. */
function encode(tokens: Token[]): number[] {
  tokens.sort((a, b) => a.line - b.line || a.character - b.character);
  const data: number[] = [];
  let line = 0;
  let character = 0;
  for (const token of tokens) {
    const deltaLine = token.line - line;
    data.push(deltaLine, deltaLine === 0 ? token.character - character : token.character, token.length, token.type, token.modifiers);
    line = token.line;
    character = token.character;
  }
  return data;
}
