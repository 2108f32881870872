// Starts and stops code-server (VS Code 1.139 served to a browser) for the end-to-end suite.
// Every run gets its own user-data, extensions and config folders, binds only 127.0.0.1 on a port
// the OS picks, and is stopped as a whole process group, also when a scenario fails.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Options every code-server invocation gets, so nothing reads or writes the user's home. */
function isolationArgs(dirs) {
  return [
    '--config', dirs.config,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
  ];
}

/** Creates the per-run folders under `runDir` and seeds the user settings. */
export function prepareProfile(runDir, userSettings) {
  const dirs = {
    config: path.join(runDir, 'code-server.yaml'),
    userData: path.join(runDir, 'user-data'),
    extensions: path.join(runDir, 'extensions'),
    log: path.join(runDir, 'code-server.log'),
  };
  mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  mkdirSync(dirs.extensions, { recursive: true });
  writeFileSync(dirs.config, 'auth: none\ncert: false\n');
  writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), `${JSON.stringify(userSettings, null, 2)}\n`);
  return dirs;
}

/** Installs a VSIX into the run's fresh extensions folder with code-server's own CLI. */
export function installExtension(tools, dirs, vsix) {
  const output = execFileSync(tools.node, [tools.codeServer, ...isolationArgs(dirs), '--install-extension', vsix], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  if (!/successfully installed/i.test(output)) throw new Error(`Installing ${vsix} failed:\n${output}`);
  return output.trim();
}

/**
 * Starts code-server on 127.0.0.1 with an OS-chosen port and resolves once it prints the address it
 * listens on (bounded by `timeoutMs`). `extraEnv` reaches the extension host, which code-server
 * spawns with its own environment. Returns the URL and an idempotent `stop()`.
 */
export async function startCodeServer(tools, dirs, folder, { timeoutMs = 60_000, extraEnv = {}, extraArgs = [] } = {}) {
  const args = [
    tools.codeServer, ...isolationArgs(dirs),
    '--auth', 'none',
    '--bind-addr', '127.0.0.1:0',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--disable-proxy',
    ...extraArgs,
    folder,
  ];
  const child = spawn(tools.node, args, {
    // Its own process group, so stop() also ends the extension host and our language server.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...extraEnv },
  });
  const log = createWriteStream(dirs.log);
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ } }, 5_000);
      await exited;
      clearTimeout(timer);
    }
    log.end();
  };

  const url = await new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => finish(new Error(`code-server did not start within ${timeoutMs} ms; see ${dirs.log}`)), timeoutMs);
    const onData = (chunk) => {
      buffered += chunk.toString();
      const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(buffered);
      if (match) finish(null, match[1]);
    };
    const onExit = (code) => finish(new Error(`code-server exited with ${code} before listening; see ${dirs.log}`));
    function finish(error, value) {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error); else resolve(value);
    }
    child.stdout.on('data', onData);
    child.on('exit', onExit);
  }).catch(async (error) => {
    await stop();
    throw error;
  });
  return { url, pid: child.pid, stop };
}
