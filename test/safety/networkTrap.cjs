// Preloaded with `node --require` into the language server or the command line under test. It
// records every attempt to open a socket or resolve a host name, and lets nothing through, so a test
// can assert that a full session never tried to reach the network. Attempts are appended, one JSON
// object per line, to the file named by NETWORK_TRAP_LOG.
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');
const tls = require('node:tls');
const http = require('node:http');
const https = require('node:https');
const dgram = require('node:dgram');

const logFile = process.env.NETWORK_TRAP_LOG;

function record(api, detail) {
  const line = JSON.stringify({ api, detail: String(detail ?? ''), pid: process.pid }) + '\n';
  if (logFile) fs.appendFileSync(logFile, line);
}

function refuse(api) {
  return function trapped(...args) {
    record(api, typeof args[0] === 'object' ? JSON.stringify(args[0]) : args[0]);
    throw new Error(`network access is not allowed: ${api}`);
  };
}

// Local inter-process channels (the LSP IPC pipe, stdio) are not network access: only TCP/UDP
// connections and name look-ups are trapped. A net.Socket connect to a path is a local pipe.
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  const first = args[0];
  const isPipe = (typeof first === 'string' && isNaN(Number(first))) || (first && typeof first === 'object' && typeof first.path === 'string');
  if (!isPipe) {
    record('net.Socket.connect', typeof first === 'object' ? JSON.stringify(first) : first);
    throw new Error('network access is not allowed: net.Socket.connect');
  }
  return originalConnect.apply(this, args);
};
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'lookupService']) {
  dns[name] = refuse(`dns.${name}`);
  if (dns.promises && dns.promises[name]) dns.promises[name] = refuse(`dns.promises.${name}`);
}
tls.connect = refuse('tls.connect');
http.request = refuse('http.request');
http.get = refuse('http.get');
https.request = refuse('https.request');
https.get = refuse('https.get');
dgram.createSocket = refuse('dgram.createSocket');
if (typeof globalThis.fetch === 'function') globalThis.fetch = refuse('fetch');
