import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

// The transport (--stdio, --node-ipc or --socket=N) comes from the command line the client used.
startServer(createConnection(ProposedFeatures.all));
