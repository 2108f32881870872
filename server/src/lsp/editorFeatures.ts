import type { CancellationToken, CodeLens, Connection, FoldingRange, InitializeParams, InlayHint, Location, SemanticTokens, ServerCapabilities, TextEdit } from 'vscode-languageserver/node';
import type { ClaimViewParams, LayoutParams, Settings } from '../protocol';
import type { ClaimViewModel } from '../service/features/claimView';
import { claimViewRequest, layoutRequest, maskRequest } from '../protocol';
import { SEMANTIC_TOKENS_LEGEND } from '../service/features/semanticTokens';
import type { LanguageService } from '../service/languageService';
import type { DocumentWork, RequestLabel } from './runSafe';

/**
 * The binding of the editor comforts (folding, pointer navigation, inlay hints, formatting): it
 * announces the capabilities and hands each request to the service. No feature logic lives here.
 */

/** The server's `withDocument`: finds the open document and its parse, runs the work safely. */
export type DocumentRunner = <T>(
  label: RequestLabel & { readonly uri: string },
  token: CancellationToken | undefined,
  neutral: T,
  work: (context: DocumentWork) => T | Promise<T>,
) => Promise<T>;

/** What the binding needs from the server. */
export interface EditorFeatureDeps {
  readonly connection: Connection;
  readonly withDocument: DocumentRunner;
  readonly service: () => LanguageService;
  readonly settingsOf: (uri: string) => Promise<Settings>;
}

export class EditorFeatureBinding {
  #foldingLimit: number | undefined;
  #canRefreshInlayHints = false;
  private readonly connection: Connection;
  private readonly withDocument: DocumentRunner;
  private readonly service: () => LanguageService;
  private readonly settingsOf: (uri: string) => Promise<Settings>;

  constructor(deps: EditorFeatureDeps) {
    this.connection = deps.connection;
    this.withDocument = deps.withDocument;
    this.service = deps.service;
    this.settingsOf = deps.settingsOf;
  }

  /** Asks the client to fetch inlay hints again (after a settings change), when it can. */
  refresh(): void {
    if (this.#canRefreshInlayHints) void this.connection.languages.inlayHint.refresh();
  }

  #layout(uri: unknown, layout: 'lines' | 'single', token: CancellationToken): Promise<TextEdit[]> {
    if (typeof uri !== 'string') return Promise.resolve([]);
    return this.withDocument<TextEdit[]>({ method: layoutRequest, uri }, token, [], ({ snapshot }) => this.service().formatDocument(snapshot, layout));
  }

  /** The capabilities to announce, reading what the client said it can take. */
  capabilities(params: InitializeParams): ServerCapabilities {
    const limit = params.capabilities.textDocument?.foldingRange?.rangeLimit;
    this.#foldingLimit = typeof limit === 'number' && limit > 0 ? limit : undefined;
    this.#canRefreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    return { foldingRangeProvider: true, definitionProvider: true, referencesProvider: true, inlayHintProvider: true, documentFormattingProvider: true, codeLensProvider: { resolveProvider: false },
      // Ranges only: the editor asks for what it shows, which keeps a 20 MB file cheap.
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, range: true, full: false },
    };
  }

  register(): void {
    this.connection.onFoldingRanges((params, token) => this.withDocument<FoldingRange[]>(
      { method: 'textDocument/foldingRange', uri: params.textDocument.uri }, token, [],
      ({ snapshot }) => this.service().findFoldingRanges(snapshot, this.#foldingLimit),
    ));
    this.connection.onDefinition((params, token) => this.withDocument<Location[]>(
      { method: 'textDocument/definition', uri: params.textDocument.uri, position: params.position }, token, [],
      ({ snapshot }) => this.service().findDefinition(snapshot, params.position),
    ));
    this.connection.onReferences((params, token) => this.withDocument<Location[]>(
      { method: 'textDocument/references', uri: params.textDocument.uri, position: params.position }, token, [],
      ({ snapshot }) => this.service().findReferences(snapshot, params.position, params.context.includeDeclaration),
    ));
    // Format Document lays the file out one segment per line; the commands choose either layout.
    this.connection.onDocumentFormatting((params, token) => this.#layout(params.textDocument.uri, 'lines', token));
    this.connection.onRequest(layoutRequest, (params: LayoutParams, token) => this.#layout(params?.textDocument?.uri, params?.layout === 'single' ? 'single' : 'lines', token));
    this.connection.onRequest(maskRequest, (params: { textDocument?: { uri?: unknown } } | null, token) => {
      const uri = params?.textDocument?.uri;
      if (typeof uri !== 'string') return null;
      return this.withDocument<{ text: string } | null>({ method: maskRequest, uri }, token, null,
        ({ snapshot }) => ({ text: this.service().maskIdentifiers(snapshot) }));
    });
    this.connection.languages.semanticTokens.onRange((params, token) => this.withDocument<SemanticTokens>(
      { method: 'textDocument/semanticTokens/range', uri: params.textDocument.uri, position: params.range.start }, token, { data: [] },
      ({ snapshot }) => this.service().provideSemanticTokens(snapshot, params.range),
    ));
    this.connection.onCodeLens(async (params, token) => {
      const settings = await this.settingsOf(params.textDocument.uri);
      return this.withDocument<CodeLens[]>({ method: 'textDocument/codeLens', uri: params.textDocument.uri }, token, [],
        ({ snapshot }) => this.service().provideClaimLenses(snapshot, settings));
    });
    this.connection.onRequest(claimViewRequest, async (params: ClaimViewParams | null, token) => {
      const uri = params?.textDocument?.uri;
      if (typeof uri !== 'string') return null;
      const settings = await this.settingsOf(uri);
      const target = { ...(typeof params?.claimIndex === 'number' ? { claimIndex: params.claimIndex } : {}), ...(params?.position === undefined ? {} : { position: params.position }) };
      return this.withDocument<ClaimViewModel | null>({ method: claimViewRequest, uri }, token, null,
        ({ snapshot }) => this.service().showClaim(snapshot, target, settings, params?.masked !== false) ?? null);
    });
    this.connection.languages.inlayHint.on(async (params, token) => {
      const enabled = (await this.settingsOf(params.textDocument.uri)).inlayHints;
      return enabled ? this.withDocument<InlayHint[]>(
        { method: 'textDocument/inlayHint', uri: params.textDocument.uri, position: params.range.start }, token, [],
        ({ snapshot }) => this.service().provideInlayHints(snapshot, params.range),
      ) : [];
    });
  }
}
