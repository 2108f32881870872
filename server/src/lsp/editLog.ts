import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import type { OffsetEdit } from '../service/languageService';
import type { TextSource } from '../service/spans';
import { revisionOf } from './lineIndexedDocument';

/**
 * The edits between recent versions of each open document, as offsets, so that the parse of the
 * previous version can be updated instead of redone (`LanguageService.reparse`). The log is filled
 * from the text-document update itself, the only place where the client's changes are still known.
 */

/** The edits that turned one version into the next; undefined when they cannot be described by offsets. */
interface VersionStep {
  readonly from: number;
  readonly to: number;
  readonly edits: readonly OffsetEdit[] | undefined;
}

/** How many version steps are kept per document; a parse further back than this is redone in full. */
const MAX_STEPS = 32;

export class EditLog {
  readonly #steps = new Map<string, VersionStep[]>();

  /**
   * Records the change from `document` (still at its old content, {@link revisionOf}) to the content
   * numbered `to`: the document's next revision for an open document, the new version otherwise. Call
   * this before the document is updated: range offsets refer to the text before the change.
   */
  record(document: TextSource, changes: readonly TextDocumentContentChangeEvent[], to: number): void {
    const steps = this.#steps.get(document.uri) ?? [];
    steps.push({ from: revisionOf(document), to, edits: offsetEditsOf(document, changes) });
    if (steps.length > MAX_STEPS) steps.splice(0, steps.length - MAX_STEPS);
    this.#steps.set(document.uri, steps);
  }

  /** The edits, in order, that lead from version `from` to version `to`, or undefined when unknown. */
  editsBetween(uri: string, from: number, to: number): OffsetEdit[] | undefined {
    const steps = this.#steps.get(uri);
    if (steps === undefined) return undefined;
    const first = steps.findIndex((step) => step.from === from);
    if (first === -1) return undefined;
    const edits: OffsetEdit[] = [];
    let version = from;
    for (let i = first; i < steps.length && version !== to; i++) {
      const step = steps[i] as VersionStep;
      if (step.from !== version || step.edits === undefined) return undefined;
      edits.push(...step.edits);
      version = step.to;
    }
    return version === to ? edits : undefined;
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.#steps.delete(uri);
  }
}

/**
 * One ranged change as an offset edit. Several changes in one notification each refer to the text
 * after the previous one, which is no longer at hand here, so they count as unknown (a full parse).
 */
function offsetEditsOf(document: TextSource, changes: readonly TextDocumentContentChangeEvent[]): OffsetEdit[] | undefined {
  if (changes.length !== 1) return undefined;
  const change = changes[0];
  if (change === undefined || !('range' in change)) return undefined;
  const offset = document.offsetAt(change.range.start);
  const end = document.offsetAt(change.range.end);
  if (end < offset) return undefined;
  return [{ offset, length: end - offset, text: change.text }];
}
