// Runs pnpm through npx at the exact version pinned in the root package.json "packageManager",
// so a fresh clone needs nothing beyond Node 20 and npm (no global pnpm, no corepack).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Runs `npx -y pnpm@<pinned> ...args` with inherited stdio and throws when it fails.
 * @param {string[]} args pnpm arguments, e.g. ['install', '--frozen-lockfile']
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [opts]
 */
export function runPnpm(args, opts = {}) {
  const version = pinnedPnpmVersion();
  const cwd = opts.cwd ?? repoRoot;
  console.log(`> pnpm ${args.join(' ')}`);
  const result = spawnSync('npx', ['-y', `pnpm@${version}`, ...args], {
    cwd,
    stdio: 'inherit',
    env: pnpmEnv(opts.env ?? process.env),
  });
  if (result.error) {
    const hint =
      result.error.code === 'ENOENT'
        ? 'npx was not found on PATH. Install Node.js 20 with npm (npx ships with npm).'
        : result.error.message;
    throw new Error(`could not run pnpm ${args.join(' ')}: ${hint}`);
  }
  if (result.signal) {
    throw new Error(`pnpm ${args.join(' ')} was killed by ${result.signal}`);
  }
  if (result.status !== 0) {
    throw new Error(`pnpm ${args.join(' ')} failed with exit code ${result.status} (output above)`);
  }
}

/** The version from "packageManager": "pnpm@10.34.9[+sha...]" in the root package.json. */
export function pinnedPnpmVersion() {
  const pkgPath = join(repoRoot, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  const match = /^pnpm@(\d+\.\d+\.\d+[^+]*)/.exec(pkg.packageManager ?? '');
  if (!match) {
    throw new Error(
      `${pkgPath} must pin pnpm in "packageManager" (e.g. "pnpm@10.34.9"); ` +
        `found ${JSON.stringify(pkg.packageManager)}`,
    );
  }
  return match[1];
}

/**
 * Installs the workspace exactly as locked. pnpm itself detects an up-to-date node_modules in
 * about two seconds, which is cheaper than any mtime heuristic being wrong after a git pull.
 */
export function installDependencies() {
  // Never stop at an interactive "remove node_modules and reinstall?" prompt. (A CLI flag, not an
  // npm_config_ variable: npx would warn about an unknown npm setting.)
  try {
    runPnpm(['install', '--frozen-lockfile', '--config.confirm-modules-purge=false']);
  } catch (error) {
    error.message +=
      '.\nIf pnpm reported an outdated lockfile, a package.json changed without pnpm-lock.yaml: ' +
      `run \`npx -y pnpm@${pinnedPnpmVersion()} install\` and commit the updated pnpm-lock.yaml.`;
    throw error;
  }
}

function pnpmEnv(base) {
  const env = { ...base };
  // No header download can succeed on these machines: node-gyp (better-sqlite3, argon2) must
  // build against the headers Debian's nodejs package installs under /usr/include/node.
  if (!env.npm_config_nodedir && existsSync('/usr/include/node')) {
    env.npm_config_nodedir = '/usr';
  }
  env.npm_config_update_notifier ??= 'false';
  env.npm_config_fund ??= 'false';
  return env;
}
