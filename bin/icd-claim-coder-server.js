#!/usr/bin/env node
// The `icd-claim-coder-server` command: the language server for editors other than VS Code (Neovim,
// Emacs, Helix, Sublime Text). It speaks LSP over stdio unless given --node-ipc, --socket=N or
// --pipe=NAME; --help prints the usage. The server is bundled into server/out/main.js by `npm run build`.
'use strict';
const path = require('node:path');
const fs = require('node:fs');

const server = path.join(__dirname, '..', 'server', 'out', 'main.js');
if (!fs.existsSync(server)) {
  process.stderr.write(`icd-claim-coder-server: ${server} is missing; run "npm run build" first.\n`);
  process.exitCode = 2;
} else {
  require(server);
}
