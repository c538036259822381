// `npm test`: install as locked, run every package's jest suite one after another (the machine
// has two cores) and sum the results. The last line is always exactly "N passed, N failed".
//
// Environment:
//   FOYER_TEST_POSTGRES_URL  when set, the server's integration tests run a second time against
//                            this PostgreSQL database (scripts/with-postgres.sh sets it).
//   CI                       passed through to jest; also adds --ci.
// The server's jest runs get FOYER_TEST_DATABASE_URL: unset for the SQLite run, the PostgreSQL
// URL for the second run (only the tests whose path matches "integration").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installDependencies, repoRoot, runPnpm } from './pnpm.mjs';

const JEST_CONFIG_FILES = ['js', 'cjs', 'mjs', 'ts', 'json'].map((ext) => `jest.config.${ext}`);
const STATUS_WORDS = {
  passed: 'ok',
  failed: 'FAILED',
  crashed: 'CRASHED',
  'no-tests': 'NO TESTS',
  skipped: 'skipped',
};
const isCI = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';

main();

function main() {
  try {
    installDependencies();
  } catch (error) {
    console.error(`\nnpm test: ${error.message}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }

  const postgresUrl = process.env.FOYER_TEST_POSTGRES_URL;
  const runs = [
    typecheckRun(),
    lintRun(),
    { label: 'shared', dir: 'packages/shared' },
    // The SQLite run must not inherit a database URL from the caller's shell.
    {
      label: 'server (SQLite)',
      dir: 'packages/server',
      env: { FOYER_TEST_DATABASE_URL: undefined },
    },
    postgresUrl
      ? {
          label: 'server (PostgreSQL)',
          dir: 'packages/server',
          jestArgs: ['--testPathPatterns', 'integration'],
          env: { FOYER_TEST_DATABASE_URL: postgresUrl },
        }
      : {
          label: 'server (PostgreSQL)',
          skip:
            'FOYER_TEST_POSTGRES_URL is not set; run `scripts/with-postgres.sh npm test` ' +
            'to include the integration tests on a throwaway PostgreSQL 15',
          skipNote: 'FOYER_TEST_POSTGRES_URL not set',
        },
    { label: 'web', dir: 'packages/web' },
    e2eRun(),
  ];

  const tmp = mkdtempSync(join(tmpdir(), 'foyer-test-'));
  const results = [];
  try {
    for (const [index, run] of runs.entries()) {
      results.push(executeRun(run, join(tmp, `run-${index}.json`)));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  printSummary(results);
  const failed = results.some((r) => r.status === 'failed' || r.status === 'crashed');
  process.exit(failed ? 1 : 0);
}

/**
 * The tests run through swc, which strips types without checking them, so the compiler runs
 * here first: a type error fails `npm test` (as one failure) instead of only `npm start`.
 */
function typecheckRun() {
  return {
    label: 'typecheck',
    exec: () => {
      // The server and web resolve @foyer/shared's declarations from its build.
      runPnpm(['--filter', '@foyer/shared', 'build']);
      runPnpm(['-r', 'typecheck']);
    },
  };
}

/** ESLint (the boundaries of ARCHITECTURE.md among its rules) and Prettier's check, over the repository. */
function lintRun() {
  return {
    label: 'lint',
    exec: () => runPnpm(['run', 'lint']),
  };
}

/**
 * Hook for the browser tests (playwright-core driving Debian's Chromium against the built app).
 * They run only once e2e/ holds a package with a "test" script and a jest config; until then the
 * summary says so. The e2e package must also be listed in pnpm-workspace.yaml to get its
 * dependencies installed.
 */
function e2eRun() {
  if (!existsSync(join(repoRoot, 'e2e', 'package.json'))) {
    return { label: 'e2e', skip: 'no e2e/package.json yet' };
  }
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium) && !isCI) {
    // CI installs Chromium (.ci/run) and must run these; a developer's machine may not have it.
    return {
      label: 'e2e',
      skip: `no Chromium at ${chromium}: apt-get install -y chromium (or set CHROMIUM_PATH) to run the browser tests`,
    };
  }
  return {
    label: 'e2e',
    dir: 'e2e',
    // The browser tests drive the built app, so build it first.
    before: () => runPnpm(['-r', 'build']),
  };
}

/**
 * @typedef {'passed' | 'failed' | 'crashed' | 'skipped' | 'no-tests'} RunStatus
 * @returns {{ label: string, status: RunStatus, passed: number, failed: number, note?: string }}
 */
function executeRun(run, outputFile) {
  const result = (status, passed, failed, note) => ({
    label: run.label,
    status,
    passed,
    failed,
    note,
  });
  if (run.exec) {
    console.log(`\n=== ${run.label}`);
    try {
      run.exec();
      return result('passed', 0, 0, 'clean');
    } catch (error) {
      console.error(`\n=== ${run.label}: ${error.message}`);
      return result('failed', 0, 1, 'see the output above');
    }
  }
  if (run.skip) {
    console.log(`\n=== ${run.label}: skipped: ${run.skip}`);
    return result('skipped', 0, 0, run.skipNote ?? run.skip);
  }

  const pkgDir = join(repoRoot, run.dir);
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  if (!pkg.scripts?.test) {
    const note = `${run.dir}/package.json has no "test" script`;
    console.log(`\n=== ${run.label}: skipped: ${note}`);
    return result('skipped', 0, 0, note);
  }
  if (!/^jest(\s|$)/.test(pkg.scripts.test)) {
    console.log(
      `note: ${run.dir}'s "test" script is ${JSON.stringify(pkg.scripts.test)}; ` +
        'npm test runs jest there directly, so anything else in that script is not run.',
    );
  }
  if (!pkg.jest && !JEST_CONFIG_FILES.some((f) => existsSync(join(pkgDir, f)))) {
    console.error(
      `\n=== ${run.label}: ${run.dir} has a "test" script but no jest config. Add ` +
        `${run.dir}/jest.config.js (jest.config.cjs in a "type": "module" package; ` +
        'packages/shared/jest.config.js is the model) or remove the "test" script.',
    );
    return result('crashed', 0, 1, 'no jest config');
  }
  const jestBin = join(pkgDir, 'node_modules', 'jest', 'bin', 'jest.js');
  if (!existsSync(jestBin)) {
    console.error(
      `\n=== ${run.label}: jest is not installed in ${run.dir}. Add jest to its devDependencies ` +
        '(pnpm --filter <package> add -D jest) and commit pnpm-lock.yaml.',
    );
    return result('crashed', 0, 1, 'jest not installed');
  }

  if (run.before) {
    try {
      run.before();
    } catch (error) {
      console.error(`\n=== ${run.label}: ${error.message}`);
      return result('crashed', 0, 1, 'preparation failed');
    }
  }

  const args = [
    jestBin,
    ...(run.jestArgs ?? []),
    ...(isCI ? ['--ci'] : []),
    // An empty package is reported below as "no tests" instead of jest's generic exit 1.
    '--passWithNoTests',
    '--json',
    `--outputFile=${outputFile}`,
  ];
  const env = { ...process.env };
  for (const [key, value] of Object.entries(run.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }

  console.log(`\n=== ${run.label}: jest ${(run.jestArgs ?? []).join(' ')}`.trimEnd());
  const child = spawnSync(process.execPath, args, { cwd: pkgDir, stdio: 'inherit', env });
  if (child.error) return result('crashed', 0, 1, `could not start jest: ${child.error.message}`);
  if (child.signal) return result('crashed', 0, 1, `jest was killed by ${child.signal}`);

  let report;
  try {
    report = JSON.parse(readFileSync(outputFile, 'utf8'));
  } catch {
    const note = `jest exited with code ${child.status} before writing its report; see above`;
    return result('crashed', 0, 1, note);
  }

  const passed = report.numPassedTests ?? 0;
  // A file that fails to load (syntax error, throwing import, failing hook) has no failed test,
  // only a failed suite: count each such suite so a broken file is never "0 failed".
  const brokenSuites = Math.max(
    report.numRuntimeErrorTestSuites ?? 0,
    (report.testResults ?? []).filter(
      (suite) =>
        suite.status === 'failed' &&
        !(suite.assertionResults ?? []).some((test) => test.status === 'failed'),
    ).length,
  );
  let failed = (report.numFailedTests ?? 0) + brokenSuites;
  if (failed === 0 && (report.numFailedTestSuites ?? 0) > 0) failed = report.numFailedTestSuites;

  if (failed > 0) {
    const note = brokenSuites > 0 ? `${brokenSuites} test file(s) failed to run` : undefined;
    return result('failed', passed, failed, note);
  }
  if (child.status !== 0 || report.success === false) {
    const note = `jest exited with code ${child.status} although no test failed; see above`;
    return result('crashed', passed, 1, note);
  }
  if ((report.numTotalTestSuites ?? 0) === 0) {
    return result('no-tests', 0, 0, 'no test files found');
  }
  return result('passed', passed, 0);
}

function printSummary(results) {
  const width = Math.max(...results.map((r) => r.label.length));
  console.log('\nSummary');
  for (const r of results) {
    const label = r.label.padEnd(width);
    const status = STATUS_WORDS[r.status];
    const ran = r.status !== 'skipped' && r.status !== 'no-tests';
    const counts = ran ? `${r.passed} passed, ${r.failed} failed` : '';
    const line = `  ${label}  ${status.padEnd(8)}  ${counts}`.trimEnd();
    console.log(r.note ? `${line}  (${r.note})` : line);
  }
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
}
