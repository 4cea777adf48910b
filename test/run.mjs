// `npm test`: every test CI runs. The browser tests need Chromium and the built panel,
// so both are prepared first (each step is skipped when already done); the cluster tests need
// haproxy and pgbouncer from Debian (api/ensure-packages.mjs).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const extra = process.argv.slice(2);
if (extra.length === 0) run('node', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit']);
const onlyApi = extra.some((a) => a.includes('test/api') || a.includes('test/concurrency'));
if (!onlyApi && fs.existsSync('admin/build-if-stale.mjs')) {
  // Vite only strips the panel's types; tsc checks them (admin/ has its own tsconfig: DOM, JSX, bundler).
  run('node', ['node_modules/typescript/bin/tsc', '-p', 'admin/tsconfig.json', '--noEmit']);
  run('node', ['admin/build-if-stale.mjs']);
  if (fs.existsSync('test/e2e/ensure-chromium.mjs')) run('node', ['test/e2e/ensure-chromium.mjs']);
}
// The cross-process tests (test/cluster) run Debian's haproxy and pgbouncer: installed when missing.
const clusterTests = extra.length === 0 || extra.some((a) => a.includes('test/cluster'));
if (clusterTests) run('node', ['api/ensure-packages.mjs']);
run('node', ['node_modules/jest/bin/jest.js', '-c', 'test/jest.config.js', ...extra]);
