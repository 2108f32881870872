import type { Position } from 'vscode-languageserver-types';
import { stringReader } from '../../server/src/service/document/textReader';
import type { TextSource } from '../../server/src/service/spans';
import type { DocumentSnapshot, LanguageId, LanguageService } from '../../server/src/service/index';

/** What the tests hand the service: a `TextDocument` or anything with a uri, a version and its text. */
export interface TestDocument {
  readonly uri: string;
  readonly languageId?: string;
  readonly version?: number;
  getText(): string;
}

/** The snapshot of a document opened in the service, as the server would answer requests on it. */
export function snapshotOf(service: LanguageService, document: TestDocument, languageId?: LanguageId): DocumentSnapshot {
  const id = languageId ?? (document.languageId as LanguageId);
  return service.open(document.uri, id, document.getText(), document.version ?? 1).snapshot();
}

/** A `TextDocument` as the features' `TextSource`, for tests that call a feature function directly. */
export function sourceOf(document: TestDocument & { positionAt(offset: number): Position; offsetAt(position: Position): number }): TextSource {
  return {
    uri: document.uri,
    version: document.version ?? 1,
    text: stringReader(document.getText()),
    positionAt: (offset) => document.positionAt(offset),
    offsetAt: (position) => document.offsetAt(position),
  };
}
