import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';

/**
 * The single cursor marker of hover and completion fixtures. `$0` (as in rust-analyzer) is used
 * because `|` is a real X12 delimiter in some files and `^` is a repetition separator.
 */
export const CURSOR_MARKER = '$0';

/** A fixture with its marker removed: the clean text and where the marker stood. */
export interface CursorFixture {
  readonly text: string;
  readonly offset: number;
  readonly document: TextDocument;
  readonly position: Position;
}

/**
 * Removes the one `$0` marker from a fixture. Throws when there is no marker or more than one,
 * so that a typo in a fixture fails loudly instead of testing the wrong place.
 */
export function withCursor(fixture: string, languageId: string, uri = `file:///fixture.${languageId === 'x12-837' ? 'x12' : 'note'}`): CursorFixture {
  const first = fixture.indexOf(CURSOR_MARKER);
  if (first < 0) throw new Error(`the fixture has no ${CURSOR_MARKER} cursor marker`);
  if (fixture.indexOf(CURSOR_MARKER, first + CURSOR_MARKER.length) >= 0) {
    throw new Error(`the fixture has more than one ${CURSOR_MARKER} cursor marker`);
  }
  const text = fixture.slice(0, first) + fixture.slice(first + CURSOR_MARKER.length);
  const document = TextDocument.create(uri, languageId, 1, text);
  return { text, offset: first, document, position: document.positionAt(first) };
}

/** A text document for fixtures that need no cursor (symbols, CSV). */
export function documentOf(text: string, languageId: string): TextDocument {
  return TextDocument.create(`file:///fixture.${languageId === 'x12-837' ? 'x12' : 'note'}`, languageId, 1, text);
}
