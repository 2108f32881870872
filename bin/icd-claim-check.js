#!/usr/bin/env node
// The `icd-claim-check` command. The checker itself is bundled into server/out/cli.js by `npm run build`.
'use strict';
const path = require('node:path');
const fs = require('node:fs');

const cli = path.join(__dirname, '..', 'server', 'out', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write(`icd-claim-check: ${cli} is missing; run "npm run build" first.\n`);
  process.exitCode = 2;
} else {
  require(cli);
}
