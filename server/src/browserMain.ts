import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { ungzip } from 'pako/lib/inflate';
import indexBytes from '../data/icd10cm.index.bin';
import { browserHostServices } from './lsp/browserHost';
import { createBrowserLoaders, filePathsUnavailableInBrowser } from './lsp/browserLoaders';
import { startServer } from './server';

/**
 * The language server in a web worker, for VS Code for the Web (vscode.dev, github.dev): the same
 * binding and service as the Node server, with the code index inside the bundle, a JavaScript
 * inflater instead of zlib, and browser timers. The worker's global scope is the message port.
 */
const port = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
const connection = createConnection(new BrowserMessageReader(port), new BrowserMessageWriter(port));
startServer(connection, {
  loaders: createBrowserLoaders(indexBytes, (section) => ungzip(section, { to: 'string' })),
  host: browserHostServices,
  filePathsUnavailable: filePathsUnavailableInBrowser,
});
