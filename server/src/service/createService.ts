import type { CodeSets } from './codes/codeSet';
import type { CptDescriptions, LanguageService, LanguageServiceInit } from './languageService';
import type { FeatureEnvironment } from './contracts';
import type { DiagnosisMention, Encounter, LanguageId, ParsedDocument } from './model';
import { parseDocument } from './parse';
import { NoteReading } from './notes/serviceReader';
import type { NarrativeModuleLoader } from './notes/narrativeModule';
import type { TextSource } from './spans';
import { codeActions } from './features/codeActions';
import { doComplete, resolveCompletion } from './features/completion';
import { doHover } from './features/hover';
import { CodeDescriptions } from './features/codeDescription';
import { prepareHovers } from './features/hoverPreparation';
import { findDocumentSymbols } from './features/symbols';
import { extractDocumentedMentions } from './features/extract';
import { foldingRanges } from './features/folding';
import { inlayHints } from './features/inlayHints';
import { formatX12 } from './features/formatting';
import { maskIdentifiers } from './features/masking';
import { semanticTokens } from './features/semanticTokens';
import { claimIndexAt, claimLenses, claimView } from './features/claimView';
import { findPointerDefinition, findPointerReferences } from './features/pointers';
import { DEFAULT_DOCS_BASE_URL } from './features/validation';
import { createValidationRun, validate, validateToPending } from './features/validationRun';
import { DocumentHost } from './document/documentHost';
import type { DocumentAnalyzer, DocumentSnapshot } from './document/documentHost';
import { wholeText } from './document/textReader';
import { CodeStringPool } from './x12/codeStrings';
import { warmCodeSets } from './codes/indexedCodeSets';
import { createRuleTables } from './rules/ruleTables';

/**
 * Creates the language service over the injected code sets and optional user CPT descriptions. The
 * service reads no files; per-document state lives in the hosts it opens ({@link DocumentHost}), and
 * what it shares between documents (the narrative reader, the code strings) lives in this closure.
 * `loadNarrative` gives the narrative reader's code the first time a note is read: the Node server
 * loads it from a bundle of its own then, everything else passes the reader it was built with
 * (`createLanguageService` in index.ts).
 */
