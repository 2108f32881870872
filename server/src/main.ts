import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { applyServerHeapPolicy } from './lsp/heapPolicy';
import { nodeHostServices } from './lsp/nodeHost';
import { createServerLoaders } from './node/serverLoaders';
import { parseServerArguments, serverUsage } from './serverCommand';
import { startServer } from './server';

const command = parseServerArguments(process.argv.slice(2));
if (command.kind === 'help') {
  process.stdout.write(serverUsage);
} else if (command.kind === 'error') {
  process.stderr.write(`icd-claim-coder-server: ${command.message}\n\n${serverUsage}`);
  process.exitCode = 2;
} else {
  applyServerHeapPolicy();
  // The connection reads its transport (--stdio, --node-ipc, --socket=N or --pipe=NAME) from process.argv.
  process.argv.splice(2, process.argv.length - 2, ...command.argv);
  startServer(createConnection(ProposedFeatures.all), { loaders: createServerLoaders(), host: nodeHostServices });
}
