import type { Position } from 'vscode-languageserver-types';
import type { LanguageId, ParsedDocument } from '../model';
import type { TextSource } from '../spans';
import type { FinishedValidation, PreviousValidation, ValidationRun } from '../features/validationRun';
import type { ValidationSettings } from '../contracts';
import { applyX12Edits, onFlatText } from '../x12/incremental';
import type { X12Lineage } from '../x12/incremental';
import type { EditStep, OffsetEdit } from './offsetEdit';
import { DocumentText } from './documentText';
import type { TextChange } from './documentText';
import type { TextView } from './textView';

/**
 * One version of an open document, never changed: its text (read through a `TextReader`, never as one
 * string), its positions and its parse. Every feature of the service answers from a snapshot.
 */
export interface DocumentSnapshot extends TextSource {
  readonly languageId: LanguageId;
  readonly parsed: ParsedDocument;
  /** Which version of the text this is: the host's count of applied changes (clients may reuse version numbers). */
  readonly revision: number;
}

/** What a host needs from the service that opened it. */
export interface DocumentAnalyzer {
  /** A full parse of `text`; `previous` is the parse of an earlier version (a note re-reads only changed encounters). */
  parse(text: string, languageId: LanguageId, previous?: ParsedDocument): ParsedDocument;
  createValidationRun(snapshot: DocumentSnapshot, settings: ValidationSettings, previous?: PreviousValidation): ValidationRun;
}

/** The edits of one derivation of an 837 parse: from the parse of revision `from` to that of `to`. */
interface Derivation {
  readonly from: number;
  readonly to: number;
  readonly steps: readonly EditStep[];
  readonly claims: readonly number[];
}

/** How many derivations a host remembers; a validation further back than this checks every claim again. */
const MAX_DERIVATIONS = 64;
/** How many pieces a text may stay in after the edits pause (see {@link DocumentHost.settle}). */
const SETTLED_PIECES = 16;
/** How many edits may wait for the next parse; past this the next parse is a full one. */
const MAX_PENDING_EDITS = 256;

class Snapshot implements DocumentSnapshot {
  constructor(
    readonly uri: string,
    readonly version: number,
    readonly languageId: LanguageId,
    readonly text: TextView,
    readonly parsed: ParsedDocument,
    readonly revision: number,
  ) {}

  positionAt(offset: number): Position {
    return this.text.positionAt(offset);
  }

  offsetAt(position: Position): number {
    return this.text.offsetAt(position);
  }
}

/**
 * An open document in the service, as rust-analyzer's `AnalysisHost`: it owns the text (pieces and line
 * starts), the parse of the last version asked for, the edits since, how each 837 parse derives from
 * the one before, and the findings of the last finished validation. Changes go in through
 * {@link applyChanges}; everything else reads an immutable {@link snapshot}. A new parse is made when a
 * snapshot is asked for, from the previous parse and the edits since when they allow it.
 */
export class DocumentHost {
  readonly uri: string;
  readonly languageId: LanguageId;
  #version: number;
  /** How many changes were applied: clients may reuse a version number, the content changed anyway. */
  #revision = 0;
  #text: DocumentText;
  readonly #analyzer: DocumentAnalyzer;
  #parsed: ParsedDocument | undefined;
  #parsedRevision = -1;
  /** The edits since the parse's revision, in order; undefined when unknown (a whole-text change). */
  #pending: OffsetEdit[] | undefined = [];
  #derivations: Derivation[] = [];
  #finished: { readonly revision: number; readonly findings: FinishedValidation } | undefined;
  #snapshot: Snapshot | undefined;

  /** `text` may be the text of a host being replaced (another language or service): it is taken over, not copied. */
  constructor(uri: string, languageId: LanguageId, text: string | DocumentText, version: number, analyzer: DocumentAnalyzer) {
    this.uri = uri;
    this.languageId = languageId;
    this.#version = version;
    this.#text = typeof text === 'string' ? new DocumentText(text) : text;
    this.#analyzer = analyzer;
  }

  get version(): number {
    return this.#version;
  }

  get revision(): number {
    return this.#revision;
  }

  /** The current text, without parsing it (the binding reads its length and first line). */
  get text(): TextView {
    return this.#text.view();
  }

  /** Applies LSP content changes (each relative to the text after the previous one) as version `version`. */
  applyChanges(changes: readonly TextChange[], version: number): void {
    const edits = this.#text.apply(changes);
    this.#revision++;
    this.#version = version;
    this.#snapshot = undefined;
    if (this.#pending === undefined || edits === undefined || this.#pending.length + edits.length > MAX_PENDING_EDITS) {
      this.#pending = undefined;
      return;
    }
    for (const edit of edits) this.#pending.push(edit);
  }

  /** The current version with its parse (made now if needed). */
  snapshot(): DocumentSnapshot {
    this.#snapshot ??= new Snapshot(this.uri, this.#version, this.languageId, this.#text.view(), this.#parse(), this.#revision);
    return this.#snapshot;
  }

