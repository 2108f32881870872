// The extension-host entry point of `npm run test:vscode`: VS Code (desktop via @vscode/test-electron,
// or code-server's extension host) loads this file as `extensionTestsPath` and awaits run().
// It runs the mocha suite in this folder and prints "N passed, N failed" on the console.
const path = require('node:path');
const Mocha = require('mocha');

module.exports.run = function run() {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 120000, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, 'scenarios.test.js'));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`${runner.stats.passes} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed.`));
      else resolve();
    });
  });
};