export function createLanguageServiceWith(init: LanguageServiceInit, loadNarrative: NarrativeModuleLoader): LanguageService {
  const codeSets: CodeSets = init.codeSets;
  const docsBaseUrl = init.docsBaseUrl ?? DEFAULT_DOCS_BASE_URL;
  let cpt: CptDescriptions | undefined = init.cpt;
  // What hovers and completion details say about each code is worked out once per service.
  const descriptions = new CodeDescriptions(codeSets);
  const environment = (): FeatureEnvironment => ({ codeSets, cpt, descriptions });
  // The code strings every 837 parse of this service shares: the same few thousand codes recur.
  const codeStrings = new CodeStringPool();
  // What the rules remember about these code sets lives as long as the service.
  const ruleTables = createRuleTables(codeSets);

  const notes = new NoteReading(() => init.neoplasmTable ?? codeSets.neoplasmTable?.(), codeSets, loadNarrative);
  const analyzer: DocumentAnalyzer = {
    // A note's parse holds its narrative readings; the parse of its next version takes over those of the
    // encounters whose text did not change (`previous`), so an edit re-reads one encounter.
    parse(text: string, languageId: LanguageId, previous?: ParsedDocument): ParsedDocument {
      const reader = languageId === 'clinical-note' ? notes.reader() : undefined;
      const note = reader === undefined ? undefined : { reader, ...(previous === undefined ? {} : { previous }) };
      const parsed = parseDocument(text, languageId, { ...(note === undefined ? {} : { note }), codeStrings: codeStrings.current() });
      return languageId === 'clinical-note' ? withoutUnknownShapeOnly(parsed, codeSets) : parsed;
    },
    createValidationRun(snapshot, settings, previous) {
      return createValidationRun(snapshot, snapshot.parsed, codeSets, settings, { docsBaseUrl, ruleTables, ...(previous === undefined ? {} : { previous }) });
    },
  };
  return {
    open: (uri, languageId, text, version = 0) => new DocumentHost(uri, languageId, text, version, analyzer),
    analyze(document: TextSource, languageId: LanguageId, parsed: ParsedDocument = analyzer.parse(wholeText(document.text), languageId)): DocumentSnapshot {
      // Checked once: unless the caller parsed it already, the whole text is read once, as a full parse must.
      return {
        uri: document.uri, version: document.version, revision: document.version, text: document.text, languageId, parsed,
        positionAt: (offset) => document.positionAt(offset),
        offsetAt: (position) => document.offsetAt(position),
      };
    },
    doValidation: (snapshot, settings, token) => validate(snapshot, snapshot.parsed, codeSets, settings, token, docsBaseUrl, ruleTables),
    doValidationByOffset: (snapshot, settings) => validateToPending(snapshot.parsed, codeSets, settings, docsBaseUrl, ruleTables),
    doHover: (snapshot, position) => doHover(snapshot, snapshot.parsed, position, environment()),
    doComplete: (snapshot, position) => doComplete(snapshot, snapshot.parsed, position, environment()),
    doResolveCompletion: (item) => resolveCompletion(item, environment()),
    doCodeActions: (snapshot, _range, diagnostics) => codeActions(snapshot, diagnostics),
    findDocumentSymbols: (snapshot) => findDocumentSymbols(snapshot, snapshot.parsed, environment()),
    findDocumentedMentions: (snapshot) => extractDocumentedMentions(snapshot, snapshot.parsed),
    findFoldingRanges: (snapshot, limit) => foldingRanges(snapshot, snapshot.parsed, limit),
    findDefinition: (snapshot, position) => findPointerDefinition(snapshot, snapshot.parsed, position),
    findReferences: (snapshot, position, includeDeclaration) => findPointerReferences(snapshot, snapshot.parsed, position, includeDeclaration),
    provideInlayHints: (snapshot, range) => inlayHints(snapshot, snapshot.parsed, range, codeSets),
    formatDocument: (snapshot, layout) => formatX12(snapshot, snapshot.parsed, layout),
    // Masking writes a copy of the whole document, so it reads the whole text.
    maskIdentifiers: (snapshot) => maskIdentifiers(wholeText(snapshot.text), snapshot.parsed),
    provideSemanticTokens: (snapshot, range) => semanticTokens(snapshot, snapshot.parsed, range, codeSets),
    provideClaimLenses: (snapshot, settings) => claimLenses(snapshot, snapshot.parsed, settings, { codeSets, cpt, docsBaseUrl, ruleTables }),
    showClaim(snapshot, target, settings, masked) {
      const claimIndex = target.claimIndex ?? (target.position === undefined ? -1 : claimIndexAt(snapshot.parsed, snapshot.offsetAt(target.position)));
      return claimView(snapshot, snapshot.parsed, claimIndex, settings, masked, { codeSets, cpt, docsBaseUrl, ruleTables });
    },
    prepareHovers: (snapshot) => prepareHovers(snapshot.parsed, descriptions, codeSets),
    prepare(budget: number): boolean {
      if (notes.prepare()) return false;
      return warmCodeSets(codeSets, budget);
    },
    setCptDescriptions(next: CptDescriptions | undefined): void {
      cpt = next;
    },
  };
}

/**
 * Drops note mentions that only their shape makes look like a code (`B12` in "vitamin B12") unless
 * the code set knows the code in some loaded year, so ordinary words never become diagnoses.
 */
function withoutUnknownShapeOnly(parsed: ParsedDocument, codeSets: CodeSets): ParsedDocument {
  const known = (mention: DiagnosisMention): boolean => mention.shapeOnly !== true || codeSets.yearsWith(mention.code).length > 0;
  if (parsed.encounters.every((encounter) => encounter.diagnoses.every(known))) return parsed;
  const encounters = parsed.encounters.map((encounter): Encounter => (
    encounter.diagnoses.every(known) ? encounter : { ...encounter, diagnoses: encounter.diagnoses.filter(known) }
  ));
  return { ...parsed, encounters };
}
