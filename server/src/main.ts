import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { applyServerHeapPolicy } from './lsp/heapPolicy';
import { startServer } from './server';

applyServerHeapPolicy();

// The transport (--stdio, --node-ipc or --socket=N) comes from the command line the client used.
startServer(createConnection(ProposedFeatures.all));
