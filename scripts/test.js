#!/usr/bin/env node
/**
 * The README's test command runs this (`npm test`); so does `.ci/run`.
 * 1. Makes sure Debian's Chromium is installed for the browser tests (installs it when missing),
 * 2. checks formatting (Prettier), lint (ESLint, eslint.config.mjs) and the dependency rules
 *    (dependency-cruiser, .dependency-cruiser.cjs; docs/architecture.md explains them),
 * 3. builds the app (the start test runs the built app as `npm start` does) and type-checks the
 *    whole tree, tests included (Jest transpiles file by file and would not see type errors),
 * 4. runs every Jest project against a real PostgreSQL (embedded, or DATABASE_URL's server),
 * 5. prints one closing line `Tests: N passed, N failed, N skipped`.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync, readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
/** The same arguments as `npm run depcruise` in package.json. */
const DEPCRUISE_ARGS = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  .scripts.depcruise.split(' ')
  .slice(1);
const chromium = '/usr/bin/chromium';

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function ensureChromium() {
  if (existsSync(chromium)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `Chromium ontbreekt (${chromium}). Installeer het pakket 'chromium' (apt-get install chromium) en probeer opnieuw.`,
    );
    process.exit(1);
  }
  console.error('Installing Debian chromium for the browser tests (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (
    run('apt-get', ['update', '-qq'], { env }) !== 0 ||
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { env }) !== 0
  ) {
    console.error('Installing chromium failed; the browser tests cannot run.');
    process.exit(1);
  }
}

function main() {
  ensureChromium();
  console.error('Checking the formatting (prettier --check)…');
  if (
    run(process.execPath, [require.resolve('prettier/bin/prettier.cjs'), '--check', '--log-level', 'warn', '.']) !== 0
  ) {
    console.error('Formatting differs from Prettier: run `npm run format` and commit.');
    process.exit(1);
  }
  const missing = ['eslint', 'typescript-eslint', '@eslint/js', 'dependency-cruiser'].filter(
    (name) => !existsSync(join(root, 'node_modules', name, 'package.json')),
  );
  if (missing.length > 0) {
    console.error(
      `Not installed: ${missing.join(', ')} (devDependencies in package.json). Run \`npm ci\` ` +
        '(in a worktree whose node_modules are hardlinked from another checkout: `rm -rf node_modules && npm ci`).',
    );
    process.exit(1);
  }
  console.error('Linting (eslint)…');
  if (run(process.execPath, [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '.']) !== 0) {
    console.error('ESLint found problems: fix them (`npm run lint`; `npx eslint --fix .` fixes some).');
    process.exit(1);
  }
  console.error('Checking the dependency rules (dependency-cruiser, .dependency-cruiser.cjs)…');
  if (
    run(process.execPath, [
      join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs'),
      ...DEPCRUISE_ARGS,
    ]) !== 0
  ) {
    console.error('An import breaks the architecture (docs/architecture.md lists the rules): `npm run depcruise`.');
    process.exit(1);
  }
  console.error('Building (nest build)…');
  if (run(process.execPath, [require.resolve('@nestjs/cli/bin/nest.js'), 'build']) !== 0) {
    console.error('The build failed.');
    process.exit(1);
  }
  console.error('Type-checking, tests included (tsc --noEmit)…');
  if (run(process.execPath, [require.resolve('typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json']) !== 0) {
    console.error('Type errors: fix them before the tests run.');
    process.exit(1);
  }
  if (!process.env.MEILI_URL) {
    console.error(
      'MEILI_URL is not set: the Meilisearch contract tests against a real server are skipped (the one allowed skip); ' +
        'the adapter and outbox are still tested against a local HTTP stub of its API.',
    );
  }
  const results = join(root, 'dist', 'jest-results.json');
  rmSync(results, { force: true });
  const status = run(process.execPath, [
    require.resolve('jest/bin/jest'),
    '--ci',
    '--json',
    `--outputFile=${results}`,
    ...process.argv.slice(2),
  ]);
  if (existsSync(results)) {
    const summary = JSON.parse(readFileSync(results, 'utf8'));
    const skipped = summary.numPendingTests + summary.numTodoTests;
    console.log(`Tests: ${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${skipped} skipped`);
    if (summary.numFailedTestSuites > 0 && summary.numFailedTests === 0) {
      console.log(`(${summary.numFailedTestSuites} test file(s) failed to run)`);
    }
  }
  process.exit(status);
}

main();