  /**
   * Makes the text one flat string again (one copy) once the edits pause, when it is in so many pieces
   * that reading it slows down; the current 837 parse then reads the flat text directly. A text in a
   * few pieces is left as it is: its pieces keep no more alive than the last flat text and the typed
   * strings, and copying a large text holds the thread for as long as the copy takes, which a request
   * arriving meanwhile would wait for. Returns whether there was anything to do.
   */
  settle(): boolean {
    return this.#text.pieceCount > SETTLED_PIECES && this.flatten();
  }

  /** Makes the text one flat string now, however few its pieces; returns whether there was anything to do. */
  flatten(): boolean {
    if (this.#text.isFlat) return false;
    const flat = this.#text.flatten();
    if (this.#parsed !== undefined && this.#parsedRevision === this.#revision && this.#parsed.languageId === 'x12-837') {
      this.#parsed = onFlatText(this.#parsed, flat);
    }
    this.#snapshot = undefined;
    return true;
  }

  /**
   * Starts a validation of `snapshot` (one of this host's) that the caller advances in steps. The claims
   * that no edit touched since the last finished run keep that run's findings; once this run is done, it
   * is the one the next run reuses.
   */
  createValidationRun(snapshot: DocumentSnapshot, settings: ValidationSettings): ValidationRun {
    const revision = snapshot instanceof Snapshot && snapshot.uri === this.uri ? snapshot.revision : -1;
    const finished = this.#finished;
    const lineage = finished === undefined || revision === -1 ? undefined : this.#lineage(finished.revision, revision);
    const run = this.#analyzer.createValidationRun(snapshot, settings, finished === undefined || lineage === undefined ? undefined : { finished: finished.findings, lineage });
    const remember = (): void => {
      const findings = run.finished();
      if (findings !== undefined && revision !== -1 && (this.#finished === undefined || this.#finished.revision <= revision)) this.#finished = { revision, findings };
    };
    return {
      get done() {
        return run.done;
      },
      get checked() {
        return run.checked;
      },
      total: run.total,
      get reused() {
        return run.reused;
      },
      step(maxEncounters: number): boolean {
        const done = run.step(maxEncounters);
        if (done) remember();
        return done;
      },
      diagnostics: () => run.diagnostics(),
      finished: () => run.finished(),
    };
  }

  /** Forgets the findings kept for the next validation (after the settings or code sets changed). */
  forgetValidation(): void {
    this.#finished = undefined;
  }

  /** Hands the text over to a host that replaces this one, and lets go of everything else. */
  detachText(): DocumentText {
    const text = this.#text;
    this.dispose();
    return text;
  }

  /** Lets go of the text, the parse and the findings; the host must not be used afterwards. */
  dispose(): void {
    this.#text = new DocumentText('');
    this.#parsed = undefined;
    this.#snapshot = undefined;
    this.#derivations = [];
    this.#finished = undefined;
    this.#pending = undefined;
  }

  #parse(): ParsedDocument {
    if (this.#parsed !== undefined && this.#parsedRevision === this.#revision) return this.#parsed;
    const derived = this.#derive();
    if (derived !== undefined) {
      this.#parsed = derived;
    } else {
      // A full parse reads every character; the text is made flat first, so that it is copied once.
      const flat = this.#text.flatten();
      this.#parsed = this.#analyzer.parse(flat, this.languageId, this.#parsed);
      this.#derivations = [];
    }
    this.#parsedRevision = this.#revision;
    this.#pending = [];
    return this.#parsed;
  }

  /** The parse of the current text from the previous parse and the edits since, when an 837 allows it. */
  #derive(): ParsedDocument | undefined {
    const previous = this.#parsed;
    const edits = this.#pending;
    if (previous === undefined || edits === undefined) return undefined;
    if (edits.length === 0) {
      this.#derivations.push({ from: this.#parsedRevision, to: this.#revision, steps: [], claims: [] });
      return previous;
    }
    if (previous.languageId !== 'x12-837') return undefined;
    const derivation = applyX12Edits(previous, this.#text.view(), edits);
    if (derivation === undefined) return undefined;
    this.#derivations.push({ from: this.#parsedRevision, to: this.#revision, steps: derivation.steps, claims: derivation.claims });
    if (this.#derivations.length > MAX_DERIVATIONS) this.#derivations.splice(0, this.#derivations.length - MAX_DERIVATIONS);
    return derivation.document;
  }

  /** What changed from the parse of revision `from` to that of `to`, when every step between is known. */
  #lineage(from: number, to: number): X12Lineage | undefined {
    if (from === to) return { steps: [], changedClaims: new Set() };
    const first = this.#derivations.findIndex((derivation) => derivation.from === from);
    if (first === -1) return undefined;
    const steps: EditStep[] = [];
    const changedClaims = new Set<number>();
    let revision = from;
    for (let index = first; index < this.#derivations.length && revision !== to; index++) {
      const derivation = this.#derivations[index] as Derivation;
      if (derivation.from !== revision) return undefined;
      for (const step of derivation.steps) steps.push(step);
      for (const claim of derivation.claims) if (claim !== -1) changedClaims.add(claim);
      revision = derivation.to;
    }
    return revision === to ? { steps, changedClaims } : undefined;
  }
}
