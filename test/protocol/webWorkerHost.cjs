// Runs the web-worker server bundle (server/out/browserMain.js) in a Node worker thread that looks
// like a browser worker: the Node-only globals are removed before the bundle runs, and the worker's
// global scope gets the browser's `onmessage`/`postMessage` port API. Used by webWorkerServer.test.ts.
'use strict';
const { readFileSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');

const code = readFileSync(workerData.bundle, 'utf8');
const postToParent = (message) => parentPort.postMessage(message);
const listenToParent = (listener) => parentPort.on('message', (data) => listener({ data }));
// A browser worker has none of these; the bundle must not need them.
for (const name of ['process', 'Buffer', 'setImmediate', 'clearImmediate', 'require', 'module', '__dirname', '__filename', 'global']) {
  try {
    delete globalThis[name];
  } catch {
    globalThis[name] = undefined;
  }
}
// The worker scope's port API, as vscode-jsonrpc's browser reader and writer use it.
globalThis.addEventListener = (type, listener) => {
  if (type === 'message') listenToParent(listener);
};
globalThis.removeEventListener = () => {};
let onmessage = null;
Object.defineProperty(globalThis, 'onmessage', {
  get: () => onmessage,
  set: (listener) => {
    onmessage = listener;
    listenToParent(listener);
  },
});
globalThis.postMessage = postToParent;
// Indirect eval runs the bundle in the global scope, as a worker runs its script.
(0, eval)(code);
