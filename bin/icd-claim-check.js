#!/usr/bin/env node
// The `icd-claim-check` command. The checker itself is bundled into server/out/cli.js by `npm run build`.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const vm = require('node:vm');
const { createHash } = require('node:crypto');
const Module = require('node:module');

const cli = path.join(__dirname, '..', 'server', 'out', 'cli.js');

/**
 * The build runs the command once on the examples with this variable set to a file name, and the
 * command then writes its code cache there as it exits (see scripts/build.mjs).
 */
const WRITE_CACHE = 'ICD_CLAIM_CHECK_WRITE_CODE_CACHE';

/** The cache starts with the SHA-256 of the bundle it was made from. */
const HASH_BYTES = 32;

/**
 * The bundle's code cache (V8 bytecode of every function a check ran when the build made it), or
 * undefined when there is none or it was made from other source. V8 itself only compares the source's
 * length, so a stale cache is recognised here by the hash of the source.
 */
function readCodeCache(cacheFile, sourceHash) {
  let bytes;
  try {
    bytes = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  if (bytes.length <= HASH_BYTES || !bytes.subarray(0, HASH_BYTES).equals(sourceHash)) return undefined;
  return bytes.subarray(HASH_BYTES);
}

/**
 * Runs cli.js as `require` would, but compiled with its code cache when the build made one: a run then
 * skips parsing and compiling the functions every check uses. A cache V8 rejects (another Node
 * version) costs nothing but the read; the bundle is then compiled as usual.
 */
function runCli() {
  const source = fs.readFileSync(cli, 'utf8');
  const sourceHash = createHash('sha256').update(source).digest();
  const cacheFile = `${cli}.cache`;
  const writeTo = process.env[WRITE_CACHE];
  const cachedData = writeTo === undefined ? readCodeCache(cacheFile, sourceHash) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: cli, cachedData });
  if (writeTo !== undefined) {
    process.on('exit', () => fs.writeFileSync(writeTo, Buffer.concat([sourceHash, script.createCachedData()])));
  }
  const cliModule = { exports: {}, filename: cli, id: cli };
  script.runInThisContext()(cliModule.exports, Module.createRequire(cli), cliModule, cli, path.dirname(cli));
}

if (!fs.existsSync(cli)) {
  process.stderr.write(`icd-claim-check: ${cli} is missing; run "npm run build" first.\n`);
  process.exitCode = 2;
} else {
  runCli();
}
