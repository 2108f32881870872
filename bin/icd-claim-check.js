#!/usr/bin/env node
// The `icd-claim-check` command: the checker itself is bundled into server/out/cli.js by `npm run build`.
'use strict';
require('../server/out/cli.js');
