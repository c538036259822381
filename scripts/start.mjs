// `npm start`: install as locked, build every package in dependency order, then run the server.
// The server migrates, seeds and prints its URLs itself.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { constants } from 'node:os';
import { installDependencies, repoRoot, runPnpm } from './pnpm.mjs';

const serverEntry = join(repoRoot, 'packages', 'server', 'dist', 'main.js');

try {
  installDependencies();
  // pnpm -r runs the build scripts in workspace dependency order: shared before server and web.
  runPnpm(['-r', 'build']);
} catch (error) {
  console.error(`\nnpm start: ${error.message}`);
  process.exit(1);
}

if (!existsSync(serverEntry)) {
  console.error(
    `\nnpm start: the build finished but ${serverEntry} does not exist.\n` +
      'Check that the "build" script of packages/server emits dist/main.js ' +
      '(outDir in its tsconfig.build.json).',
  );
  process.exit(1);
}

startServer();

function startServer() {
  const child = spawn(process.execPath, [serverEntry], { cwd: repoRoot, stdio: 'inherit' });

  const forward = (signal) => {
    // Ctrl-C in a terminal already reaches the server: it is in our foreground process group.
    // Sending SIGINT again would turn a graceful shutdown into a second, forced one.
    if (signal === 'SIGINT' && process.stdin.isTTY) return;
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);

  child.on('error', (error) => {
    console.error(`npm start: could not start the server: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      // Die of the same signal so callers (npm, CI, process supervisors) see what happened.
      process.removeListener('SIGINT', forward);
      process.removeListener('SIGTERM', forward);
      process.kill(process.pid, signal);
      setTimeout(() => process.exit(128 + (constants.signals[signal] ?? 1)), 100).unref();
      return;
    }
    process.exit(code ?? 1);
  });
}
